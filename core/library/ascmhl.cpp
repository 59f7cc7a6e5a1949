#include "core/library/ascmhl.h"

#include "core/library/atomicwrite.h"
#include "core/library/c4id.h"
#include "core/library/mhlhasher.h"
#include "core/library/mhlmanifest.h"
#include "core/library/xmltext.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRegularExpression>
#include <QSet>
#include <QSysInfo>

#include <algorithm>

namespace Library {

namespace {

const QString HistoryFolderName = QStringLiteral("ascmhl");
const QString ChainFileName = QStringLiteral("ascmhl_chain.xml");
const QString ToolName = QStringLiteral("Multimedia Desk");

Util::Error damaged(const QString &message)
{
    return Util::makeError(QStringLiteral("history_damaged"), message);
}

struct History
{
    MhlChain chain;
    QList<MhlManifest> manifests; // in sequence order
    // The highest generation number in the chain or among the .mhl files,
    // so that a manifest left over by an interrupted run is never reused.
    int lastSequence = 0;
};

// The part of gitignore syntax that ASC MHL ignore patterns use: a pattern
// without "/" matches a name at any depth, one with "/" a path from the
// folder, a trailing "/" folders only; *, ? and [...] as wildcards.
class IgnoreRules
{
public:
    explicit IgnoreRules(const QStringList &patterns)
    {
        for (QString pattern : patterns) {
            pattern = pattern.trimmed();
            // Negations are not supported: what one would bring back stays
            // left out, neither hashed nor reported.
            if (pattern.isEmpty() || pattern.startsWith(u'#') || pattern.startsWith(u'!'))
                continue;
            Rule rule;
            rule.directoryOnly = pattern.endsWith(u'/');
            if (rule.directoryOnly)
                pattern.chop(1);
            rule.anchored = pattern.contains(u'/');
            if (pattern.startsWith(u'/'))
                pattern.remove(0, 1);
            rule.regex = QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern));
            if (!pattern.isEmpty() && rule.regex.isValid())
                m_rules.append(rule);
        }
    }

    bool ignored(const QString &path, bool isDirectory) const
    {
        const QString name = path.mid(path.lastIndexOf(u'/') + 1);
        return std::any_of(m_rules.cbegin(), m_rules.cend(), [&](const Rule &rule) {
            return (isDirectory || !rule.directoryOnly)
                && rule.regex.match(rule.anchored ? path : name).hasMatch();
        });
    }

    // A recorded path, including the folders it lies in.
    bool ignoredWithParents(const QString &path) const
    {
        for (qsizetype slash = path.indexOf(u'/'); slash > 0; slash = path.indexOf(u'/', slash + 1)) {
            if (ignored(path.left(slash), true))
                return true;
        }
        return ignored(path, false);
    }

private:
    struct Rule
    {
        QRegularExpression regex;
        bool directoryOnly = false;
        bool anchored = false;
    };
    QList<Rule> m_rules;
};

struct FoundFile
{
    QString path;
    QString absolutePath;
    qint64 size = 0;
    QDateTime modified;
};

// Symbolic links are not followed: they could lead out of the folder or
// round in a circle, and their target is not this folder's content.
void listFiles(const QString &root, const QString &relative, const IgnoreRules &rules,
               QList<FoundFile> &files, QStringList &skipped)
{
    const QDir dir(relative.isEmpty() ? root : root + u'/' + relative);
    const QFileInfoList entries = dir.entryInfoList(
        QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &info : entries) {
        const QString path = relative.isEmpty() ? info.fileName() : relative + u'/' + info.fileName();
        if (rules.ignored(path, info.isDir()))
            continue;
        if (!isXmlSafe(path)) {
            skipped.append(path);
            continue;
        }
        if (info.isDir())
            listFiles(root, path, rules, files, skipped);
        else
            files.append(FoundFile {path, info.absoluteFilePath(), info.size(), info.lastModified()});
    }
}

Util::Result<History> loadHistory(const QString &folder)
{
    History history;
    const QDir dir(AscMhl::historyFolder(folder));
    static const QRegularExpression generationName(QStringLiteral("^(\\d{4,})_.*\\.mhl$"));
    for (const QString &name : dir.entryList(QDir::Files)) {
        if (const QRegularExpressionMatch match = generationName.match(name); match.hasMatch())
            history.lastSequence = std::max(history.lastSequence, match.captured(1).toInt());
    }
    QFile chainFile(dir.filePath(ChainFileName));
    if (!chainFile.exists()) {
        if (history.lastSequence > 0)
            return damaged(AscMhl::tr("The hash history in %1 has manifests but no ascmhl_chain.xml.")
                               .arg(QDir::toNativeSeparators(dir.path())));
        return history;
    }
    if (!chainFile.open(QIODevice::ReadOnly))
        return damaged(AscMhl::tr("Cannot read %1: %2")
                           .arg(QDir::toNativeSeparators(chainFile.fileName()), chainFile.errorString()));
    Util::Result<MhlChain> chain = MhlChain::fromXml(chainFile.readAll());
    if (!chain)
        return chain.error();
    history.chain = std::move(chain).value();
    std::stable_sort(
        history.chain.entries.begin(), history.chain.entries.end(),
        [](const MhlChain::Entry &a, const MhlChain::Entry &b) { return a.sequence < b.sequence; });

    for (const MhlChain::Entry &entry : std::as_const(history.chain.entries)) {
        history.lastSequence = std::max(history.lastSequence, entry.sequence);
        // The chain names files in the ascmhl folder, nothing else.
        if (entry.path.contains(u'/') || entry.path.contains(u'\\') || entry.path.startsWith(u'.'))
            return damaged(AscMhl::tr("ascmhl_chain.xml in %1 names a file outside its folder: %2")
                               .arg(QDir::toNativeSeparators(dir.path()), entry.path));
        QFile file(dir.filePath(entry.path));
        if (!file.open(QIODevice::ReadOnly))
            return damaged(AscMhl::tr("The hash history in %1 lists %2, which cannot be read: %3")
                               .arg(QDir::toNativeSeparators(dir.path()), entry.path, file.errorString()));
        const QByteArray bytes = file.readAll();
        if (C4Id::ofBytes(bytes) != entry.c4)
            return damaged(AscMhl::tr("%1 was changed after it was recorded: it no longer matches "
                                      "ascmhl_chain.xml, so this history cannot be trusted.")
                               .arg(QDir::toNativeSeparators(file.fileName())));
        Util::Result<MhlManifest> manifest = MhlManifest::fromXml(bytes);
        if (!manifest)
            return manifest.error();
        history.manifests.append(std::move(manifest).value());
    }
    return history;
}

// Per file and format, the last value recorded as original or verified;
// only when a file has nothing but failed entries, the last of those.
QHash<QString, MhlHashValues> references(const History &history)
{
    QHash<QString, MhlHashValues> good;
    QHash<QString, MhlHashValues> any;
    for (const MhlManifest &manifest : history.manifests) {
        for (const MhlManifest::FileEntry &file : manifest.files) {
            for (const MhlManifest::HashEntry &hash : file.hashes) {
                any[file.path].insert(hash.format, hash.value);
                if (hash.action != MhlManifest::Action::Failed)
                    good[file.path].insert(hash.format, hash.value);
            }
            if (file.hashes.isEmpty())
                any[file.path];
        }
    }
    for (auto it = any.cbegin(); it != any.cend(); ++it) {
        if (!good.contains(it.key()))
            good.insert(it.key(), it.value());
    }
    return good;
}

MhlHashFormat shownFormat(const MhlHashValues &recorded)
{
    return recorded.isEmpty() || recorded.contains(MhlHashFormat::Xxh128) ? MhlHashFormat::Xxh128
                                                                          : recorded.firstKey();
}

QStringList patternsFor(const History &history)
{
    QStringList patterns =
        history.manifests.isEmpty() ? QStringList() : history.manifests.last().ignorePatterns;
    for (const QString &pattern : AscMhl::ignorePatterns()) {
        if (!patterns.contains(pattern))
            patterns.append(pattern);
    }
    return patterns;
}

struct Scan
{
    MhlReport report;
    QList<MhlManifest::FileEntry> entries; // what a new generation records
    QStringList patterns;
};

Util::Result<Scan> scan(const QString &folder, const History &history, const MhlOptions &options)
{
    Scan out;
    out.patterns = patternsFor(history);
    const IgnoreRules rules(out.patterns);
    QList<FoundFile> found;
    listFiles(folder, {}, rules, found, out.report.skipped);
    std::sort(found.begin(), found.end(),
              [](const FoundFile &a, const FoundFile &b) { return a.path < b.path; });
    const QHash<QString, MhlHashValues> recorded = references(history);
    out.report.generations = int(history.manifests.size());

    qint64 total = 0;
    for (const FoundFile &file : std::as_const(found))
        total += file.size;
    qint64 done = 0;
    const auto tellProgress = [&] {
        if (options.progress)
            options.progress(done, std::max(total, done));
    };
    tellProgress();

    QSet<QString> seen;
    for (const FoundFile &file : std::as_const(found)) {
        seen.insert(file.path);
        const auto reference = recorded.constFind(file.path);
        const bool known = reference != recorded.cend();
        const MhlHashValues expected = known ? *reference : MhlHashValues();
        QList<MhlHashFormat> formats {MhlHashFormat::Xxh128};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!formats.contains(it.key()))
                formats.append(it.key());
        }

        MhlFileResult result;
        result.path = file.path;
        const MhlHashFormat shown = shownFormat(expected);
        result.recorded = expected.value(shown);
        qint64 hashedBytes = 0;
        Util::Result<MhlHashValues> hashed =
            MhlHasher::hashFile(file.absolutePath, formats, options.cancel, [&](qint64 bytes) {
                hashedBytes += bytes;
                done += bytes;
                tellProgress();
            });
        if (!hashed) {
            if (hashed.error().code == u"cancelled")
                return hashed.error();
            result.state = MhlFileState::Unreadable;
            result.size = file.size;
            result.error = hashed.error().message;
            done += std::max<qint64>(0, file.size - hashedBytes);
            tellProgress();
            out.report.files.append(result);
            continue;
        }
        const MhlHashValues &current = hashed.value();
        const QDateTime hashDate = QDateTime::currentDateTimeUtc();
        bool matches = true;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            matches = matches && current.value(it.key()) == it.value();
        result.state = !known ? MhlFileState::New : matches ? MhlFileState::Ok : MhlFileState::Failed;
        result.size = hashedBytes;
        result.current = current.value(shown);
        out.report.files.append(result);

        MhlManifest::FileEntry entry {file.path, hashedBytes, file.modified, {}};
        for (auto it = current.cbegin(); it != current.cend(); ++it) {
            MhlManifest::Action action = MhlManifest::Action::Original;
            if (known) {
                // A format not recorded before shares the verdict of the
                // ones that were.
                const bool same =
                    expected.contains(it.key()) ? expected.value(it.key()) == it.value() : matches;
                action = same ? MhlManifest::Action::Verified : MhlManifest::Action::Failed;
            }
            entry.hashes.append(MhlManifest::HashEntry {it.key(), it.value(), action, hashDate});
        }
        out.entries.append(entry);
    }

    for (auto it = recorded.cbegin(); it != recorded.cend(); ++it) {
        if (seen.contains(it.key()) || rules.ignoredWithParents(it.key()))
            continue;
        MhlFileResult result;
        result.path = it.key();
        result.state = MhlFileState::Missing;
        result.recorded = it.value().value(shownFormat(it.value()));
        out.report.files.append(result);
    }
    std::sort(out.report.files.begin(), out.report.files.end(),
              [](const MhlFileResult &a, const MhlFileResult &b) { return a.path < b.path; });
    return out;
}

Util::Result<void> requireFolder(const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return {};
    return Util::makeError(QStringLiteral("not_found"),
                           AscMhl::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
}

Util::Result<MhlReport> recordGeneration(const QString &folder, const QDir &historyDir,
                                         const MhlOptions &options)
{
    Util::Result<History> loaded = loadHistory(folder);
    if (!loaded)
        return loaded.error();
    const History &history = loaded.value();
    Util::Result<Scan> scanned = scan(folder, history, options);
    if (!scanned)
        return scanned.error();
    Scan result = std::move(scanned).value();

    MhlManifest manifest;
    // Second precision: the same instant names the file.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute(), now.time().second()));
    manifest.creationDate = now;
    manifest.hostname = QSysInfo::machineHostName();
    manifest.tool = ToolName;
    manifest.toolVersion = QStringLiteral(MMDESK_VERSION);
    manifest.ignorePatterns = result.patterns;
    manifest.files = result.entries;
    const QByteArray bytes = manifest.toXml();

    QString folderName = xmlSafeText(QFileInfo(QDir(folder).absolutePath()).fileName());
    if (folderName.isEmpty())
        folderName = QStringLiteral("root");
    const int sequence = history.lastSequence + 1;
    const QString name = QString::number(sequence).rightJustified(4, u'0') + u'_' + folderName + u'_'
        + now.toString(QStringLiteral("yyyy-MM-dd_HHmmss")) + QStringLiteral("Z.mhl");
    const QString manifestPath = historyDir.filePath(name);
    if (const Util::Result<void> written =
            AtomicWrite::write(manifestPath, bytes, AtomicWrite::Mode::CreateNew);
        !written)
        return written.error();

    MhlChain chain = history.chain;
    const QString c4 = C4Id::ofBytes(bytes);
    chain.entries.append(MhlChain::Entry {sequence, name, c4});
    if (const Util::Result<void> written =
            AtomicWrite::write(historyDir.filePath(ChainFileName), chain.toXml());
        !written) {
        // A manifest outside the chain would make the history look tampered with.
        QFile::remove(manifestPath);
        return written.error();
    }
    qCInfo(lcLibrary) << "Recorded hash generation" << sequence << "of" << folder << "with"
                      << result.entries.size() << "files";

    result.report.sequence = sequence;
    result.report.manifestPath = manifestPath;
    result.report.manifestC4 = c4;
    return result.report;
}

} // namespace

int MhlReport::count(MhlFileState state) const
{
    return int(std::count_if(files.cbegin(), files.cend(),
                             [state](const MhlFileResult &file) { return file.state == state; }));
}

bool MhlReport::clean() const
{
    return count(MhlFileState::Failed) == 0 && count(MhlFileState::Missing) == 0
        && count(MhlFileState::Unreadable) == 0;
}

QString AscMhl::historyFolder(const QString &folder)
{
    return QDir(folder).filePath(HistoryFolderName);
}

bool AscMhl::hasHistory(const QString &folder)
{
    return QFileInfo::exists(QDir(historyFolder(folder)).filePath(ChainFileName));
}

QStringList AscMhl::ignorePatterns()
{
    // The first three are what the ASC's own tool writes.
    return {QStringLiteral(".DS_Store"), QStringLiteral("ascmhl"), QStringLiteral("ascmhl/"),
            QStringLiteral(".*"), QStringLiteral("*.part")};
}

Util::Result<MhlReport> AscMhl::check(const QString &folder, const MhlOptions &options)
{
    if (const Util::Result<void> exists = requireFolder(folder); !exists)
        return exists.error();
    Util::Result<History> history = loadHistory(folder);
    if (!history)
        return history.error();
    if (history.value().manifests.isEmpty())
        return Util::makeError(QStringLiteral("no_history"),
                               tr("%1 has no hash history yet.").arg(QDir::toNativeSeparators(folder)));
    Util::Result<Scan> result = scan(folder, history.value(), options);
    if (!result)
        return result.error();
    return std::move(result).value().report;
}

Util::Result<MhlReport> AscMhl::addGeneration(const QString &folder, const MhlOptions &options)
{
    if (const Util::Result<void> exists = requireFolder(folder); !exists)
        return exists.error();
    const QDir historyDir(historyFolder(folder));
    const bool created = !historyDir.exists();
    if (!historyDir.mkpath(QStringLiteral(".")))
        return Util::makeError(QStringLiteral("disk_error"),
                               tr("Cannot create %1.").arg(QDir::toNativeSeparators(historyDir.path())));
    Util::Result<MhlReport> result = [&]() -> Util::Result<MhlReport> {
        // Two runs on one folder would pick the same generation number. The
        // lock belongs to a live process for as long as it hashes, however long.
        QLockFile lock(historyDir.filePath(QStringLiteral(".mmdesk.lock")));
        lock.setStaleLockTime(0);
        if (!lock.tryLock()) {
            if (lock.error() == QLockFile::LockFailedError)
                return Util::makeError(
                    QStringLiteral("busy"),
                    tr("The hash history of %1 is being written by another task; try again when it is done.")
                        .arg(QDir::toNativeSeparators(folder)));
            return Util::makeError(
                QStringLiteral("disk_error"),
                tr("Cannot write in %1.").arg(QDir::toNativeSeparators(historyDir.path())));
        }
        return recordGeneration(folder, historyDir, options);
    }();
    // A first run that wrote nothing leaves no empty history behind.
    if (!result && created)
        historyDir.rmdir(historyDir.absolutePath());
    return result;
}

} // namespace Library
