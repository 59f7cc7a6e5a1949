#include "core/library/librarytasks.h"

#include "core/downloads/downloadrecord.h"
#include "core/downloads/fileops.h"
#include "core/library/ebucore.h"
#include "core/library/librarystore.h"
#include "core/util/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Library {

namespace {

constexpr int BatchSize = 500;

Util::Error cancelled()
{
    return Util::makeError(QStringLiteral("cancelled"), LibraryTasks::tr("Stopped before the end."));
}

bool stopped(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// Progress at most ten times a second, and always at the end.
class Reporter
{
public:
    explicit Reporter(const ProgressFn &progress) : m_progress(progress) { m_clock.start(); }

    TaskProgress state;

    void report(bool force = false)
    {
        if (!m_progress || (!force && m_clock.elapsed() < 100))
            return;
        m_clock.restart();
        m_progress(state);
    }

private:
    const ProgressFn &m_progress;
    QElapsedTimer m_clock;
};

// The files of a folder a library cares about: no hidden files, no partial
// downloads, no sidecars and hash histories (they describe clips, they are
// not clips).
QStringList mediaFilesUnder(const QString &folder, const std::atomic_bool *cancel)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext() && !stopped(cancel)) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        if (relative.startsWith(u'.') || relative.contains(QStringLiteral("/."))
            || relative.startsWith(QStringLiteral("ascmhl/")) || relative.contains(QStringLiteral("/ascmhl/"))
            || path.endsWith(QStringLiteral(".part")) || path.endsWith(QStringLiteral(".ebucore.xml")))
            continue;
        files << QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    }
    files.sort();
    return files;
}

// Lowercase hex SHA-256 of a file, counting its bytes into the progress.
Util::Result<QByteArray> hashFile(const QString &path, Reporter &reporter, const std::atomic_bool *cancel)
{
    reporter.state.current = path;
    return Downloads::FileOps::sha256(path, cancel, [&reporter](qint64 bytes) {
        reporter.state.bytesDone += bytes;
        reporter.report();
    });
}

QString csvField(QString value, bool text)
{
    // A text cell a spreadsheet would run as a formula is kept as text
    // (the portal's data is not ours to trust).
    if (text && !value.isEmpty()
        && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@'
            || value.front() == u'\t' || value.front() == u'\r'))
        value.prepend(u'\'');
    if (value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + value + u'"';
    }
    return value;
}

QString stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

Util::Result<QList<Clip>> clipsFor(LibraryStore &store, const QList<qint64> &ids)
{
    QList<Clip> clips;
    for (const qint64 id : ids) {
        auto found = store.find(id);
        if (!found)
            return found.error();
        if (!found.value())
            return Util::makeError(QStringLiteral("not_found"),
                                   LibraryTasks::tr("There is no clip %1 in the library.").arg(id));
        clips << *found.value();
    }
    return clips;
}

} // namespace

Util::Result<VerifyReport> LibraryTasks::verify(LibraryStore &store, const QList<qint64> &ids,
                                                const std::atomic_bool *cancel, const ProgressFn &progress)
{
    Reporter reporter(progress);
    VerifyReport report;

    // First how much there is to read, a batch at a time (a whole archive's
    // list is not held in memory), then the files themselves.
    const auto forEach =
        [&](const std::function<Util::Result<void>(const FileEntry &)> &visit) -> Util::Result<void> {
        if (!ids.isEmpty()) {
            for (const qint64 id : ids) {
                auto found = store.find(id);
                if (!found)
                    return found.error();
                if (!found.value())
                    continue;
                const Clip &clip = *found.value();
                if (auto done =
                        visit(FileEntry {clip.id, clip.filePath, clip.sizeBytes, clip.sha256, clip.status});
                    !done)
                    return done;
            }
            return {};
        }
        qint64 after = 0;
        for (;;) {
            auto batch = store.files(after, BatchSize);
            if (!batch)
                return batch.error();
            if (batch.value().isEmpty())
                return {};
            for (const FileEntry &entry : batch.value()) {
                if (auto done = visit(entry); !done)
                    return done;
                after = entry.id;
            }
        }
    };
    if (auto counted = forEach([&](const FileEntry &entry) -> Util::Result<void> {
            ++reporter.state.itemsTotal;
            reporter.state.bytesTotal += std::max<qint64>(0, entry.sizeBytes);
            return {};
        });
        !counted)
        return counted.error();
    reporter.report(true);

    auto checked = forEach([&](const FileEntry &entry) -> Util::Result<void> {
        if (stopped(cancel))
            return cancelled();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Status status = Status::Ok;
        if (!QFileInfo::exists(entry.filePath)) {
            status = Status::Missing;
            reporter.state.bytesDone += std::max<qint64>(0, entry.sizeBytes);
        } else {
            const qint64 before = reporter.state.bytesDone;
            const auto hash = hashFile(entry.filePath, reporter, cancel);
            if (!hash && hash.error().code == u"cancelled")
                return hash.error();
            if (!hash)
                qCWarning(lcLibrary) << "cannot check" << entry.filePath << hash.error().message;
            status = hash && hash.value() == entry.sha256.toLower() ? Status::Ok : Status::Corrupt;
            // Bytes read can differ from the size recorded: count the recorded size.
            reporter.state.bytesDone = before + std::max<qint64>(0, entry.sizeBytes);
        }
        if (auto saved = store.setStatus(entry.id, status, now); !saved)
            return saved.error();
        switch (status) {
        case Status::Ok:
            ++report.ok;
            break;
        case Status::Missing:
            ++report.missing;
            report.missingIds << entry.id;
            break;
        case Status::Corrupt:
        case Status::Unverified:
            ++report.corrupt;
            report.corruptIds << entry.id;
            break;
        }
        ++reporter.state.itemsDone;
        reporter.report();
        return {};
    });
    if (!checked)
        return checked.error();
    reporter.state.current.clear();
    reporter.report(true);
    return report;
}

Util::Result<RelinkReport> LibraryTasks::relink(LibraryStore &store, const QString &folder,
                                                const QList<qint64> &ids, const std::atomic_bool *cancel,
                                                const ProgressFn &progress)
{
    if (!QFileInfo(folder).isDir())
        return Util::makeError(QStringLiteral("not_found"),
                               tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    Reporter reporter(progress);
    QList<Clip> wanted;
    if (ids.isEmpty()) {
        Query query;
        query.status = Status::Missing;
        query.sort = SortColumn::Title;
        for (qint64 offset = 0;; offset += BatchSize) {
            auto rows = store.page(query, offset, BatchSize);
            if (!rows)
                return rows.error();
            QList<qint64> batch;
            for (const ClipRow &row : rows.value())
                batch << row.id;
            auto clips = clipsFor(store, batch);
            if (!clips)
                return clips.error();
            wanted += clips.value();
            if (rows.value().size() < BatchSize)
                break;
        }
    } else {
        auto clips = clipsFor(store, ids);
        if (!clips)
            return clips.error();
        wanted = clips.value();
    }

    // Files by size: only those of a wanted size are ever hashed.
    QHash<qint64, QStringList> bySize;
    QSet<qint64> sizes;
    for (const Clip &clip : std::as_const(wanted))
        sizes.insert(clip.sizeBytes);
    reporter.state.itemsTotal = wanted.size();
    for (const QString &path : mediaFilesUnder(folder, cancel)) {
        const qint64 size = QFileInfo(path).size();
        if (sizes.contains(size))
            bySize[size] << path;
    }
    if (stopped(cancel))
        return cancelled();

    RelinkReport report;
    QHash<QString, QByteArray> hashes; // each candidate is read once
    for (const Clip &clip : std::as_const(wanted)) {
        if (stopped(cancel))
            return cancelled();
        QString found;
        for (const QString &candidate : bySize.value(clip.sizeBytes)) {
            if (!hashes.contains(candidate)) {
                const auto hash = hashFile(candidate, reporter, cancel);
                if (!hash && hash.error().code == u"cancelled")
                    return hash.error();
                hashes.insert(candidate, hash ? hash.value() : QByteArray());
            }
            if (hashes.value(candidate) == clip.sha256.toLower()) {
                found = candidate;
                break;
            }
        }
        if (found.isEmpty()) {
            report.notFound << clip.id;
        } else {
            if (auto moved = store.setFilePath(clip.id, found); !moved)
                return moved.error();
            if (auto ok = store.setStatus(clip.id, Status::Ok, QDateTime::currentDateTimeUtc()); !ok)
                return ok.error();
            report.relinked << RelinkReport::Moved {clip.id, clip.filePath, found};
        }
        ++reporter.state.itemsDone;
        reporter.report();
    }
    reporter.state.current.clear();
    reporter.report(true);
    return report;
}

Util::Result<ImportReport> LibraryTasks::importFolder(LibraryStore &store, const QString &folder,
                                                      const CatalogueIndex &index,
                                                      const std::atomic_bool *cancel,
                                                      const ProgressFn &progress)
{
    if (!QFileInfo(folder).isDir())
        return Util::makeError(QStringLiteral("not_found"),
                               tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    Reporter reporter(progress);
    const QStringList files = mediaFilesUnder(folder, cancel);
    reporter.state.itemsTotal = files.size();
    for (const QString &path : files)
        reporter.state.bytesTotal += QFileInfo(path).size();
    reporter.report(true);

    ImportReport report;
    for (const QString &path : files) {
        if (stopped(cancel))
            return cancelled();
        ++reporter.state.itemsDone;
        auto known = store.findByFilePath(path);
        if (!known)
            return known.error();
        if (known.value()) {
            ++report.known;
            reporter.state.bytesDone += QFileInfo(path).size();
            reporter.report();
            continue;
        }
        const auto hash = hashFile(path, reporter, cancel);
        if (!hash) {
            if (hash.error().code == u"cancelled")
                return hash.error();
            report.unmatched << path;
            continue;
        }
        const auto match = index.constFind(hash.value());
        if (match == index.constEnd()) {
            report.unmatched << path;
            continue;
        }
        // As if it had been downloaded here: the portal's description, the
        // file's own facts, checked against the portal's checksum just now.
        const QFileInfo info(path);
        Downloads::DownloadRecord record;
        record.state = Downloads::State::Completed;
        record.renditionId = match->renditionId;
        record.metadataJson = match->videoJson;
        const QJsonObject video = QJsonDocument::fromJson(match->videoJson).object();
        record.videoId = video.value(QStringLiteral("id")).toString();
        record.title = video.value(QStringLiteral("title")).toString();
        record.fileName = info.fileName();
        record.destDir = info.absolutePath();
        record.sizeBytes = info.size();
        record.sha256 = hash.value();
        record.finishedAt = info.lastModified().toUTC();
        auto added = store.addFromDownload(record);
        if (!added)
            return added.error();
        ++report.added;
        reporter.report();
    }
    reporter.state.current.clear();
    reporter.report(true);
    return report;
}

Util::Result<QByteArray> LibraryTasks::exportCsv(LibraryStore &store, const QList<qint64> &ids)
{
    auto clips = clipsFor(store, ids);
    if (!clips)
        return clips.error();
    QStringList lines;
    lines << QStringLiteral(
        "id,video_id,rendition_id,title,description,published_at,downloaded_at,location,"
        "credit,credit_line,usage_terms,container,video_codec,width,height,frame_rate,duration_ms,"
        "size_bytes,sha256,file_path,status,last_verified_at,tags,user_tags,note");
    for (const Clip &c : std::as_const(clips.value())) {
        const QStringList cells {
            QString::number(c.id),
            csvField(c.videoId, true),
            csvField(c.renditionId, true),
            csvField(c.title, true),
            csvField(c.description, true),
            stamp(c.publishedAt),
            stamp(c.downloadedAt),
            csvField(c.location, true),
            csvField(c.credit, true),
            csvField(c.creditLine(), true),
            csvField(c.usageTerms, true),
            csvField(c.container, true),
            csvField(c.videoCodec, true),
            QString::number(c.width),
            QString::number(c.height),
            csvField(c.frameRate, true),
            QString::number(c.durationMs),
            QString::number(c.sizeBytes),
            QString::fromLatin1(c.sha256),
            csvField(c.filePath, true),
            statusKey(c.status),
            stamp(c.lastVerifiedAt),
            csvField(c.tags.join(u';'), true),
            csvField(c.userTags.join(u';'), true),
            csvField(c.note, true),
        };
        lines << cells.join(u',');
    }
    // CRLF line ends, as RFC 4180 has them; spreadsheets read both.
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Util::Result<QByteArray> LibraryTasks::exportJson(LibraryStore &store, const QList<qint64> &ids)
{
    auto clips = clipsFor(store, ids);
    if (!clips)
        return clips.error();
    QJsonArray array;
    for (const Clip &c : std::as_const(clips.value())) {
        array.append(QJsonObject {
            {QStringLiteral("id"), c.id},
            {QStringLiteral("video_id"), c.videoId},
            {QStringLiteral("rendition_id"), c.renditionId},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("description"), c.description},
            {QStringLiteral("published_at"), stamp(c.publishedAt)},
            {QStringLiteral("downloaded_at"), stamp(c.downloadedAt)},
            {QStringLiteral("location"), c.location},
            {QStringLiteral("credit"), c.credit},
            {QStringLiteral("credit_line"), c.creditLine()},
            {QStringLiteral("usage_terms"), c.usageTerms},
            {QStringLiteral("container"), c.container},
            {QStringLiteral("video_codec"), c.videoCodec},
            {QStringLiteral("width"), c.width},
            {QStringLiteral("height"), c.height},
            {QStringLiteral("frame_rate"), c.frameRate},
            {QStringLiteral("duration_ms"), c.durationMs},
            {QStringLiteral("size_bytes"), c.sizeBytes},
            {QStringLiteral("sha256"), QString::fromLatin1(c.sha256)},
            {QStringLiteral("file_path"), c.filePath},
            {QStringLiteral("status"), statusKey(c.status)},
            {QStringLiteral("last_verified_at"), stamp(c.lastVerifiedAt)},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("user_tags"), QJsonArray::fromStringList(c.userTags)},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("metadata"), QJsonDocument::fromJson(c.metadataJson).object()},
        });
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

Util::Result<QString> LibraryTasks::writeSidecar(const Clip &clip)
{
    const QFileInfo file(clip.filePath);
    auto document = EbuCore::sidecar(
        clip.metadataJson, clip.renditionId,
        EbuCore::FileFacts {file.fileName(), clip.sizeBytes, clip.sha256, clip.downloadedAt});
    if (!document)
        return document.error();
    return EbuCore::writeSidecar(clip.filePath, document.value());
}

} // namespace Library
