#include "ui/mainwindow.h"
#include "ui/mainwindowtexts.h"

#include "core/auth/accountservice.h"
#include "core/catalogue/video.h"
#include "core/library/downloadintake.h"
#include "core/library/librarystore.h"
#include "core/network/offlinemode.h"
#include "core/portal/portalurl.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "core/settings/settingsoptions.h"
#include "core/util/logging.h"
#include "core/util/weburl.h"
#include "ui/account/accountpage.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/downloads/downloadspage.h"
#include "ui/emptystatepage.h"
#include "ui/firstrunpage.h"
#include "ui/library/librarypage.h"
#include "ui/library/thumbnailprovider.h"
#include "ui/navigationdelegate.h"
#include "ui/news/newsmodel.h"
#include "ui/news/newspage.h"
#include "ui/plaintext.h"
#include "ui/player/previewplayer.h"
#include "ui/settingsdialog.h"
#include "ui/status/statusindicators.h"
#include "ui/status/transfertotals.h"
#include "ui/status/trayicon.h"
#include "ui/uiresources.h"
#include "ui/videos/videoformat.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"
#include "ui/videos/videostates.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>

namespace Ui {

SectionText sectionText(Section section)
{
    switch (section) {
    case Section::News:
        return {MainWindow::tr("News"), QStringLiteral("news")};
    case Section::Videos:
        return {MainWindow::tr("Videos"), QStringLiteral("videos")};
    case Section::Downloads:
        return {MainWindow::tr("Downloads"), QStringLiteral("downloads")};
    case Section::Library:
        return {MainWindow::tr("Library"), QStringLiteral("library")};
    case Section::Account:
        return {MainWindow::tr("Account"), QStringLiteral("account")};
    }
    return {};
}

namespace {

struct EmptyText
{
    QString heading;
    QString explanation;
};

// What a section says while it has nothing to show.
EmptyText emptyText(Section section)
{
    switch (section) {
    case Section::News:
        return {MainWindow::tr("No news yet"),
                MainWindow::tr("News releases, press releases, speeches, statements and transcripts from the "
                               "portal appear here, newest first. Once fetched they stay readable offline, "
                               "images included.")};
    case Section::Videos:
        return {
            MainWindow::tr("No videos yet"),
            MainWindow::tr("The portal's video catalogue appears here with thumbnails, shot lists and the "
                           "technical details of every rendition, so that you can preview a clip before "
                           "you download it.")};
    case Section::Downloads:
        return {MainWindow::tr("No downloads"),
                MainWindow::tr("Renditions you queue for download appear here with their progress, speed and "
                               "time left. The queue survives restarts, and every finished file is checked "
                               "against the portal's SHA-256 checksum.")};
    case Section::Library:
        return {MainWindow::tr("Your library is empty"),
                MainWindow::tr("Every verified download enters your local clip library, where you can search "
                               "it, add tags and notes, check that files are intact and export their "
                               "metadata.")};
    case Section::Account:
        return {
            MainWindow::tr("No portal set"),
            MainWindow::tr("To sign in or create an account, Multimedia Desk needs the address of your "
                           "portal: give it in Settings → Configure Multimedia Desk… → Portal address and "
                           "start again, or start with --portal followed by the portal's API address, for "
                           "example https://portal.example.org/api/v1.")};
    }
    return {};
}

int indexOf(Section section)
{
    return static_cast<int>(section);
}

} // namespace

MainWindow::MainWindow(Settings::AppSettings &settings, const Settings::Paths &paths, const QUrl &portal,
                       Auth::AccountService *account, QWidget *parent)
    : QMainWindow(parent),
      m_settings(settings),
      m_paths(paths),
      m_portal(portal),
      m_account(account),
      m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_portalLabel(new QLabel(this)),
      m_accountLabel(new QLabel(this)),
      m_indicators(new StatusIndicators(this)),
      m_videoStates(new VideoStates(this))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    m_pages->setObjectName(QStringLiteral("sectionPages"));
    setWindowIcon(icon(QStringLiteral("mmdesk")));

    buildNavigation();
    buildMenus();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    if (m_portal.isEmpty()) {
        // No portal yet: its address first, the sections once it is set (or
        // for the library alone).
        auto *start = new QStackedWidget(this);
        start->setObjectName(QStringLiteral("startStack"));
        start->addWidget(central);
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        m_firstRun = new FirstRunPage(m_settings, *m_network, start);
        start->addWidget(m_firstRun);
        start->setCurrentWidget(m_firstRun);
        connect(m_firstRun, &FirstRunPage::restartRequested, this, &MainWindow::restartRequested);
        connect(m_firstRun, &FirstRunPage::skipped, this, [this, start, central] {
            start->setCurrentWidget(central);
            showSection(Section::Library);
        });
        setCentralWidget(start);
    } else {
        setCentralWidget(central);
    }

    m_portalLabel->setObjectName(QStringLiteral("portalLabel"));
    m_portalLabel->setTextFormat(Qt::PlainText);
    if (Portal::PortalUrl::isInsecure(m_portal)) {
        QPalette warning = m_portalLabel->palette();
        warning.setColor(QPalette::WindowText, QColor(0xc0, 0x39, 0x2b));
        m_portalLabel->setPalette(warning);
    }
    m_accountLabel->setObjectName(QStringLiteral("accountLabel"));
    statusBar()->addPermanentWidget(m_indicators);
    connect(m_indicators, &StatusIndicators::transfersActivated, this,
            [this] { showSection(Section::Downloads); });
    statusBar()->addPermanentWidget(m_accountLabel);
    statusBar()->addPermanentWidget(m_portalLabel);
    if (TrayIcon::available()) {
        m_tray = new TrayIcon(*this, this);
        connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
    }
    if (m_account) {
        connect(m_account, &Auth::AccountService::userChanged, this, &MainWindow::showAccount);
        connect(m_account, &Auth::AccountService::stateChanged, this, &MainWindow::showAccount);
    }
    retranslate();

    restoreState();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Multimedia Desk"));
    m_navigation->setAccessibleName(tr("Sections"));
    for (Section section : AllSections) {
        const SectionText text = sectionText(section);
        QListWidgetItem *item = m_navigation->item(indexOf(section));
        item->setText(text.title);
        item->setData(Qt::AccessibleTextRole, text.title);
        if (QAction *action = findChild<QAction *>(sectionKey(section) + QStringLiteral("Action")))
            action->setText(text.title);
        if (auto *empty = qobject_cast<EmptyStatePage *>(m_pageBySection.at(section))) {
            const EmptyText says = emptyText(section);
            empty->setTexts(says.heading, says.explanation);
        }
    }
    updateDownloadsBadge();

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_workOfflineAction->setText(tr("Work &Offline"));
    m_workOfflineAction->setToolTip(tr("Ask nothing of the network: read what is kept on this computer; "
                                       "downloads wait and go on when you work online again."));
    m_goMenu->setTitle(tr("&Go"));
    m_viewMenu->setTitle(tr("&View"));
    m_gridAction->setText(tr("&Grid"));
    m_listAction->setText(tr("&List"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_resetZoomAction->setText(tr("&Reset Zoom"));
    updateViewActions();
    m_settingsMenu->setTitle(tr("&Settings"));
    m_sidecarsAction->setText(tr("Write EBUCore &Sidecars for New Downloads"));
    m_sidecarsAction->setToolTip(
        tr("Puts “file.ebucore.xml” with the portal's description beside every new download."));
    m_hashHistoryAction->setText(tr("Keep ASC MHL &Hash Histories in Download Folders"));
    m_hashHistoryAction->setToolTip(
        tr("Adds a generation to the folder's ascmhl history after every new download."));
    m_folderAction->setText(tr("Download &Folder…"));
    m_folderAction->setToolTip(tr("Where renditions queued from the Videos section are saved."));
    m_configureAction->setText(tr("&Configure Multimedia Desk…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Multimedia Desk"));
    m_aboutQtAction->setText(tr("About &Qt"));

    if (Portal::PortalUrl::isInsecure(m_portal)) {
        // Allowed with --allow-insecure-portal only: it stays in sight.
        m_portalLabel->setText(tr("⚠ Not encrypted: %1").arg(m_portal.toDisplayString()));
        m_portalLabel->setToolTip(
            tr("This portal is reached over plain http: your password, your sign-in and what you download "
               "cross the network unencrypted. Use its https:// address if it has one."));
        m_portalLabel->setAccessibleName(tr("Warning: the portal connection is not encrypted"));
    } else {
        m_portalLabel->setText(m_portal.isEmpty()
                                   ? tr("No portal set: start with --portal URL, or set MMDESK_PORTAL.")
                                   : tr("Portal: %1").arg(m_portal.toDisplayString()));
    }
    showAccount();
    if (m_player && !m_playerTitle.isEmpty())
        m_player->setWindowTitle(tr("%1 — Preview").arg(m_playerTitle));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setViewMode(QListView::IconMode);
    m_navigation->setFlow(QListView::TopToBottom);
    m_navigation->setMovement(QListView::Static);
    m_navigation->setWrapping(false);
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setGridSize(QSize(120, 80));
    m_navigation->setFixedWidth(128);
    m_navigation->setSpacing(2);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setItemAlignment(Qt::AlignHCenter);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));

    for (Section section : AllSections) {
        const SectionText text = sectionText(section);
        auto *item = new QListWidgetItem(icon(text.icon), QString(), m_navigation);
        item->setTextAlignment(Qt::AlignHCenter);
        item->setSizeHint(QSize(116, 72));
        QWidget *pageWidget = createPage(section);
        pageWidget->setObjectName(sectionKey(section) + QStringLiteral("Page"));
        m_pages->addWidget(pageWidget);
        m_pageBySection.emplace(section, pageWidget);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        // A section chosen (by the person, a link, --section): the opening
        // section is no longer for the window to pick.
        if (!m_choosingOpening)
            m_opening.setOpen(false);
        m_pages->setCurrentIndex(row);
        const Section now = AllSections.at(static_cast<std::size_t>(row));
        // Where the person was before the Account section, to go back there
        // once a sign-in or a new account is done.
        if (now == Section::Account && m_lastSection && *m_lastSection != Section::Account)
            m_accountFrom = m_lastSection;
        else if (now != Section::Account)
            m_accountFrom.reset();
        m_lastSection = now;
        // Clips checked, moved or removed in the Library show as such.
        if (now == Section::Videos)
            m_videoStates->refreshLibrary();
        emit sectionChanged(now);
    });
    m_navigation->setCurrentRow(0);
}

QWidget *MainWindow::createPage(Section section)
{
    if (section == Section::Account && m_account) {
        auto *account = new AccountPage(*m_account, this);
        connect(account, &AccountPage::journeyFinished, this, [this] {
            if (currentSection() == Section::Account && m_accountFrom)
                showSection(*m_accountFrom);
        });
        return account;
    }
    // Its texts come with retranslate().
    return new EmptyStatePage(sectionText(section).icon, QString(), QString(), this);
}

void MainWindow::showAccount()
{
    const SectionText text = sectionText(Section::Account);
    QListWidgetItem *item = m_navigation->item(indexOf(Section::Account));
    const auto user = m_account ? m_account->user() : std::nullopt;
    const bool signedIn = user && m_account->state() == Auth::AccountService::State::SignedIn;
    if (signedIn) {
        m_accountLabel->setText(tr("Signed in as %1").arg(user->displayName));
        item->setToolTip(plainToolTip(tr("Signed in as %1 (%2)").arg(user->displayName, user->email)));
        item->setData(Qt::AccessibleTextRole, tr("%1: signed in as %2").arg(text.title, user->displayName));
    } else {
        m_accountLabel->setText(m_account ? tr("Not signed in") : QString());
        item->setToolTip(m_account ? tr("Not signed in") : QString());
        item->setData(Qt::AccessibleTextRole, text.title);
    }
    m_accountLabel->setVisible(!m_accountLabel->text().isEmpty());
}

Section MainWindow::currentSection() const
{
    return AllSections.at(static_cast<std::size_t>(std::max(0, m_navigation->currentRow())));
}

void MainWindow::showSection(Section section)
{
    m_navigation->setCurrentRow(indexOf(section));
}

void MainWindow::contentAnswered(Section section)
{
    if (const auto chosen = m_opening.answered(section); chosen && *chosen != currentSection()) {
        m_choosingOpening = true;
        showSection(*chosen);
        m_choosingOpening = false;
    }
}

void MainWindow::setDownloadIntake(Library::DownloadIntake *intake)
{
    m_intake = intake;
    if (intake)
        connect(intake, &Library::DownloadIntake::clipAdded, m_videoStates, &VideoStates::refreshLibrary);
    if (auto *library = qobject_cast<LibraryPage *>(page(Section::Library)))
        library->setDownloadIntake(intake);
}

void MainWindow::updateDownloadsBadge()
{
    QListWidgetItem *item = m_navigation->item(indexOf(Section::Downloads));
    if (!item)
        return;
    const int active = m_transfers ? m_transfers->active() : 0;
    const int failed = m_transfers ? m_transfers->failed() : 0;
    item->setData(NavigationDelegate::BadgeCountRole, active);
    item->setData(NavigationDelegate::BadgeAlertRole, failed > 0);
    QStringList said {sectionText(Section::Downloads).title};
    if (active > 0)
        said << tr("%n running", nullptr, active);
    if (failed > 0)
        said << tr("%n failed", nullptr, failed);
    item->setData(Qt::AccessibleTextRole, said.join(QStringLiteral(", ")));
    item->setToolTip(said.size() > 1 ? said.join(QStringLiteral(", ")) : QString());
}

DownloadsPage *MainWindow::setDownloadManager(Downloads::DownloadManager *manager)
{
    if (!manager)
        return nullptr;
    auto *downloadsPage = new DownloadsPage(*manager, this);
    connect(downloadsPage, &DownloadsPage::browseVideosRequested, this,
            [this] { showSection(Section::Videos); });
    replacePage(Section::Downloads, downloadsPage);
    m_opening.watch(Section::Downloads, [downloadsPage] { return downloadsPage->model()->rowCount() > 0; });
    connect(downloadsPage, &DownloadsPage::contentChanged, this,
            [this] { contentAnswered(Section::Downloads); });
    m_videoStates->setDownloads(manager);
    m_transfers = new TransferTotals(*manager, this);
    m_indicators->setTransfers(m_transfers);
    connect(m_transfers, &TransferTotals::changed, this, &MainWindow::updateDownloadsBadge);
    updateDownloadsBadge();
    if (m_tray)
        m_tray->setTransfers(m_transfers);
    return downloadsPage;
}

LibraryPage *MainWindow::setLibrary(Library::LibraryStore *store, const QString &libraryPath,
                                    Catalogue::ThumbnailCache *thumbnailCache, Portal::PortalClient *portal)
{
    if (!store)
        return nullptr;
    // The same bounded cache as the Videos section's thumbnails.
    auto *thumbnails = new ThumbnailProvider(thumbnailCache, this);
    auto *library = new LibraryPage(*store, libraryPath, thumbnails, this);
    m_videoStates->setLibrary(store);
    library->setPortal(portal);
    connect(library, &LibraryPage::playRequested, this,
            [this, store](const QString &, qint64 clipId) { playClip(*store, clipId); });
    library->setDownloadIntake(m_intake);
    replacePage(Section::Library, library);
    m_opening.watch(Section::Library, [library] { return library->hasClips(); });
    connect(library, &LibraryPage::contentChanged, this, [this] { contentAnswered(Section::Library); });
    return library;
}

VideosPage *MainWindow::setCatalogue(Portal::PortalClient &portal, Catalogue::CatalogueCache &cache,
                                     Catalogue::ThumbnailCache &thumbnails,
                                     Downloads::DownloadManager *downloads)
{
    m_indicators->setPortal(&portal);
    m_videos =
        new VideosPage(portal, cache, thumbnails, downloads, m_account, m_settings.downloadFolder(), this);
    m_videos->setConditions(m_conditions);
    m_videos->setWatchStore(m_watches);
    m_videos->setStates(m_videoStates);
    m_videos->setHouseFormat(m_settings.houseFormat());
    m_videos->setZoom(m_settings.videosZoom());
    connect(m_videos, &VideosPage::zoomChanged, this, [this](int percent) {
        m_settings.setVideosZoom(percent);
        updateViewActions();
    });
    connect(m_videos, &VideosPage::viewModeChanged, this, &MainWindow::updateViewActions);
    connect(m_videos, &VideosPage::previewRequested, this, &MainWindow::previewVideo);
    // After the sign-in (or a new account's welcome) the person is taken back
    // to the video they were downloading, where the page says the download is
    // queued: the Account section goes back to where it was entered from.
    connect(m_videos, &VideosPage::signInRequested, this, [this] { showSection(Section::Account); });
    replacePage(Section::Videos, m_videos);
    m_opening.watch(Section::Videos, [videos = m_videos] { return videos->model()->rowCount() > 0; });
    connect(m_videos, &VideosPage::contentChanged, this, [this] { contentAnswered(Section::Videos); });
    return m_videos;
}

NewsPage *MainWindow::setNews(News::NewsCache &cache, News::NewsSync *sync, News::FeedFetcher *feeds,
                              Catalogue::ThumbnailCache *images, int refreshMinutes)
{
    auto *news = new NewsPage(cache, sync, feeds, images, refreshMinutes, this);
    m_news = news;
    news->setConditions(m_conditions);
    news->setWatchStore(m_watches);
    connect(news, &NewsPage::videoRequested, this, [this](const QString &id) {
        if (!m_videos)
            return;
        showSection(Section::Videos);
        m_videos->openVideo(id);
    });
    replacePage(Section::News, news);
    m_opening.watch(Section::News, [news] { return news->model()->rowCount() > 0; });
    connect(news, &NewsPage::contentChanged, this, [this] { contentAnswered(Section::News); });
    return news;
}

SettingsDialog *MainWindow::configure()
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *dialog = new SettingsDialog(m_settings, *m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
    dialog->open();
    return dialog;
}

void MainWindow::applySettings(const QStringList &names)
{
    // What can change at once does; the rest is read at the next start.
    if (names.contains(QStringLiteral("downloads.folder")) && m_videos)
        m_videos->setDownloadFolder(m_settings.downloadFolder());
    if (names.contains(QStringLiteral("library.sidecars"))
        || names.contains(QStringLiteral("library.hash-history"))) {
        const QSignalBlocker sidecars(m_sidecarsAction);
        const QSignalBlocker history(m_hashHistoryAction);
        m_sidecarsAction->setChecked(m_settings.writeSidecars());
        m_hashHistoryAction->setChecked(m_settings.keepHashHistory());
        emit downloadOptionsChanged(m_settings.writeSidecars(), m_settings.keepHashHistory());
    }
    if (names.contains(QStringLiteral("downloads.house-format")) && m_videos)
        m_videos->setHouseFormat(m_settings.houseFormat());
    if (names.contains(QStringLiteral("network.offline")))
        Network::OfflineMode::setOn(m_settings.workOffline());
    if (names.contains(QStringLiteral("news.refresh-minutes")) && m_news)
        m_news->setRefreshMinutes(m_settings.newsRefreshMinutes());
    bool later = false;
    for (const QString &name : names) {
        if (const Settings::Option *option = Settings::Options::find(name); option && option->needsRestart)
            later = true;
    }
    statusBar()->showMessage(
        later ? tr("Settings saved. Some are used from the next start.") : tr("Settings saved."), 8000);
    // For what the window does not own: the bandwidth schedule, downloads at
    // once, where saved searches put their downloads.
    emit settingsApplied(names);
}

void MainWindow::previewVideo(const Catalogue::Video &video)
{
    // Only a web address reaches the media backend (Video::fromJson drops
    // others; a video kept from before may still hold one).
    if (!Util::isWebUrl(video.previewUrl)) {
        statusBar()->showMessage(tr("The portal offers no preview of “%1”.").arg(video.title), 10000);
        return;
    }
    if (Network::OfflineMode::isOn()) {
        // The preview streams from the media host: nothing is played from
        // the network while offline.
        statusBar()->showMessage(
            tr("The preview of “%1” streams from the portal, and Multimedia Desk is working "
               "offline. Turn off File → Work Offline to watch it.")
                .arg(video.title),
            15000);
        return;
    }
    // The proxy keeps the programme's frame rate, so that timecodes match
    // the shot list; it is progressive whatever the broadcast renditions are.
    const auto best = video.bestRendition();
    player()->openUrl(video.previewUrl, video.title, best ? best->frameRate : QString(), false,
                      video.shotlist);
    player()->setScriptDetails(video.credit, video.usageTerms);
    // Download… in the player: the video's renditions, largest first.
    QList<std::pair<QString, QString>> choices;
    if (m_videos && m_videos->canDownload()) {
        QList<Catalogue::Rendition> renditions = video.renditions;
        std::stable_sort(renditions.begin(), renditions.end(),
                         [](const Catalogue::Rendition &a, const Catalogue::Rendition &b) {
                             return a.sizeBytes > b.sizeBytes;
                         });
        for (const Catalogue::Rendition &rendition : renditions)
            choices.append({rendition.id, VideoFormat::renditionName(rendition)});
    }
    player()->setDownloadChoices(choices);
    m_playerVideo = video;
    showPlayer(video.title);
}

void MainWindow::showPlayer(const QString &title)
{
    PreviewPlayer *window = player();
    m_playerTitle = title;
    window->setWindowTitle(tr("%1 — Preview").arg(title));
    window->show();
    window->raise();
    window->activateWindow();
}

PreviewPlayer *MainWindow::player()
{
    if (!m_player) {
        // A window of its own, so that the clip plays beside the library.
        m_player = new PreviewPlayer(this);
        m_player->setWindowFlag(Qt::Window);
        m_player->setObjectName(QStringLiteral("previewPlayerWindow"));
        m_player->resize(1100, 680);
        connect(m_player, &PreviewPlayer::downloadRequested, this, [this](const QString &renditionId) {
            if (!m_playerVideo || !m_videos)
                return;
            for (const Catalogue::Rendition &rendition : m_playerVideo->renditions) {
                if (rendition.id == renditionId) {
                    m_videos->requestDownload(*m_playerVideo, rendition);
                    return;
                }
            }
        });
    }
    return m_player;
}

void MainWindow::playClip(Library::LibraryStore &store, qint64 clipId)
{
    const auto found = store.find(clipId);
    if (!found || !found.value()) {
        statusBar()->showMessage(tr("The clip is no longer in the library."), 10000);
        return;
    }
    const Library::Clip &clip = *found.value();
    // The shot list and the rendition's scanning come from the portal's
    // description kept with the clip.
    QList<Catalogue::ShotlistEntry> shotlist;
    bool interlaced = false;
    if (const auto video = Catalogue::Video::fromJson(QJsonDocument::fromJson(clip.metadataJson).object())) {
        shotlist = video->shotlist;
        if (const auto rendition = video->rendition(clip.renditionId))
            interlaced = rendition->interlaced;
    }
    player()->openFile(clip.filePath, clip.title, clip.frameRate, interlaced, shotlist);
    m_playerVideo.reset();
    player()->setScriptDetails(clip.credit, clip.usageTerms);
    showPlayer(clip.title);
}

void MainWindow::replacePage(Section section, QWidget *replacement)
{
    QWidget *old = m_pageBySection.at(section);
    replacement->setObjectName(old->objectName());
    const int index = m_pages->indexOf(old);
    const bool current = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, replacement);
    m_pages->removeWidget(old);
    old->deleteLater();
    m_pageBySection[section] = replacement;
    if (current)
        m_pages->setCurrentIndex(index);
}

QWidget *MainWindow::page(Section section) const
{
    return m_pageBySection.at(section);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings.mainWindowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1100, 720);
    QMainWindow::restoreState(m_settings.mainWindowState());
    const QString saved = m_settings.currentSection();
    for (Section section : AllSections) {
        if (sectionKey(section) == saved)
            showSection(section);
    }
    // Never opened before: the first section with content, once the
    // sections have said what they hold (News until then).
    m_opening.setOpen(saved.isEmpty());
    // Opening on the Account section is no journey to come back from.
    m_accountFrom.reset();
}

void MainWindow::saveState()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(QMainWindow::saveState());
    m_settings.setCurrentSection(sectionKey(currentSection()));
    if (const auto synced = m_settings.sync(); !synced)
        qCWarning(lcApp) << "could not save the window state:" << synced.error().message;
}

bool MainWindow::keepsWorkingInTray() const
{
    return m_tray && m_tray->isVisible() && m_settings.closeToTray() && m_transfers
        && m_transfers->active() + m_transfers->queued() > 0;
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (!m_quitting && keepsWorkingInTray()) {
        // The downloads go on; the tray brings the window back or quits.
        // Closing another window (the player) must not end the program meanwhile.
        event->ignore();
        QApplication::setQuitOnLastWindowClosed(false);
        hide();
        m_tray->tellStillWorking();
        return;
    }
    event->accept();
}

} // namespace Ui
