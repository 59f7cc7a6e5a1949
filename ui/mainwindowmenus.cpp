// MainWindow's menu bar and what its actions open: File, View, Go,
// Settings and Help, the download folder, About and the shortcuts list.

#include "ui/mainwindow.h"
#include "ui/mainwindowtexts.h"

#include "core/network/offlinemode.h"
#include "core/settings/appsettings.h"
#include "ui/aboutdialog.h"
#include "ui/player/playeractions.h"
#include "ui/player/previewplayer.h"
#include "ui/shortcutsdialog.h"
#include "ui/uiresources.h"
#include "ui/videos/videospage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSignalBlocker>
#include <QStatusBar>

namespace Ui {

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    // As in a mail reader: the choice is kept, and every part of the program
    // follows it at once (Network::OfflineMode).
    m_workOfflineAction = m_fileMenu->addAction(QString());
    m_workOfflineAction->setObjectName(QStringLiteral("workOfflineAction"));
    m_workOfflineAction->setCheckable(true);
    m_workOfflineAction->setChecked(Network::OfflineMode::isOn());
    m_workOfflineAction->setIcon(QIcon::fromTheme(QStringLiteral("network-offline")));
    connect(m_workOfflineAction, &QAction::toggled, this, [](bool on) { Network::OfflineMode::setOn(on); });
    connect(&Network::OfflineMode::instance(), &Network::OfflineMode::changed, this, [this](bool on) {
        m_settings.setWorkOffline(on);
        const QSignalBlocker quiet(m_workOfflineAction);
        m_workOfflineAction->setChecked(on);
    });
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    // KDE's View menu: how the Videos section shows the catalogue.
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->setToolTipsVisible(true);
    auto *modes = new QActionGroup(this);
    m_gridAction = m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("view-list-icons")), QString());
    m_gridAction->setObjectName(QStringLiteral("gridViewAction"));
    m_listAction = m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("view-list-details")), QString());
    m_listAction->setObjectName(QStringLiteral("listViewAction"));
    for (QAction *mode : {m_gridAction, m_listAction}) {
        mode->setCheckable(true);
        modes->addAction(mode);
    }
    m_gridAction->setChecked(true);
    m_viewMenu->addSeparator();
    m_zoomInAction = m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), QString());
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcut(QKeySequence::ZoomIn);
    m_zoomOutAction = m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), QString());
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_resetZoomAction = m_viewMenu->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), QString());
    m_resetZoomAction->setObjectName(QStringLiteral("resetZoomAction"));
    m_resetZoomAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_gridAction, &QAction::triggered, this, [this] {
        if (m_videos)
            m_videos->setViewMode(VideosPage::ViewMode::Grid);
        updateViewActions();
    });
    connect(m_listAction, &QAction::triggered, this, [this] {
        if (m_videos)
            m_videos->setViewMode(VideosPage::ViewMode::List);
        updateViewActions();
    });
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        if (m_videos)
            m_videos->zoomIn();
    });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        if (m_videos)
            m_videos->zoomOut();
    });
    connect(m_resetZoomAction, &QAction::triggered, this, [this] {
        if (m_videos)
            m_videos->setZoom(100);
    });
    connect(this, &MainWindow::sectionChanged, this, &MainWindow::updateViewActions);

    m_goMenu = menuBar()->addMenu(QString());
    int number = 1;
    for (Section section : AllSections) {
        const SectionText text = sectionText(section);
        QAction *action =
            m_goMenu->addAction(icon(text.icon), QString(), this, [this, section] { showSection(section); });
        action->setObjectName(sectionKey(section) + QStringLiteral("Action"));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
        ++number;
    }

    // What happens to each verified download besides entering the library,
    // and every setting in one dialog (KDE's Settings menu).
    QMenu *options = menuBar()->addMenu(QString());
    m_settingsMenu = options;
    QAction *sidecars = options->addAction(QString());
    sidecars->setObjectName(QStringLiteral("sidecarsAction"));
    sidecars->setCheckable(true);
    sidecars->setChecked(m_settings.writeSidecars());
    QAction *history = options->addAction(QString());
    history->setObjectName(QStringLiteral("hashHistoryAction"));
    history->setCheckable(true);
    history->setChecked(m_settings.keepHashHistory());
    const auto changed = [this, sidecars, history] {
        m_settings.setWriteSidecars(sidecars->isChecked());
        m_settings.setKeepHashHistory(history->isChecked());
        emit downloadOptionsChanged(sidecars->isChecked(), history->isChecked());
    };
    connect(sidecars, &QAction::toggled, this, changed);
    connect(history, &QAction::toggled, this, changed);
    options->addSeparator();
    m_folderAction = options->addAction(QString(), this, &MainWindow::chooseDownloadFolder);
    m_folderAction->setObjectName(QStringLiteral("downloadFolderAction"));
    options->addSeparator();
    m_configureAction = options->addAction(QString(), this, &MainWindow::configure);
    m_configureAction->setObjectName(QStringLiteral("configureAction"));
    m_configureAction->setShortcut(QKeySequence::Preferences);
    m_configureAction->setMenuRole(QAction::PreferencesRole);
    m_sidecarsAction = sidecars;
    m_hashHistoryAction = history;

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateViewActions()
{
    // The grid and its zoom are the Videos section's; elsewhere the actions
    // say where they apply.
    const bool videos = m_videos && currentSection() == Section::Videos;
    const bool grid = videos && m_videos->viewMode() == VideosPage::ViewMode::Grid;
    m_gridAction->setEnabled(videos);
    m_listAction->setEnabled(videos);
    if (m_videos)
        (m_videos->viewMode() == VideosPage::ViewMode::Grid ? m_gridAction : m_listAction)->setChecked(true);
    const int zoom = m_videos ? m_videos->zoom() : 100;
    m_zoomInAction->setEnabled(grid && zoom < VideosPage::ZoomLevels.back());
    m_zoomOutAction->setEnabled(grid && zoom > VideosPage::ZoomLevels.front());
    m_resetZoomAction->setEnabled(grid && zoom != 100);
    const QString why = !m_videos ? tr("Needs the portal's catalogue (the Videos section)")
        : !videos                 ? tr("Applies to the Videos section: open it first (Ctrl+2)")
        : !grid                   ? tr("Zoom sizes the cards of the grid: choose View → Grid")
                                  : QString();
    for (QAction *action : {m_gridAction, m_listAction, m_zoomInAction, m_zoomOutAction, m_resetZoomAction}) {
        const QString keys = action->shortcut().toString(QKeySequence::NativeText);
        const QString name = QString(action->text()).remove(u'&');
        const QString base = keys.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, keys);
        action->setToolTip(action->isEnabled() || why.isEmpty() ? base : base + QStringLiteral(" — ") + why);
    }
}

void MainWindow::chooseDownloadFolder()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Download Folder"), m_settings.downloadFolder());
    if (chosen.isEmpty())
        return;
    if (!QDir().mkpath(chosen) || !QFileInfo(chosen).isWritable()) {
        statusBar()->showMessage(
            tr("Cannot write to %1. Choose a folder you can write to.").arg(QDir::toNativeSeparators(chosen)),
            15000);
        return;
    }
    m_settings.setDownloadFolder(chosen);
    if (m_videos)
        m_videos->setDownloadFolder(m_settings.downloadFolder());
    emit settingsApplied({QStringLiteral("downloads.folder")});
    statusBar()->showMessage(tr("New downloads go to %1.").arg(QDir::toNativeSeparators(chosen)), 8000);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(m_paths, m_portal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ShortcutsDialog *MainWindow::showShortcuts()
{
    QList<ShortcutsDialog::Source> sources;
    // Titles are asked for each time the list fills: they follow the language.
    sources << ShortcutsDialog::Source {[] { return tr("Everywhere"); }, menuBar(), nullptr};
    for (Section section : AllSections)
        sources << ShortcutsDialog::Source {[section] { return sectionText(section).title; }, nullptr,
                                            page(section)};
    // The player's keys, also before it has opened: from the player, or from
    // a set of its actions alone (making the player would start the media
    // backend just to read a list).
    QObject *playerKeys = m_player;
    if (!playerKeys)
        playerKeys = new PlayerActions(this);
    sources << ShortcutsDialog::Source {[] { return tr("Preview player"); }, nullptr, playerKeys};
    auto *dialog = new ShortcutsDialog(sources, this);
    if (playerKeys != m_player)
        connect(dialog, &QObject::destroyed, playerKeys, &QObject::deleteLater);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Ui
