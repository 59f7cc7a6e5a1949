#pragma once

#include "core/news/newsapi.h"

#include <QDateTime>
#include <QObject>

namespace Portal {
class PortalClient;
}

namespace News {

class NewsCache;

// Keeps the portal's news in the cache by incremental sync: GET /news with
// updated_since (the newest updated_at applied so far; the first sync starts
// from the epoch and walks every item, oldest change first), page after page,
// each page with its deletions and the new watermark applied in one
// transaction, so that an interrupted sync goes on where it stopped. One
// sync runs at a time.
class NewsSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsSync)

public:
    NewsSync(Portal::PortalClient &client, NewsCache &cache, QObject *parent = nullptr);

    void setPageSize(int limit) { m_pageSize = limit; }
    bool isRunning() const { return m_running; }
    // Starts a sync unless one is running.
    void start();

signals:
    void started();
    // `changed` items were stored or removed by the page just applied;
    // `applied` items in this sync so far.
    void pageApplied(int changed, int applied);
    // Pictures of the articles just received (image_url and the bodies'),
    // for an image cache to fetch so that they read complete offline.
    void imagesFound(const QList<QUrl> &urls);
    // The news is up to date; `changed` items changed in this sync.
    void finished(int changed);
    // offline: the portal could not be reached (what was kept still reads).
    void failed(const QString &message, bool offline);

private:
    void fetchPage();
    void fail(const QString &message, bool offline);

    NewsApi m_api;
    NewsCache &m_cache;
    int m_pageSize = 200;
    bool m_running = false;
    QDateTime m_since;
    QString m_cursor;
    int m_pages = 0;
    int m_changed = 0;
    int m_applied = 0;
};

} // namespace News
