#pragma once

#include "core/catalogue/video.h"
#include "ui/openingsection.h"
#include "ui/section.h"

#include <QMainWindow>
#include <QUrl>

#include <functional>
#include <map>
#include <optional>
#include <set>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QNetworkAccessManager;
class QStackedWidget;

namespace Auth {
class AccountService;
}

namespace Catalogue {
class CatalogueCache;
class ThumbnailCache;
struct Video;
} // namespace Catalogue

namespace Downloads {
class DownloadManager;
}

namespace Library {
class DownloadIntake;
class LibraryStore;
} // namespace Library

namespace News {
class FeedFetcher;
class NewsCache;
class NewsSync;
} // namespace News

namespace Portal {
class ConditionsGate;
class PortalClient;
} // namespace Portal

namespace Watch {
class WatchStore;
}

namespace Settings {
class AppSettings;
class Paths;
} // namespace Settings

namespace Ui {

class DownloadsPage;
class FirstRunPage;
class LibraryPage;
class NewsPage;
class PreviewPlayer;
class SettingsDialog;
class ShortcutsDialog;
class StatusIndicators;
class TransferTotals;
class TrayIcon;
class VideoStates;
class VideosPage;

// The application window: a navigation list of the five sections beside the
// page of the current one, menus, and a status bar naming the portal and
// who is signed in.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // account: null when no portal is set; the Account section then says so.
    MainWindow(Settings::AppSettings &settings, const Settings::Paths &paths, const QUrl &portal,
               Auth::AccountService *account, QWidget *parent = nullptr);
    ~MainWindow() override;

    Section currentSection() const;
    void showSection(Section section);
    QWidget *page(Section section) const;
    // The tray icon, where the desktop has a tray; null elsewhere.
    TrayIcon *tray() const { return m_tray; }
    StatusIndicators *indicators() const { return m_indicators; }
    // What of each portal video is in the library or on its way, for every
    // place a video appears (the queue and the library given below).
    VideoStates *videoStates() const { return m_videoStates; }
    // The page asking for a portal; null when one is set.
    FirstRunPage *firstRun() const { return m_firstRun; }
    // Where verified downloads enter the library: each clip it adds shows at
    // once wherever its video appears.
    void setDownloadIntake(Library::DownloadIntake *intake);
    // Whether closing the window now leaves the program downloading in the
    // tray (the setting is on, there is a tray, and downloads run or wait).
    bool keepsWorkingInTray() const;
    // Shows the download queue in the Downloads section (there is none
    // without a portal; the section then keeps its explanation).
    DownloadsPage *setDownloadManager(Downloads::DownloadManager *manager);
    // Shows the clip library in the Library section (without one the
    // section keeps its explanation). Thumbnails come from `thumbnails`, the
    // cache the Videos section uses too; `portal` lets folders be imported.
    // Both may be null. Returns the page, or null.
    LibraryPage *setLibrary(Library::LibraryStore *store, const QString &libraryPath,
                            Catalogue::ThumbnailCache *thumbnails, Portal::PortalClient *portal);
    // Shows the portal's video catalogue in the Videos section (without a
    // portal the section keeps its explanation). Previews open in the player
    // window; a download that needs a sign-in shows the Account section and
    // goes on after it. downloads may be null. Returns the page.
    VideosPage *setCatalogue(Portal::PortalClient &portal, Catalogue::CatalogueCache &cache,
                             Catalogue::ThumbnailCache &thumbnails, Downloads::DownloadManager *downloads);
    // Shows the news kept on this computer in the News section; sync (may
    // be null without a portal) and feeds (RSS/Atom, may be null) keep it up
    // to date every refreshMinutes, images (may be null) holds the pictures.
    // Returns the page.
    // The portal's conditions of use, for the Videos and News sections
    // (call before setCatalogue and setNews); null: none to accept.
    void setConditions(Portal::ConditionsGate *conditions) { m_conditions = conditions; }
    // Where Save Search… keeps searches (call before setCatalogue and setNews).
    void setWatchStore(Watch::WatchStore *store) { m_watches = store; }
    NewsPage *setNews(News::NewsCache &cache, News::NewsSync *sync, News::FeedFetcher *feeds,
                      Catalogue::ThumbnailCache *images, int refreshMinutes);
    // The preview player's window, made when first needed.
    PreviewPlayer *player();

public slots:
    void showAbout();
    // Help → Keyboard Shortcuts: every key of the window and the player.
    ShortcutsDialog *showShortcuts();
    // Settings → Configure Multimedia Desk…: opens the settings dialog.
    SettingsDialog *configure();
    // File → Quit and the tray's Quit: ends the program, downloads or not.
    void quit();
    // Plays the video's preview proxy, streamed from the media host (not
    // while working offline: the status bar says why).
    void previewVideo(const Catalogue::Video &video);

signals:
    void sectionChanged(Ui::Section section);
    // The Settings menu or dialog changed what new downloads get besides a library entry.
    void downloadOptionsChanged(bool writeSidecars, bool keepHashHistory);
    // The settings dialog saved these options (by name).
    void settingsApplied(const QStringList &names);
    // A portal was set on the first-run page: start the program again on
    // it, in this section ("account", "videos").
    void restartRequested(const QString &section);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslate();
    void buildNavigation();
    void buildMenus();
    void restoreState();
    void saveState();
    QWidget *createPage(Section section);
    void showAccount();
    void replacePage(Section section, QWidget *replacement);
    void playClip(Library::LibraryStore &store, qint64 clipId);
    void showPlayer(const QString &title);
    void chooseDownloadFolder();
    // The Downloads tile's badge: how many run, red when one failed.
    void updateDownloadsBadge();
    void updateViewActions();
    void applySettings(const QStringList &names);

    Settings::AppSettings &m_settings;
    const Settings::Paths &m_paths;
    QUrl m_portal;
    Auth::AccountService *m_account;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    QLabel *m_portalLabel;
    QLabel *m_accountLabel;
    StatusIndicators *m_indicators;
    TransferTotals *m_transfers = nullptr;
    VideoStates *m_videoStates = nullptr;
    Library::DownloadIntake *m_intake = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_gridAction = nullptr;
    QAction *m_listAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_resetZoomAction = nullptr;
    FirstRunPage *m_firstRun = nullptr; // while no portal is set
    TrayIcon *m_tray = nullptr;
    bool m_quitting = false;
    std::map<Section, QWidget *> m_pageBySection;
    PreviewPlayer *m_player = nullptr;
    VideosPage *m_videos = nullptr;
    NewsPage *m_news = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_workOfflineAction = nullptr;
    QAction *m_sidecarsAction = nullptr;
    QAction *m_hashHistoryAction = nullptr;
    QAction *m_folderAction = nullptr;
    QAction *m_configureAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    // The title of what the player shows, for its window's title.
    QString m_playerTitle;
    std::optional<Catalogue::Video> m_playerVideo; // the portal video being previewed
    QNetworkAccessManager *m_network = nullptr;
    Portal::ConditionsGate *m_conditions = nullptr;
    Watch::WatchStore *m_watches = nullptr;
    // The section shown last, and the one the Account section was entered
    // from (to return to once a sign-in or a new account is done).
    std::optional<Section> m_lastSection;
    // Opening on the first section with content when none was saved.
    void contentAnswered(Section section);
    OpeningSection m_opening;
    bool m_choosingOpening = false; // the choice, not the person, moves the navigation
    std::optional<Section> m_accountFrom;
};

} // namespace Ui
