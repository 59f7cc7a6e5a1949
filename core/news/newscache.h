#pragma once

#include "core/news/newsstore.h"
#include "core/storage/storethread.h"

#include <QObject>

namespace News {

// The news kept on this computer (NewsStore), used from the GUI thread
// without waiting on the disk: every call runs on the cache's own thread, in
// the order it was made, and answers in `context`'s thread (not at all once
// `context` is gone). A file that cannot be opened is set aside and made
// afresh; if that fails too, every call fails with the reason.
class NewsCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsCache)

public:
    template<class T>
    using Done = std::function<void(Util::Result<T>)>;

    explicit NewsCache(const QString &path, QObject *parent = nullptr);
    ~NewsCache() override;

    QString path() const { return m_path; }
    // The file that keeps `portal`'s news ("news-<hash>.sqlite"): one per
    // portal, as the video catalogue.
    static QString fileNameFor(const QUrl &portal);

    void list(const NewsQuery &query, QObject *context, Done<NewsList> done);
    void item(qint64 key, QObject *context, Done<std::optional<NewsItem>> done);
    void setRead(qint64 key, bool read, QObject *context = nullptr, Done<bool> done = {});
    void setStarred(qint64 key, bool starred, QObject *context = nullptr, Done<bool> done = {});
    void portalSyncState(QObject *context, Done<NewsSyncState> done);
    // What applying a page of the portal's news came to.
    struct AppliedPage
    {
        int changed = 0; // rows stored, updated or removed
        QList<QUrl> images; // image_url and the bodies' pictures, for the image cache
    };
    // Sanitises the page's bodies and applies it, both on the cache's thread.
    void applyPortalPage(const NewsPage &page, QObject *context, Done<AppliedPage> done);
    void markPortalSyncComplete(QObject *context, Done<void> done);
    void feeds(QObject *context, Done<QList<FeedSource>> done);
    void addFeed(const QUrl &url, const QString &name, QObject *context, Done<qint64> done);
    void removeFeed(qint64 id, QObject *context, Done<bool> done);
    void storeFeedItems(qint64 source, const QList<NewsItem> &items, QObject *context, Done<int> done);
    void noteFeedFetch(qint64 id, const QByteArray &etag, const QByteArray &lastModified, const QString &name,
                       const QString &error, QObject *context, Done<void> done);

signals:
    // Items were added, changed or removed (or their read/starred state):
    // lists may be out of date.
    void changed();

private:
    // done(result), and changed() first when `changes` says rows changed.
    template<class T>
    Done<T> announcing(QObject *context, Done<T> done, std::function<bool(const T &)> changes);

    QString m_path;
    Storage::StoreThread<NewsStore> m_store;
};

} // namespace News
