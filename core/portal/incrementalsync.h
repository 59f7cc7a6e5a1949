#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace Portal {

// The walk of an incremental sync of one of the portal's lists (videos,
// news) into a copy kept on this computer: from the newest updated_at
// applied so far (the first sync starts from the epoch and so walks the
// whole list, oldest change first), page after page, each page applied with
// its deletions and the new watermark at once by the subclass, so that an
// interrupted sync goes on from the last page applied. One sync runs at a
// time. Subclasses fetch and apply a page; this class walks.
class IncrementalSync : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncrementalSync)

public:
    void setPageSize(int limit) { m_pageSize = limit; }
    bool isRunning() const { return m_running; }
    // Starts a sync unless one is running.
    void start();

signals:
    void started();
    // `changed` rows were stored or removed by the page just applied;
    // `received` items and deletions came in this sync so far.
    void pageApplied(int changed, int received);
    // The copy is up to date; `changed` rows changed in this sync.
    void finished(int changed);
    // offline: the portal could not be reached (what was kept still answers).
    void failed(const QString &message, bool offline);

protected:
    explicit IncrementalSync(QObject *parent = nullptr);

    // What fetching and applying one page came to.
    struct PageOutcome
    {
        int changed = 0;
        int received = 0; // items and deletions on the page
        QString nextCursor; // empty on the last page
        QString error; // set when the page could not be fetched or kept
        bool offline = false; // the error is the network's
    };

    // The newest updated_at applied so far; invalid before the first sync.
    virtual void readWatermark(std::function<void(Util::Result<QDateTime>)> done) = 0;
    // GET one page (cursor empty: the first) of what changed after `since`,
    // and apply it.
    virtual void syncPage(const QString &cursor, const QDateTime &since, int limit,
                          std::function<void(PageOutcome)> done) = 0;
    // The sync reached the end.
    virtual void markComplete(std::function<void(Util::Result<void>)> done) = 0;
    // Said when the portal keeps answering with a next page.
    virtual QString endlessMessage() const = 0;

private:
    void nextPage();
    void fail(const QString &message, bool offline);

    int m_pageSize = 200;
    bool m_running = false;
    QDateTime m_since;
    QString m_cursor;
    int m_pages = 0;
    int m_changed = 0;
    int m_received = 0;
};

} // namespace Portal
