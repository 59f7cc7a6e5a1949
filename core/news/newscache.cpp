#include "core/news/newscache.h"

#include "core/portal/portalurl.h"

#include <QUrl>

namespace News {

NewsCache::NewsCache(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_store(path, QStringLiteral("mmdesk-news"), [](const QString &file) {
          auto opened = NewsStore::open(file);
          if (!opened)
              return Util::Result<std::unique_ptr<NewsStore>>(
                  Util::makeError(opened.error().code,
                                  tr("The news kept on this computer (%1) cannot be opened: %2")
                                      .arg(file, opened.error().message)));
          return opened;
      })
{ }

NewsCache::~NewsCache() = default;

QString NewsCache::fileNameFor(const QUrl &portal)
{
    return QStringLiteral("news-%1.sqlite").arg(Portal::PortalUrl::fileKey(portal));
}

template<class T>
NewsCache::Done<T> NewsCache::announcing(QObject *context, Done<T> done,
                                         std::function<bool(const T &)> changes)
{
    return [this, guard = QPointer<QObject>(context), hasContext = context != nullptr, done = std::move(done),
            changes = std::move(changes)](Util::Result<T> result) {
        if (result && changes(result.value()))
            emit changed();
        if (done && (!hasContext || guard))
            done(result);
    };
}

void NewsCache::list(const NewsQuery &query, QObject *context, Done<NewsList> done)
{
    m_store.run<NewsList>(context, std::move(done), [query](NewsStore &store) { return store.list(query); });
}

void NewsCache::item(qint64 key, QObject *context, Done<std::optional<NewsItem>> done)
{
    m_store.run<std::optional<NewsItem>>(context, std::move(done),
                                         [key](NewsStore &store) { return store.item(key); });
}

void NewsCache::setRead(qint64 key, bool read, QObject *context, Done<bool> done)
{
    m_store.run<bool>(this, announcing<bool>(context, std::move(done), [](bool found) { return found; }),
                      [key, read](NewsStore &store) { return store.setRead(key, read); });
}

void NewsCache::setStarred(qint64 key, bool starred, QObject *context, Done<bool> done)
{
    m_store.run<bool>(this, announcing<bool>(context, std::move(done), [](bool found) { return found; }),
                      [key, starred](NewsStore &store) { return store.setStarred(key, starred); });
}

void NewsCache::portalSyncState(QObject *context, Done<NewsSyncState> done)
{
    m_store.run<NewsSyncState>(context, std::move(done),
                               [](NewsStore &store) { return store.portalSyncState(); });
}

void NewsCache::applyPortalPage(const NewsPage &page, QObject *context, Done<AppliedPage> done)
{
    m_store.run<AppliedPage>(
        this,
        announcing<AppliedPage>(context, std::move(done),
                                [](const AppliedPage &applied) { return applied.changed > 0; }),
        [page](NewsStore &store) -> Util::Result<AppliedPage> {
            AppliedPage applied;
            NewsPage clean = page;
            for (NewsItem &item : clean.items) {
                item.sanitiseBody();
                if (item.imageUrl.isValid())
                    applied.images << item.imageUrl;
                applied.images << item.bodyImages;
            }
            auto changed = store.applyPortalPage(clean, QDateTime::currentDateTimeUtc());
            if (!changed)
                return changed.error();
            applied.changed = changed.value();
            return applied;
        });
}

void NewsCache::markPortalSyncComplete(QObject *context, Done<void> done)
{
    m_store.run<void>(context, std::move(done), [](NewsStore &store) {
        return store.markPortalSyncComplete(QDateTime::currentDateTimeUtc());
    });
}

void NewsCache::feeds(QObject *context, Done<QList<FeedSource>> done)
{
    m_store.run<QList<FeedSource>>(context, std::move(done), [](NewsStore &store) { return store.feeds(); });
}

void NewsCache::addFeed(const QUrl &url, const QString &name, QObject *context, Done<qint64> done)
{
    m_store.run<qint64>(context, std::move(done), [url, name](NewsStore &store) {
        return store.addFeed(url, name, QDateTime::currentDateTimeUtc());
    });
}

void NewsCache::removeFeed(qint64 id, QObject *context, Done<bool> done)
{
    m_store.run<bool>(this, announcing<bool>(context, std::move(done), [](bool removed) { return removed; }),
                      [id](NewsStore &store) { return store.removeFeed(id); });
}

void NewsCache::storeFeedItems(qint64 source, const QList<NewsItem> &items, QObject *context, Done<int> done)
{
    m_store.run<int>(this, announcing<int>(context, std::move(done), [](int rows) { return rows > 0; }),
                     [source, items](NewsStore &store) { return store.storeFeedItems(source, items); });
}

void NewsCache::noteFeedFetch(qint64 id, const QByteArray &etag, const QByteArray &lastModified,
                              const QString &name, const QString &error, QObject *context, Done<void> done)
{
    m_store.run<void>(context, std::move(done), [=](NewsStore &store) {
        return store.noteFeedFetch(id, etag, lastModified, name, error, QDateTime::currentDateTimeUtc());
    });
}

} // namespace News
