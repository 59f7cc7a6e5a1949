#include "core/news/newsapi.h"

#include "core/portal/listpage.h"
#include "core/portal/portalclient.h"
#include "core/util/logging.h"

#include <QJsonArray>
#include <QJsonObject>

namespace News {

void NewsApi::news(const NewsListQuery &query, QObject *context,
                   std::function<void(Portal::ApiResult<NewsPage>)> done)
{
    Portal::ApiRequest request;
    request.path = QStringLiteral("news");
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(query.limit, 1, 200)));
    if (!query.cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("cursor"), query.cursor);
    if (query.updatedSince.isValid())
        request.query.addQueryItem(QStringLiteral("updated_since"),
                                   query.updatedSince.toUTC().toString(Qt::ISODate));
    m_client.send(std::move(request), context,
                  [done = std::move(done)](Portal::ApiResult<Portal::ApiResponse> result) {
                      if (!result.ok()) {
                          done(result.error());
                          return;
                      }
                      const auto list = Portal::parseListPage(result.value().json.object());
                      if (!list) {
                          done(Portal::ApiError::invalidResponse(QStringLiteral("news")));
                          return;
                      }
                      NewsPage page;
                      page.deletions = list->deletions;
                      page.nextCursor = list->nextCursor;
                      for (const QJsonObject &entry : list->items) {
                          if (auto item = NewsItem::fromPortalJson(entry))
                              page.items << std::move(*item);
                          else
                              qCWarning(lcNews) << "a news item the client cannot read was left out:"
                                                << entry.value(QStringLiteral("id")).toString();
                      }
                      done(std::move(page));
                  });
}

} // namespace News
