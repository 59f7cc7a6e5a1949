#include "core/catalogue/cataloguesync.h"

#include "core/catalogue/cataloguecache.h"
#include "core/portal/portalclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Catalogue {

CatalogueSync::CatalogueSync(Portal::PortalClient &client, CatalogueCache &cache, QObject *parent)
    : Portal::IncrementalSync(parent), m_client(client), m_api(client), m_cache(cache)
{ }

void CatalogueSync::readWatermark(std::function<void(Util::Result<QDateTime>)> done)
{
    m_cache.syncState(this, [done = std::move(done)](Util::Result<SyncState> state) {
        if (!state)
            done(state.error());
        else
            done(state.value().watermark);
    });
}

void CatalogueSync::syncPage(const QString &cursor, const QDateTime &since, int limit,
                             std::function<void(PageOutcome)> done)
{
    VideoListQuery query;
    query.limit = limit;
    query.cursor = cursor;
    query.updatedSince = since;
    m_api.videos(query, this, [this, done = std::move(done)](Portal::ApiResult<VideoPage> page) {
        PageOutcome outcome;
        if (!page.ok()) {
            outcome.error = page.error().message;
            outcome.offline = page.error().isNetwork();
            done(outcome);
            return;
        }
        outcome.received = int(page.value().items.size() + page.value().deletions.size());
        outcome.nextCursor = page.value().nextCursor;
        m_cache.applySyncPage(page.value(), this, [outcome, done](Util::Result<int> applied) mutable {
            if (!applied)
                outcome.error =
                    tr("The catalogue could not be kept for offline use: %1").arg(applied.error().message);
            else
                outcome.changed = applied.value();
            done(outcome);
        });
    });
}

void CatalogueSync::markComplete(std::function<void(Util::Result<void>)> done)
{
    m_cache.markSyncComplete(this, std::move(done));
}

QString CatalogueSync::endlessMessage() const
{
    return tr("The portal's list of changes did not come to an end. The videos received so far are kept; the "
              "next update goes on from there.");
}

void CatalogueSync::fetchTags(QObject *context, std::function<void(Portal::ApiResult<QList<TagCount>>)> done)
{
    Portal::ApiRequest request;
    request.path = QStringLiteral("tags");
    m_client.send(std::move(request), context,
                  [done = std::move(done)](Portal::ApiResult<Portal::ApiResponse> result) {
                      if (!result.ok()) {
                          done(result.error());
                          return;
                      }
                      // The contract names GET /tags without its shape: a list,
                      // bare or under "items", of names or of objects with one.
                      const QJsonDocument &json = result.value().json;
                      const QJsonValue items = json.isArray() ? QJsonValue(json.array())
                                                              : json.object().value(QStringLiteral("items"));
                      if (!items.isArray()) {
                          done(Portal::ApiError::invalidResponse(QStringLiteral("tags")));
                          return;
                      }
                      QList<TagCount> tags;
                      for (const QJsonValue item : items.toArray()) {
                          if (item.isString()) {
                              if (const QString name = item.toString().trimmed(); !name.isEmpty())
                                  tags.append(TagCount {name, 0});
                              continue;
                          }
                          const QJsonObject tag = item.toObject();
                          const QString name = tag.value(QStringLiteral("name")).toString().trimmed();
                          // The contract leaves a tag's shape open: a count of videos
                          // leaves out news-only tags when a portal gives one.
                          const QJsonValue videos = tag.value(QStringLiteral("video_count"));
                          const int count =
                              videos.isDouble() ? videos.toInt() : tag.value(QStringLiteral("count")).toInt();
                          if (!name.isEmpty() && (!videos.isDouble() || count > 0))
                              tags.append(TagCount {name, count});
                      }
                      done(std::move(tags));
                  });
}

} // namespace Catalogue
