#include "ui/notify/watchalerts.h"

#include "core/downloads/downloadmanager.h"
#include "core/portal/conditions.h"
#include "core/util/logging.h"
#include "core/watch/autodownload.h"
#include "core/watch/watchrunner.h"
#include "ui/notify/desktopnotifier.h"

#include <QDir>
#include <QMap>

namespace Ui {

WatchAlerts::WatchAlerts(Watch::WatchStore &store, News::NewsCache *news,
                         Catalogue::CatalogueCache *catalogue, DesktopNotifier &notifier, QObject *parent)
    : QObject(parent), m_runner(new Watch::WatchRunner(store, news, catalogue, this)), m_notifier(notifier)
{ }

void WatchAlerts::setDownloads(Downloads::DownloadManager *downloads, const QString &folder)
{
    m_downloads = downloads;
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
            // One notification a search, naming what is new.
            QMap<QString, QStringList> titles;
            const auto conditions = m_conditions ? m_conditions->record().lastSeen() : std::nullopt;
            const bool mayDownload = !conditions || m_conditions->record().hasAccepted(*conditions);
            int queued = 0;
            for (const Watch::WatchMatch &match : matches.value()) {
                titles[match.search.name].append(match.title);
                if (!m_downloads || !mayDownload)
                    continue;
                if (const auto record = Watch::autoDownloadRecord(match, m_folder, conditions)) {
                    QDir().mkpath(record->destDir);
                    m_downloads->add(*record);
                    ++queued;
                }
            }
            for (auto it = titles.cbegin(); it != titles.cend(); ++it) {
                QString body = it.value().mid(0, 3).join(u'\n');
                if (it.value().size() > 3)
                    body += u'\n' + tr("and %n more", nullptr, int(it.value().size() - 3));
                m_notifier.notify(tr("New for “%1”", nullptr, int(it.value().size())).arg(it.key()), body,
                                  DesktopNotifier::Urgency::Normal, QStringLiteral("x-mmdesk.saved-search"));
            }
            if (queued > 0)
                qCInfo(lcApp) << "saved searches queued" << queued << "downloads";
            emit checked(int(matches.value().size()));
        }
        if (m_again) {
            m_again = false;
            check();
        }
    });
}

} // namespace Ui
