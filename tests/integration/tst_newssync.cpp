// NewsSync against the reference portal over loopback: a first sync walks
// every page, a later one brings an update, a deletion and a new article
// and nothing else, an interrupted sync goes on from its watermark, and
// with the portal gone what was kept still lists and searches.

#include "core/news/newscache.h"
#include "core/news/newssync.h"
#include "core/portal/portalclient.h"
#include "tests/support/loopbackhttpserver.h"
#include "tests/support/newscontent.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace News;

namespace {

const QDateTime Base(QDate(2026, 4, 1), QTime(8, 0), QTimeZone::utc());

bool writeNews(const QString &content, int n, const QString &title, const QDateTime &updatedAt)
{
    return TestSupport::writeNewsArticle(
        content, TestSupport::newsArticle(n, title, Base.addSecs(600 * n), updatedAt));
}

QList<TestSupport::LoggedRequest> newsRequests(const QList<TestSupport::LoggedRequest> &all, qsizetype from)
{
    QList<TestSupport::LoggedRequest> found;
    for (const auto &request : all.mid(from)) {
        if (request.path.endsWith(QStringLiteral("/news")))
            found << request;
    }
    return found;
}

} // namespace

class TestNewsSync final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_data;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;

    // Runs one sync to its end; returns how many items it applied, or -1.
    int syncToEnd(NewsCache &cache, int pageSize = 10)
    {
        NewsSync sync(*m_client, cache);
        sync.setPageSize(pageSize);
        QSignalSpy finished(&sync, &NewsSync::finished);
        QSignalSpy failed(&sync, &NewsSync::failed);
        int applied = 0;
        connect(&sync, &NewsSync::pageApplied, this, [&applied](int, int total) { applied = total; });
        sync.start();
        if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, 30000)
            || finished.isEmpty()) {
            qWarning() << "sync did not finish:" << (failed.isEmpty() ? QVariant() : failed.first().first());
            return -1;
        }
        return applied;
    }

    NewsList listed(NewsCache &cache, const NewsQuery &query)
    {
        std::optional<Util::Result<NewsList>> answer;
        cache.list(query, this, [&answer](Util::Result<NewsList> result) { answer = std::move(result); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
            return {};
        return answer->value();
    }

    NewsSyncState state(NewsCache &cache)
    {
        std::optional<Util::Result<NewsSyncState>> answer;
        cache.portalSyncState(this,
                              [&answer](Util::Result<NewsSyncState> result) { answer = std::move(result); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
            return {};
        return answer->value();
    }

    std::optional<NewsItem> byId(NewsCache &cache, const QString &id)
    {
        NewsQuery all;
        all.limit = 1000;
        for (const NewsItem &item : listed(cache, all).items) {
            if (item.id != id)
                continue;
            std::optional<Util::Result<std::optional<NewsItem>>> answer;
            cache.item(item.key, this, [&answer](auto result) { answer = std::move(result); });
            if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
                return std::nullopt;
            return answer->value();
        }
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        for (int n = 1; n <= 45; ++n)
            QVERIFY(writeNews(m_content.path(), n, QStringLiteral("Release %1").arg(n),
                              Base.addSecs(600 * n + 60)));
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
    }

    void syncPagesThenBringsOnlyWhatChanged()
    {
        NewsCache cache(m_data.filePath(QStringLiteral("paged.sqlite")));
        qsizetype mark = m_portal.requests().size();
        QCOMPARE(syncToEnd(cache), 45);
        QCOMPARE(newsRequests(m_portal.requests(), mark).size(), 5); // 10 a page
        QCOMPARE(state(cache).itemCount, 45);

        // What the portal sent was sanitised before it was kept.
        const auto first = byId(cache, QStringLiteral("n-01"));
        QVERIFY(first);
        QVERIFY2(first->bodyHtml.contains(QStringLiteral("Paragraph 1 of the release.")),
                 qPrintable(first->bodyHtml));
        QVERIFY(!first->bodyHtml.contains(QStringLiteral("script"), Qt::CaseInsensitive));
        QVERIFY(!first->bodyHtml.contains(QStringLiteral("onclick"), Qt::CaseInsensitive));
        QVERIFY(!first->bodyHtml.contains(QStringLiteral("javascript"), Qt::CaseInsensitive));
        QVERIFY(first->bodyHtml.contains(QStringLiteral("a link")));
        QCOMPARE(first->link, QUrl(QStringLiteral("https://portal.example.org/news/1")));

        // An update, a deletion and a new article, seen at the next load.
        QVERIFY(writeNews(m_content.path(), 7, QStringLiteral("Release 7, corrected"), Base.addDays(5)));
        QVERIFY(QFile::remove(TestSupport::newsFile(m_content.path(), 12)));
        QVERIFY(writeNews(m_content.path(), 46, QStringLiteral("Release 46"), Base.addDays(5)));
        QVERIFY(m_portal.reloadContent());
        mark = m_portal.requests().size();
        // The three changes, and the article at the watermark once more.
        QCOMPARE(syncToEnd(cache), 4);
        QCOMPARE(newsRequests(m_portal.requests(), mark).size(), 1);
        QCOMPARE(state(cache).itemCount, 45);
        QCOMPARE(byId(cache, QStringLiteral("n-07"))->title, QStringLiteral("Release 7, corrected"));
        QVERIFY(!byId(cache, QStringLiteral("n-12")));
        QVERIFY(byId(cache, QStringLiteral("n-46")));
    }

    void interruptedSyncGoesOnFromItsWatermark()
    {
        NewsCache cache(m_data.filePath(QStringLiteral("interrupted.sqlite")));
        {
            NewsSync sync(*m_client, cache);
            sync.setPageSize(10);
            QSignalSpy pages(&sync, &NewsSync::pageApplied);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(pages.size() >= 2, 20000);
        } // stopped half-way: the pages applied are kept
        const int kept = state(cache).itemCount;
        QVERIFY2(kept >= 20 && kept < 45, qPrintable(QString::number(kept)));
        // The next sync asks only for what came after the watermark (the
        // item at the watermark itself once more).
        const int applied = syncToEnd(cache);
        QCOMPARE(applied, 46 - kept + 1); // and the deletion of n-12
        QCOMPARE(state(cache).itemCount, 45);
    }

    void busyPortalIsWaitedOut()
    {
        // 503 with Retry-After on /news: the sync waits at least that long,
        // asks again and goes on.
        QElapsedTimer clock;
        clock.start();
        QList<qint64> askedAt;
        TestSupport::LoopbackHttpServer busy([&](const TestSupport::LoopbackHttpServer::Request &) {
            askedAt << clock.elapsed();
            TestSupport::LoopbackHttpServer::Answer answer;
            answer.contentType = "application/json";
            if (askedAt.size() == 1) {
                answer.status = "503 Service Unavailable";
                answer.extraHeaders = "Retry-After: 2\r\n";
                answer.body = R"({"error":{"code":"maintenance","message":"Back in a moment."}})";
                return answer;
            }
            QJsonArray items;
            for (int n = 1; n <= 3; ++n)
                items.append(TestSupport::newsArticle(n, QStringLiteral("Release %1").arg(n),
                                                      Base.addSecs(60 * n), Base.addSecs(60 * n)));
            answer.body = QJsonDocument(QJsonObject {{QStringLiteral("items"), items},
                                                     {QStringLiteral("next_cursor"), QJsonValue()}})
                              .toJson(QJsonDocument::Compact);
            return answer;
        });
        QVERIFY(busy.listen());
        Portal::PortalClient client(m_network, busy.url(QStringLiteral("/api/v1")));
        NewsCache cache(m_data.filePath(QStringLiteral("busy.sqlite")));
        NewsSync sync(client, cache);
        QSignalSpy finished(&sync, &NewsSync::finished);
        QSignalSpy failed(&sync, &NewsSync::failed);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QCOMPARE(askedAt.size(), 2);
        QVERIFY2(askedAt.at(1) - askedAt.at(0) >= 2000,
                 qPrintable(QString::number(askedAt.at(1) - askedAt.at(0))));
        QCOMPARE(state(cache).itemCount, 3);
    }

    void offlineTheKeptNewsStillReads()
    {
        NewsCache cache(m_data.filePath(QStringLiteral("offline.sqlite")));
        QVERIFY(syncToEnd(cache, 200) > 0);
        QVERIFY(m_portal.stop());
        NewsSync sync(*m_client, cache);
        QSignalSpy failed(&sync, &NewsSync::failed);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
        QVERIFY(failed.first().at(1).toBool()); // offline
        NewsQuery search;
        search.text = QStringLiteral("securite energetique");
        const NewsList french = listed(cache, search);
        QCOMPARE(french.items.size(), 10); // every fourth, but n-12
        for (const NewsItem &item : french.items)
            QCOMPARE(item.language, QStringLiteral("fr"));
        search.text = QStringLiteral("Bruxelles");
        QCOMPARE(listed(cache, search).items.size(), 10);
        QCOMPARE(listed(cache, NewsQuery {}).items.size(), 45);
    }
};

QTEST_GUILESS_MAIN(TestNewsSync)
#include "tst_newssync.moc"
