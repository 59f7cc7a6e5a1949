#include "core/catalogue/cataloguesync.h"

#include "core/catalogue/cataloguecache.h"
#include "core/portal/portalclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Catalogue {

namespace {
// A portal that keeps answering with a next page is not followed forever.
constexpr int MaxPagesPerSync = 10000;
} // namespace

CatalogueSync::CatalogueSync(Portal::PortalClient &client, CatalogueCache &cache, QObject *parent)
    : QObject(parent), m_client(client), m_api(client), m_cache(cache)
{ }

void CatalogueSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cursor.clear();
    m_pages = 0;
    m_changed = 0;
    emit started();
    m_cache.syncState(this, [this](Util::Result<SyncState> state) {
        if (!state) {
            fail(state.error().message, false);
            return;
        }
        // The contract answers items updated strictly after updated_since,
        // and timestamps travel to the second: starting a second early
        // fetches again what shares the watermark's second, which is stored
        // again harmlessly, rather than skipping it.
        m_since = state.value().watermark.isValid() ? state.value().watermark.addSecs(-1)
                                                    : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        fetchPage();
    });
}

void CatalogueSync::fetchPage()
{
    VideoListQuery query;
    query.limit = m_pageSize;
    query.cursor = m_cursor;
    query.updatedSince = m_since;
    m_api.videos(query, this, [this](Portal::ApiResult<VideoPage> page) {
        if (!page.ok()) {
            fail(page.error().message, page.error().isNetwork());
            return;
        }
        const QString next = page.value().nextCursor;
        m_cache.applySyncPage(page.value(), this, [this, next](Util::Result<int> applied) {
            if (!applied) {
                fail(tr("The catalogue could not be kept for offline use: %1").arg(applied.error().message),
                     false);
                return;
            }
            m_changed += applied.value();
            emit pageApplied(applied.value());
            if (!next.isEmpty()) {
                // Each page is kept with its watermark: the next sync goes
                // on from here rather than calling this one complete.
                if (next == m_cursor || ++m_pages >= MaxPagesPerSync) {
                    fail(tr("The portal's list of changes did not come to an end. The videos received so "
                            "far are kept; the next update goes on from there."),
                         false);
                    return;
                }
                m_cursor = next;
                fetchPage();
                return;
            }
            m_cache.markSyncComplete(this, [this](Util::Result<void> marked) {
                if (!marked) {
                    fail(marked.error().message, false);
                    return;
                }
                m_running = false;
                emit finished(m_changed);
            });
        });
    });
}

void CatalogueSync::fail(const QString &message, bool offline)
{
    m_running = false;
    emit failed(message, offline);
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
