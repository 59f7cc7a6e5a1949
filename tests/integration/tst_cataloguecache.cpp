// The catalogue kept for offline browsing: pages of a sync, an incremental
// sync with an update and a deletion, searches that ignore accents, filters,
// reads after a restart, the asynchronous cache, and the sync against the
// reference portal (a content folder changed and reloaded, then gone).

#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/cataloguestore.h"
#include "core/catalogue/cataloguesync.h"
#include "core/portal/portalclient.h"
#include "tests/support/portalprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Catalogue;

namespace {

QDateTime at(int day, int hour = 10)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0), QTimeZone::utc());
}

QJsonObject videoJson(const QString &id, const QString &title, const QDateTime &published,
                      const QDateTime &updated, const QStringList &tags = {})
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("description"), QStringLiteral("Footage of %1.").arg(title)},
        {QStringLiteral("published_at"), published.toString(Qt::ISODate)},
        {QStringLiteral("updated_at"), updated.toString(Qt::ISODate)},
        {QStringLiteral("duration_ms"), 95000},
        {QStringLiteral("location"), QStringLiteral("Brussels, Belgium")},
        {QStringLiteral("credit"), QStringLiteral("Alliance Multimedia Library")},
        {QStringLiteral("usage_terms"), QStringLiteral("Editorial use only.")},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("thumbnail_url"),
         QStringLiteral("https://portal.example.org/media/%1/thumb.jpg").arg(id)},
        {QStringLiteral("preview_url"),
         QStringLiteral("https://portal.example.org/media/%1/proxy.mp4").arg(id)},
        {QStringLiteral("shotlist"),
         QJsonArray {
             QJsonObject {{QStringLiteral("tc_in"), QStringLiteral("00:00:00:00")},
                          {QStringLiteral("tc_out"), QStringLiteral("00:00:05:00")},
                          {QStringLiteral("kind"), QStringLiteral("shot")},
                          {QStringLiteral("description"), QStringLiteral("Wide shot of the flags.")}},
             QJsonObject {{QStringLiteral("tc_in"), QStringLiteral("00:00:05:00")},
                          {QStringLiteral("tc_out"), QStringLiteral("00:00:12:10")},
                          {QStringLiteral("kind"), QStringLiteral("soundbite")},
                          {QStringLiteral("speaker"), QStringLiteral("Annelie Vørsund, Secretary General")},
                          {QStringLiteral("description"), QStringLiteral("“We are ready.”")}},
         }},
        {QStringLiteral("renditions"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("r-hd")},
                                  {QStringLiteral("label"), QStringLiteral("HD 1080p25")},
                                  {QStringLiteral("container"), QStringLiteral("mp4")},
                                  {QStringLiteral("width"), 1920},
                                  {QStringLiteral("height"), 1080},
                                  {QStringLiteral("size_bytes"), 1000},
                                  {QStringLiteral("sha256"), QString(64, u'a')}}}},
    };
}

Video video(const QString &id, const QString &title, const QDateTime &published, const QDateTime &updated,
            const QStringList &tags = {})
{
    return *Video::fromJson(videoJson(id, title, published, updated, tags));
}

QStringList ids(const QList<VideoSummary> &items)
{
    QStringList list;
    for (const VideoSummary &item : items)
        list << item.id;
    return list;
}

QString why(const Util::Error &error)
{
    return error.message;
}

} // namespace

class TestCatalogueCache final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("catalogue.sqlite")); }

    std::unique_ptr<CatalogueStore> open()
    {
        auto store = CatalogueStore::open(path());
        if (!store)
            qWarning() << store.error().message;
        return store ? std::move(store).value() : nullptr;
    }

    QStringList search(CatalogueStore &store, const LocalQuery &query)
    {
        auto page = store.query(query);
        if (!page) {
            qWarning() << page.error().message;
            return {QStringLiteral("<error>")};
        }
        return ids(page.value().items);
    }

    QStringList search(CatalogueStore &store, const QString &text)
    {
        LocalQuery query;
        query.text = text;
        return search(store, query);
    }

private slots:
    void init()
    {
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }

    void syncPagesNewestFirstWithKeysetPaging()
    {
        auto store = open();
        QVERIFY(store);
        // Three pages as an incremental sync brings them: oldest change first.
        for (int page = 0; page < 3; ++page) {
            VideoPage sync;
            for (int i = 0; i < 4; ++i) {
                const int n = page * 4 + i + 1;
                // v05 and v06 share a publication time: the higher id comes first.
                const QDateTime published = n == 6 ? at(5) : at(n);
                sync.items << video(QStringLiteral("v%1").arg(n, 2, 10, QLatin1Char('0')),
                                    QStringLiteral("Video %1").arg(n), published, at(20, n));
            }
            auto applied = store->applySyncPage(sync, at(26));
            QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : why(applied.error())));
            QCOMPARE(applied.value(), 4);
        }
        const auto state = store->syncState();
        QVERIFY(state.ok());
        QCOMPARE(state.value().videoCount, 12);
        QCOMPARE(state.value().watermark, at(20, 12));
        QCOMPARE(state.value().syncedAt, at(26));
        QVERIFY(!state.value().completedAt.isValid());

        QStringList seen;
        LocalQuery query;
        query.limit = 5;
        for (int pages = 0; pages < 5; ++pages) {
            auto page = store->query(query);
            QVERIFY(page.ok());
            seen << ids(page.value().items);
            if (page.value().atEnd)
                break;
            query.after = ListPosition::of(page.value().items.last());
        }
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("v12"), QStringLiteral("v11"), QStringLiteral("v10"),
                               QStringLiteral("v09"), QStringLiteral("v08"), QStringLiteral("v07"),
                               QStringLiteral("v06"), QStringLiteral("v05"), QStringLiteral("v04"),
                               QStringLiteral("v03"), QStringLiteral("v02"), QStringLiteral("v01")}));
        QVERIFY(store->markSyncComplete(at(27)).ok());
        QCOMPARE(store->syncState().value().completedAt, at(27));
        QCOMPARE(store->syncState().value().asOf(), at(27));
    }

    void incrementalSyncAppliesUpdatesAndDeletions()
    {
        auto store = open();
        QVERIFY(store);
        VideoPage first;
        first.items << video(QStringLiteral("a"), QStringLiteral("Ministers arrive"), at(1), at(1),
                             {QStringLiteral("Defence")})
                    << video(QStringLiteral("b"), QStringLiteral("Press point"), at(2), at(2),
                             {QStringLiteral("press")})
                    << video(QStringLiteral("c"), QStringLiteral("Family photo"), at(3), at(3));
        QCOMPARE(store->applySyncPage(first, at(26)).value(), 3);

        VideoPage next;
        next.items << video(QStringLiteral("b"), QStringLiteral("Press conference"), at(2), at(4),
                            {QStringLiteral("summit")});
        next.deletions << VideoPage::Deletion {QStringLiteral("c"), at(5)}
                       << VideoPage::Deletion {QStringLiteral("never-seen"), at(5)};
        auto applied = store->applySyncPage(next, at(27));
        QVERIFY(applied.ok());
        QCOMPARE(applied.value(), 2);

        QCOMPARE(search(*store, LocalQuery()), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
        // The deletions move the watermark too: they are not fetched again.
        QCOMPARE(store->syncState().value().watermark, at(5));
        QCOMPARE(store->video(QStringLiteral("b")).value()->title, QStringLiteral("Press conference"));
        QVERIFY(!store->video(QStringLiteral("c")).value().has_value());
        // The text index and the tags follow the update and the deletion.
        QCOMPARE(search(*store, QStringLiteral("point")), QStringList());
        QCOMPARE(search(*store, QStringLiteral("conference")), QStringList {QStringLiteral("b")});
        QCOMPARE(search(*store, QStringLiteral("family")), QStringList());
        const auto tags = store->tags();
        QVERIFY(tags.ok());
        QCOMPARE(tags.value().size(), 2);
        QCOMPARE(tags.value().at(0).name, QStringLiteral("defence")); // as the portal compares them
        QCOMPARE(tags.value().at(1).name, QStringLiteral("summit"));

        // A copy older than the one kept (a list page fetched before the
        // sync) does not undo the update; the same copy again changes nothing.
        QCOMPARE(
            store->store({video(QStringLiteral("b"), QStringLiteral("Press point"), at(2), at(2))}).value(),
            0);
        QCOMPARE(store->video(QStringLiteral("b")).value()->title, QStringLiteral("Press conference"));
        QCOMPARE(store->applySyncPage(next, at(28)).value(), 0);

        // A list page fetched before the deletion and answered after it
        // does not bring the deleted video back; the portal publishing it
        // again (a newer copy) does.
        QCOMPARE(
            store->store({video(QStringLiteral("c"), QStringLiteral("Family photo"), at(3), at(3))}).value(),
            0);
        QVERIFY(!store->video(QStringLiteral("c")).value().has_value());
        QCOMPARE(search(*store, QStringLiteral("family")), QStringList());
        QCOMPARE(
            store->store({video(QStringLiteral("c"), QStringLiteral("Family photo"), at(3), at(6))}).value(),
            1);
        QCOMPARE(search(*store, QStringLiteral("family")), QStringList {QStringLiteral("c")});
    }

    void searchIgnoresAccentsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QStringList conference {QStringLiteral("fr")};
        QTest::newRow("plain letters find accents") << "conference presse" << conference;
        QTest::newRow("accents find plain letters") << "Géneva" << QStringList {QStringLiteral("en")};
        QTest::newRow("upper case") << "CONFÉRENCE" << conference;
        QTest::newRow("decomposed accents") << QStringLiteral("confe\u0301rence") << conference;
        QTest::newRow("prefix while typing") << "confé" << conference;
        QTest::newRow("every word must match") << "conference geneva" << QStringList();
        QTest::newRow("cedilla and umlaut") << "francais munchen" << QStringList {QStringLiteral("de")};
        QTest::newRow("shot list speaker, ø as o")
            << "vorsund" << QStringList {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")};
        QTest::newRow("tags are searched") << "sommet" << conference;
        QTest::newRow("operators are words") << "NOT \"conference*  OR (presse" << QStringList();
        QTest::newRow("only punctuation: no filter")
            << "\"*()" << QStringList {QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr")};
    }

    void searchIgnoresAccentsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        auto store = open();
        QVERIFY(store);
        QVERIFY(store
                    ->store({video(QStringLiteral("fr"), QStringLiteral("Conférence de presse à Bruxelles"),
                                   at(3), at(3), {QStringLiteral("sommet")}),
                             video(QStringLiteral("en"), QStringLiteral("Ministers meet in Geneva"), at(2),
                                   at(2)),
                             video(QStringLiteral("de"), QStringLiteral("Français à München"), at(1), at(1))})
                    .ok());
        QStringList found = search(*store, text);
        found.sort();
        QCOMPARE(found, expected);
    }

    void filtersByTagAndDate()
    {
        auto store = open();
        QVERIFY(store);
        QVERIFY(store
                    ->store({video(QStringLiteral("a"), QStringLiteral("One"), at(1), at(1),
                                   {QStringLiteral("summit")}),
                             video(QStringLiteral("b"), QStringLiteral("Two"), at(5), at(5),
                                   {QStringLiteral("Summit")}),
                             video(QStringLiteral("c"), QStringLiteral("Three"), at(9), at(9),
                                   {QStringLiteral("press")})})
                    .ok());
        LocalQuery query;
        query.tag = QStringLiteral("SUMMIT");
        QCOMPARE(search(*store, query), (QStringList {QStringLiteral("b"), QStringLiteral("a")}));
        query = LocalQuery();
        query.from = at(5);
        query.to = at(9);
        QCOMPARE(search(*store, query), (QStringList {QStringLiteral("c"), QStringLiteral("b")}));
        query.to = at(8);
        QCOMPARE(search(*store, query), QStringList {QStringLiteral("b")});
        query.tag = QStringLiteral("press");
        QCOMPARE(search(*store, query), QStringList());
    }

    void offlineReadsAfterRestart()
    {
        {
            auto store = open();
            QVERIFY(store);
            VideoPage page;
            page.items << video(QStringLiteral("v1"), QStringLiteral("Réunion des ministres"), at(1), at(2));
            QVERIFY(store->applySyncPage(page, at(3)).ok());
            QVERIFY(store->markSyncComplete(at(3)).ok());
        }
        auto store = open();
        QVERIFY(store);
        const auto state = store->syncState();
        QCOMPARE(state.value().videoCount, 1);
        QCOMPARE(state.value().watermark, at(2));
        QCOMPARE(state.value().asOf(), at(3));
        auto page = store->query(LocalQuery());
        QVERIFY(page.ok());
        QCOMPARE(page.value().items.size(), 1);
        const VideoSummary &summary = page.value().items.first();
        QCOMPARE(summary.title, QStringLiteral("Réunion des ministres"));
        QCOMPARE(summary.publishedAt, at(1));
        QCOMPARE(summary.durationMs, 95000);
        QCOMPARE(summary.thumbnailUrl, QUrl(QStringLiteral("https://portal.example.org/media/v1/thumb.jpg")));
        // The whole video, as the portal described it, for the detail pane
        // and a download's metadata.
        const auto full = store->video(QStringLiteral("v1"));
        QVERIFY(full.ok() && full.value().has_value());
        QCOMPARE(full.value()->shotlist.size(), 2);
        QVERIFY(full.value()->shotlist.at(1).soundbite);
        QCOMPARE(full.value()->shotlist.at(1).speaker, QStringLiteral("Annelie Vørsund, Secretary General"));
        QCOMPARE(full.value()->renditions.size(), 1);
        QCOMPARE(full.value()->json.value(QStringLiteral("usage_terms")).toString(),
                 QStringLiteral("Editorial use only."));
        QCOMPARE(search(*store, QStringLiteral("reunion")), QStringList {QStringLiteral("v1")});
    }

    void asynchronousCacheAnswersInOrderAndNotAfterContext()
    {
        CatalogueCache cache(path());
        QSignalSpy changed(&cache, &CatalogueCache::changed);
        std::optional<int> stored;
        cache.store({video(QStringLiteral("x"), QStringLiteral("Exercise at sea"), at(4), at(4))}, this,
                    [&](Util::Result<int> r) { stored = r.valueOr(-1); });
        // Asked after the store: answered after it, with what it stored.
        std::optional<QStringList> found;
        LocalQuery query;
        query.text = QStringLiteral("exercise");
        cache.query(query, this, [&](Util::Result<LocalPage> page) {
            found = page ? ids(page.value().items) : QStringList {QStringLiteral("<error>")};
        });
        QVERIFY(!found.has_value()); // never inside the call
        QTRY_VERIFY(found.has_value());
        QCOMPARE(stored, 1);
        QCOMPARE(*found, QStringList {QStringLiteral("x")});
        QCOMPARE(changed.size(), 1);

        bool called = false;
        {
            QObject context;
            cache.video(QStringLiteral("x"), &context, [&](auto) { called = true; });
        }
        std::optional<bool> later;
        cache.video(QStringLiteral("x"), this,
                    [&](Util::Result<std::optional<Video>> v) { later = v.ok() && v.value().has_value(); });
        QTRY_VERIFY(later.has_value());
        QVERIFY(*later);
        QVERIFY(!called);
    }

    void unusableFileFailsEveryCall()
    {
        // A folder where the file should be: the cache says so, call by call.
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("blocked.sqlite")));
        CatalogueCache cache(m_dir.filePath(QStringLiteral("blocked.sqlite")));
        std::optional<QString> message;
        cache.query(LocalQuery(), this,
                    [&](Util::Result<LocalPage> page) { message = page ? QString() : page.error().message; });
        QTRY_VERIFY(message.has_value());
        QVERIFY2(message->contains(QStringLiteral("cannot be opened")), qPrintable(*message));
        QDir(m_dir.filePath(QStringLiteral("blocked.sqlite"))).removeRecursively();
    }

    void damagedFileIsSetAsideAndKeptAfresh()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(8192, 'x'));
        damaged.close();
        CatalogueCache cache(path);
        std::optional<bool> stored;
        cache.store({video(QStringLiteral("a"), QStringLiteral("Ministers arrive"), at(1), at(1))}, this,
                    [&](Util::Result<int> done) { stored = done.ok() && done.value() == 1; });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(*stored);
        // The damaged file is kept beside it for whoever wants to look.
        QCOMPARE(QFileInfo(path + QStringLiteral(".unreadable")).size(), qint64(8192));
    }

    void catalogueFilesAreOnePerPortal()
    {
        const auto name = [](const char *url) {
            return CatalogueCache::fileNameFor(QUrl(QString::fromLatin1(url)));
        };
        QCOMPARE(name("https://portal.example.org/api/v1"), name("https://portal.example.org/api/v1/"));
        QVERIFY(name("https://portal.example.org/api/v1") != name("https://other.example.org/api/v1"));
        QVERIFY(name("https://portal.example.org/api/v1") != name("https://portal.example.org/api/v2"));
        QVERIFY(QRegularExpression(QStringLiteral("^catalogue-[0-9a-f]{16}\\.sqlite$"))
                    .match(name("http://127.0.0.1:8080/api/v1"))
                    .hasMatch());
    }
};

// The sync against the reference portal: a content folder written here,
// changed and reloaded (POST /dev/reload), then the portal stopped.
class TestCatalogueSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_dir;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;

    bool writeVideo(const QString &id, const QString &title, const QDateTime &published,
                    const QDateTime &updated)
    {
        const QDir root(m_content.path());
        const QString media = QStringLiteral("media/videos/") + id;
        if (!root.mkpath(media))
            return false;
        for (const QString &name :
             {QStringLiteral("thumb.jpg"), QStringLiteral("proxy.mp4"), QStringLiteral("hd.mp4")}) {
            QFile file(root.filePath(media + u'/' + name));
            if (!file.open(QIODevice::WriteOnly) || file.write(id.toUtf8() + name.toUtf8()) <= 0)
                return false;
        }
        QJsonObject json = videoJson(id, title, published, updated);
        json.remove(QStringLiteral("thumbnail_url"));
        json.remove(QStringLiteral("preview_url"));
        json.insert(QStringLiteral("thumbnail"), QString(media + QStringLiteral("/thumb.jpg")));
        json.insert(QStringLiteral("preview"), QString(media + QStringLiteral("/proxy.mp4")));
        json.insert(
            QStringLiteral("renditions"),
            QJsonArray {QJsonObject {{QStringLiteral("id"), QStringLiteral("r-hd")},
                                     {QStringLiteral("label"), QStringLiteral("HD")},
                                     {QStringLiteral("container"), QStringLiteral("mp4")},
                                     {QStringLiteral("file"), QString(media + QStringLiteral("/hd.mp4"))},
                                     {QStringLiteral("filename"), QString(id + QStringLiteral(".mp4"))}}});
        QFile file(root.filePath(QStringLiteral("videos/") + id + QStringLiteral(".json")));
        return root.mkpath(QStringLiteral("videos")) && root.mkpath(QStringLiteral("news"))
            && file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) > 0;
    }

    bool reload()
    {
        QNetworkRequest request(m_portal.url(QStringLiteral("dev/reload")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QByteArray());
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        const bool ok = finished && reply->error() == QNetworkReply::NoError;
        reply->deleteLater();
        return ok;
    }

    // Runs one sync; true when it finished, false when it failed.
    bool sync(CatalogueSync &sync, QString *message = nullptr, bool *offline = nullptr)
    {
        std::optional<bool> outcome;
        QMetaObject::Connection a = connect(&sync, &CatalogueSync::finished, this, [&] { outcome = true; });
        QMetaObject::Connection b =
            connect(&sync, &CatalogueSync::failed, this, [&](const QString &text, bool network) {
                outcome = false;
                if (message)
                    *message = text;
                if (offline)
                    *offline = network;
            });
        sync.start();
        (void)QTest::qWaitFor([&] { return outcome.has_value(); }, 20000);
        disconnect(a);
        disconnect(b);
        return outcome.value_or(false);
    }

    QStringList cachedIds(CatalogueCache &cache)
    {
        std::optional<QStringList> found;
        cache.query(LocalQuery(), this, [&](Util::Result<LocalPage> page) {
            found = page ? ids(page.value().items) : QStringList {QStringLiteral("<error>")};
        });
        (void)QTest::qWaitFor([&] { return found.has_value(); }, 5000);
        return found.value_or(QStringList {QStringLiteral("<timeout>")});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(writeVideo(QStringLiteral("v1"), QStringLiteral("Ministers arrive"), at(1), at(1)));
        QVERIFY(writeVideo(QStringLiteral("v2"), QStringLiteral("Press point"), at(2), at(2)));
        QVERIFY(writeVideo(QStringLiteral("v3"), QStringLiteral("Family photo"), at(3), at(3)));
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        Portal::RetryPolicy once;
        once.maxAttempts = 1;
        m_client->setRetryPolicy(once);
    }

    void firstSyncWalksEverythingInPages()
    {
        CatalogueCache cache(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
        CatalogueSync syncer(*m_client, cache);
        syncer.setPageSize(2);
        QSignalSpy pages(&syncer, &CatalogueSync::pageApplied);
        QSignalSpy finished(&syncer, &CatalogueSync::finished);
        QString message;
        QVERIFY2(sync(syncer, &message), qPrintable(message));
        QCOMPARE(pages.size(), 2);
        QCOMPARE(finished.first().first().toInt(), 3);
        QCOMPARE(cachedIds(cache),
                 (QStringList {QStringLiteral("v3"), QStringLiteral("v2"), QStringLiteral("v1")}));
        // Nothing changed: the next sync changes nothing.
        finished.clear();
        QVERIFY(sync(syncer));
        QCOMPARE(finished.first().first().toInt(), 0);
    }

    void nextSyncBringsTheUpdateAndTheDeletion()
    {
        CatalogueCache cache(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
        CatalogueSync syncer(*m_client, cache);
        QVERIFY(writeVideo(QStringLiteral("v2"), QStringLiteral("Press conference"), at(2), at(5)));
        QVERIFY(QFile::remove(m_content.filePath(QStringLiteral("videos/v3.json"))));
        QVERIFY(reload());
        QSignalSpy finished(&syncer, &CatalogueSync::finished);
        QVERIFY(sync(syncer));
        QCOMPARE(finished.first().first().toInt(), 2);
        QCOMPARE(cachedIds(cache), (QStringList {QStringLiteral("v2"), QStringLiteral("v1")}));
        std::optional<QString> title;
        cache.video(QStringLiteral("v2"), this, [&](Util::Result<std::optional<Video>> v) {
            title = v && v.value() ? v.value()->title : QString();
        });
        QTRY_VERIFY(title.has_value());
        QCOMPARE(*title, QStringLiteral("Press conference"));
        std::optional<SyncState> state;
        cache.syncState(this, [&](Util::Result<SyncState> s) { state = s.valueOr(SyncState()); });
        QTRY_VERIFY(state.has_value());
        // The deletion is the newest change (the portal dates it when the
        // video went): the next sync does not ask for it again.
        QVERIFY2(state->watermark > at(5), qPrintable(state->watermark.toString(Qt::ISODate)));
        QVERIFY(state->watermark.secsTo(QDateTime::currentDateTimeUtc()) < 120);
        QVERIFY(state->completedAt.isValid());
        finished.clear();
        QVERIFY(sync(syncer));
        QCOMPARE(finished.first().first().toInt(), 0);
    }

    void offlineTheCacheStillAnswers()
    {
        QVERIFY(m_portal.stop());
        CatalogueCache cache(m_dir.filePath(QStringLiteral("catalogue.sqlite")));
        CatalogueSync syncer(*m_client, cache);
        QString message;
        bool offline = false;
        QVERIFY(!sync(syncer, &message, &offline));
        QVERIFY(offline);
        QVERIFY2(message.contains(QStringLiteral("could not be reached")), qPrintable(message));
        QVERIFY(!syncer.isRunning());
        QCOMPARE(cachedIds(cache), (QStringList {QStringLiteral("v2"), QStringLiteral("v1")}));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestCatalogueCache test;
        status |= QTest::qExec(&test, argc, argv);
    }
    {
        TestCatalogueSync test;
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

#include "tst_cataloguecache.moc"
