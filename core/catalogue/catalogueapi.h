#pragma once

#include "core/catalogue/video.h"
#include "core/portal/apierror.h"
#include "core/portal/listpage.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

class QObject;

namespace Portal {
class PortalClient;
}

namespace Catalogue {

// One page of GET /videos.
struct VideoPage
{
    QList<Video> items;
    // Incremental sync: videos the portal removed, and when.
    using Deletion = Portal::Deletion;
    QList<Deletion> deletions;
    QString nextCursor; // empty on the last page
};

// What GET /videos is asked for; every member is optional.
struct VideoListQuery
{
    int limit = 50; // 1..200
    QString cursor;
    QString text; // q
    QString tag;
    QDateTime from;
    QDateTime to;
    QDateTime updatedSince;
};

// The contract's public video calls.
class CatalogueApi final
{
public:
    explicit CatalogueApi(Portal::PortalClient &client) : m_client(client) { }

    void video(const QString &id, QObject *context, std::function<void(Portal::ApiResult<Video>)> done);
    // Items that do not parse as videos are left out (and logged), not fatal.
    void videos(const VideoListQuery &query, QObject *context,
                std::function<void(Portal::ApiResult<VideoPage>)> done);

private:
    Portal::PortalClient &m_client;
};

} // namespace Catalogue
