#include "core/news/newssync.h"

#include "core/news/newscache.h"

namespace News {

NewsSync::NewsSync(Portal::PortalClient &client, NewsCache &cache, QObject *parent)
    : Portal::IncrementalSync(parent), m_api(client), m_cache(cache)
{ }

void NewsSync::readWatermark(std::function<void(Util::Result<QDateTime>)> done)
{
    m_cache.portalSyncState(this, [done = std::move(done)](Util::Result<NewsSyncState> state) {
        if (!state)
            done(state.error());
        else
            done(state.value().watermark);
    });
}

void NewsSync::syncPage(const QString &cursor, const QDateTime &since, int limit,
                        std::function<void(PageOutcome)> done)
{
    NewsListQuery query;
    query.limit = limit;
    query.cursor = cursor;
    query.updatedSince = since;
    m_api.news(query, this, [this, done = std::move(done)](Portal::ApiResult<NewsPage> page) {
        PageOutcome outcome;
        if (!page.ok()) {
            outcome.error = page.error().message;
            outcome.offline = page.error().isNetwork();
            done(outcome);
            return;
        }
        outcome.received = int(page.value().items.size() + page.value().deletions.size());
        outcome.nextCursor = page.value().nextCursor;
        m_cache.applyPortalPage(
            page.value(), this, [this, outcome, done](Util::Result<NewsCache::AppliedPage> applied) mutable {
                if (!applied) {
                    outcome.error =
                        tr("The news could not be kept for offline reading: %1").arg(applied.error().message);
                } else {
                    outcome.changed = applied.value().changed;
                    if (!applied.value().images.isEmpty())
                        emit imagesFound(applied.value().images);
                }
                done(outcome);
            });
    });
}

void NewsSync::markComplete(std::function<void(Util::Result<void>)> done)
{
    m_cache.markPortalSyncComplete(this, std::move(done));
}

QString NewsSync::endlessMessage() const
{
    return tr("The portal's list of news did not come to an end. The articles received so far are kept; the "
              "next update goes on from there.");
}

} // namespace News
