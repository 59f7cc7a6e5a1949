#pragma once

#include <QDateTime>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QStackedWidget;
class QTreeView;

namespace Downloads {
class DownloadManager;
}

namespace Ui {

class MessageBar;

class DeadlineDialog;
class DownloadsModel;
class EmptyStatePage;

// The Downloads section: a row per download with its progress, speed, time
// left and state (with the reason of a failure); context actions (pause,
// resume, retry, cancel after a confirmation, move, show in folder); drag
// to reorder; and a total bar.
class DownloadsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPage)

public:
    explicit DownloadsPage(Downloads::DownloadManager &manager, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    DownloadsModel *model() const { return m_model; }
    // Set Deadline… of a download's menu: the dialog, open (null when the
    // download is gone).
    DeadlineDialog *chooseDeadline(qint64 id);
    // Downloads of saved searches that wait: until `until`, the end of the
    // limited hours, said at the top with Download Now (which runs
    // `downloadNow`); with an invalid `until`, for the portal's conditions of
    // use to be accepted. A count of 0 takes the note away.
    void showWaitingAutoDownloads(int count, const QDateTime &until, std::function<void()> downloadNow);
    MessageBar *waitingNote() const { return m_waitingNote; }

signals:
    // What the section holds may have changed (and is known: the first of
    // these says what it holds at start).
    void contentChanged();
    // The empty queue's Browse Videos: show the catalogue.
    void browseVideosRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMenu(const QPoint &position);
    void confirmCancel(qint64 id);
    void updateTotals();
    qint64 currentId() const;

    Downloads::DownloadManager &m_manager;
    DownloadsModel *m_model;
    QStackedWidget *m_stack;
    QTreeView *m_view;
    QProgressBar *m_totalBar;
    QLabel *m_totalLabel;
    MessageBar *m_queueNote;
    MessageBar *m_waitingNote;
    EmptyStatePage *m_empty;
};

} // namespace Ui
