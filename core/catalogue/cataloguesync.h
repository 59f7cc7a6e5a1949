#pragma once

#include "core/catalogue/catalogueapi.h"
#include "core/catalogue/cataloguestore.h"
#include "core/portal/apierror.h"
#include "core/portal/incrementalsync.h"

#include <QObject>

#include <functional>

namespace Portal {
class PortalClient;
}

namespace Catalogue {

class CatalogueCache;

// Keeps the cache in step with the portal: GET /videos with updated_since,
// walked by Portal::IncrementalSync, each page and its deletions applied
// with the new watermark in one transaction.
class CatalogueSync final : public Portal::IncrementalSync
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueSync)

public:
    CatalogueSync(Portal::PortalClient &client, CatalogueCache &cache, QObject *parent = nullptr);

    // GET /tags, keeping the tags that name videos.
    void fetchTags(QObject *context, std::function<void(Portal::ApiResult<QList<TagCount>>)> done);

private:
    void readWatermark(std::function<void(Util::Result<QDateTime>)> done) override;
    void syncPage(const QString &cursor, const QDateTime &since, int limit,
                  std::function<void(PageOutcome)> done) override;
    void markComplete(std::function<void(Util::Result<void>)> done) override;
    QString endlessMessage() const override;

    Portal::PortalClient &m_client;
    CatalogueApi m_api;
    CatalogueCache &m_cache;
};

} // namespace Catalogue
