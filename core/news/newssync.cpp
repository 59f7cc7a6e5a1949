#include "core/news/newssync.h"

#include "core/news/newscache.h"

namespace News {

namespace {
// A portal that keeps answering with a next page is not followed forever.
constexpr int MaxPagesPerSync = 10000;
} // namespace

NewsSync::NewsSync(Portal::PortalClient &client, NewsCache &cache, QObject *parent)
    : QObject(parent), m_api(client), m_cache(cache)
{ }

void NewsSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cursor.clear();
    m_pages = 0;
    m_changed = 0;
    m_applied = 0;
    emit started();
    m_cache.portalSyncState(this, [this](Util::Result<NewsSyncState> state) {
        if (!state) {
            fail(state.error().message, false);
            return;
        }
        // Timestamps travel to the second and the contract answers what was
        // updated strictly after updated_since: a second early fetches again
        // what shares the watermark's second rather than skipping it.
        m_since = state.value().watermark.isValid() ? state.value().watermark.addSecs(-1)
                                                    : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        fetchPage();
    });
}

void NewsSync::fetchPage()
{
    NewsListQuery query;
    query.limit = m_pageSize;
    query.cursor = m_cursor;
    query.updatedSince = m_since;
    m_api.news(query, this, [this](Portal::ApiResult<NewsPage> page) {
        if (!page.ok()) {
            fail(page.error().message, page.error().isNetwork());
            return;
        }
        const QString next = page.value().nextCursor;
        const int received = int(page.value().items.size() + page.value().deletions.size());
        m_cache.applyPortalPage(
            page.value(), this, [this, next, received](Util::Result<NewsCache::AppliedPage> applied) {
                if (!applied) {
                    fail(
                        tr("The news could not be kept for offline reading: %1").arg(applied.error().message),
                        false);
                    return;
                }
                m_changed += applied.value().changed;
                m_applied += received;
                if (!applied.value().images.isEmpty())
                    emit imagesFound(applied.value().images);
                emit pageApplied(applied.value().changed, m_applied);
                if (!next.isEmpty()) {
                    if (next == m_cursor || ++m_pages >= MaxPagesPerSync) {
                        fail(tr("The portal's list of news did not come to an end. The articles received so "
                                "far "
                                "are kept; the next update goes on from there."),
                             false);
                        return;
                    }
                    m_cursor = next;
                    fetchPage();
                    return;
                }
                m_cache.markPortalSyncComplete(this, [this](Util::Result<void> marked) {
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

void NewsSync::fail(const QString &message, bool offline)
{
    m_running = false;
    emit failed(message, offline);
}

} // namespace News
