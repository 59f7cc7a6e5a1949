#pragma once

#include "core/downloads/engine.h"

#include <QHash>
#include <QObject>
#include <QThread>

namespace Portal {
class PortalClient;
}

namespace Downloads {

// The download queue as the GUI thread and the CLI see it: runs the Engine in
// its own thread, answers its requests for signed links through the portal
// client (so sign-in and token refresh stay in one place), and keeps the
// latest state of every download for views. The queue holds while the
// program works offline (Network::OfflineMode).
class DownloadManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadManager)

public:
    DownloadManager(Portal::PortalClient &client, const QString &queuePath, Engine::Config config = {},
                    QObject *parent = nullptr);
    // Stops the engine (progress saved) and its thread.
    ~DownloadManager() override;

    // signedIn: someone is signed in now, so downloads that waited for a
    // sign-in go on with the rest from the start.
    void start(bool signedIn = false);
    // Another program works the queue (what queueBusy() said last), or empty.
    QString busyMessage() const { return m_busyMessage; }
    QList<DownloadRecord> downloads() const;

    void add(const DownloadRecord &record);
    void pause(qint64 id);
    void resume(qint64 id);
    void retry(qint64 id);
    void cancel(qint64 id);
    void move(qint64 id, QueueStore::Move where);
    // Puts `id` just before `beforeId` (0: at the end), for drag and drop.
    void moveBefore(qint64 id, qint64 beforeId);
    // Call once someone has signed in: downloads that waited for it go on.
    void resumeAfterSignIn();
    void setMaxConcurrent(int count);
    void setGlobalSpeedLimit(qint64 bytesPerSecond);
    void setSpeedLimit(qint64 id, qint64 bytesPerSecond);
    // "Needed by 17:55"; invalid: no deadline. The queue orders by deadline.
    void setNeededBy(qint64 id, const QDateTime &when);

signals:
    void started();
    void failedToStart(const QString &message);
    // Another program works the queue (the message says which and what
    // happens); empty once this one has taken it over.
    void queueBusy(const QString &message);
    void changed(const Downloads::DownloadRecord &record);
    void removed(qint64 id);
    void orderChanged(const QList<qint64> &ids);
    void progress(qint64 id, qint64 bytesDone, qint64 sizeBytes, double bytesPerSecond);
    void completed(const Downloads::DownloadRecord &record);
    void idle();

private:
    void provideLink(qint64 id, const QString &videoId, const QString &renditionId);
    template<class Call>
    void post(Call call);

    Portal::PortalClient &m_client;
    QThread m_thread;
    Engine *m_engine;
    QHash<qint64, DownloadRecord> m_records;
    QList<qint64> m_order;
    QString m_busyMessage;
};

} // namespace Downloads
