// mmdesk-cli library as a script uses it, on a library of real files in a
// --data-dir profile: listing and searching (French accents included), a
// clip's whole record, verification that catches a damaged and a missing
// file, relinking a file that was renamed and moved, the exports (CSV, JSON,
// an EBUCore sidecar the EBU's schema accepts, an ASC MHL history that
// catches a changed byte), and an import against the reference portal.

#include "core/downloads/downloadrecord.h"
#include "core/library/librarystore.h"
#include "tests/support/clirun.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "tests/support/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

QString errorText(const Util::Error &error)
{
    return error.code + u": "_s + error.message;
}

// A file of pseudo-random bytes; its SHA-256 as lowercase hex.
QByteArray writeMedia(const QString &path, qint64 size, quint32 seed)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return {};
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset))
        return false;
    return file.putChar(static_cast<char>(byte ^ 0x5a));
}

QByteArray videoJson(const QByteArray &renditionSha256, qint64 size)
{
    const QJsonObject video {
        {u"id"_s, u"v-securite"_s},
        {u"title"_s, u"Sécurité routière : les nouvelles règles"_s},
        {u"description"_s, u"Le ministre présente les mesures de l'été."_s},
        {u"published_at"_s, u"2026-10-01T09:30:00Z"_s},
        {u"updated_at"_s, u"2026-10-01T10:00:00Z"_s},
        {u"location"_s, u"Paris, France"_s},
        {u"language"_s, u"fr"_s},
        {u"duration_ms"_s, 95'000},
        {u"tags"_s, QJsonArray {u"Transport"_s, u"Sécurité"_s}},
        {u"credit"_s, u"Ministère des Transports"_s},
        {u"usage_terms"_s, u"Libre de droits pour l'information"_s},
        {u"shotlist"_s,
         QJsonArray {
             QJsonObject {{u"tc_in"_s, u"00:00:00:00"_s},
                          {u"tc_out"_s, u"00:00:05:00"_s},
                          {u"kind"_s, u"shot"_s},
                          {u"description"_s, u"Plan large du périphérique"_s}},
             QJsonObject {{u"tc_in"_s, u"00:00:05:00"_s},
                          {u"tc_out"_s, u"00:00:20:00"_s},
                          {u"kind"_s, u"soundbite"_s},
                          {u"description"_s, u"SOUNDBITE (French) sur la vitesse"_s},
                          {u"speaker"_s, u"Camille Durand, ministre"_s},
                          {u"language"_s, u"fr"_s}},
         }},
        {u"renditions"_s,
         QJsonArray {QJsonObject {{u"id"_s, u"r-mxf"_s},
                                  {u"label"_s, u"Broadcast HD 1080i50"_s},
                                  {u"container"_s, u"mxf"_s},
                                  {u"video_codec"_s, u"mpeg2video"_s},
                                  {u"audio_codec"_s, u"pcm_s24le"_s},
                                  {u"width"_s, 1920},
                                  {u"height"_s, 1080},
                                  {u"frame_rate"_s, u"25"_s},
                                  {u"interlaced"_s, true},
                                  {u"bitrate_kbps"_s, 50000},
                                  {u"size_bytes"_s, size},
                                  {u"sha256"_s, QString::fromLatin1(renditionSha256)},
                                  {u"filename"_s, u"securite.mxf"_s}}}},
    };
    return QJsonDocument(video).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCliLibrary final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_media;
    qint64 m_securite = 0; // "Sécurité routière", mxf, from a download
    qint64 m_presse = 0; // "Conférence de presse", mp4
    qint64 m_flood = 0; // "Flood defences", mov

    TestSupport::CliRun cli(const QStringList &arguments,
                            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        return TestSupport::runCli(QStringList {u"--data-dir"_s, m_data.path()} + arguments, {}, environment,
                                   30000);
    }

    // A failure is recorded and the caller goes on with what was parsed, so
    // that its own comparisons say what was expected.
    QJsonObject cliJson(const QStringList &arguments, int expectedExit = 0)
    {
        const TestSupport::CliRun run = cli(QStringList {u"--json"_s} + arguments);
        if (run.exitCode != expectedExit)
            QTest::qFail(QByteArray("exit code " + QByteArray::number(run.exitCode) + ", expected "
                                    + QByteArray::number(expectedExit) + ": " + run.err + run.out)
                             .constData(),
                         __FILE__, __LINE__);
        QJsonParseError error {};
        const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
        if (error.error != QJsonParseError::NoError)
            QTest::qFail(QByteArray("not one JSON document: " + run.out).constData(), __FILE__, __LINE__);
        return object;
    }

    QList<qint64> listedIds(const QStringList &arguments)
    {
        QList<qint64> ids;
        const QJsonObject list = cliJson(arguments);
        for (const QJsonValue item : list.value(u"items"_s).toArray())
            ids << item.toObject().value(u"id"_s).toInteger();
        return ids;
    }

    QString mediaPath(const QString &relative) const { return m_media.filePath(relative); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid() && m_media.isValid());
        auto opened = Library::LibraryStore::open(m_data.filePath(u"library.sqlite"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(errorText(opened.error())));
        Library::LibraryStore &store = *opened.value();

        // As a finished download enters the library, with the portal's description.
        const QByteArray securiteSha = writeMedia(mediaPath(u"news/Sécurité routière.mxf"_s), 96 * 1024, 1);
        QVERIFY(!securiteSha.isEmpty());
        Downloads::DownloadRecord record;
        record.videoId = u"v-securite"_s;
        record.renditionId = u"r-mxf"_s;
        record.title = u"Sécurité routière"_s;
        record.label = u"Broadcast HD 1080i50"_s;
        record.fileName = u"Sécurité routière.mxf"_s;
        record.destDir = mediaPath(u"news"_s);
        record.sizeBytes = 96 * 1024;
        record.sha256 = securiteSha;
        record.state = Downloads::State::Completed;
        record.finishedAt = QDateTime(QDate(2026, 10, 2), QTime(8, 0), QTimeZone::utc());
        record.metadataJson = videoJson(securiteSha, record.sizeBytes);
        auto securite = store.addFromDownload(record);
        QVERIFY2(securite, securite ? "" : qPrintable(errorText(securite.error())));
        m_securite = securite.value().id;

        const auto add = [&](const QString &relative, const QString &title, const QString &container,
                             quint32 seed, const QDateTime &downloadedAt, const QStringList &tags) -> qint64 {
            Library::Clip clip;
            clip.videoId = u"v-"_s + QString::number(seed);
            clip.renditionId = u"r-"_s + container;
            clip.title = title;
            clip.filePath = mediaPath(relative);
            clip.sizeBytes = 48 * 1024 + seed;
            clip.sha256 = writeMedia(clip.filePath, clip.sizeBytes, seed);
            clip.container = container;
            clip.downloadedAt = downloadedAt;
            clip.publishedAt = downloadedAt.addDays(-1);
            clip.durationMs = 30'000 * seed;
            clip.tags = tags;
            clip.status = Library::Status::Ok;
            clip.lastVerifiedAt = downloadedAt;
            auto added = store.addClip(clip);
            return added ? added.value().id : 0;
        };
        m_presse = add(u"presse.mp4"_s, u"Conférence de presse du ministre"_s, u"mp4"_s, 2,
                       QDateTime(QDate(2026, 9, 15), QTime(12, 0), QTimeZone::utc()), {u"Politique"_s});
        m_flood = add(u"archive/flood.mov"_s, u"Flood defences in Rotterdam"_s, u"mov"_s, 3,
                      QDateTime(QDate(2026, 11, 3), QTime(7, 0), QTimeZone::utc()), {u"Climate"_s});
        QVERIFY(m_presse > 0 && m_flood > 0);

        QVERIFY(store.setNote(m_flood, u"For the Sunday magazine"_s));
        QVERIFY(store.setUserTags(m_presse, {u"à revoir"_s}));
        auto evening = store.createCollection(u"Evening bulletin"_s);
        QVERIFY(evening);
        QVERIFY(store.addToCollection(evening.value().id, {m_securite, m_flood}));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no action") << QStringList {u"library"_s} << QByteArray("Usage:");
        QTest::newRow("unknown action")
            << QStringList {u"library"_s, u"frobnicate"_s} << QByteArray("unknown library action");
        QTest::newRow("json after the command")
            << QStringList {u"library"_s, u"list"_s, u"--json"_s} << QByteArray("mmdesk-cli --json library");
        QTest::newRow("bad sort") << QStringList {u"library"_s, u"list"_s, u"--sort"_s, u"colour"_s}
                                  << QByteArray("--sort takes");
        QTest::newRow("bad format") << QStringList {u"library"_s, u"list"_s, u"--format"_s, u"avi"_s}
                                    << QByteArray("--format takes");
        QTest::newRow("bad date") << QStringList {u"library"_s, u"list"_s, u"--from"_s, u"yesterday"_s}
                                  << QByteArray("--from takes");
        QTest::newRow("bad limit") << QStringList {u"library"_s, u"list"_s, u"--limit"_s, u"0"_s}
                                   << QByteArray("--limit takes");
        QTest::newRow("unknown collection")
            << QStringList {u"library"_s, u"list"_s, u"--collection"_s, u"Morning"_s}
            << QByteArray("Evening bulletin");
        QTest::newRow("filter on verify") << QStringList {u"library"_s, u"verify"_s, u"--tag"_s, u"x"_s}
                                          << QByteArray("--tag does not apply");
        QTest::newRow("search without words")
            << QStringList {u"library"_s, u"search"_s, u"\"*\""_s} << QByteArray("words to look for");
        QTest::newRow("show without id")
            << QStringList {u"library"_s, u"show"_s} << QByteArray("one clip ID");
        QTest::newRow("show bad id") << QStringList {u"library"_s, u"show"_s, u"abc"_s}
                                     << QByteArray("not a clip ID");
        QTest::newRow("show unknown clip")
            << QStringList {u"library"_s, u"show"_s, u"9999"_s} << QByteArray("no clip 9999");
        QTest::newRow("verify unknown clip")
            << QStringList {u"library"_s, u"verify"_s, u"9999"_s} << QByteArray("no clip 9999");
        QTest::newRow("relink missing folder")
            << QStringList {u"library"_s, u"relink"_s, u"/nonexistent/mmdesk"_s}
            << QByteArray("does not exist");
        QTest::newRow("export without format")
            << QStringList {u"library"_s, u"export"_s} << QByteArray("one of --csv");
        QTest::newRow("export two formats")
            << QStringList {u"library"_s, u"export"_s, u"--csv"_s, u"--json"_s} << QByteArray("one of --csv");
        QTest::newRow("ids and filters")
            << QStringList {u"library"_s, u"export"_s, u"--csv"_s, u"1"_s, u"--tag"_s, u"x"_s}
            << QByteArray("not both");
        QTest::newRow("check-mhl missing folder")
            << QStringList {u"library"_s, u"check-mhl"_s, u"/nonexistent/mmdesk"_s}
            << QByteArray("does not exist");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const TestSupport::CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void helpListsTheActions()
    {
        const TestSupport::CliRun run = cli({u"library"_s, u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        for (const char *action :
             {"list", "search TEXT", "show ID", "verify", "relink FOLDER", "import FOLDER",
              "export --csv|--json", "--ebucore", "--mhl FOLDER", "check-mhl FOLDER"})
            QVERIFY2(run.out.contains(action), action);
        QVERIFY(cli({u"--help"_s}).out.contains("library"));
    }

    void listFiltersAndOrders()
    {
        const QJsonObject all = cliJson({u"library"_s, u"list"_s});
        QCOMPARE(all.value(u"total"_s).toInteger(), 3);
        // Newest download first by default.
        QCOMPARE(listedIds({u"library"_s, u"list"_s}), (QList<qint64> {m_flood, m_securite, m_presse}));
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--sort"_s, u"title"_s}),
                 (QList<qint64> {m_presse, m_flood, m_securite}));
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--sort"_s, u"title"_s, u"--desc"_s}),
                 (QList<qint64> {m_securite, m_flood, m_presse}));
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--sort"_s, u"size"_s, u"--asc"_s}),
                 (QList<qint64> {m_presse, m_flood, m_securite}));
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--limit"_s, u"1"_s, u"--offset"_s, u"1"_s}),
                 QList<qint64> {m_securite});
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--format"_s, u"MXF"_s}), QList<qint64> {m_securite});
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--tag"_s, u"politique"_s}), QList<qint64> {m_presse});
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--tag"_s, u"à revoir"_s}), QList<qint64> {m_presse});
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--collection"_s, u"evening bulletin"_s}),
                 (QList<qint64> {m_flood, m_securite}));
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--status"_s, u"missing"_s}), QList<qint64> {});
        // --to is the whole day; --from the start of it.
        QCOMPARE(
            listedIds({u"library"_s, u"list"_s, u"--from"_s, u"2026-09-15"_s, u"--to"_s, u"2026-10-02"_s}),
            (QList<qint64> {m_securite, m_presse}));
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--date"_s, u"published"_s, u"--from"_s,
                            u"2026-10-01T00:00:00Z"_s, u"--to"_s, u"2026-10-31"_s}),
                 QList<qint64> {m_securite});

        const TestSupport::CliRun text = cli({u"library"_s, u"list"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("Sécurité routière : les nouvelles règles"), text.out.constData());
        QVERIFY2(text.out.contains("3 clips."), text.out.constData());
    }

    void searchIgnoresAccentsAndCase()
    {
        QCOMPARE(listedIds({u"library"_s, u"search"_s, u"securite"_s}), QList<qint64> {m_securite});
        QCOMPARE(listedIds({u"library"_s, u"search"_s, u"SÉCURITÉ"_s, u"routiere"_s}),
                 QList<qint64> {m_securite});
        QCOMPARE(listedIds({u"library"_s, u"search"_s, u"conference"_s}), QList<qint64> {m_presse});
        // The shot list and the note are searched too.
        QCOMPARE(listedIds({u"library"_s, u"search"_s, u"peripherique"_s}), QList<qint64> {m_securite});
        QCOMPARE(listedIds({u"library"_s, u"search"_s, u"sunday"_s, u"magazine"_s}), QList<qint64> {m_flood});
        QCOMPARE(listedIds({u"library"_s, u"search"_s, u"ministre"_s, u"--format"_s, u"mp4"_s}),
                 QList<qint64> {m_presse});

        const TestSupport::CliRun none = cli({u"library"_s, u"search"_s, u"tsunami"_s});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains("No clips match."), none.out.constData());
    }

    void showTellsEverything()
    {
        const QJsonObject clip = cliJson({u"library"_s, u"show"_s, QString::number(m_securite)});
        QCOMPARE(clip.value(u"title"_s).toString(), u"Sécurité routière : les nouvelles règles"_s);
        QCOMPARE(clip.value(u"file_path"_s).toString(), mediaPath(u"news/Sécurité routière.mxf"_s));
        QCOMPARE(clip.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(clip.value(u"container"_s).toString(), u"mxf"_s);
        QCOMPARE(clip.value(u"width"_s).toInt(), 1920);
        QStringList tags = clip.value(u"tags"_s).toVariant().toStringList();
        tags.sort();
        QCOMPARE(tags, (QStringList {u"Sécurité"_s, u"Transport"_s}));
        QCOMPARE(clip.value(u"collections"_s).toArray(), QJsonArray {u"Evening bulletin"_s});
        const QJsonArray shots = clip.value(u"shotlist"_s).toArray();
        QCOMPARE(shots.size(), 2);
        QCOMPARE(shots.at(1).toObject().value(u"speaker"_s).toString(), u"Camille Durand, ministre"_s);
        QVERIFY(shots.at(1).toObject().value(u"soundbite"_s).toBool());
        QCOMPARE(clip.value(u"metadata"_s).toObject().value(u"id"_s).toString(), u"v-securite"_s);

        const TestSupport::CliRun text = cli({u"library"_s, u"show"_s, QString::number(m_flood)});
        QCOMPARE(text.exitCode, 0);
        for (const char *expected : {"Flood defences in Rotterdam", "For the Sunday magazine",
                                     "Evening bulletin", "archive/flood.mov"})
            QVERIFY2(text.out.contains(expected), text.out.constData());
        const TestSupport::CliRun shots2 = cli({u"library"_s, u"show"_s, QString::number(m_securite)});
        QVERIFY2(shots2.out.contains("Shot list:") && shots2.out.contains("Plan large du périphérique"),
                 shots2.out.constData());
    }

    void exportsCsvAndJson()
    {
        const TestSupport::CliRun csv = cli({u"library"_s, u"export"_s, u"--csv"_s});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 4); // a header and three clips
        QVERIFY(lines.first().startsWith("id,"));
        QVERIFY(csv.out.contains("Sécurité routière : les nouvelles règles"));
        QVERIFY(csv.out.contains("Flood defences in Rotterdam"));

        // Filters select what is exported; a file is written whole.
        const QString output = m_data.filePath(u"exports/mxf.json"_s);
        QVERIFY(QDir().mkpath(QFileInfo(output).absolutePath()));
        const QJsonObject written =
            cliJson({u"library"_s, u"export"_s, u"--json"_s, u"--format"_s, u"mxf"_s, u"--output"_s, output});
        QCOMPARE(written.value(u"clips"_s).toInt(), 1);
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray clips = QJsonDocument::fromJson(file.readAll()).array();
        QCOMPARE(clips.size(), 1);
        QCOMPARE(clips.first().toObject().value(u"id"_s).toInteger(), m_securite);
        QCOMPARE(clips.first().toObject().value(u"sha256"_s).toString().size(), 64);

        const TestSupport::CliRun byId = cli(
            {u"library"_s, u"export"_s, u"--json"_s, QString::number(m_presse), QString::number(m_flood)});
        QVERIFY2(byId.exitCode == 0, byId.err.constData());
        const QJsonArray two = QJsonDocument::fromJson(byId.out).array();
        QCOMPARE(two.size(), 2);
        QCOMPARE(two.at(0).toObject().value(u"title"_s).toString(), u"Conférence de presse du ministre"_s);
        QCOMPARE(two.at(0).toObject().value(u"user_tags"_s).toArray(), QJsonArray {u"à revoir"_s});

        const TestSupport::CliRun unwritable = cli({u"library"_s, u"export"_s, u"--csv"_s, u"--output"_s,
                                                    m_data.filePath(u"no/such/folder/x.csv"_s)});
        QCOMPARE(unwritable.exitCode, 6);
    }

    void ebucoreSidecarValidates()
    {
        const QJsonObject result =
            cliJson({u"library"_s, u"export"_s, u"--ebucore"_s, QString::number(m_securite)});
        const QJsonArray written = result.value(u"written"_s).toArray();
        QCOMPARE(written.size(), 1);
        const QString sidecar = written.first().toObject().value(u"sidecar"_s).toString();
        QCOMPARE(sidecar, mediaPath(u"news/Sécurité routière.mxf.ebucore.xml"_s));
        QVERIFY(QFile::exists(sidecar));

        const QString xmllint = QStandardPaths::findExecutable(u"xmllint"_s);
        QVERIFY2(!xmllint.isEmpty(), "xmllint (libxml2-utils) is needed to validate the sidecar");
        QProcess process;
        process.start(xmllint,
                      {u"--nonet"_s, u"--noout"_s, u"--schema"_s,
                       TestSupport::sourcePath(u"tests/data/schemas/ebucore/ebucore.xsd"_s), sidecar});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());

        // A clip without the portal's description has no sidecar to give.
        const TestSupport::CliRun bare =
            cli({u"library"_s, u"export"_s, u"--ebucore"_s, QString::number(m_presse)});
        QCOMPARE(bare.exitCode, 1);
        QVERIFY2(bare.err.contains("1 of 1 sidecars"), bare.err.constData());
    }

    void mhlHistoryCatchesAChangedByte()
    {
        QTemporaryDir folder;
        QVERIFY(!writeMedia(folder.filePath(u"card/A001.mxf"_s), 200 * 1024, 7).isEmpty());
        QVERIFY(!writeMedia(folder.filePath(u"card/A002.mxf"_s), 100 * 1024, 8).isEmpty());

        const TestSupport::CliRun noHistory = cli({u"library"_s, u"check-mhl"_s, folder.path()});
        QCOMPARE(noHistory.exitCode, 1);
        QVERIFY2(noHistory.err.contains("export --mhl"), noHistory.err.constData());

        const QJsonObject first = cliJson({u"library"_s, u"export"_s, u"--mhl"_s, folder.path()});
        QCOMPARE(first.value(u"sequence"_s).toInt(), 1);
        QVERIFY(QFile::exists(first.value(u"manifest"_s).toString()));
        QCOMPARE(first.value(u"files"_s).toArray().size(), 2);

        const TestSupport::CliRun clean = cli({u"library"_s, u"check-mhl"_s, folder.path()});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY2(clean.out.contains("2 ok, 0 changed"), clean.out.constData());

        QVERIFY(flipByte(folder.filePath(u"card/A002.mxf"_s), 4321));
        const TestSupport::CliRun damaged = cli({u"library"_s, u"check-mhl"_s, folder.path()});
        QCOMPARE(damaged.exitCode, 5);
        QVERIFY2(damaged.out.contains("failed      card/A002.mxf"), damaged.out.constData());
        QVERIFY2(damaged.err.contains("1 file of"), damaged.err.constData());

        const QJsonObject json = cliJson({u"library"_s, u"check-mhl"_s, folder.path()}, 5);
        QCOMPARE(json.value(u"error"_s).toObject().value(u"exit_code"_s).toInt(), 5);
        for (const QJsonValue file : json.value(u"files"_s).toArray()) {
            const QJsonObject entry = file.toObject();
            QCOMPARE(entry.value(u"state"_s).toString(),
                     entry.value(u"path"_s).toString() == u"card/A002.mxf" ? u"failed"_s : u"ok"_s);
        }

        // A new generation records the damage and still reports it.
        const QJsonObject second = cliJson({u"library"_s, u"export"_s, u"--mhl"_s, folder.path()}, 5);
        QCOMPARE(second.value(u"sequence"_s).toInt(), 2);
        QCOMPARE(second.value(u"generations"_s).toInt(), 1);
    }

    void verifyFindsDamagedAndMissingFiles()
    {
        const TestSupport::CliRun clean = cli({u"library"_s, u"verify"_s});
        QVERIFY2(clean.exitCode == 0, clean.err.constData());
        QVERIFY2(clean.out.contains("Checked 3 files: 3 ok"), clean.out.constData());
        QVERIFY2(clean.err.contains("verify: "), clean.err.constData()); // progress

        QVERIFY(flipByte(mediaPath(u"news/Sécurité routière.mxf"_s), 50'000));
        QVERIFY(QDir().mkpath(mediaPath(u"moved/deeper"_s)));
        QVERIFY(QFile::rename(mediaPath(u"presse.mp4"_s), mediaPath(u"moved/deeper/renamed.mp4"_s)));

        const TestSupport::CliRun damaged = cli({u"library"_s, u"verify"_s});
        QCOMPARE(damaged.exitCode, 5);
        QVERIFY2(damaged.out.contains("1 ok, 1 missing, 1 damaged"), damaged.out.constData());
        QVERIFY2(damaged.out.contains("missing  ") && damaged.out.contains("presse.mp4"),
                 damaged.out.constData());
        QVERIFY2(damaged.out.contains("corrupt  ") && damaged.out.contains("Sécurité routière.mxf"),
                 damaged.out.constData());
        QVERIFY2(damaged.err.contains("2 of 3 files failed the check"), damaged.err.constData());

        const QJsonObject json = cliJson({u"library"_s, u"verify"_s}, 5);
        QCOMPARE(json.value(u"missing"_s).toArray().first().toObject().value(u"id"_s).toInteger(), m_presse);
        QCOMPARE(json.value(u"corrupt"_s).toArray().first().toObject().value(u"id"_s).toInteger(),
                 m_securite);
        QCOMPARE(json.value(u"error"_s).toObject().value(u"exit_code"_s).toInt(), 5);

        // Only what is asked for is checked, and the intact one passes.
        const TestSupport::CliRun one = cli({u"library"_s, u"verify"_s, QString::number(m_flood)});
        QVERIFY2(one.exitCode == 0, one.out.constData());
        QCOMPARE(listedIds({u"library"_s, u"list"_s, u"--status"_s, u"corrupt"_s}),
                 QList<qint64> {m_securite});
    }

    void relinkFindsARenamedAndMovedFile()
    {
        const TestSupport::CliRun relinked = cli({u"library"_s, u"relink"_s, m_media.path()});
        QVERIFY2(relinked.exitCode == 0, QByteArray(relinked.err + relinked.out).constData());
        QVERIFY2(relinked.out.contains("renamed.mp4"), relinked.out.constData());

        const QJsonObject clip = cliJson({u"library"_s, u"show"_s, QString::number(m_presse)});
        QCOMPARE(clip.value(u"file_path"_s).toString(), mediaPath(u"moved/deeper/renamed.mp4"_s));
        QCOMPARE(clip.value(u"status"_s).toString(), u"ok"_s);

        // The damaged file is not missing: relinking does not look for it,
        // and asking for it by id says it was not found.
        const TestSupport::CliRun damaged =
            cli({u"library"_s, u"relink"_s, m_media.path(), QString::number(m_securite)});
        QCOMPARE(damaged.exitCode, 5);
        QVERIFY2(damaged.err.contains("1 file was not found"), damaged.err.constData());
    }

    void importKnowsFilesFromThePortal()
    {
        QTemporaryDir content;
        TestSupport::SingleVideo video;
        video.videoId = u"v-import"_s;
        video.title = u"Inondations : la digue tient bon"_s;
        video.sizeBytes = 256 * 1024 + 3;
        video.seed = 42;
        const QByteArray sha256 = TestSupport::writeSingleVideo(content.path(), video);
        QVERIFY(!sha256.isEmpty());
        TestSupport::PortalProcess portal;
        QVERIFY2(portal.start(content.path()), qPrintable(portal.log()));

        QTemporaryDir incoming;
        QVERIFY(QDir().mkpath(incoming.filePath(u"card"_s)));
        QVERIFY(QFile::copy(content.filePath(u"media/v-import/rendition.bin"_s),
                            incoming.filePath(u"card/digue.mxf"_s)));
        QVERIFY(!writeMedia(incoming.filePath(u"card/unknown.mov"_s), 1000, 99).isEmpty());

        const QStringList import {u"--portal"_s, portal.baseUrl().toString(), u"library"_s, u"import"_s,
                                  incoming.path()};
        const TestSupport::CliRun run = cli(import);
        QVERIFY2(run.exitCode == 0, QByteArray(run.err + run.out).constData());
        QVERIFY2(run.out.contains("Added 1 clip"), run.out.constData());
        QVERIFY2(run.out.contains("unknown.mov"), run.out.constData());

        const QList<qint64> found = listedIds({u"library"_s, u"search"_s, u"digue"_s});
        QCOMPARE(found.size(), 1);
        const QJsonObject clip = cliJson({u"library"_s, u"show"_s, QString::number(found.first())});
        QCOMPARE(clip.value(u"title"_s).toString(), video.title);
        QCOMPARE(clip.value(u"video_id"_s).toString(), video.videoId);
        QCOMPARE(clip.value(u"sha256"_s).toString().toLatin1(), sha256);
        QCOMPARE(clip.value(u"file_path"_s).toString(), incoming.filePath(u"card/digue.mxf"_s));

        // Again: the file is known by its place, and nothing is added twice.
        const QJsonObject again = cliJson(QStringList {import});
        QCOMPARE(again.value(u"added"_s).toInt(), 0);
        QCOMPARE(again.value(u"known"_s).toInt(), 1);
        QVERIFY(portal.stop());
    }

    void importNeedsAPortal()
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"MMDESK_PORTAL"_s);
        const TestSupport::CliRun run = cli({u"library"_s, u"import"_s, m_media.path()}, environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("No portal is set"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliLibrary)
#include "tst_clilibrary.moc"
