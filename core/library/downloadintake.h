#pragma once

#include "core/downloads/downloadrecord.h"
#include "core/util/result.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace Library {

class LibraryStore;

// Every verified download enters the library by itself: connected to the
// download queue's completed(), this adds the clip and, when chosen, writes
// its EBUCore sidecar and a new ASC MHL generation for its folder. The
// sidecar is written at once (a few kilobytes); the hash history reads the
// new file again, so it runs on the thread pool, one run per folder at a
// time, and a folder that gets more files meanwhile is recorded again after.
// With a watch folder set, the verified file (and its sidecar) is also
// copied there (Library::Delivery), one at a time, in the background; the
// library keeps each request until it is done, so that a delivery cut short
// by a quit, or refused by a missing folder, is tried again at the next start.
class DownloadIntake final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadIntake)

public:
    // `store` is used from this object's thread and must outlive it.
    explicit DownloadIntake(LibraryStore &store, QObject *parent = nullptr);
    ~DownloadIntake() override;

    void setWriteSidecars(bool on) { m_sidecars = on; }
    void setKeepHashHistory(bool on) { m_hashHistory = on; }
    // The watch folder each newly verified download goes to; "" for none.
    void setDeliveryFolder(const QString &folder);
    QString deliveryFolder() const { return m_deliveryFolder; }
    // No hash history is being written, no file delivered.
    bool isIdle() const { return m_running.isEmpty() && m_delivering == 0; }

    void take(const Downloads::DownloadRecord &record);
    // Delivers the clips `ids` to the watch folder (again); fails when no
    // watch folder is set or the library cannot record the request.
    Util::Result<void> deliver(const QList<qint64> &ids);
    // Goes on with the deliveries the library still has pending.
    void resumeDeliveries();

signals:
    void clipAdded(qint64 id);
    // Something could not be done; the download itself is fine.
    void problem(const QString &message);
    void historyWritten(const QString &folder);
    void delivered(qint64 clipId, const QString &path);
    void deliveryFolderChanged(const QString &folder);
    // A delivery that failed (also said by problem()), with the reason.
    void deliveryFailed(qint64 clipId, const QString &reason);
    void idle();

private:
    void recordHistory(const QString &folder);
    void deliverNext();
    void finishDelivery(qint64 clipId, const Util::Result<QString> &outcome);

    LibraryStore &m_store;
    bool m_sidecars = false;
    bool m_hashHistory = false;
    QSet<QString> m_running;
    QSet<QString> m_again;
    QString m_deliveryFolder;
    qint64 m_delivering = 0; // the clip being copied, 0 for none
    QSet<qint64> m_triedThisRun; // failed since the start: not tried again in a loop
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThreadPool m_deliveryPool; // the destructor stops its copy (m_cancel), then waits
    QThreadPool m_pool; // its destructor waits for a history being written
};

} // namespace Library
