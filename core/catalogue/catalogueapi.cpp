#include "core/catalogue/catalogueapi.h"

#include "core/portal/portalclient.h"

#include <QUrl>

namespace Catalogue {

void CatalogueApi::video(const QString &id, QObject *context,
                         std::function<void(Portal::ApiResult<Video>)> done)
{
    Portal::ApiRequest request;
    request.path = QStringLiteral("videos/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    m_client.send(std::move(request), context,
                  [done = std::move(done)](Portal::ApiResult<Portal::ApiResponse> result) {
                      if (!result.ok()) {
                          done(result.error());
                          return;
                      }
                      auto video = Video::fromJson(result.value().json.object());
                      if (!video) {
                          done(Portal::ApiError::invalidResponse(QStringLiteral("video")));
                          return;
                      }
                      done(std::move(*video));
                  });
}

} // namespace Catalogue
