#include "ui/notify/downloadnotifications.h"

#include "core/downloads/deadline.h"
#include "core/downloads/downloadmanager.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/notify/desktopnotifier.h"
#include "ui/widgets/datetimetext.h"

#include <QDir>
#include <QLocale>

namespace Ui {

namespace {

// The kind of moment a record is at, as far as notifications go.
QString momentOf(const Downloads::DownloadRecord &record)
{
    switch (record.state) {
    case Downloads::State::Completed:
        return QStringLiteral("completed");
    case Downloads::State::Failed:
    case Downloads::State::Corrupt:
        return QStringLiteral("failed");
    case Downloads::State::Paused:
        return record.errorCode == u"disk_full" ? QStringLiteral("disk_full") : QStringLiteral("paused");
    default:
        return QStringLiteral("working");
    }
}

QString nameOf(const Downloads::DownloadRecord &record)
{
    return record.label.isEmpty() ? record.title : record.title + QStringLiteral(" — ") + record.label;
}

} // namespace

DownloadNotifications::DownloadNotifications(Downloads::DownloadManager &downloads, DesktopNotifier &notifier,
                                             QObject *parent)
    : QObject(parent), m_notifier(notifier)
{
    for (const Downloads::DownloadRecord &record : downloads.downloads())
        m_seen.insert(record.id, momentOf(record));
    connect(&downloads, &Downloads::DownloadManager::changed, this, &DownloadNotifications::changed);
    connect(&downloads, &Downloads::DownloadManager::removed, this, [this](qint64 id) {
        m_seen.remove(id);
        m_timed.remove(id);
        m_warnedLate.remove(id);
    });
    connect(&downloads, &Downloads::DownloadManager::progress, this, &DownloadNotifications::progress);
}

void DownloadNotifications::progress(qint64 id, qint64 bytesDone, qint64 sizeBytes, double bytesPerSecond)
{
    const auto found = m_timed.find(id);
    if (found == m_timed.end() || m_warnedLate.contains(id))
        return;
    found->bytesDone = bytesDone;
    if (sizeBytes > 0)
        found->sizeBytes = sizeBytes;
    const Downloads::DeadlineCheck check = Downloads::checkDeadline(*found, bytesPerSecond, m_clock());
    if (check.timeliness != Downloads::Timeliness::Late)
        return;
    m_warnedLate.insert(id);
    const QDate today = m_clock().date();
    m_notifier.notify(tr("Download will be late"),
                      tr("At its speed now, %1 ends about %2; it is needed by %3.")
                          .arg(nameOf(*found), DateTimeText::clock(check.eta, today),
                               DateTimeText::clock(found->neededBy, today)),
                      DesktopNotifier::Urgency::Critical, QStringLiteral("transfer.error"));
}

void DownloadNotifications::changed(const Downloads::DownloadRecord &record)
{
    if (record.neededBy.isValid() && record.state == Downloads::State::Active) {
        // A new deadline is judged afresh.
        if (m_timed.value(record.id).neededBy != record.neededBy)
            m_warnedLate.remove(record.id);
        m_timed.insert(record.id, record);
    } else {
        m_timed.remove(record.id);
    }
    const QString moment = momentOf(record);
    const auto before = m_seen.find(record.id);
    const bool first = before == m_seen.end();
    if (!first && before.value() == moment)
        return;
    m_seen.insert(record.id, moment);
    // A download first seen already finished was finished before this run.
    if (first && moment != u"working" && moment != u"paused")
        return;
    if (moment == u"completed")
        m_notifier.notify(tr("Download complete"),
                          tr("%1 is verified and saved in %2.")
                              .arg(nameOf(record), QDir::toNativeSeparators(record.destDir)),
                          DesktopNotifier::Urgency::Normal, QStringLiteral("transfer.complete"));
    else if (moment == u"failed")
        m_notifier.notify(tr("Download failed"), tr("%1: %2").arg(nameOf(record), record.errorMessage),
                          DesktopNotifier::Urgency::Critical, QStringLiteral("transfer.error"));
    else if (moment == u"disk_full")
        m_notifier.notify(tr("Download paused: the disk is full"),
                          tr("%1 waits for free space in %2 and goes on by itself once there is room.")
                              .arg(nameOf(record), QDir::toNativeSeparators(record.destDir)),
                          DesktopNotifier::Urgency::Critical, QStringLiteral("transfer.error"));
}

} // namespace Ui
