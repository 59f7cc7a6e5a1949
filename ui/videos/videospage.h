#pragma once

#include "core/catalogue/video.h"
#include "core/downloads/downloadrecord.h"

#include <QWidget>

#include <array>

#include <optional>

class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace Auth {
class AccountService;
}

namespace Catalogue {
class CatalogueCache;
class CatalogueSync;
class ThumbnailCache;
} // namespace Catalogue

namespace Downloads {
class DownloadManager;
}

namespace Watch {
class WatchStore;
struct SavedSearch;
} // namespace Watch

namespace Portal {
class ConditionsGate;
class PortalClient;
} // namespace Portal

namespace Ui {

class EmptyStatePage;
class MessageBar;
class VideoThumbnails;
class VideoDelegate;
class VideoDetailPane;
class VideoDownloads;
class VideoFilterBar;
class VideosModel;
class VideoStates;

// The Videos section: the portal's catalogue as a thumbnail grid or a
// table, searched and filtered, a page at a time as the person scrolls,
// with the selected video's details beside it. The catalogue is kept in
// the cache by incremental sync, so that it can be browsed offline, with a
// note saying so. Browsing and preview need no sign-in; a download asks for
// one (signInRequested) and goes on once signedIn() is called or the
// account service says so.
class VideosPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideosPage)

public:
    // downloads: null without a download queue (the Download buttons then
    // say why they are off). account: null when nobody can sign in.
    VideosPage(Portal::PortalClient &client, Catalogue::CatalogueCache &cache,
               Catalogue::ThumbnailCache &thumbnails, Downloads::DownloadManager *downloads,
               Auth::AccountService *account, const QString &downloadFolder, QWidget *parent = nullptr);
    ~VideosPage() override;

    QString downloadFolder() const;
    void setDownloadFolder(const QString &folder);
    // The portal's conditions of use, to accept before downloading.
    void setConditions(Portal::ConditionsGate *conditions);
    // Where Save Search… keeps the current search (the button shows once set).
    void setWatchStore(Watch::WatchStore *store);
    // What is in the library or on its way: cards, rows and the rendition
    // table show it. May be null.
    void setStates(VideoStates *states);
    // What Download takes (Settings: downloads.house-format).
    void setHouseFormat(const QString &houseFormat);

    enum class ViewMode { Grid, List };
    ViewMode viewMode() const;
    void setViewMode(ViewMode mode);
    // The grid's card size, one of ZoomLevels (percent).
    static constexpr std::array ZoomLevels {75, 100, 125, 150, 200};
    int zoom() const;
    void setZoom(int percent);

    // The download waiting for a sign-in, if any: (video, rendition id).
    std::optional<std::pair<Catalogue::Video, QString>> pendingDownload() const;
    bool isOffline() const { return m_offline; }
    // Whether the page has anything to download into (a download queue).
    bool canDownload() const { return m_downloads != nullptr; }

    VideosModel *model() const { return m_model; }
    QListView *gridView() const { return m_grid; }
    QTreeView *listView() const { return m_list; }
    VideoFilterBar *filterBar() const { return m_filterBar; }
    VideoDetailPane *detailPane() const { return m_detail; }
    MessageBar *statusNotice() const { return m_statusNotice; }
    MessageBar *downloadNotice() const { return m_downloadNotice; }

public slots:
    // Someone signed in: the download that waited for it is queued.
    void signedIn();
    // Asks the portal again: the list, the tags and an incremental sync.
    void refresh();
    void zoomIn();
    void zoomOut();
    // Shows one video's details (from the cache, else the portal), as when
    // a news article links to it.
    void openVideo(const QString &id);
    // Queues a rendition as its Download button would: conditions, sign-in
    // and the house folder included (the player's Download… uses it).
    void requestDownload(const Catalogue::Video &video, const Catalogue::Rendition &rendition);

signals:
    // What the section holds may have changed (and is known: the first of
    // these says what it holds at start).
    void contentChanged();
    void previewRequested(const Catalogue::Video &video);
    // A download needs a sign-in first.
    void signInRequested();
    // A rendition entered the download queue.
    void downloadQueued(const Downloads::DownloadRecord &record);
    // The catalogue kept here is up to date with the portal.
    void catalogueSynced();
    void searchSaved(const Watch::SavedSearch &search);
    void zoomChanged(int percent);
    void viewModeChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void buildViews();
    void saveSearch();
    void start();
    void currentChanged();
    void showDetail(const QString &id);
    void setOffline(bool offline);
    void showPortalProblem(const QString &message, bool offline);
    void updateOfflineNote();
    void updateVisibleView();
    void updateStatusLine();
    void loadTags();
    void restoreSelection();

    Portal::PortalClient &m_client;
    Catalogue::CatalogueCache &m_cache;
    Downloads::DownloadManager *m_downloads;
    VideoThumbnails *m_thumbnails;
    Catalogue::CatalogueSync *m_sync;
    Watch::WatchStore *m_watches = nullptr;
    VideosModel *m_model;
    VideoFilterBar *m_filterBar;
    MessageBar *m_statusNotice;
    MessageBar *m_downloadNotice;
    VideoDownloads *m_downloadRequests;
    QStackedWidget *m_views;
    QListView *m_grid;
    QTreeView *m_list;
    VideoDelegate *m_delegate = nullptr;
    QWidget *m_noMatches;
    QWidget *m_emptyCatalogue;
    QWidget *m_emptyOffline;
    EmptyStatePage *m_noMatchesState = nullptr;
    EmptyStatePage *m_emptyCatalogueState = nullptr;
    EmptyStatePage *m_emptyOfflineState = nullptr;
    QPushButton *m_clearButton = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    VideoDetailPane *m_detail;
    QSplitter *m_splitter;
    QLabel *m_statusLine;
    QTimer *m_syncTimer;
    QString m_selectedId;
    quint64 m_detailToken = 0;
    QString m_previewWhenLoaded;
    bool m_offline = false;
    bool m_portalProblem = false;
    bool m_cacheProblemShown = false;
};

} // namespace Ui
