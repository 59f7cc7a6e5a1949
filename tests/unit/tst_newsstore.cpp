// NewsStore on a real SQLite file: portal pages with updates and deletions,
// read and starred kept across syncs, search that folds accents in French
// and English, keyset paging, and feeds.

#include "core/news/newsstore.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace News;

namespace {

const QDateTime Base(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc());

NewsItem article(int n, const QString &title, const QString &text = QString())
{
    NewsItem item;
    item.id = QStringLiteral("n-%1").arg(n);
    item.title = title;
    item.summary = QStringLiteral("Summary %1").arg(n);
    item.bodyHtml = QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    item.bodyText = text;
    item.publishedAt = Base.addSecs(3600 * n);
    item.updatedAt = item.publishedAt;
    item.tags = {QStringLiteral("Summit")};
    item.location = QStringLiteral("Brussels, Belgium");
    return item;
}

QStringList ids(const NewsList &list)
{
    QStringList result;
    for (const NewsItem &item : list.items)
        result << item.id;
    return result;
}

} // namespace

class TestNewsStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<NewsStore> m_store;

    NewsList list(const NewsQuery &query)
    {
        auto listed = m_store->list(query);
        if (!listed)
            qWarning() << listed.error().message;
        return listed ? listed.value() : NewsList();
    }

    qint64 keyOf(const QString &id)
    {
        for (const NewsItem &item : list(NewsQuery {}).items) {
            if (item.id == id)
                return item.key;
        }
        return 0;
    }

private slots:
    void init()
    {
        m_store.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("news.sqlite")));
        auto opened = NewsStore::open(m_dir.filePath(QStringLiteral("news.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        m_store = std::move(opened).value();
    }

    void pagesUpdatesAndDeletions()
    {
        NewsPage first;
        for (int n = 1; n <= 3; ++n)
            first.items << article(n, QStringLiteral("Article %1").arg(n));
        const auto applied = m_store->applyPortalPage(first, Base);
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error().message));
        QCOMPARE(applied.value(), 3);
        QCOMPARE(m_store->portalSyncState().value().watermark, Base.addSecs(3 * 3600));
        QCOMPARE(ids(list({})),
                 (QStringList {QStringLiteral("n-3"), QStringLiteral("n-2"), QStringLiteral("n-1")}));

        // Read and starred are this computer's: an update keeps them.
        const qint64 second = keyOf(QStringLiteral("n-2"));
        QVERIFY(m_store->setRead(second, true).value());
        QVERIFY(m_store->setStarred(second, true).value());
        NewsPage update;
        NewsItem changed = article(2, QStringLiteral("Article 2, updated"));
        changed.updatedAt = Base.addDays(2);
        update.items << changed;
        update.deletions << NewsPage::Deletion {QStringLiteral("n-3"), Base.addDays(3)};
        QCOMPARE(m_store->applyPortalPage(update, Base.addDays(3)).value(), 2);
        QCOMPARE(m_store->portalSyncState().value().watermark, Base.addDays(3));
        const auto kept = m_store->item(second).value();
        QVERIFY(kept);
        QCOMPARE(kept->title, QStringLiteral("Article 2, updated"));
        QVERIFY(kept->read);
        QVERIFY(kept->starred);
        QCOMPARE(ids(list({})), (QStringList {QStringLiteral("n-2"), QStringLiteral("n-1")}));

        // An older copy arriving late neither replaces the newer one nor
        // brings back what was deleted.
        NewsPage late;
        late.items << article(2, QStringLiteral("Article 2")) << article(3, QStringLiteral("Article 3"));
        QCOMPARE(m_store->applyPortalPage(late, Base.addDays(3)).value(), 0);
        QCOMPARE(m_store->item(second).value()->title, QStringLiteral("Article 2, updated"));
        QCOMPARE(keyOf(QStringLiteral("n-3")), 0);
        // Published again later: it is back.
        NewsItem again = article(3, QStringLiteral("Article 3 again"));
        again.updatedAt = Base.addDays(4);
        QCOMPARE(m_store->applyPortalPage(NewsPage {{again}, {}, {}}, Base.addDays(4)).value(), 1);
        QVERIFY(keyOf(QStringLiteral("n-3")) > 0);
    }

    void searchFoldsAccentsAndRanksTitlesFirst_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("french word without accents")
            << QStringLiteral("securite") << QStringList {QStringLiteral("n-1")};
        QTest::newRow("french word with accents")
            << QStringLiteral("Sécurité") << QStringList {QStringLiteral("n-1")};
        QTest::newRow("letters without decomposition")
            << QStringLiteral("vorsund") << QStringList {QStringLiteral("n-2")};
        QTest::newRow("prefix of an english word")
            << QStringLiteral("interc") << QStringList {QStringLiteral("n-3")};
        QTest::newRow("title before body")
            << QStringLiteral("munitions") << QStringList {QStringLiteral("n-2"), QStringLiteral("n-3")};
        QTest::newRow("every word") << QStringLiteral("munitions interceptors")
                                    << QStringList {QStringLiteral("n-3")};
        QTest::newRow("operators are words") << QStringLiteral("munitions OR sécurité") << QStringList {};
        // Equal matches: any order (bm25 weighs each row's length).
        QTest::newRow("tag") << QStringLiteral(
            "summit") << QStringList {QStringLiteral("n-1"), QStringLiteral("n-2"), QStringLiteral("n-3")};
    }

    void searchFoldsAccentsAndRanksTitlesFirst()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        NewsPage page;
        page.items << article(1, QStringLiteral("Conférence de presse sur la sécurité"),
                              QStringLiteral("Le Secrétaire général a répondu aux questions."))
                   << article(2, QStringLiteral("Munitions production doubles"),
                              QStringLiteral("Annelie Vørsund welcomed the figures."))
                   << article(3, QStringLiteral("Air defence targets"),
                              QStringLiteral("Interceptors lag behind; munitions output grows."));
        QVERIFY(m_store->applyPortalPage(page, Base).ok());
        NewsQuery query;
        query.text = text;
        QStringList found = ids(list(query));
        if (QTest::currentDataTag() == QByteArrayView("tag"))
            found.sort();
        QCOMPARE(found, expected);
    }

    void filtersAndKeysetPaging()
    {
        NewsPage page;
        for (int n = 1; n <= 25; ++n) {
            NewsItem item = article(n, QStringLiteral("Item %1").arg(n));
            item.kind = n % 5 == 0 ? QStringLiteral("speech") : QStringLiteral("news");
            if (n % 2 == 0)
                item.tags = {QStringLiteral("Ukraine")};
            page.items << item;
        }
        QVERIFY(m_store->applyPortalPage(page, Base).ok());
        QStringList walked;
        NewsQuery query;
        query.limit = 10;
        for (;;) {
            const NewsList chunk = list(query);
            walked << ids(chunk);
            if (chunk.atEnd)
                break;
            query.after = NewsPosition::of(chunk.items.last());
        }
        QCOMPARE(walked.size(), 25);
        QCOMPARE(walked.first(), QStringLiteral("n-25"));
        QCOMPARE(walked.last(), QStringLiteral("n-1"));
        QCOMPARE(QSet<QString>(walked.cbegin(), walked.cend()).size(), 25);

        NewsQuery speeches;
        speeches.kind = QStringLiteral("speech");
        QCOMPARE(list(speeches).items.size(), 5);
        NewsQuery tagged;
        tagged.tag = QStringLiteral("ukraine");
        QCOMPARE(list(tagged).items.size(), 12);
        QVERIFY(m_store->setRead(keyOf(QStringLiteral("n-4")), true).value());
        QVERIFY(m_store->setStarred(keyOf(QStringLiteral("n-7")), true).value());
        NewsQuery unread;
        unread.unreadOnly = true;
        QCOMPARE(list(unread).items.size(), 24);
        NewsQuery starred;
        starred.starredOnly = true;
        QCOMPARE(ids(list(starred)), QStringList {QStringLiteral("n-7")});
        QVERIFY(!m_store->setRead(999999, true).value());
    }

    void feedsKeepTheirOwnItems()
    {
        const QUrl url(QStringLiteral("https://news.example.org/feed.xml"));
        const qint64 feed = m_store->addFeed(url, QStringLiteral("Example"), Base).value();
        QVERIFY(feed > 0);
        QCOMPARE(m_store->addFeed(url, QString(), Base).value(), feed); // the same feed
        // The same id in the portal and in a feed are two items.
        QVERIFY(
            m_store->applyPortalPage(NewsPage {{article(1, QStringLiteral("Portal"))}, {}, {}}, Base).ok());
        QCOMPARE(m_store->storeFeedItems(feed, {article(1, QStringLiteral("Feed"))}).value(), 1);
        NewsQuery fromFeed;
        fromFeed.source = feed;
        QCOMPARE(list(fromFeed).items.first().title, QStringLiteral("Feed"));
        NewsQuery fromPortal;
        fromPortal.source = PortalSource;
        QCOMPARE(list(fromPortal).items.first().title, QStringLiteral("Portal"));

        QVERIFY(m_store
                    ->noteFeedFetch(feed, "\"v1\"", "Tue, 03 Mar 2026 10:00:00 GMT",
                                    QStringLiteral("Ignored"), QString(), Base)
                    .ok());
        // A failed fetch keeps the validators of the last good one.
        QVERIFY(m_store->noteFeedFetch(feed, "", "", QString(), QStringLiteral("HTTP 500"), Base.addDays(1))
                    .ok());
        const auto stored = m_store->feed(feed).value();
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Example"));
        QCOMPARE(stored->etag, QByteArray("\"v1\""));
        QCOMPARE(stored->lastError, QStringLiteral("HTTP 500"));
        QCOMPARE(stored->fetchedAt, Base);

        // An entry without a date is dated by its first fetch; later fetches,
        // which date it anew, change nothing.
        NewsItem undated = article(9, QStringLiteral("Undated"));
        undated.dateGuessed = true;
        QCOMPARE(m_store->storeFeedItems(feed, {undated}).value(), 1);
        undated.publishedAt = undated.updatedAt = Base.addDays(9);
        QCOMPARE(m_store->storeFeedItems(feed, {undated}).value(), 0);
        undated.title = QStringLiteral("Undated, retitled");
        QCOMPARE(m_store->storeFeedItems(feed, {undated}).value(), 1);
        const NewsList kept = list(fromFeed);
        QCOMPARE(kept.items.first().title, QStringLiteral("Undated, retitled"));
        QCOMPARE(kept.items.first().publishedAt, Base.addSecs(3600 * 9));

        QVERIFY(m_store->removeFeed(feed).value());
        QVERIFY(list(fromFeed).items.isEmpty());
        QCOMPARE(list({}).items.size(), 1);
        QVERIFY(!m_store->removeFeed(feed).value());
    }
};

QTEST_GUILESS_MAIN(TestNewsStore)
#include "tst_newsstore.moc"
