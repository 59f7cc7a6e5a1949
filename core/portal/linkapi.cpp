#include "core/portal/linkapi.h"

#include "core/portal/accounttypes.h"
#include "core/portal/portalclient.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Portal {

std::optional<DownloadLink> DownloadLink::fromJson(const QJsonObject &object)
{
    DownloadLink link;
    link.url = QUrl(object.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    link.expiresAt = parseTimestamp(object.value(QStringLiteral("expires_at")).toString());
    // An integer or nothing: a number past 2^63 (or a fraction) is refused,
    // never cast.
    link.sizeBytes = object.value(QStringLiteral("size_bytes")).toInteger(-1);
    link.sha256 = object.value(QStringLiteral("sha256")).toString().toLower().toLatin1();
    link.etag = object.value(QStringLiteral("etag")).toString().toLatin1();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QString scheme = link.url.scheme();
    if (!link.url.isValid() || (scheme != u"http" && scheme != u"https") || link.url.host().isEmpty()
        || link.sizeBytes < 0 || !hex.match(QString::fromLatin1(link.sha256)).hasMatch())
        return std::nullopt;
    return link;
}

void LinkApi::requestLink(const QString &videoId, const QString &renditionId, QObject *context,
                          std::function<void(ApiResult<DownloadLink>)> done)
{
    ApiRequest request;
    request.method = "POST";
    // IDs are opaque: percent-encode them as path segments.
    request.path = QStringLiteral("videos/%1/renditions/%2/link")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(videoId)),
                            QString::fromLatin1(QUrl::toPercentEncoding(renditionId)));
    request.body = QJsonObject {};
    request.authenticated = true;
    m_client.send(std::move(request), context, [done = std::move(done)](ApiResult<ApiResponse> result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        auto link = DownloadLink::fromJson(result.value().json.object());
        if (!link) {
            done(ApiError::invalidResponse(QStringLiteral("download link")));
            return;
        }
        done(std::move(*link));
    });
}

} // namespace Portal
