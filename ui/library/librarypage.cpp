#include "ui/library/librarypage.h"

#include "core/library/downloadintake.h"
#include "core/library/librarystore.h"
#include "ui/emptystatepage.h"
#include "ui/library/clipdetailpane.h"
#include "ui/library/clipoperations.h"
#include "ui/library/fileactions.h"
#include "ui/library/libraryfilterbar.h"
#include "ui/library/librarymodel.h"
#include "ui/library/taskpanel.h"
#include "ui/shortcutsdialog.h"
#include "ui/widgets/headerfit.h"
#include "ui/widgets/messagebar.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaMethod>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

using Kind = MessageBar::Kind;

LibraryPage::LibraryPage(Library::LibraryStore &store, const QString &libraryPath,
                         ThumbnailProvider *thumbnails, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_jobs(new LibraryJobs(store, libraryPath, this)),
      m_model(new LibraryModel(store, thumbnails, this)),
      m_filters(new LibraryFilterBar(this)),
      m_message(new MessageBar(this)),
      m_task(new TaskPanel(this)),
      m_stack(new QStackedWidget(this)),
      m_emptyLibrary(new EmptyStatePage(QStringLiteral("library"), QString(), QString(), this)),
      m_noResults(nullptr),
      m_noResultsText(new QLabel(this)),
      m_content(new QSplitter(Qt::Horizontal, this)),
      m_view(new QTableView(this)),
      m_detail(new ClipDetailPane(store, thumbnails, this)),
      m_operations(new ClipOperations(store, this))
{
    m_emptyLibrary->setObjectName(QStringLiteral("emptyLibrary"));
    // The one thing to do with an empty library: bring in what is already here.
    connect(m_emptyLibrary, &EmptyStatePage::actionTriggered, this, [this] { m_import->trigger(); });
    m_noResults = buildNoResults();

    m_view->setObjectName(QStringLiteral("libraryView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Rows are chosen with the arrow keys; Tab goes on to the next control
    // instead of walking every cell of the table.
    m_view->setTabKeyNavigation(false);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setIconSize(LibraryModel::ThumbnailSize);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Every row the same height: the view then never measures rows it does not show.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(LibraryModel::ThumbnailSize.height() + 6);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    header->resizeSection(LibraryModel::DownloadedColumn, 104);
    header->resizeSection(LibraryModel::FormatColumn, 64);
    header->resizeSection(LibraryModel::SizeColumn, 84);
    header->resizeSection(LibraryModel::DurationColumn, 76);
    header->resizeSection(LibraryModel::StatusColumn, 112);
    keepHeaderTitlesWhole(header);
    header->setSortIndicator(LibraryModel::DownloadedColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);

    m_content->setObjectName(QStringLiteral("clipList"));
    m_detail->setMinimumWidth(300);
    m_content->addWidget(m_view);
    m_content->addWidget(m_detail);
    // The list takes what the window gains; the detail pane keeps a reading width.
    m_content->setStretchFactor(0, 1);
    m_content->setStretchFactor(1, 0);
    m_content->setSizes({720, 380});
    m_content->setChildrenCollapsible(false);
    m_stack->addWidget(m_emptyLibrary);
    m_stack->addWidget(m_noResults);
    m_stack->addWidget(m_content);

    buildActions();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filters);
    m_toolBar = buildToolBar();
    layout->addWidget(m_toolBar);
    auto *notices = new QVBoxLayout;
    notices->setContentsMargins(8, 0, 8, 4);
    notices->setSpacing(4);
    notices->addWidget(m_message);
    notices->addWidget(m_task);
    layout->addLayout(notices);
    layout->addWidget(m_stack, 1);

    connect(m_filters, &LibraryFilterBar::queryChanged, this, &LibraryPage::queryChanged);
    connect(m_model, &LibraryModel::countChanged, this, &LibraryPage::countChanged);
    connect(m_model, &LibraryModel::readFailed, this, &LibraryPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LibraryPage::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryPage::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &LibraryPage::updateActions);
    // Not `activated`: where the desktop activates on a single click, choosing
    // a clip to read about it must not start a player.
    connect(m_view, &QTableView::doubleClicked, this, &LibraryPage::openCurrent);
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *openKey = new QShortcut(key, m_view, nullptr, nullptr, Qt::WidgetShortcut);
        describeShortcut(openKey, "Ui::LibraryPage",
                         QT_TRANSLATE_NOOP("Ui::LibraryPage", "Open the clip's file"));
        connect(openKey, &QShortcut::activated, this, &LibraryPage::openCurrent);
    }
    connect(m_view, &QTableView::customContextMenuRequested, this, &LibraryPage::showMenu);
    connect(m_detail, &ClipDetailPane::errorOccurred, this, &LibraryPage::showError);
    connect(m_detail, &ClipDetailPane::collectionsChanged, this, &LibraryPage::reloadCollections);
    connect(m_jobs, &LibraryJobs::started, this, &LibraryPage::jobStarted);
    connect(m_jobs, &LibraryJobs::progress, m_task, &TaskPanel::setProgress);
    connect(m_jobs, &LibraryJobs::finished, this, &LibraryPage::jobFinished);
    connect(m_jobs, &LibraryJobs::clipsChanged, this, &LibraryPage::clipsChanged);
    connect(m_task, &TaskPanel::cancelRequested, m_jobs, &LibraryJobs::cancel);
    connect(m_operations, &ClipOperations::reported, m_message,
            qOverload<MessageBar::Kind, const QString &, const QString &>(&MessageBar::showMessage));
    connect(m_operations, &ClipOperations::deleteAnswered, m_view, qOverload<>(&QWidget::setFocus));
    // What the library holds is known at once (read when asked).
    QTimer::singleShot(0, this, &LibraryPage::contentChanged);
    connect(m_operations, &ClipOperations::clipsDeleted, this, &LibraryPage::clipsDeleted);

    reloadCollections();
    m_model->setQuery(m_filters->query());
    retranslate();
}

void LibraryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryPage::retranslate()
{
    m_emptyLibrary->setTexts(
        tr("Your library is empty"),
        tr("Downloaded clips appear here after their checksum has been verified. Files that came from the "
           "portal another way can be added with Import folder…, which recognises them by their checksum."));
    m_emptyLibrary->setActionText(tr("&Import Folder…"));
    m_view->setAccessibleName(tr("Clips"));
    m_noResultsHeading->setText(tr("No clips found"));
    m_clearSearch->setText(tr("Clear Search and Filters"));
    m_clearSearch->setAccessibleName(tr("Clear Search and Filters"));
    sayNoResults();

    nameAction(m_open, tr("&Open"));
    m_open->setStatusTip(tr("Opens the file with the application the desktop uses for it"));
    nameAction(m_showInFolder, tr("Show in &Folder"));
    nameAction(m_play, tr("&Play"));
    nameAction(m_delete, tr("&Delete…"));
    nameAction(m_verifySelected, tr("&Verify Selected"));
    nameAction(m_verifyAll, tr("Verify &All Clips"));
    nameAction(m_relink, tr("&Relink Missing…"));
    nameAction(m_import, tr("&Import Folder…"));
    nameAction(m_exportCsv, tr("Export Selection as &CSV…"));
    nameAction(m_exportJson, tr("Export Selection as &JSON…"));
    nameAction(m_sidecars, tr("Write &EBUCore Sidecars"));
    m_sidecars->setToolTip(tr("Writes the portal's description beside each selected file as "
                              "<file>.ebucore.xml, for archives and asset managers"));
    nameAction(m_mhl, tr("Add ASC &MHL Generation"));
    m_mhl->setToolTip(
        tr("Records the checksums of every file in the selected clips' folders in their ASC MHL "
           "history (an “ascmhl” folder), and reports what changed since the last record"));
    nameAction(m_deliver, tr("Deliver to &Watch Folder"));
    nameAction(m_refresh, tr("Re&fresh"));
    nameAction(m_find, tr("&Find"));

    m_toolBar->setWindowTitle(tr("Library actions"));
    m_toolBar->setAccessibleName(tr("Library actions"));
    m_checkButton->setText(tr("&Check"));
    m_checkButton->menu()->setTitle(tr("&Check"));
    m_exportButton->setText(tr("E&xport"));
    m_exportButton->menu()->setTitle(tr("E&xport"));
    // The tool bar's buttons read their text from the actions; screen readers get it too.
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action); button && !action->isSeparator())
            button->setAccessibleName(action->text().isEmpty() ? button->accessibleName()
                                                               : QString(action->text()).remove(u'&'));
    }
    m_checkButton->setAccessibleName(QString(m_checkButton->text()).remove(u'&'));
    m_exportButton->setAccessibleName(QString(m_exportButton->text()).remove(u'&'));
    // The Play action's tool tip says whether there is a player.
    updateActions();
}

void LibraryPage::nameAction(QAction *action, const QString &text)
{
    action->setText(text);
    if (!action->shortcut().isEmpty())
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&').remove(QStringLiteral("…")),
                                          action->shortcut().toString(QKeySequence::NativeText)));
}

LibraryPage::~LibraryPage()
{
    m_detail->commitEdits();
}

void LibraryPage::setPortal(Portal::PortalClient *client)
{
    m_jobs->setPortal(client);
}

void LibraryPage::setDownloadIntake(Library::DownloadIntake *intake)
{
    m_intake = intake;
    if (intake) {
        connect(intake, &Library::DownloadIntake::delivered, this, &LibraryPage::deliveryDone);
        // A download that lands while the list is on screen shows at once.
        // Not while the person types in the clip's tags or note, and the
        // clip shown stays the one shown (the new one comes in above it).
        connect(intake, &Library::DownloadIntake::clipAdded, this, [this] {
            if (!isVisible() || m_jobs->isBusy() || m_detail->isAncestorOf(QApplication::focusWidget()))
                return;
            const qint64 current = m_detail->clipId();
            m_model->refresh();
            restoreCurrent(current, -1);
            updateActions();
        });
        connect(intake, &Library::DownloadIntake::deliveryFolderChanged, this, &LibraryPage::updateActions);
        connect(intake, &Library::DownloadIntake::deliveryFailed, this,
                [this](qint64 clipId, const QString &reason) {
                    if (clipId == m_detail->clipId())
                        m_detail->reload();
                    // Only what was asked from here: the status bar says the rest.
                    if (m_deliveriesAsked.remove(clipId))
                        m_message->showMessage(MessageBar::Kind::Warning,
                                               tr("Not delivered to the watch folder: %1").arg(reason));
                });
    }
    updateActions();
}

void LibraryPage::deliverSelected()
{
    if (!m_intake)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    if (auto asked = m_intake->deliver(ids); !asked) {
        m_message->showMessage(MessageBar::Kind::Error, asked.error().message);
        return;
    }
    for (const qint64 id : ids)
        m_deliveriesAsked.insert(id);
    m_message->showMessage(MessageBar::Kind::Information,
                           tr("Copying %n clip(s) to %1…", nullptr, int(ids.size()))
                               .arg(QDir::toNativeSeparators(m_intake->deliveryFolder())));
    m_detail->reload();
}

void LibraryPage::deliveryDone(qint64 clipId, const QString &path)
{
    if (clipId == m_detail->clipId())
        m_detail->reload();
    if (!m_deliveriesAsked.remove(clipId))
        return;
    m_message->showMessage(MessageBar::Kind::Success,
                           tr("Delivered to the watch folder: %1").arg(QDir::toNativeSeparators(path)));
}

QAction *LibraryPage::makeAction(const QString &objectName, const QString &iconName,
                                 const QKeySequence &shortcut, void (LibraryPage::*slot)())
{
    // Named by retranslate().
    auto *action = new QAction(QIcon::fromTheme(iconName), QString(), this);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        // Only while the Library has the focus: other sections keep their keys.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

void LibraryPage::scopeToList(QAction *action)
{
    // Space and Delete belong to text fields and buttons elsewhere in the page.
    removeAction(action);
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(action);
}

void LibraryPage::buildActions()
{
    m_open = makeAction(QStringLiteral("openAction"), QStringLiteral("document-open"), QKeySequence::Open,
                        &LibraryPage::openCurrent);
    m_showInFolder =
        makeAction(QStringLiteral("showInFolderAction"), QStringLiteral("folder-open"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &LibraryPage::showCurrentInFolder);
    m_play = makeAction(QStringLiteral("playAction"), QStringLiteral("media-playback-start"),
                        QKeySequence(Qt::Key_Space), &LibraryPage::playCurrent);
    m_delete = makeAction(QStringLiteral("deleteAction"), QStringLiteral("edit-delete"), QKeySequence::Delete,
                          &LibraryPage::confirmDelete);
    m_verifySelected =
        makeAction(QStringLiteral("verifySelectedAction"), QStringLiteral("security-high"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &LibraryPage::verifySelected);
    m_verifyAll = makeAction(QStringLiteral("verifyAllAction"), QString(), {}, &LibraryPage::verifyAll);
    m_relink = makeAction(QStringLiteral("relinkAction"), QString(), {}, &LibraryPage::chooseRelinkFolder);
    // A key of its own: tool bar buttons take no focus.
    m_import = makeAction(QStringLiteral("importAction"), QStringLiteral("document-import"),
                          QKeySequence(Qt::CTRL | Qt::Key_I), &LibraryPage::chooseImportFolder);
    m_exportCsv = makeAction(QStringLiteral("exportCsvAction"), QStringLiteral("document-export"),
                             QKeySequence(Qt::CTRL | Qt::Key_E), &LibraryPage::chooseCsvExport);
    m_exportJson = makeAction(QStringLiteral("exportJsonAction"), QString(),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &LibraryPage::chooseJsonExport);
    m_sidecars = makeAction(QStringLiteral("sidecarsAction"), QString(), {}, &LibraryPage::writeSidecars);
    m_mhl = makeAction(QStringLiteral("mhlAction"), QString(), {}, &LibraryPage::addMhlGeneration);
    m_deliver = makeAction(QStringLiteral("deliverAction"), QStringLiteral("document-send"), {},
                           &LibraryPage::deliverSelected);
    m_refresh = makeAction(QStringLiteral("refreshAction"), QStringLiteral("view-refresh"),
                           QKeySequence::Refresh, &LibraryPage::refresh);
    m_find = makeAction(QStringLiteral("findAction"), QString(), QKeySequence::Find, nullptr);
    scopeToList(m_play);
    scopeToList(m_delete);
    connect(m_find, &QAction::triggered, this, [this] {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    });
}

QToolBar *LibraryPage::buildToolBar()
{
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("libraryToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setContentsMargins(4, 0, 4, 0);
    toolBar->addAction(m_open);
    toolBar->addAction(m_showInFolder);
    toolBar->addAction(m_play);
    toolBar->addSeparator();
    const auto menuButton = [this, toolBar](const QString &objectName, const QList<QAction *> &actions) {
        auto *menu = new QMenu(this);
        menu->addActions(actions);
        auto *button = new QToolButton(toolBar);
        button->setObjectName(objectName);
        button->setMenu(menu);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        toolBar->addWidget(button);
        return button;
    };
    m_checkButton = menuButton(QStringLiteral("checkButton"), {m_verifySelected, m_verifyAll, m_relink});
    m_exportButton =
        menuButton(QStringLiteral("exportButton"), {m_exportCsv, m_exportJson, m_sidecars, m_mhl, m_deliver});
    toolBar->addAction(m_import);
    toolBar->addSeparator();
    toolBar->addAction(m_delete);
    return toolBar;
}

QWidget *LibraryPage::buildNoResults()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("noResults"));
    auto *heading = new QLabel(page);
    m_noResultsHeading = heading;
    heading->setObjectName(QStringLiteral("noResultsHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    heading->setFont(font);
    m_noResultsText->setParent(page);
    m_noResultsText->setObjectName(QStringLiteral("noResultsText"));
    m_noResultsText->setTextFormat(Qt::PlainText);
    m_noResultsText->setWordWrap(true);
    m_noResultsText->setAlignment(Qt::AlignCenter);
    m_noResultsText->setMinimumWidth(360);
    m_noResultsText->setMaximumWidth(560);
    auto *clear = new QPushButton(page);
    m_clearSearch = clear;
    clear->setObjectName(QStringLiteral("clearSearchButton"));
    connect(clear, &QPushButton::clicked, m_filters, &LibraryFilterBar::clearAll);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(heading, 0, Qt::AlignHCenter);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_noResultsText);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(8);
    layout->addWidget(clear, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void LibraryPage::queryChanged()
{
    const bool searching = !m_filters->searchText().isEmpty();
    QHeaderView *header = m_view->horizontalHeader();
    // A new search ranks by relevance; a header click sorts it otherwise.
    if (searching && !m_searching)
        header->setSortIndicator(-1, Qt::AscendingOrder);
    else if (!searching && m_searching && header->sortIndicatorSection() < 0)
        header->setSortIndicator(LibraryModel::DownloadedColumn, Qt::DescendingOrder);
    m_searching = searching;
    const qint64 current = m_detail->clipId();
    m_model->setQuery(m_filters->query());
    restoreCurrent(current, -1);
}

void LibraryPage::countChanged(qint64 count)
{
    m_filters->setCount(count);
    if (count > 0) {
        m_stack->setCurrentWidget(m_content);
        m_filters->setVisible(true);
        return;
    }
    const auto all = m_store.count({});
    if (all && all.value() == 0 && m_model->lastError().isEmpty()) {
        m_stack->setCurrentWidget(m_emptyLibrary);
        m_filters->setVisible(m_filters->hasFilters() || !m_filters->searchText().isEmpty());
        return;
    }
    sayNoResults();
    m_stack->setCurrentWidget(m_noResults);
}

void LibraryPage::sayNoResults()
{
    const QString text = m_filters->searchText();
    if (!text.isEmpty() && m_filters->hasFilters())
        m_noResultsText->setText(tr("No clip matches “%1” with the filters chosen. Clear the filters to "
                                    "search the whole library.")
                                     .arg(text));
    else if (!text.isEmpty())
        m_noResultsText->setText(
            tr("No clip matches “%1”. Check the spelling, or try fewer or shorter words: "
               "every word typed must appear in the clip.")
                .arg(text));
    else
        m_noResultsText->setText(tr("No clip matches the filters chosen."));
}

void LibraryPage::currentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    m_detail->showClip(current.isValid() ? m_model->idAt(current.row()) : 0);
    updateActions();
}

void LibraryPage::restoreCurrent(qint64 id, int fallbackRow)
{
    // After a new query the rows were read again: look for the clip among
    // the first ones, where a person would look for it.
    if (id > 0 && m_model->rowCount() > 0) {
        m_model->idAt(0); // reads the first page
        if (const int row = m_model->rowOf(id); row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, 0));
            m_view->scrollTo(m_model->index(row, 0));
            return;
        }
    }
    if (fallbackRow >= 0 && m_model->rowCount() > 0) {
        // The same row may now hold another clip, and then no change is signalled.
        m_view->setCurrentIndex(m_model->index(std::min(fallbackRow, m_model->rowCount() - 1), 0));
        if (m_detail->clipId() != m_model->idAt(m_view->currentIndex().row()))
            currentChanged();
        return;
    }
    currentChanged();
}

void LibraryPage::updateActions()
{
    // Counted by ranges: a select-all over a large library is one range.
    qint64 selected = 0;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection())
        selected += range.height();
    const bool current = m_view->currentIndex().isValid() && selected > 0;
    for (QAction *action : {m_open, m_showInFolder})
        action->setEnabled(current);
    for (QAction *action : {m_delete, m_exportCsv, m_exportJson, m_sidecars, m_mhl})
        action->setEnabled(selected > 0);
    const bool busy = m_jobs->isBusy();
    m_verifySelected->setEnabled(selected > 0 && !busy);
    m_verifyAll->setEnabled(m_model->totalCount() > 0 && !busy);
    m_relink->setEnabled(!busy);
    m_import->setEnabled(!busy);
    m_mhl->setEnabled(selected > 0 && !busy);
    // Disabled, it says why.
    const QString watchFolder = m_intake ? m_intake->deliveryFolder() : QString();
    m_deliver->setEnabled(selected > 0 && !watchFolder.isEmpty());
    m_deliver->setToolTip(
        !m_intake ? tr("Deliveries are not available: the library opened without the download queue")
            : watchFolder.isEmpty()
            ? tr("No watch folder is set: choose one in Settings → Configure Multimedia "
                 "Desk… (Deliver verified files to)")
            : selected == 0
            ? tr("Select the clips to deliver")
            : tr("Copies the selected clips, verified, to %1").arg(QDir::toNativeSeparators(watchFolder)));
    const bool player = isSignalConnected(QMetaMethod::fromSignal(&LibraryPage::playRequested));
    m_play->setEnabled(player && current);
    m_play->setToolTip(player
                           ? tr("Play the clip in the preview player (Space)")
                           : tr("Playing in Multimedia Desk is not available yet: use Open to play the file "
                                "with another application"));
}

void LibraryPage::connectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&LibraryPage::playRequested))
        QMetaObject::invokeMethod(this, &LibraryPage::updateActions, Qt::QueuedConnection);
}

void LibraryPage::disconnectNotify(const QMetaMethod &signal)
{
    if (signal == QMetaMethod::fromSignal(&LibraryPage::playRequested))
        QMetaObject::invokeMethod(this, &LibraryPage::updateActions, Qt::QueuedConnection);
}

bool LibraryPage::hasClips() const
{
    // One row is enough to know: not a count of the whole library at start-up.
    const auto any = m_store.countUpTo({}, 1);
    return any && any.value() > 0;
}

void LibraryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Clips arrive from downloads and from the command line meanwhile.
    if (!m_jobs->isBusy())
        refresh();
}

void LibraryPage::refresh()
{
    m_model->refresh();
    // Rows are positions: after a change the current row may hold another clip.
    const QModelIndex current = m_view->currentIndex();
    if ((current.isValid() ? m_model->idAt(current.row()) : 0) != m_detail->clipId())
        currentChanged();
    else
        m_detail->reload();
    updateActions();
}

void LibraryPage::showMenu(const QPoint &position)
{
    if (!m_view->indexAt(position).isValid())
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addActions({m_open, m_showInFolder, m_play});
    menu->addSeparator();
    menu->addActions({m_verifySelected, m_relink});
    menu->addSeparator();
    menu->addActions({m_exportCsv, m_exportJson, m_sidecars, m_mhl, m_deliver});
    menu->addSeparator();
    menu->addAction(m_delete);
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void LibraryPage::reloadCollections()
{
    const auto collections = m_store.collections();
    if (!collections) {
        showError(tr("The collections could not be read: %1").arg(collections.error().message));
        return;
    }
    m_filters->setCollections(collections.value());
    // What the chosen collection holds may just have changed.
    if (m_filters->query().collectionId != 0)
        refresh();
}

void LibraryPage::showError(const QString &message)
{
    m_message->showMessage(Kind::Error, message);
}

QList<qint64> LibraryPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QItemSelectionRange &range : m_view->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (const qint64 id = m_model->idAt(row))
                ids << id;
        }
    }
    return ids;
}

QList<Library::Clip> LibraryPage::selectedClips()
{
    QList<Library::Clip> clips;
    for (const qint64 id : selectedIds()) {
        const auto found = m_store.find(id);
        if (!found) {
            showError(tr("The clip could not be read from the library: %1").arg(found.error().message));
            return {};
        }
        if (found.value())
            clips << *found.value();
    }
    return clips;
}

std::optional<Library::Clip> LibraryPage::currentClip()
{
    if (const auto clip = m_detail->clip(); clip && clip->id == m_model->idAt(m_view->currentIndex().row()))
        return clip;
    return std::nullopt;
}

void LibraryPage::openCurrent()
{
    if (const auto clip = currentClip()) {
        if (const QString problem = FileActions::open(clip->filePath); !problem.isEmpty())
            m_message->showMessage(Kind::Warning, problem);
    }
}

void LibraryPage::showCurrentInFolder()
{
    if (const auto clip = currentClip()) {
        if (const QString problem = FileActions::showInFolder(clip->filePath, this); !problem.isEmpty())
            m_message->showMessage(Kind::Warning, problem);
    }
}

void LibraryPage::playCurrent()
{
    const auto clip = currentClip();
    if (!clip || !m_play->isEnabled())
        return;
    if (!QFileInfo::exists(clip->filePath)) {
        m_message->showMessage(Kind::Warning,
                               tr("“%1” is not where the library expects it. If it was moved, use Relink "
                                  "missing… to find it.")
                                   .arg(QDir::toNativeSeparators(clip->filePath)));
        return;
    }
    emit playRequested(clip->filePath, clip->id);
}

void LibraryPage::confirmDelete()
{
    m_rowBeforeDelete = m_view->currentIndex().row();
    m_operations->askToDelete(selectedClips());
}

void LibraryPage::clipsDeleted()
{
    m_model->refresh();
    restoreCurrent(0, m_rowBeforeDelete);
    updateActions();
}

void LibraryPage::verifySelected()
{
    const QList<qint64> ids = selectedIds();
    QString why;
    if (!ids.isEmpty() && !m_jobs->verify(ids, &why))
        m_message->showMessage(Kind::Warning, why);
}

void LibraryPage::verifyAll()
{
    QString why;
    if (!m_jobs->verify({}, &why))
        m_message->showMessage(Kind::Warning, why);
}

void LibraryPage::chooseRelinkFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose the folder the missing files were moved to"),
                                   QStandardPaths::writableLocation(QStandardPaths::MoviesLocation));
    dialog->setObjectName(QStringLiteral("relinkDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &LibraryPage::relinkMissing);
    dialog->open();
}

void LibraryPage::relinkMissing(const QString &folder)
{
    QString why;
    if (!m_jobs->relink(folder, &why))
        m_message->showMessage(Kind::Warning, why);
}

void LibraryPage::chooseImportFolder()
{
    auto *dialog = new QFileDialog(this, tr("Choose a folder of clips from the portal to import"),
                                   QStandardPaths::writableLocation(QStandardPaths::MoviesLocation));
    dialog->setObjectName(QStringLiteral("importDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &LibraryPage::importFolder);
    dialog->open();
}

void LibraryPage::importFolder(const QString &folder)
{
    QString why;
    if (!m_jobs->importFolder(folder, &why))
        m_message->showMessage(Kind::Warning, why);
}

void LibraryPage::chooseCsvExport()
{
    chooseExport(ExportFormat::Csv);
}

void LibraryPage::chooseJsonExport()
{
    chooseExport(ExportFormat::Json);
}

void LibraryPage::chooseExport(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    auto *dialog = new QFileDialog(this, csv ? tr("Export selection as CSV") : tr("Export selection as JSON"),
                                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                   csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("json"));
    dialog->selectFile(csv ? tr("clips.csv") : tr("clips.json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString &path) { exportSelection(format, path); });
    dialog->open();
}

void LibraryPage::exportSelection(ExportFormat format, const QString &path)
{
    m_operations->exportClips(selectedIds(), format, path);
}

void LibraryPage::writeSidecars()
{
    m_operations->writeSidecars(selectedClips());
}

void LibraryPage::addMhlGeneration()
{
    QStringList folders;
    for (const Library::Clip &clip : selectedClips()) {
        const QString folder = QFileInfo(clip.filePath).absolutePath();
        if (!folders.contains(folder))
            folders << folder;
    }
    QString why;
    if (!folders.isEmpty() && !m_jobs->addMhlGenerations(folders, &why))
        m_message->showMessage(Kind::Warning, why);
}

void LibraryPage::jobStarted(const QString &title)
{
    m_message->dismiss();
    m_task->start(title);
    updateActions();
}

void LibraryPage::jobFinished(const LibraryJobs::Outcome &outcome)
{
    m_task->finish();
    m_message->showMessage(outcome.kind, outcome.summary, outcome.details);
    if (outcome.missing > 0)
        m_message->setAction(tr("Relink Missing…"), [this] { chooseRelinkFolder(); });
    updateActions();
}

void LibraryPage::clipsChanged()
{
    reloadCollections();
    refresh();
}

} // namespace Ui
