#pragma once

#include "core/downloads/downloadrecord.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <QObject>
#include <functional>

namespace Downloads {
class DownloadManager;
}

namespace Ui {

class DesktopNotifier;

// Tells the person, without them watching, when a download is done and
// verified, failed, or paused because the disk is full: one notification for
// each such change seen while the application runs (not for what the queue
// already held when it opened); and once when a download with a deadline
// will be late at its speed now.
class DownloadNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadNotifications)

public:
    DownloadNotifications(Downloads::DownloadManager &downloads, DesktopNotifier &notifier,
                          QObject *parent = nullptr);

    // The clock deadlines are judged by (the system's unless a test sets one).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

private:
    void changed(const Downloads::DownloadRecord &record);
    void progress(qint64 id, qint64 bytesDone, qint64 sizeBytes, double bytesPerSecond);

    DesktopNotifier &m_notifier;
    // What each download was when last seen, to notify a change once.
    QHash<qint64, QString> m_seen;
    // Downloads with a deadline, as last seen, and those already warned of.
    QHash<qint64, Downloads::DownloadRecord> m_timed;
    QSet<qint64> m_warnedLate;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTime();
    };
};

} // namespace Ui
