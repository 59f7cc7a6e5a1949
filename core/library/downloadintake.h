#pragma once

#include "core/downloads/downloadrecord.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>

namespace Library {

class LibraryStore;

// Every verified download enters the library by itself: connected to the
// download queue's completed(), this adds the clip and, when chosen, writes
// its EBUCore sidecar and a new ASC MHL generation for its folder. The
// sidecar is written at once (a few kilobytes); the hash history reads the
// new file again, so it runs on the thread pool, one run per folder at a
// time, and a folder that gets more files meanwhile is recorded again after.
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
    // No hash history is being written.
    bool isIdle() const { return m_running.isEmpty(); }

    void take(const Downloads::DownloadRecord &record);

signals:
    void clipAdded(qint64 id);
    // Something could not be done; the download itself is fine.
    void problem(const QString &message);
    void historyWritten(const QString &folder);
    void idle();

private:
    void recordHistory(const QString &folder);

    LibraryStore &m_store;
    bool m_sidecars = false;
    bool m_hashHistory = false;
    QSet<QString> m_running;
    QSet<QString> m_again;
    QThreadPool m_pool; // its destructor waits for a history being written
};

} // namespace Library
