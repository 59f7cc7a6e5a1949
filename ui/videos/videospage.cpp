#include "ui/videos/videospage.h"

#include "core/network/offlinemode.h"

#include "core/catalogue/catalogueapi.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/cataloguesync.h"
#include "core/watch/watchstore.h"
#include "ui/emptystatepage.h"
#include "ui/savesearchdialog.h"
#include "ui/videos/videodelegate.h"
#include "ui/videos/videodetailpane.h"
#include "ui/videos/videodownloads.h"
#include "ui/videos/videofilterbar.h"
#include "ui/videos/videoformat.h"
#include "ui/videos/videorowdelegate.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videothumbnails.h"
#include "ui/widgets/datetimetext.h"
#include "ui/widgets/headerfit.h"
#include "ui/widgets/messagebar.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace Ui {

namespace {

constexpr int SyncIntervalMs = 15 * 60 * 1000;
// After a sync that could not reach the portal: sooner, so that the
// offline note does not outlive the outage by long.
constexpr int OfflineSyncIntervalMs = 60 * 1000;
// An empty state with one action under it; their texts come from retranslate().
QWidget *emptyState(const QString &actionName, QWidget *parent, EmptyStatePage **state, QPushButton **action)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    *state = new EmptyStatePage(QStringLiteral("videos"), QString(), QString(), page);
    layout->addWidget(*state, 1);
    *action = new QPushButton(page);
    (*action)->setObjectName(actionName);
    layout->addWidget(*action, 0, Qt::AlignHCenter);
    layout->addSpacing(48);
    return page;
}

} // namespace

VideosPage::VideosPage(Portal::PortalClient &client, Catalogue::CatalogueCache &cache,
                       Catalogue::ThumbnailCache &thumbnails, Downloads::DownloadManager *downloads,
                       Auth::AccountService *account, const QString &downloadFolder, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_cache(cache),
      m_downloads(downloads),
      m_thumbnails(new VideoThumbnails(thumbnails, this)),
      m_sync(new Catalogue::CatalogueSync(client, cache, this)),
      m_model(new VideosModel(client, cache, m_thumbnails, this)),
      m_filterBar(new VideoFilterBar(this)),
      m_statusNotice(new MessageBar(this)),
      m_downloadNotice(new MessageBar(this)),
      m_downloadRequests(new VideoDownloads(downloads, account, *m_downloadNotice, downloadFolder, this)),
      m_views(new QStackedWidget(this)),
      m_grid(new QListView(this)),
      m_list(new QTreeView(this)),
      m_noMatches(nullptr),
      m_emptyCatalogue(nullptr),
      m_emptyOffline(nullptr),
      m_detail(new VideoDetailPane(*m_thumbnails, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_statusLine(new QLabel(this)),
      m_syncTimer(new QTimer(this))
{
    buildViews();
    m_statusNotice->setObjectName(QStringLiteral("statusNotice"));
    m_downloadNotice->setObjectName(QStringLiteral("downloadNotice"));
    m_statusLine->setObjectName(QStringLiteral("statusLine"));
    m_statusLine->setTextFormat(Qt::PlainText);

    m_splitter->addWidget(m_views);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({660, 560});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 6);
    layout->setSpacing(8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_statusNotice);
    layout->addWidget(m_downloadNotice);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_statusLine);

    connect(m_filterBar, &VideoFilterBar::filterChanged, this,
            [this](const VideoFilter &filter) { m_model->setFilter(filter); });
    connect(m_filterBar, &VideoFilterBar::gridModeChanged, this,
            [this](bool grid) { setViewMode(grid ? ViewMode::Grid : ViewMode::List); });
    connect(m_filterBar, &VideoFilterBar::refreshRequested, this, &VideosPage::refresh);
    connect(m_filterBar, &VideoFilterBar::saveSearchRequested, this, &VideosPage::saveSearch);
    m_filterBar->saveSearchButton()->hide(); // until there is a store to save into

    connect(m_model, &VideosModel::loadingChanged, this, [this] {
        updateVisibleView();
        updateStatusLine();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &VideosPage::updateVisibleView);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &VideosPage::updateStatusLine);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        restoreSelection();
        updateVisibleView();
        updateStatusLine();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_grid->currentIndex().isValid())
            restoreSelection();
    });
    connect(m_model, &VideosModel::portalAnswered, this, [this] {
        if (m_portalProblem) {
            m_portalProblem = false;
            m_statusNotice->dismiss();
        }
        setOffline(false);
    });
    connect(m_model, &VideosModel::portalFailed, this, &VideosPage::showPortalProblem);
    connect(m_model, &VideosModel::cacheFailed, this, [this](const QString &message) {
        // Said once: every filter change would say it again.
        if (std::exchange(m_cacheProblemShown, true) || m_portalProblem)
            return;
        m_statusNotice->showMessage(MessageBar::Kind::Warning, [message] {
            return tr("%1 The catalogue can be browsed only while the portal answers.").arg(message);
        });
    });

    connect(m_detail, &VideoDetailPane::downloadRequested, m_downloadRequests, &VideoDownloads::request);
    connect(m_detail, &VideoDetailPane::previewRequested, this, &VideosPage::previewRequested);
    // A video that needs a wider pane takes the room from the list.
    connect(m_detail, &VideoDetailPane::widthNeeded, this, [this](int needed) {
        const QList<int> sizes = m_splitter->sizes();
        if (sizes.size() == 2 && sizes.at(1) < needed && sizes.at(0) + sizes.at(1) > needed)
            m_splitter->setSizes({sizes.at(0) + sizes.at(1) - needed, needed});
    });
    connect(m_detail, &VideoDetailPane::retryRequested, this, [this] {
        if (!m_selectedId.isEmpty())
            showDetail(m_selectedId);
    });

    connect(m_sync, &Catalogue::CatalogueSync::started, this, &VideosPage::updateStatusLine);
    connect(m_sync, &Catalogue::CatalogueSync::finished, this, [this](int changed) {
        emit catalogueSynced();
        m_syncTimer->setInterval(SyncIntervalMs);
        updateStatusLine();
        if (m_offline) {
            // The portal answers again: the list comes from it once more.
            setOffline(false);
            m_model->reload();
            loadTags();
        } else if (changed > 0 && m_model->source() != VideosModel::Source::Portal) {
            m_model->reload();
        }
    });
    connect(m_sync, &Catalogue::CatalogueSync::failed, this, [this](const QString &message, bool offline) {
        updateStatusLine();
        if (offline) {
            m_syncTimer->setInterval(OfflineSyncIntervalMs);
            setOffline(true);
        } else {
            m_statusNotice->showMessage(
                MessageBar::Kind::Warning,
                [message] {
                    return tr("The catalogue kept for offline use could not be brought up to date: %1")
                        .arg(message);
                },
                [] { return tr("Try Again"); }, [this] { refresh(); });
        }
    });
    m_syncTimer->setInterval(SyncIntervalMs);
    connect(m_syncTimer, &QTimer::timeout, m_sync, &Catalogue::CatalogueSync::start);

    connect(m_downloadRequests, &VideoDownloads::signInRequested, this, &VideosPage::signInRequested);
    connect(m_downloadRequests, &VideoDownloads::queued, this, &VideosPage::downloadQueued);

    // Offline by choice: said at once, without asking the portal first;
    // online again: brought up to date.
    connect(&Network::OfflineMode::instance(), &Network::OfflineMode::changed, this, [this](bool on) {
        if (on) {
            m_offline = false;
            setOffline(true);
        } else {
            refresh();
        }
    });

    setViewMode(ViewMode::Grid);
    retranslate();
    // Once the owner has connected to the signals.
    QTimer::singleShot(0, this, &VideosPage::start);
}

VideosPage::~VideosPage() = default;

void VideosPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VideosPage::retranslate()
{
    m_grid->setAccessibleName(tr("Videos"));
    m_list->setAccessibleName(tr("Videos"));
    m_noMatchesState->setTexts(tr("No videos match"),
                               tr("No video matches these words, this tag and these dates. Try other words, "
                                  "another tag or a wider date range."));
    m_clearButton->setText(tr("&Clear the filters"));
    m_clearButton->setAccessibleName(tr("Clear the filters"));
    m_emptyCatalogueState->setTexts(
        tr("No videos yet"),
        tr("The portal's video catalogue appears here with thumbnails, shot lists and the technical details "
           "of every rendition, so that you can preview a clip before you download it."));
    m_reloadButton->setText(tr("&Refresh"));
    m_reloadButton->setAccessibleName(tr("Refresh"));
    m_emptyOfflineState->setTexts(tr("Offline"),
                                  tr("The portal could not be reached, and no videos have been kept on this "
                                     "computer yet. Check the network connection, then try again."));
    m_retryButton->setText(tr("&Try Again"));
    m_retryButton->setAccessibleName(tr("Try Again"));
    m_detail->setDownloadsAvailable(m_downloads != nullptr,
                                    tr("Downloads are not available because no portal is set."));
    updateStatusLine();
}

void VideosPage::buildViews()
{
    auto *delegate = new VideoDelegate(*m_thumbnails, m_grid);
    m_delegate = delegate;
    m_grid->setObjectName(QStringLiteral("videoGrid"));
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(delegate);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setDragDropMode(QAbstractItemView::NoDragDrop);
    m_grid->setDragEnabled(false);
    m_grid->setAcceptDrops(false);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Laid out a batch at a time: with thousands of videos loaded, a
    // whole layout after each page would stall the window.
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(200);
    const QSize cell = delegate->sizeHint(QStyleOptionViewItem(), {});
    m_grid->setGridSize(cell + QSize(8, 8));
    m_grid->verticalScrollBar()->setSingleStep(cell.height() / 4);

    m_list->setObjectName(QStringLiteral("videoList"));
    m_list->setModel(m_model);
    m_list->setSelectionModel(m_grid->selectionModel());
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setIconSize(VideosModel::listThumbnailSize());
    m_list->setAllColumnsShowFocus(true);
    // Row by row (the default): QTreeView repaints all of its rows at every
    // step when scrolling by pixel, and the thousands of rows here would
    // make that the cost of scrolling.
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_list->setItemDelegate(new VideoRowDelegate(m_list));
    // The title takes what the other columns leave: no sideways scrolling.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(VideosModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(VideosModel::StateColumn, 110);
    header->resizeSection(VideosModel::PublishedColumn, 110);
    keepHeaderTitlesWhole(header);
    header->resizeSection(VideosModel::DurationColumn, 70);
    header->resizeSection(VideosModel::FormatsColumn, 120);
    header->resizeSection(VideosModel::SizeColumn, 80);
    header->resizeSection(VideosModel::LocationColumn, 150);
    header->resizeSection(VideosModel::TagsColumn, 140);

    m_noMatches = emptyState(QStringLiteral("clearFiltersButton"), this, &m_noMatchesState, &m_clearButton);
    connect(m_clearButton, &QPushButton::clicked, m_filterBar, &VideoFilterBar::clearFilter);
    m_emptyCatalogue =
        emptyState(QStringLiteral("reloadButton"), this, &m_emptyCatalogueState, &m_reloadButton);
    connect(m_reloadButton, &QPushButton::clicked, this, &VideosPage::refresh);
    m_emptyOffline = emptyState(QStringLiteral("retryButton"), this, &m_emptyOfflineState, &m_retryButton);
    connect(m_retryButton, &QPushButton::clicked, this, &VideosPage::refresh);

    m_views->addWidget(m_grid);
    m_views->addWidget(m_list);
    m_views->addWidget(m_noMatches);
    m_views->addWidget(m_emptyCatalogue);
    m_views->addWidget(m_emptyOffline);

    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &VideosPage::currentChanged);
    for (QAbstractItemView *view :
         {static_cast<QAbstractItemView *>(m_grid), static_cast<QAbstractItemView *>(m_list)}) {
        // Double-click or Enter plays the preview.
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            const QString id = index.data(VideosModel::IdRole).toString();
            if (const auto video = m_detail->video(); video && video->id == id)
                emit previewRequested(*video);
            else
                m_previewWhenLoaded = id;
        });
    }
}

void VideosPage::start()
{
    m_model->setFilter(m_filterBar->filter());
    m_sync->start();
    m_syncTimer->start();
    loadTags();
}

void VideosPage::refresh()
{
    m_model->reload();
    m_sync->start();
    loadTags();
}

VideosPage::ViewMode VideosPage::viewMode() const
{
    return m_filterBar->isGridMode() ? ViewMode::Grid : ViewMode::List;
}

void VideosPage::setViewMode(ViewMode mode)
{
    m_filterBar->setGridMode(mode == ViewMode::Grid);
    updateVisibleView();
    QAbstractItemView *view = mode == ViewMode::Grid ? static_cast<QAbstractItemView *>(m_grid) : m_list;
    if (view->currentIndex().isValid())
        view->scrollTo(view->currentIndex());
    emit viewModeChanged();
}

void VideosPage::updateVisibleView()
{
    QWidget *show = viewMode() == ViewMode::Grid ? static_cast<QWidget *>(m_grid) : m_list;
    if (m_model->rowCount() == 0 && !m_model->isLoading()) {
        if (!m_model->filter().isEmpty())
            show = m_noMatches;
        else if (m_offline)
            show = m_emptyOffline;
        else
            show = m_emptyCatalogue;
    }
    if (m_views->currentWidget() != show) {
        const bool hadFocus = m_views->currentWidget() && m_views->currentWidget()->hasFocus();
        m_views->setCurrentWidget(show);
        if (hadFocus)
            show->setFocus();
    }
    if (!m_model->isLoading())
        emit contentChanged();
}

void VideosPage::updateStatusLine()
{
    QString text;
    const int rows = m_model->rowCount();
    // Counts without plural forms, which would need every language's rules.
    if (rows == 0 && m_model->isLoading())
        text = tr("Loading the catalogue…");
    else if (m_model->atEnd() || rows == 0)
        text = tr("Videos: %1").arg(QLocale().toString(rows));
    else
        text = tr("Videos: %1 so far; scroll down for more").arg(QLocale().toString(rows));
    if (m_sync->isRunning())
        text += QStringLiteral(" · ") + tr("Updating the catalogue kept for offline use…");
    m_statusLine->setText(text);
}

void VideosPage::loadTags()
{
    m_sync->fetchTags(this, [this](Portal::ApiResult<QList<Catalogue::TagCount>> tags) {
        if (tags.ok()) {
            m_filterBar->setTags(tags.value());
            return;
        }
        // Offline: the tags of the videos kept here.
        m_cache.tags(this, [this](Util::Result<QList<Catalogue::TagCount>> cached) {
            if (cached)
                m_filterBar->setTags(cached.value());
        });
    });
}

void VideosPage::setStates(VideoStates *states)
{
    m_model->setStates(states);
    m_detail->setStates(states);
}

void VideosPage::setHouseFormat(const QString &houseFormat)
{
    m_detail->setHouseFormat(houseFormat);
}

void VideosPage::setOffline(bool offline)
{
    if (m_offline == offline) {
        // Still offline after Try Again: the note (which the click put
        // away) says so again.
        if (offline && m_statusNotice->isHidden())
            updateOfflineNote();
        return;
    }
    m_offline = offline;
    updateOfflineNote();
    updateVisibleView();
}

void VideosPage::updateOfflineNote()
{
    if (!m_offline) {
        if (m_statusNotice->property("offline").toBool()) {
            m_statusNotice->dismiss();
            m_statusNotice->setProperty("offline", false);
        }
        return;
    }
    m_cache.syncState(this, [this](Util::Result<Catalogue::SyncState> state) {
        if (!m_offline)
            return;
        const QDateTime asOf = state ? state.value().asOf() : QDateTime();
        if (Network::OfflineMode::isOn()) {
            m_statusNotice->showMessage(
                MessageBar::Kind::Information,
                [asOf] {
                    return asOf.isValid() ? tr("Working offline — showing the catalogue as of %1.")
                                                .arg(DateTimeText::dateTime(asOf))
                                          : tr("Working offline — showing the videos kept on this computer.");
                },
                [] { return tr("Work Online"); }, [] { Network::OfflineMode::setOn(false); });
            m_statusNotice->setProperty("offline", true);
            return;
        }
        m_statusNotice->showMessage(
            MessageBar::Kind::Warning,
            [asOf] {
                return asOf.isValid()
                    ? tr("Offline — showing the catalogue as of %1. The portal could not be reached.")
                          .arg(DateTimeText::dateTime(asOf))
                    : tr("Offline — showing the videos kept on this computer. The portal could not be "
                         "reached.");
            },
            [] { return tr("Try Again"); }, [this] { refresh(); });
        m_statusNotice->setProperty("offline", true);
    });
}

void VideosPage::showPortalProblem(const QString &message, bool offline)
{
    if (offline) {
        setOffline(true);
        return;
    }
    m_portalProblem = true;
    m_statusNotice->setProperty("offline", false);
    m_statusNotice->showMessage(
        MessageBar::Kind::Error,
        [message] {
            return tr("The portal could not list the videos: %1 Showing the videos kept on this computer.")
                .arg(message);
        },
        [] { return tr("Try Again"); }, [this] { refresh(); });
}

void VideosPage::restoreSelection()
{
    if (m_selectedId.isEmpty())
        return;
    const int row = m_model->rowOf(m_selectedId);
    if (row < 0)
        return;
    m_grid->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void VideosPage::openVideo(const QString &id)
{
    if (id.isEmpty())
        return;
    m_selectedId = id;
    restoreSelection();
    showDetail(id);
}

void VideosPage::currentChanged()
{
    const QModelIndex current = m_grid->selectionModel()->currentIndex();
    const QString id = current.data(VideosModel::IdRole).toString();
    if (id.isEmpty())
        return; // the list was reset: the details stay
    if (id == m_selectedId && m_detail->video() && m_detail->video()->id == id)
        return;
    m_selectedId = id;
    showDetail(id);
}

void VideosPage::showDetail(const QString &id)
{
    const quint64 token = ++m_detailToken;
    // Only a slow answer shows "Loading…": a fast one would only flicker.
    QTimer::singleShot(200, this, [this, token, id] {
        if (token == m_detailToken && (!m_detail->video() || m_detail->video()->id != id))
            m_detail->showLoading();
    });
    const auto shown = [this, token](const Catalogue::Video &video) {
        if (token != m_detailToken)
            return;
        m_detail->showVideo(video);
        if (m_previewWhenLoaded == video.id) {
            m_previewWhenLoaded.clear();
            emit previewRequested(video);
        }
    };
    // The cache holds every video listed (its writes come before this read).
    m_cache.video(id, this, [this, id, token, shown](Util::Result<std::optional<Catalogue::Video>> cached) {
        if (token != m_detailToken)
            return;
        if (cached && cached.value()) {
            shown(*cached.value());
            return;
        }
        Catalogue::CatalogueApi(m_client).video(
            id, this, [this, token, shown](Portal::ApiResult<Catalogue::Video> video) {
                if (token != m_detailToken)
                    return;
                if (!video.ok()) {
                    m_detail->showProblem(
                        tr("The details of this video could not be loaded, and they are not kept on this "
                           "computer. %1 Check the network, then try again.")
                            .arg(video.error().message));
                    return;
                }
                m_cache.store({video.value()});
                shown(video.value());
            });
    });
}

std::optional<std::pair<Catalogue::Video, QString>> VideosPage::pendingDownload() const
{
    return m_downloadRequests->pending();
}

void VideosPage::setWatchStore(Watch::WatchStore *store)
{
    m_watches = store;
    m_filterBar->saveSearchButton()->setVisible(store != nullptr);
}

void VideosPage::saveSearch()
{
    if (!m_watches)
        return;
    const VideoFilter filter = m_filterBar->filter();
    Watch::SavedSearch search;
    search.scope = Watch::SavedSearch::Scope::Videos;
    search.text = filter.text.trimmed();
    search.tag = filter.tag;
    if (filter.from.isValid())
        search.from = filter.from.startOfDay().toUTC();
    if (filter.to.isValid())
        search.to = filter.to.endOfDay().toUTC();
    auto *dialog = new SaveSearchDialog(*m_watches, search, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SaveSearchDialog::saved, this, &VideosPage::searchSaved);
    dialog->open();
}

void VideosPage::setConditions(Portal::ConditionsGate *conditions)
{
    m_downloadRequests->setConditions(conditions);
}

QString VideosPage::downloadFolder() const
{
    return m_downloadRequests->folder();
}

void VideosPage::setDownloadFolder(const QString &folder)
{
    m_downloadRequests->setFolder(folder);
}

void VideosPage::signedIn()
{
    m_downloadRequests->signedIn();
}

} // namespace Ui

namespace Ui {

void VideosPage::requestDownload(const Catalogue::Video &video, const Catalogue::Rendition &rendition)
{
    m_downloadRequests->request(video, rendition);
}

} // namespace Ui

namespace Ui {

int VideosPage::zoom() const
{
    return m_delegate->zoom();
}

void VideosPage::setZoom(int percent)
{
    if (std::find(ZoomLevels.cbegin(), ZoomLevels.cend(), percent) == ZoomLevels.cend() || percent == zoom())
        return;
    m_delegate->setZoom(percent);
    const QSize cell = m_delegate->sizeHint(QStyleOptionViewItem(), {});
    m_grid->setGridSize(cell + QSize(8, 8));
    m_grid->verticalScrollBar()->setSingleStep(cell.height() / 4);
    m_grid->doItemsLayout();
    emit zoomChanged(percent);
}

void VideosPage::zoomIn()
{
    const auto next = std::upper_bound(ZoomLevels.cbegin(), ZoomLevels.cend(), zoom());
    if (next != ZoomLevels.cend())
        setZoom(*next);
}

void VideosPage::zoomOut()
{
    const auto at = std::lower_bound(ZoomLevels.cbegin(), ZoomLevels.cend(), zoom());
    if (at != ZoomLevels.cbegin())
        setZoom(*(at - 1));
}

} // namespace Ui
