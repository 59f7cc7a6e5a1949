#include "core/portal/portalprobe.h"

#include "core/portal/listpage.h"
#include "core/portal/portalclient.h"
#include "core/portal/retrypolicy.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace Portal {

void probePortal(QNetworkAccessManager &network, const QUrl &portal, QObject *context,
                 std::function<void(std::optional<ApiError>)> done)
{
    auto client = std::make_shared<PortalClient>(network, portal);
    RetryPolicy once;
    once.maxAttempts = 1;
    client->setRetryPolicy(once);
    client->setTransferTimeout(std::chrono::seconds(15));
    ApiRequest request;
    request.path = QStringLiteral("news");
    request.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    // The client lives until its answer is in, and goes once it has
    // returned from delivering it.
    client->send(std::move(request), context,
                 [client, done = std::move(done)](ApiResult<ApiResponse> result) mutable {
                     QMetaObject::invokeMethod(
                         QCoreApplication::instance(), [gone = std::move(client)] {}, Qt::QueuedConnection);
                     if (!result.ok()) {
                         done(result.error());
                         return;
                     }
                     if (!result.value().json.isObject() || !parseListPage(result.value().json.object())) {
                         done(ApiError::invalidResponse(QCoreApplication::translate(
                             "Portal::PortalProbe", "no list of news where a portal has one")));
                         return;
                     }
                     done(std::nullopt);
                 });
}

} // namespace Portal
