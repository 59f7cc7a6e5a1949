#pragma once

#include "core/downloads/bandwidthschedule.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

namespace Watch {
class WatchRunner;
class WatchStore;
} // namespace Watch
namespace News {
class NewsCache;
}
namespace Catalogue {
class CatalogueCache;
}
namespace Portal {
class ConditionsGate;
}

namespace Ui {

class DesktopNotifier;

// The saved searches at work in the desktop app: after each sync of the
// news or the videos, every search runs against the caches; what is new is
// told in a desktop notification (one per search), and an auto-downloading
// search queues its rendition, once the portal's conditions of use are
// accepted here. A download found is kept as pending in the watch store
// until it is queued: across a restart, until the conditions are accepted,
// and, for a search that waits for the unlimited hours, until the bandwidth
// schedule lifts its limit.
class WatchAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchAlerts)

public:
    WatchAlerts(Watch::WatchStore &store, News::NewsCache *news, Catalogue::CatalogueCache *catalogue,
                DesktopNotifier &notifier, QObject *parent = nullptr);

    // Auto-downloads go into the queue file at queuePath (which the
    // download manager works), saved into folder.
    void setDownloads(const QString &queuePath, const QString &folder);
    void setConditions(Portal::ConditionsGate *conditions) { m_conditions = conditions; }
    void setFolder(const QString &folder) { m_folder = folder; }
    // The hours an off-hours search waits for (Settings: downloads.bandwidth).
    void setBandwidthSchedule(const Downloads::BandwidthSchedule &schedule) { m_schedule = schedule; }
    // Local time, for tests; the system clock by default.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public slots:
    // Runs every search now (again once more if one is under way).
    void check();
    // Queues the pending downloads that are due now; call it when the limit
    // lifts or the conditions are accepted.
    void queuePending();
    // Queues every pending download now, whatever the hours: the person
    // asked for them (Download Now).
    void queuePendingNow();

signals:
    void checked(int newMatches);
    // After each look at the pending downloads: how many wait, and until
    // when (the end of the limited hours), or, with an invalid `until`, for
    // the portal's conditions of use to be accepted (0: none wait).
    void waiting(int count, const QDateTime &until);

private:
    void queue(bool whateverTheHours);

    Watch::WatchStore &m_store;
    Watch::WatchRunner *m_runner;
    DesktopNotifier &m_notifier;
    QString m_queuePath;
    Portal::ConditionsGate *m_conditions = nullptr;
    QString m_folder;
    Downloads::BandwidthSchedule m_schedule;
    std::function<QDateTime()> m_clock;
    bool m_running = false;
    bool m_again = false;
};

} // namespace Ui
