#include "ui/status/transfertotals.h"

#include "core/downloads/downloadmanager.h"

#include <QLocale>

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
            [this](qint64 id, qint64, qint64, double bytesPerSecond) {
                // A progress report can trail the change that ended a download.
                if (!m_active.contains(id))
                    return;
                m_rates.insert(id, bytesPerSecond);
                emit changed();
            });
}

void TransferTotals::take(const Downloads::DownloadRecord &record)
{
    forget(record.id);
    if (record.state == Downloads::State::Active)
        m_active.insert(record.id);
    else if (record.state == Downloads::State::Queued)
        m_queued.insert(record.id);
}

void TransferTotals::forget(qint64 id)
{
    m_active.remove(id);
    m_queued.remove(id);
    m_rates.remove(id);
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

QString TransferTotals::summary() const
{
    if (m_active.isEmpty() && m_queued.isEmpty())
        return tr("No downloads running");
    QStringList parts;
    if (!m_active.isEmpty())
        parts << tr("%n download(s) at %1", nullptr, active()).arg(rateText(bytesPerSecond()));
    if (!m_queued.isEmpty())
        parts << tr("%n waiting", nullptr, queued());
    return parts.join(QStringLiteral(" · "));
}

} // namespace Ui
