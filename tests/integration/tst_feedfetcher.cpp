// FeedFetcher over real HTTP on loopback: a feed added is fetched, parsed,
// sanitised and kept; the next refresh is a conditional GET that a 304 ends
// without touching anything; a changed feed brings its new entry; a web page
// is refused and nothing kept; an answer over the size cap is cut off; an
// unreachable host says so and keeps what was there.

#include "core/network/offlinemode.h"
#include "core/news/feedfetcher.h"
#include "core/news/newscache.h"
#include "tests/support/loopbackhttpserver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace News;
using TestSupport::LoopbackHttpServer;

namespace {

QByteArray rss(int items)
{
    QByteArray body = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ministry &amp; Defence</title><link>https://ministry.example.org/</link>
<language>fr</language>)";
    for (int n = items; n >= 1; --n) {
        body += "<item><title>Communiqu&#233; " + QByteArray::number(n)
            + "</title>"
              "<link>https://ministry.example.org/releases/"
            + QByteArray::number(n)
            + "</link>"
              "<guid>release-"
            + QByteArray::number(n)
            + "</guid>"
              "<pubDate>Tue, 0"
            + QByteArray::number(n)
            + " Sep 2026 10:00:00 +0200</pubDate>"
              "<description><![CDATA[<p>Texte "
            + QByteArray::number(n) + " <script>alert(1)</script><img src=\"/img/" + QByteArray::number(n)
            + ".jpg\" onerror=\"x()\"></p>]]></description>"
              "</item>";
    }
    return body + "</channel></rss>";
}

} // namespace

class TestFeedFetcher final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    int m_items = 2;
    QByteArray m_etag = "\"v2\"";
    QList<QByteArray> m_ifNoneMatch; // what each feed request sent
    std::unique_ptr<LoopbackHttpServer> m_server;

    FeedOutcome wait(const std::function<void(std::function<void(FeedOutcome)>)> &start)
    {
        std::optional<FeedOutcome> outcome;
        start([&outcome](FeedOutcome result) { outcome = std::move(result); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
            return {};
        return *outcome;
    }

    NewsList list(NewsCache &cache, std::optional<qint64> source)
    {
        std::optional<NewsList> answer;
        NewsQuery query;
        query.source = source;
        cache.list(query, this, [&answer](Util::Result<NewsList> result) { answer = result.valueOr({}); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return {};
        return answer.value_or(NewsList());
    }

    std::optional<FeedSource> feedOf(NewsCache &cache, qint64 id)
    {
        std::optional<QList<FeedSource>> feeds;
        cache.feeds(this, [&feeds](Util::Result<QList<FeedSource>> result) { feeds = result.valueOr({}); });
        if (!QTest::qWaitFor([&] { return feeds.has_value(); }, 10000))
            return std::nullopt;
        for (const FeedSource &feed : feeds.value_or(QList<FeedSource>())) {
            if (feed.id == id)
                return feed;
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<LoopbackHttpServer>([this](const LoopbackHttpServer::Request &request) {
            LoopbackHttpServer::Answer answer;
            const QString path = request.url().path();
            if (path == u"/feed.xml") {
                m_ifNoneMatch << request.headers.value("if-none-match");
                if (request.headers.value("if-none-match") == m_etag) {
                    answer.status = "304 Not Modified";
                    return answer;
                }
                answer.contentType = "application/rss+xml";
                answer.body = rss(m_items);
                answer.extraHeaders = "ETag: " + m_etag + "\r\n";
            } else if (path == u"/page.html") {
                answer.contentType = "text/html; charset=utf-8";
                answer.body =
                    "<!DOCTYPE html><html><head><title>Ministry</title></head><body>Hello</body></html>";
            } else if (path == u"/huge.xml") {
                answer.contentType = "application/rss+xml";
                answer.body = QByteArray(300 * 1024, ' ');
            } else {
                answer.status = "404 Not Found";
            }
            return answer;
        });
        QVERIFY(m_server->listen());
    }

    void addThenConditionalRefresh()
    {
        NewsCache cache(m_dir.filePath(QStringLiteral("feeds.sqlite")));
        FeedFetcher fetcher(m_network, cache);
        const FeedOutcome added =
            wait([&](auto done) { fetcher.add(m_server->url(QStringLiteral("/feed.xml")), {}, done); });
        QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
        QVERIFY(added.feedId > 0);
        QCOMPARE(added.name, QStringLiteral("Ministry & Defence"));
        QCOMPARE(added.entries, 2);
        QCOMPARE(added.changed, 2);
        // Pictures resolved against the feed's address (the document's
        // base), announced for the image cache.
        QVERIFY(added.images.contains(m_server->url(QStringLiteral("/img/1.jpg"))));

        const NewsList items = list(cache, added.feedId);
        QCOMPARE(items.items.size(), 2);
        QCOMPARE(items.items.first().title, QStringLiteral("Communiqué 2"));
        QCOMPARE(items.items.first().publishedAt,
                 QDateTime(QDate(2026, 9, 2), QTime(8, 0), QTimeZone::utc()));
        QCOMPARE(items.items.first().language, QStringLiteral("fr"));
        QVERIFY(list(cache, PortalSource).items.isEmpty());

        // Refreshed with the validator of the last answer: 304, nothing changes.
        const std::optional<FeedSource> feed = feedOf(cache, added.feedId);
        QVERIFY(feed);
        QCOMPARE(feed->etag, m_etag);
        const FeedOutcome same = wait([&](auto done) { fetcher.refresh(*feed, done); });
        QVERIFY(same.notModified);
        QVERIFY(same.error.isEmpty());
        QCOMPARE(m_ifNoneMatch.last(), m_etag);

        // The feed gains an entry.
        m_items = 3;
        m_etag = "\"v3\"";
        std::optional<QList<FeedOutcome>> round;
        fetcher.refreshAll([&round](QList<FeedOutcome> outcomes) { round = outcomes; });
        QTRY_VERIFY_WITH_TIMEOUT(round.has_value(), 20000);
        QCOMPARE(round->size(), 1);
        QCOMPARE(round->first().entries, 3);
        QCOMPARE(round->first().changed, 1);
        QCOMPARE(list(cache, added.feedId).items.size(), 3);
        QCOMPARE(feedOf(cache, added.feedId)->etag, QByteArray("\"v3\""));
    }

    void sanitisedBodies()
    {
        NewsCache cache(m_dir.filePath(QStringLiteral("bodies.sqlite")));
        FeedFetcher fetcher(m_network, cache);
        const FeedOutcome added =
            wait([&](auto done) { fetcher.add(m_server->url(QStringLiteral("/feed.xml")), {}, done); });
        QVERIFY(added.feedId > 0);
        std::optional<std::optional<NewsItem>> item;
        cache.item(
            list(cache, added.feedId).items.first().key, this,
            [&item](Util::Result<std::optional<NewsItem>> result) { item = result.valueOr(std::nullopt); });
        QTRY_VERIFY(item.has_value());
        QVERIFY(item->has_value());
        const QString body = (*item)->bodyHtml;
        QVERIFY2(body.contains(m_server->url(QStringLiteral("/img/")).toString()), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("script")) && !body.contains(QStringLiteral("onerror")));
    }

    void refusesWhatIsNotAFeed()
    {
        NewsCache cache(m_dir.filePath(QStringLiteral("refused.sqlite")));
        FeedFetcher fetcher(m_network, cache);
        const FeedOutcome page =
            wait([&](auto done) { fetcher.add(m_server->url(QStringLiteral("/page.html")), {}, done); });
        QVERIFY(page.notAFeed);
        QCOMPARE(page.feedId, 0);
        QVERIFY2(page.error.contains(QStringLiteral("not an RSS or Atom feed")), qPrintable(page.error));
        QVERIFY(!feedOf(cache, 1));

        fetcher.setMaxBytes(100 * 1024);
        const FeedOutcome huge =
            wait([&](auto done) { fetcher.add(m_server->url(QStringLiteral("/huge.xml")), {}, done); });
        QCOMPARE(huge.feedId, 0);
        QVERIFY2(huge.error.contains(QStringLiteral("too large for a feed")), qPrintable(huge.error));

        const FeedOutcome local =
            wait([&](auto done) { fetcher.add(QUrl(QStringLiteral("file:///etc/passwd")), {}, done); });
        QCOMPARE(local.feedId, 0);
        QVERIFY(local.error.contains(QStringLiteral("not a web address")));
    }

    void unreachableKeepsWhatWasThere()
    {
        NewsCache cache(m_dir.filePath(QStringLiteral("gone.sqlite")));
        FeedFetcher fetcher(m_network, cache);
        const FeedOutcome added =
            wait([&](auto done) { fetcher.add(m_server->url(QStringLiteral("/feed.xml")), {}, done); });
        QVERIFY(added.feedId > 0);
        std::optional<FeedSource> feed = feedOf(cache, added.feedId);
        QVERIFY(feed);
        feed->url.setPort(1); // nothing listens there
        const FeedOutcome gone = wait([&](auto done) { fetcher.refresh(*feed, done); });
        QVERIFY(gone.offline);
        QVERIFY(!gone.error.isEmpty());
        QCOMPARE(list(cache, added.feedId).items.size(), added.entries);
        QCOMPARE(feedOf(cache, added.feedId)->lastError, gone.error);
        QCOMPARE(feedOf(cache, added.feedId)->etag, m_etag); // kept for the next try
    }

    void workingOfflineFetchesNothing()
    {
        NewsCache cache(m_dir.filePath(QStringLiteral("offline.sqlite")));
        FeedFetcher fetcher(m_network, cache);
        const FeedOutcome added =
            wait([&](auto done) { fetcher.add(m_server->url(QStringLiteral("/feed.xml")), {}, done); });
        QVERIFY(added.feedId > 0);
        const std::optional<FeedSource> feed = feedOf(cache, added.feedId);
        QVERIFY(feed);

        const int asked = m_server->requests();
        Network::OfflineMode::setOn(true);
        const FeedOutcome held = wait([&](auto done) { fetcher.refresh(*feed, done); });
        const FeedOutcome refused =
            wait([&](auto done) { fetcher.add(m_server->url(QStringLiteral("/page.html")), {}, done); });
        Network::OfflineMode::setOn(false);
        QVERIFY(held.offline);
        QVERIFY2(held.error.contains(QStringLiteral("working offline")), qPrintable(held.error));
        QVERIFY(refused.offline);
        QCOMPARE(refused.feedId, 0);
        QCOMPARE(m_server->requests(), asked);
        // What was kept stays; online again, the feed is fetched.
        QCOMPARE(list(cache, added.feedId).items.size(), added.entries);
        const FeedOutcome again = wait([&](auto done) { fetcher.refresh(*feed, done); });
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
        QCOMPARE(m_server->requests(), asked + 1);
    }
};

QTEST_GUILESS_MAIN(TestFeedFetcher)
#include "tst_feedfetcher.moc"
