#include "core/catalogue/catalogueapi.h"

#include "core/portal/listpage.h"
#include "core/portal/portalclient.h"

#include "core/util/logging.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

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

void CatalogueApi::videos(const VideoListQuery &query, QObject *context,
                          std::function<void(Portal::ApiResult<VideoPage>)> done)
{
    Portal::ApiRequest request;
    request.path = QStringLiteral("videos");
    const auto stamp = [](const QDateTime &time) {
        return time.toUTC().toString(Qt::ISODate);
    };
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, 200)));
    if (!query.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), query.cursor);
    if (!query.text.isEmpty())
        request.query.addQueryItem(QStringLiteral("q"), query.text);
    if (!query.tag.isEmpty())
        request.query.addQueryItem(QStringLiteral("tag"), query.tag);
    if (query.from.isValid())
        request.query.addQueryItem(QStringLiteral("from"), stamp(query.from));
    if (query.to.isValid())
        request.query.addQueryItem(QStringLiteral("to"), stamp(query.to));
    if (query.updatedSince.isValid())
        request.query.addQueryItem(QStringLiteral("updated_since"), stamp(query.updatedSince));
    m_client.send(std::move(request), context,
                  [done = std::move(done)](Portal::ApiResult<Portal::ApiResponse> result) {
                      if (!result.ok()) {
                          done(result.error());
                          return;
                      }
                      const auto list = Portal::parseListPage(result.value().json.object());
                      if (!list) {
                          done(Portal::ApiError::invalidResponse(QStringLiteral("videos")));
                          return;
                      }
                      VideoPage page;
                      page.deletions = list->deletions;
                      page.nextCursor = list->nextCursor;
                      for (const QJsonObject &entry : list->items) {
                          if (auto video = Video::fromJson(entry))
                              page.items << std::move(*video);
                          else
                              qCWarning(lcPortal) << "a video the client cannot read was left out:"
                                                  << entry.value(QStringLiteral("id")).toString();
                      }
                      done(std::move(page));
                  });
}

} // namespace Catalogue
