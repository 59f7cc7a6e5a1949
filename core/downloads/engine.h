#pragma once

#include "core/downloads/downloadrecord.h"
#include "core/downloads/queuestore.h"
#include "core/downloads/responseverdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

#include <curl/curl.h>

namespace Downloads {

class CurlMulti;
class Transfer;

// What a download needs from the portal: a signed link and the facts it
// carries. Answered by whoever talks to the portal (DownloadManager).
struct LinkAnswer
{
    QString url;
    QDateTime expiresAt;
    qint64 sizeBytes = -1;
    QByteArray sha256;
    QByteArray etag;
};

// The download queue at work, in its own thread: libcurl transfers driven by
// the thread's event loop (CurlMulti), the queue in SQLite (QueueStore),
// verification on the thread pool. Every public slot is called queued from
// another thread; every signal crosses back queued. Nothing here waits on
// the network or the disk in the GUI thread.
class Engine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)

public:
    struct Config
    {
        int maxConcurrent = 3;
        qint64 globalSpeedLimit = 0; // bytes/s, 0: none
        int stallSeconds = 30;
        int maxAttempts = 8; // failed tries in a row before "failed"
        int backoffBaseMs = 1000; // first retry after about this long
        int backoffMaxMs = 60000;
        // Connections per download: a large file is fetched in this many
        // segments at once, where the server serves ranges of one version.
        int connections = 4;
        // No segment is made smaller than this; a file under twice this size
        // goes over one connection.
        qint64 segmentMinBytes = 8 * 1024 * 1024;
        int progressIntervalMs = 100; // at most 10 progress updates a second
        int saveIntervalMs = 1000; // progress made durable this often
        int diskCheckIntervalMs = 10000;
    };

    // The error code of a download paused until someone signs in.
    static constexpr const char *SignInRequired = "sign_in_required";

    Engine(QString queuePath, Config config, QObject *parent = nullptr);
    ~Engine() override;

public slots:
    // Opens the queue, puts interrupted downloads back and starts working.
    void start();
    void add(Downloads::DownloadRecord record);
    void pause(qint64 id);
    void resume(qint64 id);
    void retry(qint64 id);
    // Stops the download and deletes its partial file and its record.
    void cancel(qint64 id);
    void move(qint64 id, Downloads::QueueStore::Move where);
    void moveBefore(qint64 id, qint64 beforeId);
    void setMaxConcurrent(int count);
    // Connections per download (1–16), for transfers started from now on.
    void setConnections(int count);
    void setGlobalSpeedLimit(qint64 bytesPerSecond);
    void setSpeedLimit(qint64 id, qint64 bytesPerSecond);
    void provideLink(qint64 id, const Downloads::LinkAnswer &link);
    // The portal refused a link. authentication: the person must sign in.
    void linkFailed(qint64 id, const QString &code, const QString &message, bool authentication,
                    bool retryable);
    // Puts back in the queue what was paused because nobody was signed in.
    void resumeAfterSignIn();
    // Saves progress and stops every transfer; the queue resumes on the next start().
    void shutdown();

signals:
    void started(const QList<Downloads::DownloadRecord> &records);
    void failedToStart(const QString &message);
    void added(const Downloads::DownloadRecord &record);
    void removed(qint64 id);
    void changed(const Downloads::DownloadRecord &record);
    void orderChanged(const QList<qint64> &ids);
    void progress(qint64 id, qint64 bytesDone, qint64 sizeBytes, double bytesPerSecond);
    void linkNeeded(qint64 id, const QString &videoId, const QString &renditionId);
    void completed(const Downloads::DownloadRecord &record);
    // Nothing queued or active any more (what is left failed, is paused or done).
    void idle();
    void stopped();

private:
    enum class Phase { WaitingForLink, Transferring, Verifying, Waiting };
    struct Job;

    void schedule();
    void begin(Job &job);
    void startTransfer(Job &job);
    bool prepareSegments(Job &job, qint64 fileSize);
    void startSegment(Job &job, qint64 key, qint64 offset, qint64 end, bool probe);
    void startIdleSegments(qint64 id);
    bool splitForIdleConnection(Job &job);
    void judged(qint64 id, Transfer &transfer, Verdict verdict);
    void reapRetired(qint64 id);
    void transferFinished(CURL *easy, int curlCode);
    void segmentFinished(Job &job, qint64 key);
    void collectProgress(Job &job);
    qint64 liveBytes(const Job &job) const;
    qint64 completePrefix(const Job &job) const;
    void stopTransfer(Job &job);
    void verify(Job &job);
    void verified(qint64 id, quint64 hasherSerial, const Util::Result<QByteArray> &hash);
    void complete(Job &job);
    void retryLater(Job &job, const QString &code, const QString &message,
                    std::optional<int> retryAfterSeconds);
    void fail(Job &job, State state, const QString &code, const QString &message);
    void pauseForDisk(Job &job, const QString &message);
    void restartFromZero(Job &job);
    void saveProgress(Job &job);
    void reportProgress();
    void checkDisk();
    void applySpeedLimits();
    void emitChanged(qint64 id);
    void reordered(const Util::Result<void> &result);
    void reportIdleIfDone();
    void finishJob(qint64 id);
    bool storeOk(const Util::Result<void> &result);
    int activeCount() const;

    QString m_queuePath;
    Config m_config;
    std::unique_ptr<QueueStore> m_store;
    CurlMulti *m_multi = nullptr;
    QHash<qint64, std::shared_ptr<Job>> m_jobs; // running, waiting for a link, verifying or backing off
    QHash<qint64, QString> m_pausedForDisk;
    QTimer *m_progressTimer = nullptr; // made in start(), in the engine's thread
    QTimer *m_diskTimer = nullptr;
    bool m_stopping = false;
    quint64 m_hasherSerial = 0;
};

} // namespace Downloads

Q_DECLARE_METATYPE(Downloads::DownloadRecord)
Q_DECLARE_METATYPE(Downloads::LinkAnswer)
