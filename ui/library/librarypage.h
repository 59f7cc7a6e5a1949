#pragma once

#include "ui/library/clipoperations.h"
#include "ui/library/libraryjobs.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QToolButton;

namespace Library {
class DownloadIntake;
class LibraryStore;
} // namespace Library

namespace Portal {
class PortalClient;
}

namespace Ui {

class ClipDetailPane;
class EmptyStatePage;
class LibraryFilterBar;
class LibraryModel;
class MessageBar;
class TaskPanel;
class ThumbnailProvider;

// The Library section: search and filters over the local clip archive, the
// clips found, the current clip in detail, and what can be done with them
// (open, show in folder, play, delete; verify, relink, import; export,
// EBUCore sidecars, ASC MHL). Long jobs show their progress here and end
// with a summary; every failure says what happened and what to do.
class LibraryPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPage)

public:
    using ExportFormat = ClipOperations::ExportFormat;

    // libraryPath: the store's file, for the worker's own connection.
    // thumbnails: may be null (placeholders only).
    LibraryPage(Library::LibraryStore &store, const QString &libraryPath, ThumbnailProvider *thumbnails,
                QWidget *parent = nullptr);
    ~LibraryPage() override;

    // Importing needs the portal's catalogue; null: no portal.
    void setPortal(Portal::PortalClient *client);
    // Deliver to Watch Folder hands the selection to it; null: no deliveries.
    void setDownloadIntake(Library::DownloadIntake *intake);
    // Delivers the selected clips (the action's slot, callable directly).
    void deliverSelected();

    QTableView *view() const { return m_view; }
    LibraryModel *model() const { return m_model; }
    LibraryFilterBar *filterBar() const { return m_filters; }
    ClipDetailPane *detailPane() const { return m_detail; }
    MessageBar *messageBar() const { return m_message; }
    TaskPanel *taskPanel() const { return m_task; }
    LibraryJobs *jobs() const { return m_jobs; }
    QList<qint64> selectedIds() const;
    // Whether the library holds any clip at all (whatever the filters).
    bool hasClips() const;
    // Where the export dialog leads to, callable directly.
    void exportSelection(ExportFormat format, const QString &path);

public slots:
    // What the file dialogs lead to, callable directly.
    void relinkMissing(const QString &folder);
    void importFolder(const QString &folder);
    // Reads the library again (clips added or changed elsewhere).
    void refresh();

signals:
    // What the section holds may have changed (and is known: the first of
    // these says what it holds at start).
    void contentChanged();
    // For the preview player; while nothing is connected, Play is disabled.
    void playRequested(const QString &path, qint64 clipId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    QAction *makeAction(const QString &objectName, const QString &iconName, const QKeySequence &shortcut,
                        void (LibraryPage::*slot)());
    void scopeToList(QAction *action);
    void buildActions();
    QToolBar *buildToolBar();
    QWidget *buildNoResults();
    void queryChanged();
    void countChanged(qint64 count);
    void sayNoResults();
    void retranslate();
    // Its text, and a tool tip with its shortcut.
    static void nameAction(QAction *action, const QString &text);
    void currentChanged();
    void updateActions();
    void showMenu(const QPoint &position);
    void restoreCurrent(qint64 id, int fallbackRow);
    void reloadCollections();
    void showError(const QString &message);
    std::optional<Library::Clip> currentClip();
    QList<Library::Clip> selectedClips();

    void openCurrent();
    void showCurrentInFolder();
    void playCurrent();
    void confirmDelete();
    void clipsDeleted();
    void verifySelected();
    void verifyAll();
    void chooseRelinkFolder();
    void chooseImportFolder();
    void chooseCsvExport();
    void chooseJsonExport();
    void chooseExport(ExportFormat format);
    void writeSidecars();
    void addMhlGeneration();
    void deliveryDone(qint64 clipId, const QString &path);
    void jobStarted(const QString &title);
    void jobFinished(const LibraryJobs::Outcome &outcome);
    void clipsChanged();

    Library::LibraryStore &m_store;
    LibraryJobs *m_jobs;
    LibraryModel *m_model;
    LibraryFilterBar *m_filters;
    MessageBar *m_message;
    TaskPanel *m_task;
    QStackedWidget *m_stack;
    EmptyStatePage *m_emptyLibrary;
    QWidget *m_noResults;
    QLabel *m_noResultsText;
    QSplitter *m_content;
    QTableView *m_view;
    ClipDetailPane *m_detail;
    ClipOperations *m_operations;
    bool m_searching = false;
    int m_rowBeforeDelete = -1;

    QAction *m_open = nullptr;
    QAction *m_showInFolder = nullptr;
    QAction *m_play = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_verifySelected = nullptr;
    QAction *m_verifyAll = nullptr;
    QAction *m_relink = nullptr;
    QAction *m_import = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportJson = nullptr;
    QAction *m_sidecars = nullptr;
    QAction *m_mhl = nullptr;
    QAction *m_deliver = nullptr;
    Library::DownloadIntake *m_intake = nullptr;
    QSet<qint64> m_deliveriesAsked; // from here, reported here
    QAction *m_refresh = nullptr;
    QAction *m_find = nullptr;
    QToolBar *m_toolBar = nullptr;
    QToolButton *m_checkButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QLabel *m_noResultsHeading = nullptr;
    QPushButton *m_clearSearch = nullptr;
};

} // namespace Ui
