#include "core/library/ascmhl.h"
#include "core/library/c4id.h"
#include "core/library/mhlhasher.h"
#include "core/library/mhlmanifest.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Library;

namespace {

QString dataPath(const QString &relative)
{
    return TestSupport::sourcePath(QStringLiteral("tests/data/schemas/ascmhl/") + relative);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every file below `folder` with its bytes: "nothing was written" is this
// staying the same.
QMap<QString, QByteArray> snapshot(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(folder).relativeFilePath(path), readAll(path));
    }
    return files;
}

void validate(const QString &file, const QString &schema)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    QVERIFY2(!xmllint.isEmpty(), "xmllint (libxml2-utils) is needed to validate the histories");
    QProcess process;
    process.start(
        xmllint,
        {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"), schema, file});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
}

// The manifests and the chain of a folder's history against the ASC schemas,
// and each manifest against its C4 ID in the chain.
void validateHistory(const QString &folder, int generations)
{
    const QDir history(AscMhl::historyFolder(folder));
    const QStringList manifests = history.entryList({QStringLiteral("*.mhl")}, QDir::Files, QDir::Name);
    QCOMPARE(manifests.size(), generations);
    for (const QString &manifest : manifests) {
        validate(history.filePath(manifest), dataPath(QStringLiteral("ASCMHL.xsd")));
        if (QTest::currentTestFailed())
            return;
    }
    validate(history.filePath(QStringLiteral("ascmhl_chain.xml")),
             dataPath(QStringLiteral("ASCMHLDirectory.xsd")));
    const auto chain = MhlChain::fromXml(readAll(history.filePath(QStringLiteral("ascmhl_chain.xml"))));
    QVERIFY(chain.ok());
    QCOMPARE(chain.value().entries.size(), generations);
    for (int i = 0; i < generations; ++i) {
        const MhlChain::Entry &entry = chain.value().entries.at(i);
        QCOMPARE(entry.sequence, i + 1);
        QCOMPARE(entry.path, manifests.at(i));
        QCOMPARE(entry.c4, C4Id::ofBytes(readAll(history.filePath(entry.path))));
    }
}

MhlManifest manifest(const QString &path)
{
    const auto parsed = MhlManifest::fromXml(readAll(path));
    return parsed.ok() ? parsed.value() : MhlManifest();
}

const MhlManifest::FileEntry *entry(const MhlManifest &manifest, const QString &path)
{
    for (const MhlManifest::FileEntry &file : manifest.files) {
        if (file.path == path)
            return &file;
    }
    return nullptr;
}

MhlFileState stateOf(const MhlReport &report, const QString &path)
{
    for (const MhlFileResult &file : report.files) {
        if (file.path == path)
            return file.state;
    }
    return MhlFileState::Unreadable;
}

// A copy of the ASC's two-generation example, in a folder the test may change.
QString copyExample(const QTemporaryDir &dir)
{
    const QString source = dataPath(QStringLiteral("example/Clips"));
    const QString target = dir.filePath(QStringLiteral("Clips"));
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString copy = QDir(target).filePath(QDir(source).relativeFilePath(path));
        if (!writeFile(copy, readAll(path)))
            return {};
        // Keep the recorded modification times, as a copy tool would.
        QFile file(copy);
        if (file.open(QIODevice::ReadWrite))
            file.setFileTime(QFileInfo(path).lastModified(), QFileDevice::FileModificationTime);
    }
    return target;
}

} // namespace

class TestAscMhl final : public QObject
{
    Q_OBJECT

private:
    QString m_folder;
    QTemporaryDir m_dir;

    // A folder with content, a subfolder, a sidecar, names that need
    // escaping, and files that are to be left out.
    void makeFolder()
    {
        m_folder = m_dir.filePath(QStringLiteral("Reportage été & co"));
        QVERIFY(writeFile(m_folder + QStringLiteral("/A001.mxf"), QByteArray("first clip bytes\n")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/Débat <2> & vote.mp4"), QByteArray(10000, 'x')));
        QVERIFY(
            writeFile(m_folder + QStringLiteral("/A001.mxf.ebucore.xml"), QByteArray("<ebuCoreMain/>\n")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/Rushes/B001.mov"), QByteArray("rush")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/.DS_Store"), QByteArray("finder")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/.hidden.mxf"), QByteArray("hidden")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/C003.mxf.part"), QByteArray("half a download")));
    }

    const QStringList m_recorded {QStringLiteral("A001.mxf"), QStringLiteral("A001.mxf.ebucore.xml"),
                                  QStringLiteral("Débat <2> & vote.mp4"), QStringLiteral("Rushes/B001.mov")};

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_dir.remove();
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void knownAnswers()
    {
        const QList<MhlHashFormat> all {MhlHashFormat::C4,     MhlHashFormat::Md5,  MhlHashFormat::Sha1,
                                        MhlHashFormat::Xxh128, MhlHashFormat::Xxh3, MhlHashFormat::Xxh64};
        const MhlHashValues empty = MhlHasher::hashBytes({}, all);
        QCOMPARE(empty.value(MhlHashFormat::Xxh128), QByteArray("99aa06d3014798d86001c324468d497f"));
        QCOMPARE(empty.value(MhlHashFormat::Xxh3), QByteArray("2d06800538d394c2"));
        QCOMPARE(empty.value(MhlHashFormat::Xxh64), QByteArray("ef46db3751d8e999"));
        QCOMPARE(empty.value(MhlHashFormat::Md5), QByteArray("d41d8cd98f00b204e9800998ecf8427e"));
        QCOMPARE(empty.value(MhlHashFormat::Sha1), QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
        // The C4 ID of no bytes, as the C4 specification gives it.
        QCOMPARE(empty.value(MhlHashFormat::C4),
                 QByteArray("c459dsjfscH38cYeXXYogktxf4Cd9ibshE3BHUo6a58hBXmRQdZrAkZzsWcbWtDg5oQstpDuni4Hirj7"
                            "5GEmTc1sFT"));
        QCOMPARE(C4Id::ofBytes({}).size(), 90);
        QVERIFY(C4Id::isValid(C4Id::ofBytes("x")));
        QVERIFY(!C4Id::isValid(QStringLiteral("c4") + QString(88, u'0'))); // 0 is not a base-58 digit
    }

    void exampleXxh128MatchesTheAscTool()
    {
        const MhlManifest second =
            manifest(dataPath(QStringLiteral("example/Clips/ascmhl/0002_Clips_2026-11-24_231315Z.mhl")));
        QCOMPARE(second.files.size(), 2);
        for (const MhlManifest::FileEntry &file : second.files) {
            const auto hashed = MhlHasher::hashFile(dataPath(QStringLiteral("example/Clips/") + file.path),
                                                    {MhlHashFormat::Xxh128});
            QVERIFY(hashed.ok());
            QCOMPARE(file.hashes.size(), 1);
            QCOMPARE(hashed.value().value(MhlHashFormat::Xxh128), file.hashes.first().value);
        }
        // The values themselves, so that a parse that read nothing cannot pass.
        QCOMPARE(entry(second, QStringLiteral("A001.mxf"))->hashes.first().value,
                 QByteArray("6cfbdd4943065f785d87ce0102ce952e"));
        QCOMPARE(entry(second, QStringLiteral("A002.mxf"))->hashes.first().value,
                 QByteArray("9980d4b3036ad65eccb34d33ec055c37"));
    }

    void exampleC4MatchesTheChain()
    {
        const auto chain =
            MhlChain::fromXml(readAll(dataPath(QStringLiteral("example/Clips/ascmhl/ascmhl_chain.xml"))));
        QVERIFY(chain.ok());
        QCOMPARE(chain.value().entries.size(), 2);
        for (const MhlChain::Entry &entry : chain.value().entries)
            QCOMPARE(C4Id::ofBytes(readAll(dataPath(QStringLiteral("example/Clips/ascmhl/") + entry.path))),
                     entry.c4);
        QCOMPARE(chain.value().entries.first().c4,
                 QStringLiteral("c42YiMnY5QRoZM4zoazQ3H29haZFcRLZ21susBk233PQ8oTSZvYL4DenFcMXn5hNPsAa4AhzikJD"
                                "gXpv4gHJbFCZmY"));
    }

    void multiBlockFileHashesLikeBytes()
    {
        // Larger than one read block, not a multiple of it.
        QByteArray bytes(9 * 1024 * 1024 + 12345, Qt::Uninitialized);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 131) ^ (i >> 11));
        const QString path = m_dir.filePath(QStringLiteral("big.mxf"));
        QVERIFY(writeFile(path, bytes));
        qint64 seen = 0;
        const auto hashed = MhlHasher::hashFile(path, {MhlHashFormat::Xxh128, MhlHashFormat::C4}, nullptr,
                                                [&](qint64 n) { seen += n; });
        QVERIFY(hashed.ok());
        QCOMPARE(seen, bytes.size());
        QCOMPARE(hashed.value(), MhlHasher::hashBytes(bytes, {MhlHashFormat::Xxh128, MhlHashFormat::C4}));
        QCOMPARE(hashed.value().value(MhlHashFormat::C4), C4Id::ofBytes(bytes).toLatin1());
    }

    void exampleHistoryChecksAndGoesOn()
    {
        const QString clips = copyExample(m_dir);
        QVERIFY(!clips.isEmpty());
        const auto checked = AscMhl::check(clips);
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        QCOMPARE(checked.value().generations, 2);
        QCOMPARE(checked.value().files.size(), 2);
        QCOMPARE(checked.value().count(MhlFileState::Ok), 2);

        QVERIFY(writeFile(clips + QStringLiteral("/A003.mxf"), QByteArray("third clip bytes\n")));
        const auto added = AscMhl::addGeneration(clips);
        QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
        QCOMPARE(added.value().sequence, 3);
        QVERIFY(QFileInfo(added.value().manifestPath).fileName().startsWith(QStringLiteral("0003_Clips_")));
        validateHistory(clips, 3);
        const MhlManifest third = manifest(added.value().manifestPath);
        QCOMPARE(entry(third, QStringLiteral("A001.mxf"))->hashes.first().action,
                 MhlManifest::Action::Verified);
        QCOMPARE(entry(third, QStringLiteral("A003.mxf"))->hashes.first().action,
                 MhlManifest::Action::Original);
        // The tool's generations stay as they were.
        const auto chain = MhlChain::fromXml(readAll(clips + QStringLiteral("/ascmhl/ascmhl_chain.xml")));
        QCOMPARE(chain.value().entries.at(1).c4,
                 QStringLiteral("c43oeWCj4e3YfjXLDHM8SoWYh9CXDW2EscDmcZSUKw98EVw4BESWX1bUtTji2UJVAhJWem1S4JV2"
                                "TECbnMKu5T9QWz"));
    }

    void firstAndSecondGenerationValidate()
    {
        makeFolder();
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        MhlOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        };
        const auto first = AscMhl::addGeneration(m_folder, options);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(lastDone, qint64(17 + 10000 + 15 + 4));
        QCOMPARE(lastTotal, lastDone);
        QCOMPARE(first.value().sequence, 1);
        QCOMPARE(first.value().generations, 0);
        QCOMPARE(first.value().count(MhlFileState::New), m_recorded.size());
        static const QRegularExpression name(
            QStringLiteral("^0001_Reportage été & co_\\d{4}-\\d{2}-\\d{2}_\\d{6}Z\\.mhl$"));
        QVERIFY2(name.match(QFileInfo(first.value().manifestPath).fileName()).hasMatch(),
                 qPrintable(first.value().manifestPath));
        validateHistory(m_folder, 1);

        const MhlManifest one = manifest(first.value().manifestPath);
        QCOMPARE(one.tool, QStringLiteral("Multimedia Desk"));
        QCOMPARE(one.toolVersion, QStringLiteral(MMDESK_VERSION));
        QCOMPARE(one.process, QStringLiteral("in-place"));
        QVERIFY(one.ignorePatterns.contains(QStringLiteral("ascmhl")));
        QVERIFY(one.ignorePatterns.contains(QStringLiteral("*.part")));
        QStringList paths;
        for (const MhlManifest::FileEntry &file : one.files) {
            paths.append(file.path);
            QCOMPARE(file.hashes.size(), 1);
            QCOMPARE(file.hashes.first().format, MhlHashFormat::Xxh128);
            QCOMPARE(file.hashes.first().action, MhlManifest::Action::Original);
            QCOMPARE(file.size, QFileInfo(m_folder + u'/' + file.path).size());
        }
        QCOMPARE(paths, m_recorded);

        QVERIFY(writeFile(m_folder + QStringLiteral("/Rushes/B002.mov"), QByteArray("second rush")));
        const auto second = AscMhl::addGeneration(m_folder);
        QVERIFY(second.ok());
        QCOMPARE(second.value().sequence, 2);
        QCOMPARE(second.value().generations, 1);
        QCOMPARE(second.value().count(MhlFileState::Ok), m_recorded.size());
        QCOMPARE(second.value().count(MhlFileState::New), 1);
        QVERIFY(second.value().clean());
        validateHistory(m_folder, 2);
        const MhlManifest two = manifest(second.value().manifestPath);
        QCOMPARE(two.files.size(), m_recorded.size() + 1);
        for (const QString &path : m_recorded)
            QCOMPARE(entry(two, path)->hashes.first().action, MhlManifest::Action::Verified);
        QCOMPARE(entry(two, QStringLiteral("Rushes/B002.mov"))->hashes.first().action,
                 MhlManifest::Action::Original);
    }

    void flippedByteIsExactlyOneFailure()
    {
        makeFolder();
        QVERIFY(AscMhl::addGeneration(m_folder).ok());
        const QString target = m_folder + QStringLiteral("/Débat <2> & vote.mp4");
        QByteArray bytes = readAll(target);
        bytes[5000] = char(bytes[5000] ^ 0x01);
        QVERIFY(writeFile(target, bytes));

        const QMap<QString, QByteArray> before = snapshot(m_folder);
        const auto checked = AscMhl::check(m_folder);
        QVERIFY(checked.ok());
        QCOMPARE(snapshot(m_folder), before);
        QCOMPARE(checked.value().count(MhlFileState::Failed), 1);
        QCOMPARE(stateOf(checked.value(), QStringLiteral("Débat <2> & vote.mp4")), MhlFileState::Failed);
        QCOMPARE(checked.value().count(MhlFileState::Ok), m_recorded.size() - 1);
        QVERIFY(!checked.value().clean());

        // Recorded as failed, and still failed afterwards: the failed entry
        // holds the damaged bytes and never becomes the reference.
        const auto recorded = AscMhl::addGeneration(m_folder);
        QVERIFY(recorded.ok());
        validateHistory(m_folder, 2);
        const MhlManifest two = manifest(recorded.value().manifestPath);
        QCOMPARE(entry(two, QStringLiteral("Débat <2> & vote.mp4"))->hashes.first().action,
                 MhlManifest::Action::Failed);
        QCOMPARE(entry(two, QStringLiteral("A001.mxf"))->hashes.first().action,
                 MhlManifest::Action::Verified);
        const auto again = AscMhl::check(m_folder);
        QVERIFY(again.ok());
        QCOMPARE(stateOf(again.value(), QStringLiteral("Débat <2> & vote.mp4")), MhlFileState::Failed);
        QCOMPARE(again.value().count(MhlFileState::Failed), 1);

        // Putting the right bytes back makes it verified again.
        bytes[5000] = char(bytes[5000] ^ 0x01);
        QVERIFY(writeFile(target, bytes));
        const auto repaired = AscMhl::check(m_folder);
        QVERIFY(repaired.ok());
        QVERIFY(repaired.value().clean());
    }

    void deletedIsMissingAndAddedIsNew()
    {
        makeFolder();
        QVERIFY(AscMhl::addGeneration(m_folder).ok());
        QVERIFY(QFile::remove(m_folder + QStringLiteral("/Rushes/B001.mov")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/Z999.mxf"), QByteArray("late arrival")));
        // Left out whatever happens to them.
        QVERIFY(writeFile(m_folder + QStringLiteral("/C003.mxf.part"), QByteArray("more of the download")));
        QVERIFY(writeFile(m_folder + QStringLiteral("/.A001.mxf.ebucore.xml.tmp-1"), QByteArray("<half")));

        const QMap<QString, QByteArray> before = snapshot(m_folder);
        const auto checked = AscMhl::check(m_folder);
        QVERIFY(checked.ok());
        QCOMPARE(snapshot(m_folder), before);
        QCOMPARE(checked.value().files.size(), m_recorded.size() + 1);
        QCOMPARE(stateOf(checked.value(), QStringLiteral("Rushes/B001.mov")), MhlFileState::Missing);
        QCOMPARE(stateOf(checked.value(), QStringLiteral("Z999.mxf")), MhlFileState::New);
        QCOMPARE(checked.value().count(MhlFileState::Missing), 1);
        QCOMPARE(checked.value().count(MhlFileState::New), 1);
        QCOMPARE(checked.value().count(MhlFileState::Ok), m_recorded.size() - 1);
        QCOMPARE(checked.value().count(MhlFileState::Failed), 0);
    }

    void checkNeedsAHistory()
    {
        makeFolder();
        const auto checked = AscMhl::check(m_folder);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, QStringLiteral("no_history"));
        QVERIFY(!QFileInfo::exists(AscMhl::historyFolder(m_folder)));
        const auto nowhere = AscMhl::check(m_dir.filePath(QStringLiteral("nowhere")));
        QCOMPARE(nowhere.error().code, QStringLiteral("not_found"));
    }

    void editedManifestIsRefused()
    {
        makeFolder();
        const auto first = AscMhl::addGeneration(m_folder);
        QVERIFY(first.ok());
        QByteArray bytes = readAll(first.value().manifestPath);
        bytes.replace("original", "verified");
        QVERIFY(writeFile(first.value().manifestPath, bytes));
        const auto checked = AscMhl::check(m_folder);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().code, QStringLiteral("history_damaged"));
        const auto added = AscMhl::addGeneration(m_folder);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("history_damaged"));
    }

    void negativeSizeIsNoSize()
    {
        // Found by fuzz_ascmhl: "-7" was kept as a size, and the manifest
        // written from it read back with none.
        const auto parsed = MhlManifest::fromXml(
            "<hashlist version=\"2.0\" xmlns=\"urn:ASC:MHL:v2.0\"><hashes><hash>"
            "<path size=\"-7\">A001.mxf</path><xxh128>0123456789abcdef0123456789abcdef</xxh128>"
            "</hash></hashes></hashlist>");
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().files.size(), 1);
        QCOMPARE(parsed.value().files.first().size, qint64(-1));
        const auto again = MhlManifest::fromXml(parsed.value().toXml());
        QVERIFY(again.ok());
        QCOMPARE(again.value().files.first().size, qint64(-1));
    }

    void oneWriterAtATime()
    {
        makeFolder();
        QVERIFY(QDir().mkpath(AscMhl::historyFolder(m_folder)));
        QLockFile other(AscMhl::historyFolder(m_folder) + QStringLiteral("/.mmdesk.lock"));
        QVERIFY(other.tryLock());
        const auto added = AscMhl::addGeneration(m_folder);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("busy"));
        other.unlock();
        QVERIFY(AscMhl::addGeneration(m_folder).ok());
    }

    void cancelledRunWritesNothing()
    {
        makeFolder();
        QVERIFY(AscMhl::addGeneration(m_folder).ok());
        const QMap<QString, QByteArray> before = snapshot(m_folder);
        std::atomic_bool cancel {true};
        MhlOptions options;
        options.cancel = &cancel;
        const auto added = AscMhl::addGeneration(m_folder, options);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("cancelled"));
        QCOMPARE(snapshot(m_folder), before);

        // Nor does a first one leave an empty history folder.
        const QString fresh = m_dir.filePath(QStringLiteral("Fresh"));
        QVERIFY(writeFile(fresh + QStringLiteral("/A001.mxf"), QByteArray("bytes")));
        const auto first = AscMhl::addGeneration(fresh, options);
        QCOMPARE(first.error().code, QStringLiteral("cancelled"));
        QVERIFY(!QFileInfo::exists(AscMhl::historyFolder(fresh)));
        QVERIFY(!AscMhl::hasHistory(fresh));
    }
};

QTEST_GUILESS_MAIN(TestAscMhl)
#include "tst_ascmhl.moc"
