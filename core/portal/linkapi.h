#pragma once

#include "core/portal/apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QUrl>

#include <functional>

class QObject;

namespace Portal {

class PortalClient;

// POST /videos/{id}/renditions/{rendition_id}/link: a signed URL on any host,
// fetched without an Authorization header, valid until expiresAt.
struct DownloadLink
{
    QUrl url;
    QDateTime expiresAt;
    qint64 sizeBytes = -1;
    QByteArray sha256; // lowercase hex
    QByteArray etag; // may be empty

    static std::optional<DownloadLink> fromJson(const QJsonObject &object);
};

class LinkApi final
{
public:
    explicit LinkApi(PortalClient &client) : m_client(client) { }

    void requestLink(const QString &videoId, const QString &renditionId, QObject *context,
                     std::function<void(ApiResult<DownloadLink>)> done);

private:
    PortalClient &m_client;
};

} // namespace Portal
