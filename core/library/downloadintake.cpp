#include "core/library/downloadintake.h"

#include "core/library/ascmhl.h"
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
}

// A generation is written whole or not at all; m_pool's destructor waits for
// the one being written, so that its lock file does not outlive it.
DownloadIntake::~DownloadIntake() = default;

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
            else if (self->m_running.isEmpty())
                emit self->idle();
        });
    });
}

} // namespace Library
