#pragma once

#include "core/downloads/downloadrecord.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace Downloads {
class DownloadManager;
}

namespace Ui {

// What the queue is doing as a whole, for the status bar and the tray: how
// many downloads transfer now, how many wait, and their total speed.
class TransferTotals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransferTotals)

public:
    explicit TransferTotals(Downloads::DownloadManager &downloads, QObject *parent = nullptr);

    int active() const { return int(m_active.size()); }
    int queued() const { return int(m_queued.size()); }
    // Bytes per second of every active download together.
    double bytesPerSecond() const;
    // "2 downloads · 12.5 MB/s", "1 waiting", "No downloads running", in
    // the language and the locale in use at the time of the call.
    QString summary() const;
    static QString rateText(double bytesPerSecond);

signals:
    void changed();

private:
    void take(const Downloads::DownloadRecord &record);
    void forget(qint64 id);

    QSet<qint64> m_active;
    QSet<qint64> m_queued;
    QHash<qint64, double> m_rates;
};

} // namespace Ui
