#include "core/portal/incrementalsync.h"

namespace Portal {

namespace {
// A portal that keeps answering with a next page is not followed forever.
constexpr int MaxPagesPerSync = 10000;
} // namespace

IncrementalSync::IncrementalSync(QObject *parent) : QObject(parent) { }

void IncrementalSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cursor.clear();
    m_pages = 0;
    m_changed = 0;
    m_received = 0;
    emit started();
    readWatermark([this](Util::Result<QDateTime> watermark) {
        if (!watermark) {
            fail(watermark.error().message, false);
            return;
        }
        // The contract answers items updated strictly after updated_since,
        // and timestamps travel to the second: starting a second early
        // fetches again what shares the watermark's second, which is stored
        // again harmlessly, rather than skipping it.
        m_since = watermark.value().isValid() ? watermark.value().addSecs(-1)
                                              : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        nextPage();
    });
}

void IncrementalSync::nextPage()
{
    syncPage(m_cursor, m_since, m_pageSize, [this](PageOutcome page) {
        if (!page.error.isEmpty()) {
            fail(page.error, page.offline);
            return;
        }
        m_changed += page.changed;
        m_received += page.received;
        emit pageApplied(page.changed, m_received);
        if (!page.nextCursor.isEmpty()) {
            // Each page is kept with its watermark: the next sync goes on
            // from here rather than calling this one complete.
            if (page.nextCursor == m_cursor || ++m_pages >= MaxPagesPerSync) {
                fail(endlessMessage(), false);
                return;
            }
            m_cursor = page.nextCursor;
            nextPage();
            return;
        }
        markComplete([this](Util::Result<void> marked) {
            if (!marked) {
                fail(marked.error().message, false);
                return;
            }
            m_running = false;
            emit finished(m_changed);
        });
    });
}

void IncrementalSync::fail(const QString &message, bool offline)
{
    m_running = false;
    emit failed(message, offline);
}

} // namespace Portal
