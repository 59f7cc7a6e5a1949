#pragma once

#include "core/news/newsitem.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace Storage {
class Database;
}

namespace News {

// Where a newest-first list stopped: (published_at, key). The next page
// starts after it.
struct NewsPosition
{
    qint64 publishedMs = 0;
    qint64 key = 0;

    bool isValid() const { return key > 0; }
    static NewsPosition of(const NewsItem &item);
};

// A query of the news kept on this computer; every filter is optional.
struct NewsQuery
{
    // Every word, accents and case ignored, the last as a prefix; best match
    // first among the 2,000 newest matches.
    QString text;
    std::optional<qint64> source; // PortalSource or a feed
    QString kind;
    QString tag;
    QDateTime from; // published_at >= from
    QDateTime to; // published_at <= to
    bool unreadOnly = false;
    bool starredOnly = false;
    NewsPosition after; // newest-first lists only (no text)
    int limit = 100;
};

struct NewsList
{
    QList<NewsItem> items; // without bodyHtml/bodyText, as lists show them
    bool atEnd = true;
};

// An RSS or Atom feed a person follows, and what its last fetch learnt.
struct FeedSource
{
    qint64 id = 0;
    QUrl url;
    QString name;
    QByteArray etag; // for If-None-Match
    QByteArray lastModified; // for If-Modified-Since
    QDateTime fetchedAt; // the last answer, 200 or 304
    QString lastError; // empty when the last fetch worked
    QDateTime addedAt;
};

// How fresh the portal's news is.
struct NewsSyncState
{
    // The newest updated_at an incremental sync has applied; invalid before
    // the first.
    QDateTime watermark;
    QDateTime syncedAt; // a page was last applied (this computer's clock)
    QDateTime completedAt; // a sync last reached the end
    int itemCount = 0;

    QDateTime asOf() const { return completedAt.isValid() ? completedAt : syncedAt; }
};

// The news of one portal and of the feeds followed beside it, in SQLite:
// one row per item and source, read and starred kept across syncs, an FTS5
// index over title, summary, body text, tags and location that ignores case
// and accents (French and English), and keyset paging newest first.
// Synchronous, owned by one thread (NewsCache runs it on its own).
class NewsStore final
{
    Q_DECLARE_TR_FUNCTIONS(News::NewsStore)

public:
    static Util::Result<std::unique_ptr<NewsStore>> open(const QString &path);
    ~NewsStore();
    NewsStore(const NewsStore &) = delete;
    NewsStore &operator=(const NewsStore &) = delete;

    // One page of the portal's incremental sync, in one transaction: its
    // items, its deletions and the watermark moved to the newest updated_at
    // in it. Returns how many rows changed.
    Util::Result<int> applyPortalPage(const NewsPage &page, const QDateTime &now);
    Util::Result<void> markPortalSyncComplete(const QDateTime &now);
    Util::Result<NewsSyncState> portalSyncState();

    // A feed's entries as its last fetch listed them (a feed has no
    // deletions: entries that left it stay). Returns how many rows changed.
    Util::Result<int> storeFeedItems(qint64 source, const QList<NewsItem> &items);

    Util::Result<qint64> addFeed(const QUrl &url, const QString &name, const QDateTime &now);
    Util::Result<QList<FeedSource>> feeds();
    Util::Result<std::optional<FeedSource>> feed(qint64 id);
    // The validators and outcome of a fetch (error empty: it worked).
    Util::Result<void> noteFeedFetch(qint64 id, const QByteArray &etag, const QByteArray &lastModified,
                                     const QString &name, const QString &error, const QDateTime &now);
    // Removes the feed and its items. False when there was no such feed.
    Util::Result<bool> removeFeed(qint64 id);

    Util::Result<NewsList> list(const NewsQuery &query);
    Util::Result<std::optional<NewsItem>> item(qint64 key);
    // False when there is no such item.
    Util::Result<bool> setRead(qint64 key, bool read);
    Util::Result<bool> setStarred(qint64 key, bool starred);

private:
    explicit NewsStore(std::unique_ptr<Storage::Database> db);
    Util::Result<int> upsert(const NewsItem &item);
    Util::Result<int> remove(qint64 source, const QString &id, const QDateTime &deletedAt);
    Util::Result<QString> meta(const QString &key);
    Util::Result<void> setMeta(const QString &key, const QString &value);

    std::unique_ptr<Storage::Database> m_db;
};

} // namespace News
