#include "core/downloads/downloadrecord.h"
#include "core/library/clip.h"
#include "core/library/libraryschema.h"
#include "core/library/librarystore.h"
#include "core/library/querysql.h"
#include "core/library/searchtext.h"
#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Library;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0), QTimeZone::utc());
}

QByteArray hexOf(int n)
{
    return QByteArray::number(n, 16).rightJustified(64, '0');
}

QByteArray videoJson(const QString &title, const QJsonArray &shotlist, const QStringList &tags)
{
    const QJsonObject video {
        {u"id"_s, u"vid-1"_s},
        {u"title"_s, title},
        {u"description"_s, u"Les ministres de la Défense se réunissent à Bruxelles."_s},
        {u"published_at"_s, u"2025-03-02T09:30:00Z"_s},
        {u"location"_s, u"Bruxelles, Belgique"_s},
        {u"duration_ms"_s, 95'000},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"credit"_s, u"EU Council"_s},
        {u"usage_terms"_s, u"Free for news use"_s},
        {u"shotlist"_s, shotlist},
        {u"renditions"_s,
         QJsonArray {
             QJsonObject {{u"id"_s, u"r-mp4"_s},
                          {u"label"_s, u"Web 720p"_s},
                          {u"container"_s, u"mp4"_s},
                          {u"video_codec"_s, u"h264"_s},
                          {u"width"_s, 1280},
                          {u"height"_s, 720},
                          {u"frame_rate"_s, u"25"_s},
                          {u"size_bytes"_s, 1000},
                          {u"sha256"_s, QString::fromLatin1(hexOf(1))}},
             QJsonObject {{u"id"_s, u"r-xdcam"_s},
                          {u"label"_s, u"Broadcast HD 1080i50, XDCAM HD422 50 Mb/s"_s},
                          {u"container"_s, u"mxf"_s},
                          {u"video_codec"_s, u"mpeg2video"_s},
                          {u"width"_s, 1920},
                          {u"height"_s, 1080},
                          {u"frame_rate"_s, u"25"_s},
                          {u"interlaced"_s, true},
                          {u"size_bytes"_s, 4'000'000},
                          {u"sha256"_s, QString::fromLatin1(hexOf(2))}},
         }},
    };
    return QJsonDocument(video).toJson(QJsonDocument::Compact);
}

QJsonArray defaultShotlist()
{
    return QJsonArray {
        QJsonObject {{u"tc_in"_s, u"00:00:00:00"_s},
                     {u"tc_out"_s, u"00:00:05:00"_s},
                     {u"kind"_s, u"shot"_s},
                     {u"description"_s, u"Plan large de la salle du Conseil"_s}},
        QJsonObject {{u"tc_in"_s, u"00:00:05:00"_s},
                     {u"tc_out"_s, u"00:00:20:00"_s},
                     {u"kind"_s, u"soundbite"_s},
                     {u"description"_s, u"La sécurité européenne avant tout"_s},
                     {u"speaker"_s, u"Kaja Kallas"_s}},
    };
}

Downloads::DownloadRecord completedDownload(const QString &destDir)
{
    Downloads::DownloadRecord r;
    r.videoId = u"vid-1"_s;
    r.renditionId = u"r-xdcam"_s;
    r.title = u"Réunion des ministres"_s;
    r.label = u"Broadcast HD 1080i50, XDCAM HD422 50 Mb/s"_s;
    r.fileName = u"reunion.mxf"_s;
    r.destDir = destDir;
    r.sizeBytes = 4'000'000;
    r.sha256 = hexOf(2);
    r.state = Downloads::State::Completed;
    r.finishedAt = at(3, 10);
    r.metadataJson = videoJson(u"Réunion des ministres de la Défense"_s, defaultShotlist(),
                               {u"Défense"_s, u"Union européenne"_s});
    return r;
}

// A clip as the tests need it; the file path is what makes it distinct.
Clip clip(const QString &path, const QString &title, const QDateTime &downloadedAt = at(1))
{
    Clip c;
    c.videoId = u"vid-"_s + QFileInfo(path).baseName();
    c.renditionId = u"r-mp4"_s;
    c.title = title;
    c.filePath = path;
    c.downloadedAt = downloadedAt;
    c.publishedAt = downloadedAt.addDays(-1);
    c.sizeBytes = 1000;
    c.sha256 = hexOf(qHash(path) % 100000);
    c.container = u"mp4"_s;
    c.status = Status::Ok;
    c.lastVerifiedAt = downloadedAt;
    return c;
}

QList<qint64> ids(const QList<ClipRow> &rows)
{
    QList<qint64> result;
    for (const ClipRow &row : rows)
        result << row.id;
    return result;
}

QString errorText(const Util::Error &error)
{
    return error.code + u": "_s + error.message;
}

} // namespace

#define VERIFY_OK(result)                                                                                    \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : errorText((result).error())))

class TestLibraryStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(u"library.sqlite"_s); }
    QString file(const QString &name) const { return m_dir.filePath(u"media/"_s + name); }

    std::unique_ptr<LibraryStore> openStore()
    {
        auto store = LibraryStore::open(path());
        if (!store)
            qWarning() << errorText(store.error());
        return store ? std::move(store).value() : nullptr;
    }

    static qint64 countOf(LibraryStore &store, const Query &query)
    {
        auto counted = store.count(query);
        if (!counted)
            qWarning() << errorText(counted.error());
        return counted.valueOr(-1);
    }

    static QList<qint64> search(LibraryStore &store, const QString &text)
    {
        Query query;
        query.text = text;
        auto rows = store.page(query, 0, 1000);
        if (!rows)
            qWarning() << errorText(rows.error());
        return rows ? ids(rows.value()) : QList<qint64> {-1};
    }

    // Runs SQL on a second connection, as an earlier program would have.
    void execOnFile(const QString &sql, const QList<QVariant> &values = {})
    {
        auto db = Storage::Database::open(path());
        QVERIFY(db.ok());
        auto statement = db.value()->prepare(sql);
        VERIFY_OK(statement);
        int index = 0;
        for (const QVariant &value : values) {
            ++index;
            if (value.typeId() == QMetaType::QByteArray)
                statement.value().bind(index, value.toByteArray());
            else if (value.typeId() == QMetaType::QString)
                statement.value().bind(index, value.toString());
            else
                statement.value().bind(index, value.toLongLong());
        }
        VERIFY_OK(statement.value().exec());
    }

    qint64 scalar(const QString &sql)
    {
        auto db = Storage::Database::open(path());
        if (!db)
            return -1;
        auto statement = db.value()->prepare(sql);
        if (!statement || !statement.value().step().valueOr(false))
            return -1;
        return statement.value().columnInt64(0);
    }

private slots:
    void init()
    {
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

    void opensAtTheLatestVersion()
    {
        {
            auto store = openStore();
            QVERIFY(store);
        }
        auto db = Storage::Database::open(path());
        QVERIFY(db.ok());
        QCOMPARE(Storage::Migrator::userVersion(*db.value()).value(), 3);
        QCOMPARE(db.value()->pragma(u"journal_mode"_s).value(), u"wal"_s);
        QCOMPARE(schemaMigrations().size(), 3);
    }

    void refusesANewerDatabase()
    {
        QVERIFY(openStore());
        execOnFile(u"PRAGMA user_version = 99"_s);
        auto store = LibraryStore::open(path());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"database_too_new"_s);
    }

    void clipFromDownload()
    {
        const Downloads::DownloadRecord record = completedDownload(m_dir.filePath(u"media"_s));
        auto built = Clip::fromDownload(record);
        VERIFY_OK(built);
        const Clip &c = built.value();
        QCOMPARE(c.title, u"Réunion des ministres de la Défense"_s);
        QCOMPARE(c.filePath, QDir::cleanPath(m_dir.filePath(u"media/reunion.mxf"_s)));
        QVERIFY(QFileInfo(c.filePath).isAbsolute());
        // The rendition that was downloaded, not the first nor the best.
        QCOMPARE(c.container, u"mxf"_s);
        QCOMPARE(c.videoCodec, u"mpeg2video"_s);
        QCOMPARE(c.width, 1920);
        QCOMPARE(c.height, 1080);
        QCOMPARE(c.frameRate, u"25"_s);
        QCOMPARE(c.durationMs, 95'000);
        QCOMPARE(c.location, u"Bruxelles, Belgique"_s);
        QCOMPARE(c.credit, u"EU Council"_s);
        QCOMPARE(c.usageTerms, u"Free for news use"_s);
        QCOMPARE(c.publishedAt, QDateTime(QDate(2025, 3, 2), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(c.downloadedAt, at(3, 10));
        QCOMPARE(c.tags, (QStringList {u"Défense"_s, u"Union européenne"_s}));
        QCOMPARE(c.sha256, hexOf(2));
        QCOMPARE(c.status, Status::Ok);
        QCOMPARE(c.lastVerifiedAt, at(3, 10));
        QCOMPARE(c.metadataJson, record.metadataJson);

        Downloads::DownloadRecord unfinished = record;
        unfinished.state = Downloads::State::Paused;
        auto refused = Clip::fromDownload(unfinished);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"not_completed"_s);

        // A snapshot that does not parse still leaves a verified file in the library.
        Downloads::DownloadRecord odd = record;
        odd.metadataJson = "not json";
        auto fallback = Clip::fromDownload(odd);
        VERIFY_OK(fallback);
        QCOMPARE(fallback.value().title, u"Réunion des ministres"_s);
        QCOMPARE(fallback.value().container, u"mxf"_s);
        QCOMPARE(fallback.value().sizeBytes, 4'000'000);
    }

    void addFromDownloadIsIdempotentPerFile()
    {
        auto store = openStore();
        QVERIFY(store);
        const Downloads::DownloadRecord record = completedDownload(m_dir.filePath(u"media"_s));
        auto first = store->addFromDownload(record);
        VERIFY_OK(first);
        QVERIFY(first.value().id > 0);
        QCOMPARE(first.value().tags, (QStringList {u"Défense"_s, u"Union européenne"_s}));
        VERIFY_OK(store->setUserTags(first.value().id, {u"à monter"_s}));
        VERIFY_OK(store->setNote(first.value().id, u"Bon plan de coupe à 00:12"_s));

        // The same file again (a repeated completion, a rebuilt library):
        // the clip is refreshed, never doubled, and keeps what was added to it.
        Downloads::DownloadRecord again = record;
        again.finishedAt = at(4, 8);
        again.title = u"ignored"_s;
        auto second = store->addFromDownload(again);
        VERIFY_OK(second);
        QCOMPARE(second.value().id, first.value().id);
        QCOMPARE(second.value().downloadedAt, at(4, 8));
        QCOMPARE(second.value().userTags, QStringList {u"à monter"_s});
        QCOMPARE(second.value().note, u"Bon plan de coupe à 00:12"_s);
        QCOMPARE(countOf(*store, {}), 1);
        // A path written differently is still the same file.
        Clip samePath = second.value();
        samePath.filePath = m_dir.filePath(u"media/./sub/../reunion.mxf"_s);
        QCOMPARE(store->addClip(samePath).value().id, first.value().id);
        QCOMPARE(countOf(*store, {}), 1);

        // A copy in another folder is another file, hence another clip.
        Downloads::DownloadRecord copy = record;
        copy.destDir = m_dir.filePath(u"elsewhere"_s);
        auto other = store->addFromDownload(copy);
        VERIFY_OK(other);
        QVERIFY(other.value().id != first.value().id);
        QCOMPARE(countOf(*store, {}), 2);
        const auto byHash = store->findBySha256(hexOf(2).toUpper());
        VERIFY_OK(byHash);
        QCOMPARE(byHash.value().size(), 2);
        const auto byPath = store->findByFilePath(copy.targetPath());
        VERIFY_OK(byPath);
        QVERIFY(byPath.value().has_value());
        QCOMPARE(byPath.value()->id, other.value().id);

        // Refreshing re-indexes: the old words are gone, the new ones found.
        Clip renamed = second.value();
        renamed.title = u"Sommet de l'OTAN"_s;
        VERIFY_OK(store->addClip(renamed));
        QCOMPARE(search(*store, u"otan"_s), QList<qint64> {first.value().id});
        QCOMPARE(search(*store, u"réunion"_s), QList<qint64> {other.value().id});
        QVERIFY(store->checkIntegrity().value().isEmpty());
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("from version 1") << 1;
        QTest::newRow("from version 2") << 2;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        {
            auto db = Storage::Database::open(path());
            QVERIFY(db.ok());
            const Storage::Migrator earlier(schemaMigrations().mid(0, version));
            VERIFY_OK(earlier.migrate(*db.value()));
            QCOMPARE(Storage::Migrator::userVersion(*db.value()).value(), version);
        }
        const QByteArray metadata = videoJson(u"Réunion des ministres"_s, defaultShotlist(), {});
        // Rows as the program of that version wrote them; two clips finished
        // in the same millisecond must still get distinct download keys.
        const QString insert = version == 1
            ? u"INSERT INTO clips (video_id, title, sort_title, description, downloaded_at, file_path, "
              "size_bytes, sha256, container, duration_ms, status, portal_tags, metadata) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            : u"INSERT INTO clips (video_id, title, sort_title, description, downloaded_at, file_path, "
              "size_bytes, sha256, container, duration_ms, status, note, metadata) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        const qint64 sameMs = at(5).toMSecsSinceEpoch();
        execOnFile(insert,
                   {u"v-a"_s, u"Réunion des ministres"_s, u"reunion des ministres"_s,
                    u"Sécurité à Bruxelles"_s, sameMs, file(u"a.mxf"_s), 4000, QString::fromLatin1(hexOf(7)),
                    u"mxf"_s, 95'000, u"ok"_s, version == 1 ? u"[\"Défense\",\"OTAN\"]"_s : u"à vérifier"_s,
                    metadata});
        execOnFile(insert,
                   {u"v-b"_s, u"Flood in Valencia"_s, u"flood in valencia"_s, u"Rescue teams"_s, sameMs,
                    file(u"b.mp4"_s), 1000, QString::fromLatin1(hexOf(8)), u"mp4"_s, 30'000, u"missing"_s,
                    version == 1 ? u"not a json array"_s : u"."_s, QByteArray()});
        if (version == 2) {
            execOnFile(u"INSERT INTO tags (id, name) VALUES (1, 'Défense'), (2, 'OTAN'), (3, 'urgent')"_s);
            execOnFile(u"INSERT INTO clip_tags (clip_id, source, tag_id) "
                       "VALUES (1, 'portal', 1), (1, 'portal', 2), (1, 'user', 3)"_s);
            execOnFile(u"INSERT INTO collections (id, name, created_at) VALUES (1, 'Sommet', 0)"_s);
            execOnFile(u"INSERT INTO clip_collections (collection_id, clip_id, added_at) VALUES (1, 1, 0)"_s);
        }

        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(scalar(u"PRAGMA user_version"_s), 3);
        QVERIFY(QFile::exists(path() + u".v%1.bak"_s.arg(version)));

        const auto a = store->find(1);
        VERIFY_OK(a);
        QVERIFY(a.value().has_value());
        QCOMPARE(a.value()->title, u"Réunion des ministres"_s);
        QCOMPARE(a.value()->downloadedAt, at(5));
        QCOMPARE(a.value()->sizeBytes, 4000);
        QCOMPARE(a.value()->sha256, hexOf(7));
        QCOMPARE(a.value()->tags, (QStringList {u"Défense"_s, u"OTAN"_s}));
        QCOMPARE(a.value()->metadataJson, metadata);
        QCOMPARE(store->find(2).value()->status, Status::Missing);
        QVERIFY(store->find(2).value()->tags.isEmpty());

        // Everything that was there is searchable: title, description, shot
        // list and portal tags (and, from version 2, notes and user tags).
        QCOMPARE(search(*store, u"reunion"_s), QList<qint64> {1});
        QCOMPARE(search(*store, u"securite bruxelles"_s), QList<qint64> {1});
        QCOMPARE(search(*store, u"kallas"_s), QList<qint64> {1});
        QCOMPARE(search(*store, u"otan"_s), QList<qint64> {1});
        QCOMPARE(search(*store, u"valencia"_s), QList<qint64> {2});
        if (version == 2) {
            QCOMPARE(search(*store, u"verifier"_s), QList<qint64> {1});
            QCOMPARE(search(*store, u"urgent"_s), QList<qint64> {1});
            QCOMPARE(store->find(1).value()->userTags, QStringList {u"urgent"_s});
            QCOMPARE(store->find(1).value()->note, u"à vérifier"_s);
            Query inCollection;
            inCollection.collectionId = 1;
            QCOMPARE(ids(store->page(inCollection, 0, 10).value()), QList<qint64> {1});
        }
        Query tagged;
        tagged.tag = u"otan"_s;
        QCOMPARE(ids(store->page(tagged, 0, 10).value()), QList<qint64> {1});

        // Same millisecond: both listed, in a stable order, newest id first.
        QCOMPARE(ids(store->page({}, 0, 10).value()), (QList<qint64> {2, 1}));

        // The migrated library takes new clips and keeps its index in step.
        VERIFY_OK(store->addClip(clip(file(u"c.mp4"_s), u"Sécurité routière"_s, at(6))));
        QCOMPARE(search(*store, u"securite"_s).size(), 2);
        VERIFY_OK(store->remove(1));
        QCOMPARE(search(*store, u"securite"_s).size(), 1);
        QVERIFY2(store->checkIntegrity().value().isEmpty(),
                 qPrintable(store->checkIntegrity().value().join(u'\n')));
    }

    void searchFoldsAccentsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("unaccented query, accented text")
            << u"Sécurité renforcée à l'Élysée"_s << u"securite"_s << true;
        QTest::newRow("accented query, unaccented text") << u"securite du site"_s << u"sécurité"_s << true;
        QTest::newRow("capital accent") << u"Ministère de la Défense"_s << u"defense"_s << true;
        QTest::newRow("upper case query") << u"ministère de la défense"_s << u"DÉFENSE"_s << true;
        QTest::newRow("Élysée") << u"Conseil des ministres à l'Élysée"_s << u"elysee"_s << true;
        QTest::newRow("cédille") << u"Garçon"_s << u"garcon"_s << true;
        QTest::newRow("prefix while typing") << u"Sécurité nucléaire"_s << u"nucl"_s << true;
        QTest::newRow("accented prefix") << u"securite nucleaire"_s << u"nuclé"_s << true;
        QTest::newRow("two words, any order")
            << u"Inondations à Valence"_s << u"valence inondations"_s << true;
        QTest::newRow("two words, one missing")
            << u"Inondations à Valence"_s << u"valence incendie"_s << false;
        QTest::newRow("finished word is not a prefix") << u"Sécurité nucléaire"_s << u"nucl "_s << false;
        QTest::newRow("elision") << u"L'armée de l'air"_s << u"armee"_s << true;
        QTest::newRow("decomposed accents") << u"Se\u0301curite\u0301 civile"_s << u"sécurité"_s << true;
        QTest::newRow("decomposed query") << u"Sécurité civile"_s << u"se\u0301curite\u0301"_s << true;
        QTest::newRow("English") << u"Ministers meet in Brussels"_s << u"brussels ministers"_s << true;
        QTest::newRow("hyphenated name") << u"Jean-Noël Barrot à Kyiv"_s << u"jean-noel"_s << true;
        QTest::newRow("no match") << u"Sécurité"_s << u"défense"_s << false;
    }

    void searchFoldsAccentsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, found);
        auto store = openStore();
        QVERIFY(store);
        const qint64 id = store->addClip(clip(file(u"a.mp4"_s), text)).value().id;
        VERIFY_OK(store->addClip(clip(file(u"other.mp4"_s), u"Autre sujet"_s)));
        QCOMPARE(search(*store, query), found ? QList<qint64> {id} : QList<qint64> {});
        Query counted;
        counted.text = query;
        QCOMPARE(countOf(*store, counted), found ? 1 : 0);
    }

    void searchesEveryTextField()
    {
        auto store = openStore();
        QVERIFY(store);
        auto added = store->addFromDownload(completedDownload(m_dir.filePath(u"media"_s)));
        VERIFY_OK(added);
        VERIFY_OK(store->addClip(clip(file(u"other.mp4"_s), u"Autre sujet"_s)));
        const QList<qint64> only {added.value().id};
        QCOMPARE(search(*store, u"ministres"_s), only); // title
        QCOMPARE(search(*store, u"reunissent"_s), only); // description
        QCOMPARE(search(*store, u"salle conseil"_s), only); // shot list
        QCOMPARE(search(*store, u"kallas"_s), only); // shot list speaker
        QCOMPARE(search(*store, u"europeenne union"_s), only); // portal tags
        QCOMPARE(search(*store, u"belgique"_s), only); // location
        QCOMPARE(search(*store, u"eu council"_s), QList<qint64> {}); // credit is not searched
    }

    void searchSyntaxIsNeverObeyed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expression");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << u"   "_s << QString();
        QTest::newRow("quote") << u"\""_s << QString();
        QTest::newRow("quotes") << u"\"\"\"\""_s << QString();
        QTest::newRow("star") << u"*"_s << QString();
        QTest::newRow("punctuation") << u"!?;:,.()[]{}^-+*'\"\\/"_s << QString();
        QTest::newRow("lone accent") << u"\u0301"_s << QString();
        QTest::newRow("AND") << u"AND"_s << u"\"AND\"*"_s;
        QTest::newRow("a AND b") << u"sécurité AND défense"_s
                                 << u"\"sécurité\" AND \"AND\" AND \"défense\"*"_s;
        QTest::newRow("OR") << u"rock OR roll"_s << u"\"rock\" AND \"OR\" AND \"roll\"*"_s;
        QTest::newRow("NOT") << u"NOT x"_s << u"\"NOT\" AND \"x\""_s;
        QTest::newRow("column filter") << u"title:x"_s << u"\"title\" AND \"x\""_s;
        QTest::newRow("column set") << u"{title description}: rock"_s
                                    << u"\"title\" AND \"description\" AND \"rock\"*"_s;
        QTest::newRow("NEAR(") << u"NEAR("_s << u"\"NEAR\""_s;
        QTest::newRow("NEAR group") << u"NEAR(rock roll, 2)"_s
                                    << u"\"NEAR\" AND \"rock\" AND \"roll\" AND \"2\""_s;
        QTest::newRow("unbalanced quote") << u"\"rock roll"_s << u"\"rock\" AND \"roll\"*"_s;
        QTest::newRow("caret") << u"^rock"_s << u"\"rock\"*"_s;
        QTest::newRow("minus") << u"-rock"_s << u"\"rock\"*"_s;
        QTest::newRow("SQL") << u"'); DROP TABLE clips; --"_s << u"\"DROP\" AND \"TABLE\" AND \"clips\""_s;
        QTest::newRow("two letters are no prefix") << u"rock ro"_s << u"\"rock\" AND \"ro\""_s;
        QTest::newRow("one letter is no prefix") << u"rock r"_s << u"\"rock\" AND \"r\""_s;
    }

    void searchSyntaxIsNeverObeyed()
    {
        QFETCH(QString, query);
        QFETCH(QString, expression);
        QCOMPARE(SearchText::matchExpression(query), expression);

        auto store = openStore();
        QVERIFY(store);
        VERIFY_OK(store->addClip(clip(file(u"a.mp4"_s), u"Rock and roll near the title"_s)));
        VERIFY_OK(store->addClip(clip(file(u"b.mp4"_s), u"Sécurité et défense"_s)));
        Query q;
        q.text = query;
        for (const SortColumn sort : {SortColumn::Relevance, SortColumn::DownloadedAt, SortColumn::Title}) {
            q.sort = sort;
            auto counted = store->count(q);
            VERIFY_OK(counted);
            auto rows = store->page(q, 0, 50);
            VERIFY_OK(rows);
            QCOMPARE(rows.value().size(), counted.value());
            if (expression.isEmpty())
                QCOMPARE(counted.value(), 2); // no text filter
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM clips"_s), 2);
    }

    void completesTheWordBeingTyped()
    {
        const SearchText::Words typed = SearchText::words(u"Sécurité nucl"_s);
        QCOMPARE(typed.words, (QStringList {u"Sécurité"_s, u"nucl"_s}));
        QVERIFY(typed.lastIsPrefix);
        QCOMPARE(SearchText::matchExpression(typed, QStringList {u"nucleaire"_s, u"nucleon"_s}),
                 u"\"Sécurité\" AND (\"nucleaire\" OR \"nucleon\")"_s);
        QCOMPARE(SearchText::matchExpression(typed, QStringList {u"nucleaire"_s}),
                 u"\"Sécurité\" AND \"nucleaire\""_s);
        QCOMPARE(SearchText::matchExpression(typed, QStringList {}), u"\"Sécurité\" AND \"nucl\"*"_s);

        auto store = openStore();
        QVERIFY(store);
        // 26 words that start with "zorga" and 52 with "zorg": the second is
        // too many to complete, and the store falls back to FTS5's prefix query.
        QList<Clip> clips;
        for (int i = 0; i < 52; ++i) {
            const QString word = u"zorg"_s + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
            clips << clip(file(u"z%1.mp4"_s.arg(i)), u"Sujet "_s + word + u" numéro "_s + word + u'x');
        }
        VERIFY_OK(store->addClips(clips));
        QCOMPARE(search(*store, u"zorga"_s).size(), 26);
        QCOMPARE(search(*store, u"zorg"_s).size(), 52);
        QCOMPARE(search(*store, u"ZORGB"_s).size(), 26);
        QCOMPARE(search(*store, u"sujet zorgaz"_s).size(), 1);
        QCOMPARE(search(*store, u"zorgaz "_s).size(), 1); // a finished word
        QCOMPARE(search(*store, u"zorgq"_s).size(), 0);
        Query counted;
        counted.text = u"numero zorg"_s;
        QCOMPARE(countOf(*store, counted), 52);

        // Words that arrive later (notes, user tags) complete as well.
        const qint64 id = store->find(1).value()->id;
        VERIFY_OK(store->setNote(id, u"Son médiocre"_s));
        VERIFY_OK(store->setUserTags(id, {u"Archivé"_s}));
        QCOMPARE(search(*store, u"medioc"_s), QList<qint64> {id});
        QCOMPARE(search(*store, u"archiv"_s), QList<qint64> {id});
    }

    void operatorsAreSearchedAsWords()
    {
        auto store = openStore();
        QVERIFY(store);
        const qint64 rock = store->addClip(clip(file(u"a.mp4"_s), u"Rock and roll"_s)).value().id;
        VERIFY_OK(store->addClip(clip(file(u"b.mp4"_s), u"Rock, paper"_s)));
        // "and" is a word of the title, not the operator (which would also
        // match the second clip).
        QCOMPARE(search(*store, u"rock AND roll"_s), QList<qint64> {rock});
        QCOMPARE(search(*store, u"rock OR nothing"_s), QList<qint64> {});
        QCOMPARE(search(*store, u"title:rock"_s), QList<qint64> {});
    }

    void tagsNotesAndCollections()
    {
        auto store = openStore();
        QVERIFY(store);
        Clip a = clip(file(u"a.mp4"_s), u"Sommet européen"_s, at(1));
        a.tags = {u"Europe"_s, u"Politique"_s, u"europe"_s, u"  "_s};
        const qint64 idA = store->addClip(a).value().id;
        const qint64 idB = store->addClip(clip(file(u"b.mp4"_s), u"Inondations"_s, at(2))).value().id;
        QCOMPARE(store->find(idA).value()->tags, (QStringList {u"Europe"_s, u"Politique"_s}));

        VERIFY_OK(store->setUserTags(idB, {u"à monter"_s, u"Urgent"_s, u"urgent"_s}));
        VERIFY_OK(store->setNote(idB, u"Interview du maire à 01:20, son médiocre"_s));
        const Clip b = *store->find(idB).value();
        QCOMPARE(b.userTags, (QStringList {u"à monter"_s, u"Urgent"_s}));
        QCOMPARE(b.note, u"Interview du maire à 01:20, son médiocre"_s);
        QCOMPARE(search(*store, u"monter"_s), QList<qint64> {idB});
        QCOMPARE(search(*store, u"mediocre maire"_s), QList<qint64> {idB});
        QCOMPARE(search(*store, u"politique"_s), QList<qint64> {idA});

        Query byTag;
        byTag.tag = u"URGENT"_s;
        QCOMPARE(ids(store->page(byTag, 0, 10).value()), QList<qint64> {idB});
        QCOMPARE(countOf(*store, byTag), 1);
        byTag.tag = u"europe"_s;
        QCOMPARE(ids(store->page(byTag, 0, 10).value()), QList<qint64> {idA});

        // Replacing the tags replaces their words in the index too.
        VERIFY_OK(store->setUserTags(idB, {u"archive"_s}));
        QCOMPARE(search(*store, u"urgent"_s), QList<qint64> {});
        QCOMPARE(search(*store, u"archive"_s), QList<qint64> {idB});
        VERIFY_OK(store->setNote(idB, QString()));
        QCOMPARE(search(*store, u"maire"_s), QList<qint64> {});
        QCOMPARE(store->find(idB).value()->note, QString());

        QCOMPARE(store->setNote(999, u"x"_s).error().code, u"not_found"_s);
        QCOMPARE(store->setUserTags(999, {u"x"_s}).error().code, u"not_found"_s);

        auto sommet = store->createCollection(u"  Sommet   UE "_s);
        VERIFY_OK(sommet);
        QCOMPARE(sommet.value().name, u"Sommet UE"_s);
        QCOMPARE(store->createCollection(u"sommet ue"_s).error().code, u"collection_exists"_s);
        QCOMPARE(store->createCollection(u"   "_s).error().code, u"invalid_name"_s);
        auto crues = store->createCollection(u"Crues"_s);
        VERIFY_OK(crues);
        VERIFY_OK(store->addToCollection(sommet.value().id, {idA, idB, 999}));
        VERIFY_OK(store->addToCollection(sommet.value().id, {idA}));
        VERIFY_OK(store->addToCollection(crues.value().id, {idB}));
        QCOMPARE(store->addToCollection(999, {idA}).error().code, u"not_found"_s);
        QCOMPARE(store->collectionsOf(idB).value(), (QList<qint64> {sommet.value().id, crues.value().id}));

        Query inSommet;
        inSommet.collectionId = sommet.value().id;
        QCOMPARE(ids(store->page(inSommet, 0, 10).value()), (QList<qint64> {idB, idA}));
        VERIFY_OK(store->removeFromCollection(sommet.value().id, {idB}));
        QCOMPARE(ids(store->page(inSommet, 0, 10).value()), QList<qint64> {idA});
        inSommet.text = u"sommet"_s;
        QCOMPARE(countOf(*store, inSommet), 1);

        QCOMPARE(store->renameCollection(crues.value().id, u"Sommet UE"_s).error().code,
                 u"collection_exists"_s);
        VERIFY_OK(store->renameCollection(crues.value().id, u"Crues 2025"_s));
        const auto all = store->collections();
        VERIFY_OK(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).name, u"Crues 2025"_s);
        QCOMPARE(all.value().at(0).clipCount, 1);
        QCOMPARE(all.value().at(1).name, u"Sommet UE"_s);
        QCOMPARE(all.value().at(1).clipCount, 1);
        QVERIFY(all.value().at(1).createdAt.isValid());

        VERIFY_OK(store->deleteCollection(crues.value().id));
        QCOMPARE(store->collections().value().size(), 1);
        QCOMPARE(countOf(*store, {}), 2); // its clips stay
        QVERIFY(store->checkIntegrity().value().isEmpty());
    }

    void filtersAndSort()
    {
        auto store = openStore();
        QVERIFY(store);
        struct Row
        {
            const char16_t *name;
            const char16_t *title;
            int day;
            const char16_t *container;
            qint64 size;
            qint64 duration;
            Status status;
        };
        const Row rows[] = {
            {u"a.mxf", u"Élection présidentielle", 1, u"mxf", 5000, 60'000, Status::Ok},
            {u"b.mp4", u"budget", 2, u"mp4", 100, 5'000, Status::Missing},
            {u"c.mov", u"Zone industrielle", 3, u"mov", 900, 90'000, Status::Ok},
            {u"d.mp4", u"avalanche", 4, u"mp4", 100, 30'000, Status::Corrupt},
            {u"e.mxf", u"Election locale", 5, u"mxf", 7000, 1'000, Status::Unverified},
        };
        QHash<QString, qint64> id;
        for (const Row &r : rows) {
            Clip c = clip(file(QString::fromUtf16(r.name)), QString::fromUtf16(r.title), at(r.day));
            c.publishedAt = at(10 - r.day); // published in the reverse order
            c.container = QString::fromUtf16(r.container).toUpper();
            c.sizeBytes = r.size;
            c.durationMs = r.duration;
            c.status = r.status;
            id.insert(QString::fromUtf16(r.name).left(1), store->addClip(c).value().id);
        }
        const auto order = [&](const Query &query) {
            QString letters;
            const auto page = store->page(query, 0, 100);
            if (!page)
                return errorText(page.error());
            for (const ClipRow &row : page.value())
                letters += id.key(row.id);
            if (countOf(*store, query) != letters.size())
                return u"count differs"_s;
            return letters;
        };

        Query q;
        QCOMPARE(order(q), u"edcba"_s); // newest download first
        q.order = Qt::AscendingOrder;
        QCOMPARE(order(q), u"abcde"_s);
        q.sort = SortColumn::PublishedAt;
        QCOMPARE(order(q), u"edcba"_s);
        q.sort = SortColumn::Title; // accents and case fold: É sorts with e
        QCOMPARE(order(q), u"dbeac"_s);
        q.order = Qt::DescendingOrder;
        QCOMPARE(order(q), u"caebd"_s);
        q.sort = SortColumn::Size; // ties broken by id, in the same direction
        QCOMPARE(order(q), u"eacdb"_s);
        q.sort = SortColumn::Duration;
        q.order = Qt::AscendingOrder;
        QCOMPARE(order(q), u"ebdac"_s);
        q.sort = SortColumn::Format;
        QCOMPARE(order(q), u"cbdae"_s);
        q.sort = SortColumn::Status;
        QCOMPARE(order(q), u"dbace"_s);
        q.sort = SortColumn::Relevance; // without text: download date
        q.order = Qt::DescendingOrder;
        QCOMPARE(order(q), u"edcba"_s);

        Query filtered;
        filtered.container = u"MP4"_s;
        QCOMPARE(order(filtered), u"db"_s);
        filtered = {};
        filtered.status = Status::Ok;
        QCOMPARE(order(filtered), u"ca"_s);
        filtered = {};
        filtered.from = at(2);
        filtered.to = at(4);
        QCOMPARE(order(filtered), u"cb"_s); // from inclusive, to exclusive
        filtered.dateField = Query::DateField::PublishedAt;
        filtered.from = at(5);
        filtered.to = at(7);
        QCOMPARE(order(filtered), u"ed"_s); // published on days 5 and 6
        filtered = {};
        filtered.from = at(2, 12).addMSecs(1);
        QCOMPARE(order(filtered), u"edc"_s);

        Query combined;
        combined.text = u"election"_s;
        QCOMPARE(order(combined), u"ea"_s);
        combined.container = u"mxf"_s;
        combined.status = Status::Unverified;
        QCOMPARE(order(combined), u"e"_s);
        combined = {};
        combined.text = u"elec"_s;
        combined.from = at(1);
        combined.to = at(2);
        QCOMPARE(order(combined), u"a"_s);
        combined.to = {};
        combined.sort = SortColumn::Size;
        combined.order = Qt::AscendingOrder;
        QCOMPARE(order(combined), u"ae"_s);

        const ClipRow first = store->page({}, 0, 1).value().first();
        QCOMPARE(first.title, u"Election locale"_s);
        QCOMPARE(first.downloadedAt, at(5));
        QCOMPARE(first.container, u"mxf"_s);
        QCOMPARE(first.sizeBytes, 7000);
        QCOMPARE(first.durationMs, 1000);
        QCOMPARE(first.status, Status::Unverified);
        QCOMPARE(first.thumbnailKey, u"vid-e"_s);
    }

    void setFiltersDriveOrProbeAlike()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<Clip> clips;
        for (int i = 0; i < 60; ++i) {
            Clip c = clip(file(u"s%1.mp4"_s.arg(i)), u"Sujet %1"_s.arg(i), at(1).addSecs(i * 60));
            c.tags = {i % 3 ? u"Europe"_s : u"Afrique"_s};
            c.status = i % 4 ? Status::Ok : Status::Missing;
            c.sizeBytes = 1000 + i % 7;
            clips << c;
        }
        VERIFY_OK(store->addClips(clips));
        const qint64 collection = store->createCollection(u"Choix"_s).value().id;
        QList<qint64> chosen;
        for (qint64 id = 1; id <= 60; id += 2)
            chosen << id;
        VERIFY_OK(store->addToCollection(collection, chosen));

        auto db = Storage::Database::open(path());
        QVERIFY(db.ok());
        const auto run = [&](const Query &query, QuerySql::SetFilter sets) {
            const QuerySql built =
                QuerySql::page(query, SearchText::matchExpression(query.text), nullptr, 0, 1000, sets);
            auto select = db.value()->prepare(built.sql);
            QList<qint64> result;
            if (!select)
                return QList<qint64> {-1};
            int index = 0;
            for (const QVariant &value : built.bindings) {
                ++index;
                if (value.typeId() == QMetaType::QString)
                    select.value().bind(index, value.toString());
                else
                    select.value().bind(index, value.toLongLong());
            }
            while (select.value().step().valueOr(false))
                result << select.value().columnInt64(0);
            return result;
        };

        Query q;
        q.tag = u"europe"_s;
        const auto check = [&](int expected) {
            const QList<qint64> driven = run(q, QuerySql::SetFilter::Drive);
            QCOMPARE(driven.size(), expected);
            QCOMPARE(run(q, QuerySql::SetFilter::Probe), driven);
            QCOMPARE(ids(store->page(q, 0, 1000).value()), driven);
            QCOMPARE(countOf(*store, q), expected);
            QCOMPARE(store->countUpTo(q, 5).value(), std::min(5, expected));
        };
        check(40);
        q.status = Status::Missing;
        check(10);
        q.sort = SortColumn::Size;
        check(10);
        q = {};
        q.collectionId = collection;
        check(30);
        q.tag = u"Afrique"_s;
        check(10);
        q.order = Qt::AscendingOrder;
        q.sort = SortColumn::Title;
        check(10);

        // The store itself picks by set size; both sizes here are small.
        const auto size = QuerySql::setSize(q, 15);
        QVERIFY(size.has_value());
        QVERIFY(!QuerySql::setSize(Query {}, 15).has_value());
    }

    void relevanceRanksBetterMatchesFirst()
    {
        auto store = openStore();
        QVERIFY(store);
        Clip weak = clip(file(u"weak.mp4"_s), u"Conférence de presse"_s, at(2));
        weak.description = u"Questions sur le budget, la santé, l'école et les inondations récentes."_s;
        const qint64 weakId = store->addClip(weak).value().id;
        const qint64 strongId =
            store->addClip(clip(file(u"strong.mp4"_s), u"Inondations : inondations à Valence"_s, at(1)))
                .value()
                .id;
        Query q;
        q.text = u"inondations"_s;
        q.sort = SortColumn::Relevance;
        QCOMPARE(ids(store->page(q, 0, 10).value()), (QList<qint64> {strongId, weakId}));
        q.sort = SortColumn::DownloadedAt;
        QCOMPARE(ids(store->page(q, 0, 10).value()), (QList<qint64> {weakId, strongId}));
    }

    void countMatchesPages_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("text");
        QTest::newRow("date") << int(SortColumn::DownloadedAt) << QString();
        QTest::newRow("date, search") << int(SortColumn::DownloadedAt) << u"sujet"_s;
        QTest::newRow("title") << int(SortColumn::Title) << QString();
        QTest::newRow("size, search") << int(SortColumn::Size) << u"pair"_s;
        QTest::newRow("relevance") << int(SortColumn::Relevance) << u"sujet"_s;
        QTest::newRow("published") << int(SortColumn::PublishedAt) << QString();
    }

    void countMatchesPages()
    {
        QFETCH(int, sort);
        QFETCH(QString, text);
        auto store = openStore();
        QVERIFY(store);
        QList<Clip> clips;
        for (int i = 0; i < 250; ++i) {
            // Several clips per download millisecond, size and title: ties everywhere.
            Clip c =
                clip(file(u"c%1.mp4"_s.arg(i)),
                     u"Sujet %1 %2"_s.arg(i % 7).arg(i % 2 ? u"impair"_s : u"pair"_s), at(1).addSecs(i / 3));
            c.sizeBytes = 1000 + i % 5;
            clips << c;
        }
        VERIFY_OK(store->addClips(clips));
        // Idempotent in bulk as well.
        VERIFY_OK(store->addClips(clips.mid(0, 50)));

        Query q;
        q.text = text;
        q.sort = SortColumn(sort);
        for (const Qt::SortOrder direction : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            q.order = direction;
            const qint64 total = countOf(*store, q);
            QCOMPARE(total, text == u"pair"_s ? 125 : 250);
            QCOMPARE(store->countUpTo(q, 7).value(), 7);
            QCOMPARE(store->countUpTo(q, total).value(), total);
            QCOMPARE(store->countUpTo(q, 100'000).value(), total);
            QCOMPARE(store->countUpTo(q, 0).value(), 0);
            const QList<qint64> all = ids(store->page(q, 0, 1000).value());
            QCOMPARE(all.size(), total);
            QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), total);

            QList<qint64> byOffset;
            for (qint64 offset = 0; offset < total; offset += 40)
                byOffset += ids(store->page(q, offset, 40).value());
            QCOMPARE(byOffset, all);

            QList<qint64> byKeyset;
            PageCursor cursor;
            int pages = 0;
            while (!cursor.atEnd && pages++ < 100) {
                auto page = store->pageAfter(q, cursor, 17);
                VERIFY_OK(page);
                byKeyset += ids(page.value().rows);
                cursor = page.value().next;
            }
            QCOMPARE(byKeyset, all);
        }
    }

    void removeCascades()
    {
        auto store = openStore();
        QVERIFY(store);
        Clip a = clip(file(u"a.mp4"_s), u"Marée noire"_s);
        a.tags = {u"Environnement"_s};
        a.userTags = {u"à garder"_s};
        a.note = u"Pétrole sur la plage"_s;
        const qint64 idA = store->addClip(a).value().id;
        QCOMPARE(store->find(idA).value()->userTags, QStringList {u"à garder"_s});
        const qint64 idB = store->addClip(clip(file(u"b.mp4"_s), u"Marée haute"_s)).value().id;
        const qint64 collection = store->createCollection(u"Côtes"_s).value().id;
        VERIFY_OK(store->addToCollection(collection, {idA, idB}));

        VERIFY_OK(store->remove(idA));
        QVERIFY(!store->find(idA).value().has_value());
        QCOMPARE(search(*store, u"maree"_s), QList<qint64> {idB});
        QCOMPARE(search(*store, u"petrole"_s), QList<qint64> {});
        QCOMPARE(search(*store, u"environnement"_s), QList<qint64> {});
        QCOMPARE(scalar(u"SELECT count(*) FROM clip_tags WHERE clip_id = %1"_s.arg(idA)), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM clip_collections WHERE clip_id = %1"_s.arg(idA)), 0);
        QCOMPARE(store->collections().value().first().clipCount, 1);
        // The file itself is the caller's business.
        QVERIFY(store->remove(idA).ok());
        QVERIFY(store->checkIntegrity().value().isEmpty());
    }

    void statusRelinkAndVerificationBatches()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<qint64> clipIds;
        for (int i = 0; i < 5; ++i)
            clipIds << store->addClip(clip(file(u"f%1.mp4"_s.arg(i)), u"Clip %1"_s.arg(i))).value().id;

        VERIFY_OK(store->setStatus(clipIds[1], Status::Missing, at(9)));
        Clip missing = *store->find(clipIds[1]).value();
        QCOMPARE(missing.status, Status::Missing);
        QCOMPARE(missing.lastVerifiedAt, at(9));
        QCOMPARE(store->setStatus(999, Status::Ok, at(9)).error().code, u"not_found"_s);

        QCOMPARE(store->setFilePath(clipIds[1], file(u"f2.mp4"_s)).error().code, u"path_in_use"_s);
        VERIFY_OK(store->setFilePath(clipIds[1], m_dir.filePath(u"moved/../moved/f1.mp4"_s)));
        missing = *store->find(clipIds[1]).value();
        QCOMPARE(missing.filePath, m_dir.filePath(u"moved/f1.mp4"_s));
        QCOMPARE(missing.status, Status::Unverified);
        QCOMPARE(store->setFilePath(999, file(u"x.mp4"_s)).error().code, u"not_found"_s);

        QList<FileEntry> seen;
        qint64 after = 0;
        for (;;) {
            auto batch = store->files(after, 2);
            VERIFY_OK(batch);
            if (batch.value().isEmpty())
                break;
            seen += batch.value();
            after = batch.value().last().id;
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.at(1).filePath, m_dir.filePath(u"moved/f1.mp4"_s));
        QCOMPARE(seen.at(1).status, Status::Unverified);
        QCOMPARE(seen.at(0).sha256, store->find(clipIds[0]).value()->sha256);
        QCOMPARE(seen.at(0).sizeBytes, 1000);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
