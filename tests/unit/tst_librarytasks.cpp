// The library's long jobs on a real library file and real files: verify,
// relink, import, exports.

#include "core/library/librarystore.h"
#include "core/library/librarytasks.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Library;

namespace {

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &c : bytes)
        c = static_cast<char>(generator.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray videoJson(const QString &id, const QString &title, const QByteArray &sha)
{
    const QJsonObject rendition {{QStringLiteral("id"), QStringLiteral("r-hd")},
                                 {QStringLiteral("label"), QStringLiteral("HD")},
                                 {QStringLiteral("container"), QStringLiteral("mp4")},
                                 {QStringLiteral("video_codec"), QStringLiteral("h264")},
                                 {QStringLiteral("audio_codec"), QStringLiteral("aac")},
                                 {QStringLiteral("width"), 1920},
                                 {QStringLiteral("height"), 1080},
                                 {QStringLiteral("frame_rate"), QStringLiteral("25")},
                                 {QStringLiteral("interlaced"), false},
                                 {QStringLiteral("bitrate_kbps"), 8000},
                                 {QStringLiteral("size_bytes"), 1000},
                                 {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                                 {QStringLiteral("filename"), QString(id + QStringLiteral(".mp4"))}};
    const QJsonObject video {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), QStringLiteral("Conférence de presse, \"Défense\", OTAN")},
        {QStringLiteral("published_at"), QStringLiteral("2026-05-26T14:30:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-05-26T15:00:00Z")},
        {QStringLiteral("location"), QStringLiteral("Bruxelles")},
        {QStringLiteral("duration_ms"), 60000},
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("press")}},
        {QStringLiteral("credit"), QStringLiteral("NATO")},
        // Kept with the download: the credit line of the portal's conditions.
        {QStringLiteral("credit_line"), QStringLiteral("Alliance Multimedia Library")},
        {QStringLiteral("usage_terms"), QStringLiteral("=Free for editorial use")},
        {QStringLiteral("thumbnail_url"), QStringLiteral("http://127.0.0.1:9/t.jpg")},
        {QStringLiteral("preview_url"), QStringLiteral("http://127.0.0.1:9/p.mp4")},
        {QStringLiteral("shotlist"), QJsonArray {}},
        {QStringLiteral("renditions"), QJsonArray {rendition}},
    };
    return QJsonDocument(video).toJson(QJsonDocument::Compact);
}

} // namespace

class TestLibraryTasks final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;
    int m_serial = 0;

    // A file on disk and its clip in the library.
    Clip addClip(const QString &relativePath, const QByteArray &bytes, const QString &title)
    {
        const QString path = m_dir.filePath(relativePath);
        if (!writeFile(path, bytes))
            return {};
        Clip clip;
        clip.videoId = QStringLiteral("v-%1").arg(++m_serial);
        clip.renditionId = QStringLiteral("r-hd");
        clip.title = title;
        clip.filePath = path;
        clip.sizeBytes = bytes.size();
        clip.sha256 = sha256(bytes);
        clip.container = QStringLiteral("mp4");
        clip.usageTerms = QStringLiteral("=Free for editorial use");
        clip.downloadedAt = QDateTime::currentDateTimeUtc();
        clip.status = Status::Ok;
        clip.metadataJson = videoJson(clip.videoId, title, clip.sha256);
        auto added = m_store->addClip(clip);
        return added ? added.value() : Clip {};
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        auto store = LibraryStore::open(m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_serial)));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
    }

    void verifyFindsAFlippedByteAndAMissingFile()
    {
        const Clip good =
            addClip(QStringLiteral("v/good.mp4"), randomBytes(300000, 1), QStringLiteral("Good"));
        const Clip flipped =
            addClip(QStringLiteral("v/flipped.mp4"), randomBytes(200000, 2), QStringLiteral("Flipped"));
        const Clip gone = addClip(QStringLiteral("v/gone.mp4"), randomBytes(1000, 3), QStringLiteral("Gone"));
        QVERIFY(good.id && flipped.id && gone.id);
        {
            QFile file(flipped.filePath);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(123456);
            char byte = 0;
            file.getChar(&byte);
            file.seek(123456);
            file.putChar(static_cast<char>(byte ^ 0x01));
        }
        QVERIFY(QFile::remove(gone.filePath));

        QList<TaskProgress> seen;
        const auto report =
            LibraryTasks::verify(*m_store, {}, nullptr, [&seen](const TaskProgress &p) { seen << p; });
        QVERIFY(report.ok());
        QCOMPARE(report.value().ok, 1);
        QCOMPARE(report.value().corruptIds, QList<qint64> {flipped.id});
        QCOMPARE(report.value().missingIds, QList<qint64> {gone.id});
        QCOMPARE(m_store->find(good.id).value()->status, Status::Ok);
        QCOMPARE(m_store->find(flipped.id).value()->status, Status::Corrupt);
        QCOMPARE(m_store->find(gone.id).value()->status, Status::Missing);
        QVERIFY(m_store->find(flipped.id).value()->lastVerifiedAt.isValid());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last().itemsDone, 3);
        QCOMPARE(seen.last().itemsTotal, 3);
        QCOMPARE(seen.last().bytesDone, seen.last().bytesTotal);

        // Only the clips asked for.
        const auto one = LibraryTasks::verify(*m_store, {good.id});
        QCOMPARE(one.value().ok, 1);
        QCOMPARE(one.value().corrupt + one.value().missing, 0);
    }

    void verifyStopsWhenCancelled()
    {
        addClip(QStringLiteral("c/a.mp4"), randomBytes(1000, 4), QStringLiteral("A"));
        std::atomic_bool cancel {true};
        const auto report = LibraryTasks::verify(*m_store, {}, &cancel);
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, QStringLiteral("cancelled"));
    }

    void relinkFindsARenamedAndMovedFile()
    {
        const QByteArray bytes = randomBytes(50000, 5);
        const Clip moved = addClip(QStringLiteral("old/place/clip.mp4"), bytes, QStringLiteral("Moved"));
        const Clip lost =
            addClip(QStringLiteral("old/place/lost.mp4"), randomBytes(50000, 6), QStringLiteral("Lost"));
        const QString newPath = m_dir.filePath(QStringLiteral("archive/2026/renamed.mp4"));
        QDir().mkpath(QFileInfo(newPath).absolutePath());
        QVERIFY(QFile::rename(moved.filePath, newPath));
        QVERIFY(QFile::remove(lost.filePath));
        // A decoy of the same size and other bytes must not be taken for it.
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("archive/decoy.mp4")), randomBytes(50000, 7)));
        QVERIFY(LibraryTasks::verify(*m_store, {}).ok());

        const auto report = LibraryTasks::relink(*m_store, m_dir.filePath(QStringLiteral("archive")), {});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report.value().relinked.size(), 1);
        QCOMPARE(report.value().relinked.first().id, moved.id);
        QCOMPARE(report.value().relinked.first().to, newPath);
        QCOMPARE(report.value().notFound, QList<qint64> {lost.id});
        const Clip now = *m_store->find(moved.id).value();
        QCOMPARE(now.filePath, newPath);
        QCOMPARE(now.status, Status::Ok);

        const auto nowhere = LibraryTasks::relink(*m_store, m_dir.filePath(QStringLiteral("no-such")), {});
        QCOMPARE(nowhere.error().code, QStringLiteral("not_found"));
    }

    void importMatchesFilesByChecksum()
    {
        const QByteArray known = randomBytes(4000, 8);
        const QByteArray stranger = randomBytes(4000, 9);
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("in/sub/known.mp4")), known));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("in/stranger.mp4")), stranger));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("in/half.mp4.part")), known));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("in/.hidden.mp4")), known));
        CatalogueIndex index;
        index.insert(
            sha256(known),
            CatalogueMatch {videoJson(QStringLiteral("v-known"), QStringLiteral("Sécurité"), sha256(known)),
                            QStringLiteral("r-hd")});

        const auto report = LibraryTasks::importFolder(*m_store, m_dir.filePath(QStringLiteral("in")), index);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report.value().added, 1);
        QCOMPARE(report.value().unmatched, QStringList {m_dir.filePath(QStringLiteral("in/stranger.mp4"))});
        const auto clips = m_store->findBySha256(sha256(known));
        QCOMPARE(clips.value().size(), 1);
        QCOMPARE(clips.value().first().title, QStringLiteral("Sécurité"));
        QCOMPARE(clips.value().first().videoId, QStringLiteral("v-known"));
        QCOMPARE(clips.value().first().location, QStringLiteral("Bruxelles"));
        QCOMPARE(clips.value().first().status, Status::Ok);

        // Again: nothing doubles.
        const auto again = LibraryTasks::importFolder(*m_store, m_dir.filePath(QStringLiteral("in")), index);
        QCOMPARE(again.value().added, 0);
        QCOMPARE(again.value().known, 1);
        QCOMPARE(m_store->findBySha256(sha256(known)).value().size(), 1);
    }

    void exportsCsvAndJson()
    {
        const Clip a = addClip(QStringLiteral("e/a.mp4"), randomBytes(100, 10),
                               QStringLiteral("Sommet, \"OTAN\"\nBruxelles"));
        const Clip b = addClip(QStringLiteral("e/b.mp4"), randomBytes(100, 11), QStringLiteral("-1 minute"));
        QVERIFY(m_store->setNote(b.id, QStringLiteral("à vérifier")).ok());

        const auto csv = LibraryTasks::exportCsv(*m_store, {a.id, b.id});
        QVERIFY(csv.ok());
        const QString text = QString::fromUtf8(csv.value());
        QVERIFY(text.startsWith(QStringLiteral("id,video_id,rendition_id,title,")));
        // Every row carries the credit line of the portal's conditions of use.
        QVERIFY(text.contains(QStringLiteral(",credit,credit_line,usage_terms,")));
        QVERIFY(text.contains(QStringLiteral(",Alliance Multimedia Library,'=Free for editorial use,")));
        // Quotes doubled, the line break kept inside quotes, CRLF between records.
        QVERIFY(text.contains(QStringLiteral("\"Sommet, \"\"OTAN\"\"\nBruxelles\"")));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 3);
        // A cell a spreadsheet would run as a formula is kept as text.
        QVERIFY(text.contains(QStringLiteral(",'-1 minute,")));
        QVERIFY(text.contains(QStringLiteral("'=Free for editorial use")));
        QVERIFY(text.contains(QStringLiteral("à vérifier")));

        const auto json = LibraryTasks::exportJson(*m_store, {b.id});
        QVERIFY(json.ok());
        const QJsonArray array = QJsonDocument::fromJson(json.value()).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("-1 minute"));
        QCOMPARE(first.value(QStringLiteral("note")).toString(), QStringLiteral("à vérifier"));
        QCOMPARE(first.value(QStringLiteral("credit_line")).toString(),
                 QStringLiteral("Alliance Multimedia Library"));
        QCOMPARE(first.value(QStringLiteral("sha256")).toString().toLatin1(), b.sha256);
        QCOMPARE(
            first.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("location")).toString(),
            QStringLiteral("Bruxelles"));

        QCOMPARE(LibraryTasks::exportCsv(*m_store, {987654}).error().code, QStringLiteral("not_found"));
    }

    void writesTheEbuCoreSidecar()
    {
        const Clip clip =
            addClip(QStringLiteral("s/clip.mp4"), randomBytes(1000, 12), QStringLiteral("Sidecar"));
        const auto written = LibraryTasks::writeSidecar(clip);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        QCOMPARE(written.value(), clip.filePath + QStringLiteral(".ebucore.xml"));
        QFile sidecar(written.value());
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        QVERIFY(sidecar.readAll().contains(clip.sha256));
    }
};

QTEST_GUILESS_MAIN(TestLibraryTasks)
#include "tst_librarytasks.moc"
