#include "ui/downloads/downloadspage.h"

#include "ui/downloads/deadlinedialog.h"

#include "core/downloads/downloadmanager.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/downloads/progressdelegate.h"
#include "ui/emptystatepage.h"
#include "ui/shortcutsdialog.h"
#include "ui/widgets/datetimetext.h"
#include "ui/widgets/headerfit.h"
#include "ui/widgets/messagebar.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace Ui {

using Downloads::State;

DownloadsPage::DownloadsPage(Downloads::DownloadManager &manager, QWidget *parent)
    : QWidget(parent),
      m_manager(manager),
      m_model(new DownloadsModel(manager, this)),
      m_stack(new QStackedWidget(this)),
      m_view(new QTreeView(this)),
      m_totalBar(new QProgressBar(this)),
      m_totalLabel(new QLabel(this)),
      m_queueNote(new MessageBar(this)),
      m_waitingNote(new MessageBar(this)),
      m_empty(new EmptyStatePage(QStringLiteral("downloads"), QString(), QString(), this))
{
    m_view->setObjectName(QStringLiteral("downloadsView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setItemDelegateForColumn(DownloadsModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(DownloadsModel::NameColumn, 340);
    m_view->header()->resizeSection(DownloadsModel::ProgressColumn, 220);
    m_view->header()->resizeSection(DownloadsModel::NeededByColumn, 110);
    keepHeaderTitlesWhole(m_view->header());
    connect(m_view, &QTreeView::customContextMenuRequested, this, &DownloadsPage::showMenu);

    m_totalBar->setObjectName(QStringLiteral("totalBar"));
    m_totalBar->setRange(0, 1000);
    m_totalLabel->setObjectName(QStringLiteral("totalLabel"));

    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(8, 4, 8, 8);
    footer->addWidget(m_totalLabel, 1);
    footer->addWidget(m_totalBar, 1);
    listLayout->addLayout(footer);

    m_stack->addWidget(m_empty);
    connect(m_empty, &EmptyStatePage::actionTriggered, this, &DownloadsPage::browseVideosRequested);
    m_stack->addWidget(list);
    // Another program (mmdesk-cli download run) works the queue: said at the
    // top, until this one takes over.
    m_queueNote->setObjectName(QStringLiteral("queueNote"));
    // Another program working the queue is a fact to know; a queue that
    // cannot start is an error.
    const auto showNote = [this](const QString &message) {
        if (message.isEmpty())
            m_queueNote->dismiss();
        else
            m_queueNote->showMessage(MessageBar::Kind::Information, message);
    };
    showNote(m_manager.busyMessage());
    connect(&m_manager, &Downloads::DownloadManager::queueBusy, this, showNote);
    // The queue read (or not to be had): what the section holds is known.
    connect(&m_manager, &Downloads::DownloadManager::started, this, &DownloadsPage::contentChanged,
            Qt::QueuedConnection);
    connect(&m_manager, &Downloads::DownloadManager::queueBusy, this, &DownloadsPage::contentChanged,
            Qt::QueuedConnection);
    connect(&m_manager, &Downloads::DownloadManager::failedToStart, this, &DownloadsPage::contentChanged,
            Qt::QueuedConnection);
    connect(&m_manager, &Downloads::DownloadManager::failedToStart, this,
            [this](const QString &message) { m_queueNote->showMessage(MessageBar::Kind::Error, message); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_queueNote);
    m_waitingNote->setObjectName(QStringLiteral("waitingNote"));
    layout->addWidget(m_waitingNote);
    layout->addWidget(m_stack);

    // Keyboard: Delete cancels (after the question), Space pauses or resumes.
    auto *cancelKey = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    describeShortcut(cancelKey, "Ui::DownloadsPage",
                     QT_TRANSLATE_NOOP("Ui::DownloadsPage", "Cancel the download (after asking)"));
    connect(cancelKey, &QShortcut::activated, this, [this] {
        if (const qint64 id = currentId())
            confirmCancel(id);
    });
    auto *toggleKey =
        new QShortcut(QKeySequence(Qt::Key_Space), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    describeShortcut(toggleKey, "Ui::DownloadsPage",
                     QT_TRANSLATE_NOOP("Ui::DownloadsPage", "Pause or resume the download"));
    connect(toggleKey, &QShortcut::activated, this, [this] {
        const int row = m_view->currentIndex().row();
        if (row < 0)
            return;
        const auto record = m_model->record(row);
        if (record.state == State::Paused)
            m_manager.resume(record.id);
        else if (record.state == State::Queued || record.state == State::Active)
            m_manager.pause(record.id);
    });

    connect(m_model, &DownloadsModel::totalsChanged, this, &DownloadsPage::updateTotals);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DownloadsPage::updateTotals);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DownloadsPage::updateTotals);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DownloadsPage::updateTotals);
    retranslate();
}

void DownloadsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DownloadsPage::retranslate()
{
    m_empty->setTexts(
        tr("No downloads"),
        tr("Renditions you queue for download appear here with their progress, speed and time left. The "
           "queue "
           "survives restarts, and every finished file is checked against the portal's SHA-256 checksum."));
    m_empty->setActionText(tr("&Browse Videos"));
    m_view->setAccessibleName(tr("Download queue"));
    m_totalBar->setAccessibleName(tr("Total progress"));
    updateTotals();
}

qint64 DownloadsPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(DownloadsModel::IdRole).toLongLong() : 0;
}

void DownloadsPage::updateTotals()
{
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    const DownloadsModel::Totals totals = m_model->totals();
    if (totals.unfinished == 0) {
        m_totalBar->setValue(m_totalBar->maximum());
        m_totalLabel->setText(tr("All downloads are finished."));
        return;
    }
    m_totalBar->setValue(totals.sizeBytes > 0
                             ? static_cast<int>(1000.0 * double(totals.bytesDone) / double(totals.sizeBytes))
                             : 0);
    QString text =
        tr("%n download(s) left: %1 of %2", nullptr, totals.unfinished)
            .arg(DownloadsModel::formatSize(totals.bytesDone), DownloadsModel::formatSize(totals.sizeBytes));
    if (totals.bytesPerSecond > 0) {
        text += u' '
            + tr("at %1, %2 left")
                  .arg(DownloadsModel::formatSpeed(totals.bytesPerSecond),
                       DownloadsModel::formatTimeLeft(totals.sizeBytes - totals.bytesDone,
                                                      totals.bytesPerSecond));
    }
    m_totalLabel->setText(text);
}

void DownloadsPage::showMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const Downloads::DownloadRecord record = m_model->record(index.row());
    const qint64 id = record.id;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (record.state == State::Queued || record.state == State::Active)
        menu->addAction(tr("&Pause"), this, [this, id] { m_manager.pause(id); });
    if (record.state == State::Paused)
        menu->addAction(tr("&Resume"), this, [this, id] { m_manager.resume(id); });
    if (record.state == State::Failed || record.state == State::Corrupt)
        menu->addAction(tr("Re&try"), this, [this, id] { m_manager.retry(id); });
    menu->addSeparator();
    menu->addAction(tr("Move to &Top"), this,
                    [this, id] { m_manager.move(id, Downloads::QueueStore::Move::Top); });
    menu->addAction(tr("Move &Up"), this,
                    [this, id] { m_manager.move(id, Downloads::QueueStore::Move::Up); });
    menu->addAction(tr("Move &Down"), this,
                    [this, id] { m_manager.move(id, Downloads::QueueStore::Move::Down); });
    if (record.state != State::Completed) {
        menu->addSeparator();
        menu->addAction(record.neededBy.isValid() ? tr("Change &Deadline…") : tr("Set &Deadline…"), this,
                        [this, id] { chooseDeadline(id); });
    }
    menu->addSeparator();
    const QString folder = QFileInfo(record.targetPath()).absolutePath();
    menu->addAction(tr("Show in &Folder"), this,
                    [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    if (record.state != State::Completed)
        menu->addAction(tr("&Cancel Download…"), this, [this, id] { confirmCancel(id); });
    else
        menu->addAction(tr("&Remove from list"), this, [this, id] { m_manager.cancel(id); });
    menu->popup(m_view->viewport()->mapToGlobal(position));
}

void DownloadsPage::showWaitingAutoDownloads(int count, const QDateTime &until,
                                             std::function<void()> downloadNow)
{
    if (count <= 0) {
        m_waitingNote->dismiss();
        return;
    }
    if (!until.isValid()) {
        m_waitingNote->showMessage(MessageBar::Kind::Information, [count] {
            return tr(
                "%n download(s) from saved searches wait for the portal's conditions of use: download a "
                "video from the Videos section once to read and accept them.",
                nullptr, count);
        });
        return;
    }
    m_waitingNote->showMessage(
        MessageBar::Kind::Information,
        [count, until] {
            return tr("%n download(s) from saved searches wait until %1, when the bandwidth limit ends.",
                      nullptr, count)
                .arg(DateTimeText::clock(until));
        },
        [] { return tr("Download Now"); }, std::move(downloadNow));
}

DeadlineDialog *DownloadsPage::chooseDeadline(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return nullptr;
    const Downloads::DownloadRecord record = m_model->record(row);
    auto *dialog = new DeadlineDialog(
        record.label.isEmpty() ? record.title : record.title + QStringLiteral(" — ") + record.label,
        record.neededBy, m_model->now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, id, dialog] { m_manager.setNeededBy(id, dialog->chosen()); });
    dialog->open();
    return dialog;
}

void DownloadsPage::confirmCancel(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Downloads::DownloadRecord record = m_model->record(row);
    if (record.state == State::Completed) {
        m_manager.cancel(id);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel download"),
                                tr("Cancel the download of “%1”? The %2 downloaded so far will be deleted.")
                                    .arg(record.title, DownloadsModel::formatSize(record.bytesDone)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelQuestion"));
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            m_manager.cancel(id);
        m_view->setFocus();
    });
    box->open();
}

} // namespace Ui
