// What a saved search's auto-download takes of a video (the rule and its
// limits on picture and file size), and the store that keeps them,
// including a store written before the limits existed.

#include "core/storage/database.h"
#include "core/watch/autodownload.h"
#include "core/watch/watchstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

Catalogue::Rendition rendition(const char *id, const char *container, int height, qint64 bytes, int kbps)
{
    Catalogue::Rendition r;
    r.id = QLatin1String(id);
    r.container = QLatin1String(container);
    r.width = height * 16 / 9;
    r.height = height;
    r.sizeBytes = bytes;
    r.bitrateKbps = kbps;
    return r;
}

// A portal's usual spread: a UHD master, HD in three containers, an SD proxy.
Catalogue::Video spread()
{
    Catalogue::Video video;
    video.renditions = {rendition("uhd-mov", "mov", 2160, 9'000'000'000, 400000),
                        rendition("hd-mxf", "mxf", 1080, 3'000'000'000, 50000),
                        rendition("hd-mov", "mov", 1080, 2'500'000'000, 45000),
                        rendition("hd-mp4", "mp4", 1080, 600'000'000, 10000),
                        rendition("sd-mp4", "mp4", 576, 150'000'000, 2500),
                        // A portal may not say a size: -1, as the contract's reader leaves it.
                        rendition("uhd-mxf", "mxf", 2160, -1, 300000)};
    return video;
}

} // namespace

class TestAutoDownload final : public QObject
{
    Q_OBJECT

private slots:
    void takes_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("maxHeight");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("expected"); // "" for nothing

        QTest::newRow("best") << QStringLiteral("best") << 0 << qint64(0) << QStringLiteral("uhd-mov");
        QTest::newRow("best, HD at most")
            << QStringLiteral("best") << 1080 << qint64(0) << QStringLiteral("hd-mxf");
        QTest::newRow("best, 1 GB at most")
            << QStringLiteral("best") << 0 << qint64(1'000'000'000) << QStringLiteral("hd-mp4");
        QTest::newRow("best, HD and 2.8 GB at most")
            << QStringLiteral("best") << 1080 << qint64(2'800'000'000) << QStringLiteral("hd-mov");
        QTest::newRow("mov") << QStringLiteral("mov") << 0 << qint64(0) << QStringLiteral("uhd-mov");
        QTest::newRow("mov, HD at most")
            << QStringLiteral("mov") << 1080 << qint64(0) << QStringLiteral("hd-mov");
        QTest::newRow("mp4") << QStringLiteral("mp4") << 0 << qint64(0) << QStringLiteral("hd-mp4");
        QTest::newRow("mp4, SD at most")
            << QStringLiteral("mp4") << 720 << qint64(0) << QStringLiteral("sd-mp4");
        QTest::newRow("a limit is inclusive")
            << QStringLiteral("mp4") << 0 << qint64(600'000'000) << QStringLiteral("hd-mp4");
        QTest::newRow("mxf under 1 GB: none")
            << QStringLiteral("mxf") << 0 << qint64(1'000'000'000) << QString();
        QTest::newRow("nothing that small") << QStringLiteral("best") << 480 << qint64(0) << QString();
        QTest::newRow("an unknown size is not within a limit")
            << QStringLiteral("mxf") << 0 << qint64(100'000'000'000) << QStringLiteral("hd-mxf");
    }

    void takes()
    {
        QFETCH(QString, rule);
        QFETCH(int, maxHeight);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, expected);
        Watch::SavedSearch search;
        search.autoDownload = rule;
        search.autoMaxHeight = maxHeight;
        search.autoMaxBytes = maxBytes;
        const auto taken = Watch::autoDownloadRendition(spread(), search);
        QCOMPARE(taken ? taken->id : QString(), expected);
    }

    void ruleInWords()
    {
        Watch::SavedSearch search;
        search.autoDownload = QStringLiteral("mp4");
        QCOMPARE(Watch::autoDownloadRuleText(search), QStringLiteral("mp4"));
        search.autoMaxHeight = 1080;
        search.autoMaxBytes = 2'100'000'000;
        QCOMPARE(Watch::autoDownloadRuleText(search), QStringLiteral("mp4 up to 1080 lines, 2.1 GB"));
        search.autoOffHours = true;
        QCOMPARE(Watch::autoDownloadRuleText(search),
                 QStringLiteral("mp4 up to 1080 lines, 2.1 GB (in the hours without a bandwidth limit)"));
    }

    void storeKeepsTheLimits()
    {
        QTemporaryDir dir;
        auto store = Watch::WatchStore::open(dir.filePath(QStringLiteral("watches.sqlite")));
        QVERIFY(store.ok());
        Watch::SavedSearch search;
        search.name = QStringLiteral("Summit HD");
        search.text = QStringLiteral("summit");
        search.autoDownload = QStringLiteral("MXF");
        search.autoMaxHeight = 1080;
        search.autoMaxBytes = 4'000'000'000;
        QVERIFY(store.value()->add(search).ok());
        const auto all = store.value()->all();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 1);
        QCOMPARE(all.value().first().autoDownload, QStringLiteral("mxf"));
        QCOMPARE(all.value().first().autoMaxHeight, 1080);
        QCOMPARE(all.value().first().autoMaxBytes, qint64(4'000'000'000));
    }

    void storeRefusesLimitsWithoutARule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("maxHeight");
        QTest::addColumn<qint64>("maxBytes");
        QTest::newRow("a height, no rule") << QString() << 720 << qint64(0);
        QTest::newRow("a size, no rule") << QString() << 0 << qint64(1000);
        QTest::newRow("a negative height") << QStringLiteral("best") << -1 << qint64(0);
        QTest::newRow("a negative size") << QStringLiteral("best") << 0 << qint64(-5);
    }

    void storeRefusesLimitsWithoutARule()
    {
        QFETCH(QString, rule);
        QFETCH(int, maxHeight);
        QFETCH(qint64, maxBytes);
        QTemporaryDir dir;
        auto store = Watch::WatchStore::open(dir.filePath(QStringLiteral("watches.sqlite")));
        QVERIFY(store.ok());
        Watch::SavedSearch search;
        search.name = QStringLiteral("Refused");
        search.autoDownload = rule;
        search.autoMaxHeight = maxHeight;
        search.autoMaxBytes = maxBytes;
        const auto added = store.value()->add(search);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, QStringLiteral("invalid_value"));
        QCOMPARE(store.value()->all().value().size(), 0);
    }

    void waitsForTheUnlimitedHours_data()
    {
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QString>("at");
        QTest::addColumn<bool>("limited");
        QTest::newRow("no limit") << QString() << QStringLiteral("12:00") << false;
        QTest::newRow("a limit all day: no better hour")
            << QStringLiteral("20M") << QStringLiteral("12:00") << false;
        QTest::newRow("office hours, at noon")
            << QStringLiteral("20M 07:00-19:00") << QStringLiteral("12:00") << true;
        QTest::newRow("office hours, at night")
            << QStringLiteral("20M 07:00-19:00") << QStringLiteral("23:30") << false;
        QTest::newRow("the window's last minute")
            << QStringLiteral("20M 07:00-19:00") << QStringLiteral("18:59") << true;
        QTest::newRow("the window's end")
            << QStringLiteral("20M 07:00-19:00") << QStringLiteral("19:00") << false;
        QTest::newRow("a window over midnight")
            << QStringLiteral("5M 22:00-06:00") << QStringLiteral("01:00") << true;
    }

    void waitsForTheUnlimitedHours()
    {
        QFETCH(QString, schedule);
        QFETCH(QString, at);
        QFETCH(bool, limited);
        const auto parsed = Downloads::BandwidthSchedule::parse(schedule);
        QVERIFY(parsed.ok());
        const QDateTime when(QDate(2026, 12, 7), QTime::fromString(at, QStringLiteral("HH:mm")));
        QCOMPARE(Watch::inLimitedHours(parsed.value(), when), limited);

        Watch::WatchMatch offHours;
        offHours.search.autoDownload = QStringLiteral("best");
        offHours.search.autoOffHours = true;
        offHours.itemId = QStringLiteral("v-night");
        Watch::WatchMatch atOnce;
        atOnce.search.autoDownload = QStringLiteral("best");
        atOnce.itemId = QStringLiteral("v-now");
        const auto split = Watch::dueNow({offHours, atOnce}, parsed.value(), when);
        QStringList ids;
        for (const Watch::WatchMatch &m : split.due)
            ids << m.itemId;
        const QStringList expected = limited
            ? QStringList {QStringLiteral("v-now")}
            : QStringList {QStringLiteral("v-night"), QStringLiteral("v-now")};
        QCOMPARE(ids, expected);
    }

    // Found downloads stay pending until done, and go with their search.
    void pendingDownloadsAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watches.sqlite"));
        qint64 summitId = 0;
        {
            auto store = Watch::WatchStore::open(path);
            QVERIFY(store.ok());
            Watch::SavedSearch summit;
            summit.name = QStringLiteral("Summit");
            summit.autoDownload = QStringLiteral("best");
            summit.autoOffHours = true;
            const auto added = store.value()->add(summit);
            QVERIFY(added.ok());
            summitId = added.value().id;
            Watch::SavedSearch told;
            told.name = QStringLiteral("Only told");
            const auto onlyTold = store.value()->add(told);
            QVERIFY(onlyTold.ok());

            Watch::WatchMatch first;
            first.search = added.value();
            first.itemId = QStringLiteral("v-1");
            first.title = QStringLiteral("Summit opens");
            first.video = QJsonObject {{QStringLiteral("id"), QStringLiteral("v-1")}};
            Watch::WatchMatch second = first;
            second.itemId = QStringLiteral("v-2");
            second.video = QJsonObject {{QStringLiteral("id"), QStringLiteral("v-2")}};
            Watch::WatchMatch notDownloaded;
            notDownloaded.search = onlyTold.value();
            notDownloaded.itemId = QStringLiteral("v-3");
            notDownloaded.video = first.video;
            QVERIFY(store.value()
                        ->markSeen(summitId, {QStringLiteral("v-1"), QStringLiteral("v-2")}, {first, second})
                        .ok());
            QVERIFY(
                store.value()->markSeen(onlyTold.value().id, {QStringLiteral("v-3")}, {notDownloaded}).ok());
            QVERIFY(store.value()->markSeen(summitId, {}, {first}).ok()); // once only
        }
        // After a restart.
        auto store = Watch::WatchStore::open(path);
        QVERIFY(store.ok());
        auto pending = store.value()->pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 2);
        QCOMPARE(pending.value().first().itemId, QStringLiteral("v-1"));
        QCOMPARE(pending.value().first().title, QStringLiteral("Summit opens"));
        QCOMPARE(pending.value().first().video.value(QStringLiteral("id")).toString(), QStringLiteral("v-1"));
        QVERIFY(pending.value().first().search.autoOffHours);
        QCOMPARE(pending.value().first().search.id, summitId);

        QCOMPARE(store.value()->seen(summitId).value().size(), 2);

        // One program at a time takes a download to queue it.
        QCOMPARE(store.value()->claimPending(summitId, QStringLiteral("v-1")).value(), true);
        QCOMPARE(store.value()->claimPending(summitId, QStringLiteral("v-1")).value(), false);
        QVERIFY(store.value()->releasePending(summitId, QStringLiteral("v-1")).ok());
        QCOMPARE(store.value()->claimPending(summitId, QStringLiteral("v-1")).value(), true);
        QVERIFY(store.value()->donePending(summitId, QStringLiteral("v-1")).ok());
        QCOMPARE(store.value()->pending().value().size(), 1);
        QVERIFY(store.value()->remove(QStringLiteral("Summit")).ok());
        QCOMPARE(store.value()->pending().value().size(), 0);
    }

    // Due downloads go into the queue once, even when a run is repeated.
    void queuesEachDueDownloadOnce()
    {
        QTemporaryDir dir;
        auto store = Watch::WatchStore::open(dir.filePath(QStringLiteral("watches.sqlite")));
        QVERIFY(store.ok());
        auto queue = Downloads::QueueStore::open(dir.filePath(QStringLiteral("downloads.sqlite")));
        QVERIFY(queue.ok());
        Watch::SavedSearch search;
        search.name = QStringLiteral("Summit");
        search.autoDownload = QStringLiteral("mp4");
        search.autoMaxHeight = 720;
        const auto added = store.value()->add(search);
        QVERIFY(added.ok());
        const auto video = [](const char *id, int height) {
            return QJsonObject {
                {QStringLiteral("id"), QLatin1String(id)},
                {QStringLiteral("title"), QLatin1String(id)},
                {QStringLiteral("renditions"),
                 QJsonArray {QJsonObject {
                     {QStringLiteral("id"), QStringLiteral("r1")},
                     {QStringLiteral("label"), QStringLiteral("MP4")},
                     {QStringLiteral("container"), QStringLiteral("mp4")},
                     {QStringLiteral("width"), height * 16 / 9},
                     {QStringLiteral("height"), height},
                     {QStringLiteral("size_bytes"), 1000},
                     {QStringLiteral("sha256"), QString(64, u'a')},
                     {QStringLiteral("filename"), QStringLiteral("%1.mp4").arg(QLatin1String(id))}}}}};
        };
        Watch::WatchMatch sd {added.value(), QStringLiteral("v-sd"), QStringLiteral("SD"),
                              video("v-sd", 576)};
        Watch::WatchMatch hd {added.value(), QStringLiteral("v-hd"), QStringLiteral("HD"),
                              video("v-hd", 1080)};
        QVERIFY(store.value()->markSeen(added.value().id, {sd.itemId, hd.itemId}, {sd, hd}).ok());
        auto pending = store.value()->pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending.value().size(), 2);
        const auto done =
            Watch::queueDue(*store.value(), *queue.value(), pending.value(), dir.path(), std::nullopt);
        QVERIFY2(done.ok(), done.ok() ? "" : qPrintable(done.error().message));
        QCOMPARE(done.value().queued.size(), 1);
        QCOMPARE(done.value().queued.first().videoId, QStringLiteral("v-sd"));
        QCOMPARE(done.value().noFit.size(), 1);
        QCOMPARE(done.value().noFit.first().itemId, QStringLiteral("v-hd"));
        QCOMPARE(store.value()->pending().value().size(), 0);

        // A run cut short after queueing left it pending: it is not queued again.
        QVERIFY(store.value()->markSeen(added.value().id, {}, {sd}).ok());
        const auto again = Watch::queueDue(*store.value(), *queue.value(), store.value()->pending().value(),
                                           dir.path(), std::nullopt);
        QVERIFY(again.ok());
        QCOMPARE(again.value().queued.size(), 0);
        QCOMPARE(queue.value()->all().value().size(), 1);
        QCOMPARE(store.value()->pending().value().size(), 0);
    }

    // A store of the first format (no limits) opens with its searches whole,
    // each without limits.
    void aStoreFromBeforeTheLimitsOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("watches.sqlite"));
        {
            auto db = Storage::Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(db.value()
                        ->exec(QStringLiteral(
                            "CREATE TABLE searches (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE "
                            "COLLATE NOCASE, scope TEXT NOT NULL CHECK (scope IN ('news', 'videos')), "
                            "text TEXT NOT NULL DEFAULT '', tag TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL "
                            "DEFAULT '', from_ms INTEGER, to_ms INTEGER, auto_download TEXT NOT NULL DEFAULT "
                            "'', baselined INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL);"
                            "CREATE TABLE seen (search_id INTEGER NOT NULL REFERENCES searches(id) ON DELETE "
                            "CASCADE, item_id TEXT NOT NULL, PRIMARY KEY (search_id, item_id)) WITHOUT ROWID;"
                            "INSERT INTO searches (name, scope, text, auto_download, baselined, created_at) "
                            "VALUES ('Summit', 'videos', 'summit', 'best', 1, 0);"
                            "INSERT INTO seen VALUES (1, 'v-summit-1');"
                            "PRAGMA user_version = 1;"))
                        .ok());
        }
        auto store = Watch::WatchStore::open(path);
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        const auto all = store.value()->all();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 1);
        const Watch::SavedSearch &summit = all.value().first();
        QCOMPARE(summit.name, QStringLiteral("Summit"));
        QCOMPARE(summit.autoDownload, QStringLiteral("best"));
        QVERIFY(summit.baselined);
        QCOMPARE(summit.autoMaxHeight, 0);
        QCOMPARE(summit.autoMaxBytes, qint64(0));
        QVERIFY(!summit.autoOffHours);
        QCOMPARE(store.value()->pending().value().size(), 0);
        QCOMPARE(store.value()->seen(summit.id).value(), QSet<QString> {QStringLiteral("v-summit-1")});
    }
};

QTEST_GUILESS_MAIN(TestAutoDownload)
#include "tst_autodownload.moc"
