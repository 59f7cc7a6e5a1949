#include "ui/status/transfertotals.h"

#include "core/downloads/downloadmanager.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Ui {

TransferTotals::TransferTotals(Downloads::DownloadManager &downloads, QObject *parent) : QObject(parent)
{
    for (const Downloads::DownloadRecord &record : downloads.downloads())
        take(record);
    connect(&downloads, &Downloads::DownloadManager::changed, this,
            [this](const Downloads::DownloadRecord &r) {
                take(r);
                emit changed();
            });
    connect(&downloads, &Downloads::DownloadManager::removed, this, [this](qint64 id) {
        forget(id);
        emit changed();
    });
    connect(&downloads, &Downloads::DownloadManager::progress, this,
            [this](qint64 id, qint64 done, qint64 size, double bytesPerSecond) {
                // A progress report can trail the change that ended a download.
                if (!m_active.contains(id))
                    return;
                m_rates.insert(id, bytesPerSecond);
                Progress &progress = m_progress[id];
                progress.done = done;
                if (size > 0)
                    progress.size = size;
                emit changed();
            });
}

void TransferTotals::take(const Downloads::DownloadRecord &record)
{
    forget(record.id);
    if (record.state == Downloads::State::Active) {
        m_active.insert(record.id);
        m_progress.insert(record.id, Progress {record.bytesDone, record.sizeBytes});
    } else if (record.state == Downloads::State::Queued) {
        m_queued.insert(record.id);
    } else if (record.state == Downloads::State::Failed || record.state == Downloads::State::Corrupt) {
        m_failed.insert(record.id);
    }
}

void TransferTotals::forget(qint64 id)
{
    m_active.remove(id);
    m_queued.remove(id);
    m_failed.remove(id);
    m_rates.remove(id);
    m_progress.remove(id);
}

double TransferTotals::bytesPerSecond() const
{
    double total = 0;
    for (double rate : m_rates)
        total += rate;
    return total;
}

QString TransferTotals::rateText(double bytesPerSecond)
{
    return tr("%1/s").arg(
        QLocale().formattedDataSize(static_cast<qint64>(bytesPerSecond), 1, QLocale::DataSizeSIFormat));
}

qint64 TransferTotals::remainingBytes() const
{
    qint64 left = 0;
    for (const qint64 id : m_active) {
        const Progress progress = m_progress.value(id);
        if (progress.size < 0)
            return -1;
        left += std::max<qint64>(0, progress.size - progress.done);
    }
    return left;
}

qint64 TransferTotals::secondsLeft() const
{
    const qint64 left = remainingBytes();
    const double rate = bytesPerSecond();
    if (left < 0 || rate < 1)
        return -1;
    return static_cast<qint64>(std::ceil(double(left) / rate));
}

QString TransferTotals::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s left", nullptr, int(std::max<qint64>(1, seconds)));
    if (seconds < 3600)
        return tr("%n min left", nullptr, int((seconds + 59) / 60));
    return tr("%1 h %2 min left").arg(seconds / 3600).arg((seconds % 3600 + 59) / 60);
}

QString TransferTotals::summary() const
{
    if (m_active.isEmpty() && m_queued.isEmpty())
        return m_failed.isEmpty() ? tr("No downloads running")
                                  : tr("%n download(s) failed", nullptr, failed());
    QStringList parts;
    if (!m_active.isEmpty()) {
        parts << tr("%n downloading", nullptr, active());
        if (const qint64 left = remainingBytes(); left >= 0)
            parts << QLocale().formattedDataSize(left, 1, QLocale::DataSizeSIFormat);
        if (const qint64 seconds = secondsLeft(); seconds >= 0)
            parts << durationText(seconds);
    }
    if (!m_queued.isEmpty())
        parts << tr("%n waiting", nullptr, queued());
    if (!m_failed.isEmpty())
        parts << tr("%n failed", nullptr, failed());
    return parts.join(QStringLiteral(" · "));
}

QString TransferTotals::speedSummary() const
{
    if (m_active.isEmpty())
        return {};
    return tr("%n download(s) at %1", nullptr, active()).arg(rateText(bytesPerSecond()));
}

} // namespace Ui
