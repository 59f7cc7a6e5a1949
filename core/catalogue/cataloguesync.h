#pragma once

#include "core/catalogue/catalogueapi.h"
#include "core/catalogue/cataloguestore.h"
#include "core/portal/apierror.h"

#include <QObject>

#include <functional>

namespace Portal {
class PortalClient;
}

namespace Catalogue {

class CatalogueCache;

// Keeps the cache in step with the portal by incremental sync: GET /videos
// with updated_since (the newest updated_at applied so far; the first sync
// starts from the epoch and so walks the whole catalogue, oldest change
// first), page after page, each page and its deletions applied with the new
// watermark in one transaction. An interrupted sync resumes from the last
// page applied. One sync runs at a time.
class CatalogueSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueSync)

public:
    CatalogueSync(Portal::PortalClient &client, CatalogueCache &cache, QObject *parent = nullptr);

    void setPageSize(int limit) { m_pageSize = limit; }
    bool isRunning() const { return m_running; }
    // Starts a sync unless one is running.
    void start();

    // GET /tags, keeping the tags that name videos.
    void fetchTags(QObject *context, std::function<void(Portal::ApiResult<QList<TagCount>>)> done);

signals:
    void started();
    // `changed` videos were stored or removed by the page just applied.
    void pageApplied(int changed);
    // The cache is up to date; `changed` videos changed in this sync.
    void finished(int changed);
    // offline: the portal could not be reached (the cache still answers).
    void failed(const QString &message, bool offline);

private:
    void fetchPage();
    void fail(const QString &message, bool offline);

    Portal::PortalClient &m_client;
    CatalogueApi m_api;
    CatalogueCache &m_cache;
    int m_pageSize = 200;
    bool m_running = false;
    QDateTime m_since;
    QString m_cursor;
    int m_pages = 0;
    int m_changed = 0;
};

} // namespace Catalogue
