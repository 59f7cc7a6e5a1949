#include "core/news/newsapi.h"

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
    m_client.send(
        std::move(request), context, [done = std::move(done)](Portal::ApiResult<Portal::ApiResponse> result) {
            if (!result.ok()) {
                done(result.error());
                return;
            }
            const QJsonObject object = result.value().json.object();
            if (!object.value(QStringLiteral("items")).isArray()) {
                done(Portal::ApiError::invalidResponse(QStringLiteral("news")));
                return;
            }
            NewsPage page;
            for (const QJsonValue value : object.value(QStringLiteral("items")).toArray()) {
                const QJsonObject entry = value.toObject();
                if (entry.value(QStringLiteral("deleted")).toBool()) {
                    const QString id = entry.value(QStringLiteral("id")).toString();
                    if (!id.isEmpty())
                        page.deletions.append(
                            {id,
                             QDateTime::fromString(entry.value(QStringLiteral("updated_at")).toString(),
                                                   Qt::ISODateWithMs)});
                    continue;
                }
                if (auto item = NewsItem::fromPortalJson(entry))
                    page.items << std::move(*item);
                else
                    qCWarning(lcNews) << "a news item the client cannot read was left out:"
                                      << entry.value(QStringLiteral("id")).toString();
            }
            page.nextCursor = object.value(QStringLiteral("next_cursor")).toString();
            done(std::move(page));
        });
}

} // namespace News
