#include "core/library/downloadintake.h"

#include "core/library/ascmhl.h"
#include "core/library/delivery.h"
#include "core/library/librarystore.h"
#include "core/library/librarytasks.h"
#include "core/util/logging.h"

#include <QDir>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace Library {

DownloadIntake::DownloadIntake(LibraryStore &store, QObject *parent) : QObject(parent), m_store(store)
{
    // One history at a time: each reads whole folders from the same disk.
    m_pool.setMaxThreadCount(1);
    m_deliveryPool.setMaxThreadCount(1);
    m_cancel = std::make_shared<std::atomic_bool>(false);
}

// A generation is written whole or not at all; m_pool's destructor waits for
// the one being written, so that its lock file does not outlive it. A copy
// to the watch folder stops and leaves nothing there; the library still has
// it pending, for the next start.
DownloadIntake::~DownloadIntake()
{
    m_cancel->store(true);
    m_deliveryPool.waitForDone();
}

void DownloadIntake::take(const Downloads::DownloadRecord &record)
{
    auto added = m_store.addFromDownload(record);
    if (!added) {
        qCWarning(lcLibrary) << "download" << record.id
                             << "not added to the library:" << added.error().message;
        emit problem(tr("%1 was downloaded and verified, but the library could not record it: %2")
                         .arg(QDir::toNativeSeparators(record.targetPath()), added.error().message));
        return;
    }
    emit clipAdded(added.value().id);
    if (m_sidecars) {
        if (auto written = LibraryTasks::writeSidecar(added.value()); !written)
            emit problem(tr("The EBUCore sidecar of %1 could not be written: %2")
                             .arg(QDir::toNativeSeparators(record.targetPath()), written.error().message));
    }
    if (m_hashHistory)
        recordHistory(record.destDir);
    if (!m_deliveryFolder.isEmpty()) {
        if (auto asked = m_store.requestDelivery(added.value().id, m_deliveryFolder); !asked)
            emit problem(tr("%1 could not be queued for the watch folder: %2")
                             .arg(QDir::toNativeSeparators(record.targetPath()), asked.error().message));
        else
            deliverNext();
    }
}

void DownloadIntake::setDeliveryFolder(const QString &folder)
{
    if (folder == m_deliveryFolder)
        return;
    m_deliveryFolder = folder;
    emit deliveryFolderChanged(folder);
}

Util::Result<void> DownloadIntake::deliver(const QList<qint64> &ids)
{
    if (m_deliveryFolder.isEmpty())
        return Util::makeError(QStringLiteral("no_watch_folder"),
                               tr("No watch folder is set. Choose one in Settings (Deliver verified files "
                                  "to), then deliver again."));
    for (const qint64 id : ids) {
        if (auto asked = m_store.requestDelivery(id, m_deliveryFolder); !asked)
            return asked;
        m_triedThisRun.remove(id);
    }
    deliverNext();
    return {};
}

void DownloadIntake::resumeDeliveries()
{
    deliverNext();
}

void DownloadIntake::deliverNext()
{
    if (m_delivering != 0)
        return;
    auto pending = m_store.pendingDeliveries();
    if (!pending) {
        emit problem(tr("The watch-folder deliveries could not be read from the library: %1")
                         .arg(pending.error().message));
        return;
    }
    std::optional<DeliveryState> next;
    for (const DeliveryState &state : pending.value()) {
        if (!m_triedThisRun.contains(state.clipId)) {
            next = state;
            break;
        }
    }
    if (!next) {
        if (m_running.isEmpty())
            emit idle();
        return;
    }
    auto clip = m_store.find(next->clipId);
    if (!clip || !clip.value()) {
        m_triedThisRun.insert(next->clipId);
        QMetaObject::invokeMethod(this, &DownloadIntake::deliverNext, Qt::QueuedConnection);
        return;
    }
    m_delivering = next->clipId;
    QPointer<DownloadIntake> self(this);
    m_deliveryPool.start(
        [self, clip = *clip.value(), folder = next->folder, sidecar = m_sidecars, cancel = m_cancel] {
            auto outcome = Delivery::deliver(clip, folder, sidecar, cancel.get());
            if (cancel->load())
                return; // quitting: the library keeps it pending
            const Util::Result<QString> path = outcome ? Util::Result<QString>(outcome.value().mediaPath)
                                                       : Util::Result<QString>(outcome.error());
            QMetaObject::invokeMethod(
                self.data(),
                [self, id = clip.id, path] {
                    if (self)
                        self->finishDelivery(id, path);
                },
                Qt::QueuedConnection);
        });
}

void DownloadIntake::finishDelivery(qint64 clipId, const Util::Result<QString> &outcome)
{
    m_delivering = 0;
    if (outcome) {
        if (auto recorded = m_store.recordDelivered(clipId, outcome.value()); !recorded)
            qCWarning(lcLibrary) << "delivery of clip" << clipId
                                 << "not recorded:" << recorded.error().message;
        emit delivered(clipId, outcome.value());
    } else {
        m_triedThisRun.insert(clipId);
        (void)m_store.recordDeliveryProblem(clipId, outcome.error().message);
        emit deliveryFailed(clipId, outcome.error().message);
        emit problem(tr("A verified clip was not delivered to the watch folder: %1 It stays in the library, "
                        "and the delivery is tried again at the next start.")
                         .arg(outcome.error().message));
    }
    deliverNext();
}

void DownloadIntake::recordHistory(const QString &folder)
{
    if (m_running.contains(folder)) {
        m_again.insert(folder);
        return;
    }
    m_running.insert(folder);
    QPointer<DownloadIntake> self(this);
    m_pool.start([self, folder] {
        const auto report = AscMhl::addGeneration(folder);
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, folder, report] {
            if (!self)
                return;
            self->m_running.remove(folder);
            if (!report)
                emit self->problem(tr("The ASC MHL history of %1 could not be updated: %2")
                                       .arg(QDir::toNativeSeparators(folder), report.error().message));
            else
                emit self->historyWritten(folder);
            if (self->m_again.remove(folder))
                self->recordHistory(folder);
            else if (self->isIdle())
                emit self->idle();
        });
    });
}

} // namespace Library
