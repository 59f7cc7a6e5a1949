#include "ui/notify/watchalerts.h"

#include "core/downloads/queuestore.h"
#include "core/portal/conditions.h"
#include "core/util/logging.h"
#include "core/watch/autodownload.h"
#include "core/watch/watchrunner.h"
#include "ui/notify/desktopnotifier.h"
#include "ui/widgets/datetimetext.h"

#include <QDir>
#include <QMap>
#include <QSet>

namespace Ui {

WatchAlerts::WatchAlerts(Watch::WatchStore &store, News::NewsCache *news,
                         Catalogue::CatalogueCache *catalogue, DesktopNotifier &notifier, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_runner(new Watch::WatchRunner(store, news, catalogue, this)),
      m_notifier(notifier),
      m_clock([] { return QDateTime::currentDateTime(); })
{ }

void WatchAlerts::setDownloads(const QString &queuePath, const QString &folder)
{
    m_queuePath = queuePath;
    m_folder = folder;
}

void WatchAlerts::check()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_runner->run(this, [this](Util::Result<QList<Watch::WatchMatch>> matches) {
        m_running = false;
        if (!matches) {
            qCWarning(lcApp) << "saved searches not run:" << matches.error().message;
            emit checked(0);
        } else {
            const QDateTime now = m_clock();
            // One notification a search, naming what is new, and when its
            // downloads go if they wait for the unlimited hours.
            QMap<QString, QStringList> titles;
            for (const Watch::WatchMatch &match : matches.value())
                titles[match.search.name].append(match.title);
            QSet<QString> waiting;
            for (const Watch::WatchMatch &match : Watch::dueNow(matches.value(), m_schedule, now).waiting) {
                if (!match.search.autoDownload.isEmpty() && !match.video.isEmpty())
                    waiting.insert(match.search.name);
            }
            for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
                QString body = it.value().mid(0, 3).join(u'\n');
                if (it.value().size() > 3)
                    body += u'\n' + tr("and %n more", nullptr, int(it.value().size() - 3));
                if (waiting.contains(it.key()))
                    body += u'\n'
                        + tr("Downloads from %1, when the bandwidth limit ends.")
                              .arg(DateTimeText::clock(m_schedule.nextChange(now), now.date()));
                m_notifier.notify(tr("New for “%1”", nullptr, int(it.value().size())).arg(it.key()), body,
                                  DesktopNotifier::Urgency::Normal, QStringLiteral("x-mmdesk.saved-search"));
            }
            queuePending();
            emit checked(int(matches.value().size()));
        }
        if (m_again) {
            m_again = false;
            check();
        }
    });
}

void WatchAlerts::queuePending()
{
    queue(false);
}

void WatchAlerts::queuePendingNow()
{
    queue(true);
}

void WatchAlerts::queue(bool whateverTheHours)
{
    if (m_queuePath.isEmpty())
        return;
    auto pending = m_store.pending();
    if (!pending) {
        qCWarning(lcApp) << "pending auto-downloads not read:" << pending.error().message;
        return;
    }
    const auto conditions = m_conditions ? m_conditions->record().lastSeen() : std::nullopt;
    if (conditions && !m_conditions->record().hasAccepted(*conditions)) {
        // They wait for the conditions to be accepted.
        emit waiting(int(pending.value().size()), QDateTime());
        return;
    }
    const QDateTime now = m_clock();
    const Downloads::BandwidthSchedule hours =
        whateverTheHours ? Downloads::BandwidthSchedule {} : m_schedule;
    const Watch::DueDownloads split = Watch::dueNow(pending.value(), hours, now);
    if (!split.due.isEmpty()) {
        auto queue = Downloads::QueueStore::open(m_queuePath);
        auto done = queue ? Watch::queueDue(m_store, *queue.value(), split.due, m_folder, conditions)
                          : Util::Result<Watch::QueuedAutoDownloads>(queue.error());
        if (!done) {
            // They stay pending, and go at the next look.
            qCWarning(lcApp) << "auto-downloads not queued:" << done.error().message;
        } else {
            for (const Watch::WatchMatch &match : done.value().noFit)
                qCInfo(lcApp) << "no rendition of" << match.itemId << "fits"
                              << Watch::autoDownloadRuleText(match.search);
            if (!done.value().queued.isEmpty())
                qCInfo(lcApp) << "saved searches queued" << done.value().queued.size() << "downloads";
        }
    }
    const int count = int(split.waiting.size());
    emit waiting(count, count > 0 ? hours.nextChange(now) : QDateTime());
}

} // namespace Ui
