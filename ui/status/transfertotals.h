#pragma once

#include "core/downloads/downloadrecord.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Downloads {
class DownloadManager;
}

namespace Ui {

// What the queue is doing as a whole, for the status bar, the tray and the
// navigation's badge: how many downloads transfer now, how many wait or
// failed, what is left to fetch and how long that takes at their speed.
class TransferTotals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferTotals)

public:
    explicit TransferTotals(Downloads::DownloadManager &downloads, QObject *parent = nullptr);

    int active() const { return int(m_active.size()); }
    int queued() const { return int(m_queued.size()); }
    int failed() const { return int(m_failed.size()); }
    // Bytes per second of every active download together.
    double bytesPerSecond() const;
    // Bytes the active downloads still have to fetch (-1: a size is unknown).
    qint64 remainingBytes() const;
    // Seconds until the active downloads are done at their speed now (-1: unknown).
    qint64 secondsLeft() const;
    // "2 downloading · 1.4 GB · 3 min left · 1 waiting", "No downloads
    // running", in the language and the locale in use at the time of the call.
    QString summary() const;
    // "2 downloads at 12.5 MB/s": the speed, for a tooltip.
    QString speedSummary() const;
    static QString durationText(qint64 seconds);
    static QString rateText(double bytesPerSecond);

signals:
    void changed();

private:
    void take(const Downloads::DownloadRecord &record);
    void forget(qint64 id);

    struct Progress
    {
        qint64 done = 0;
        qint64 size = -1;
    };
    QSet<qint64> m_active;
    QSet<qint64> m_queued;
    QSet<qint64> m_failed;
    QHash<qint64, double> m_rates;
    QHash<qint64, Progress> m_progress; // active downloads
};

} // namespace Ui
