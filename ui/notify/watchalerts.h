#pragma once

#include <QObject>
#include <QString>

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
namespace Downloads {
class DownloadManager;
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
// accepted here.
class WatchAlerts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchAlerts)

public:
    WatchAlerts(Watch::WatchStore &store, News::NewsCache *news, Catalogue::CatalogueCache *catalogue,
                DesktopNotifier &notifier, QObject *parent = nullptr);

    void setDownloads(Downloads::DownloadManager *downloads, const QString &folder);
    void setConditions(Portal::ConditionsGate *conditions) { m_conditions = conditions; }
    void setFolder(const QString &folder) { m_folder = folder; }

public slots:
    // Runs every search now (again once more if one is under way).
    void check();

signals:
    void checked(int newMatches);

private:
    Watch::WatchRunner *m_runner;
    DesktopNotifier &m_notifier;
    Downloads::DownloadManager *m_downloads = nullptr;
    Portal::ConditionsGate *m_conditions = nullptr;
    QString m_folder;
    bool m_running = false;
    bool m_again = false;
};

} // namespace Ui
