#pragma once

#include "core/downloads/downloadrecord.h"
#include "core/downloads/queuestore.h"
#include "core/downloads/responseverdict.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

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
    QByteArray etag; // the media host's ETag of the file, when the portal says it
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
        // Network::ProxySetting::curlProxy(): nullopt, the environment's.
        std::optional<QByteArray> proxy;
        qint64 globalSpeedLimit = 0; // bytes/s, 0: none
        int stallSeconds = 30;
        int maxAttempts = 8; // failed tries in a row before "failed"
        int backoffBaseMs = 1000; // first retry after about this long
        int backoffMaxMs = 60000;
        // Connections per download: a large file is fetched in this many
        // segments at once, where the server serves ranges of one version.
        int connections = 4;
        // Automatic: starting from `connections`, a download opens more
        // (up to maxConnections) for as long as each step raises its
        // throughput by growthGain; a host that caps each connection (a CDN)
        // then gets as many as it takes. Off: exactly `connections`.
        bool adaptiveConnections = true;
        int maxConnections = 16;
        // The setting Settings::AppSettings::connectionsPerFile(): 0 is
        // automatic (start from 4 and grow), 1-16 a count that is kept.
        void setConnectionsPerFile(int count)
        {
            adaptiveConnections = count <= 0;
            connections = adaptiveConnections ? 4 : std::min(count, 16);
        }
        double growthGain = 1.15;
        int growthWindowMs = 500;
        // No segment is made smaller than this; a file under twice this size
        // goes over one connection.
        qint64 segmentMinBytes = 8 * 1024 * 1024;
        // The pieces handed out in file order to the connections (smaller
        // for a file too small to give each connection two).
        qint64 pieceBytes = 16 * 1024 * 1024;
        int progressIntervalMs = 100; // at most 10 progress updates a second
        int saveIntervalMs = 1000; // progress made durable this often
        int diskCheckIntervalMs = 10000;
        // How often the queue is looked at for changes made by another
        // program (and the lock of a busy queue tried again).
        int watchIntervalMs = 1000;
        // Progress is also made durable once this many bytes were written
        // since the last save, so that a crash costs little to fetch again.
        qint64 saveEveryBytes = 4 * 1024 * 1024;
        // Failed tries in a row of a segmented file before it goes on as one
        // stream from its complete prefix.
        int segmentedFailuresBeforeOneStream = 3;
    };

    // The error code of a download paused until someone signs in.
    static constexpr const char *SignInRequired = "sign_in_required";
    // The error code of a queued download that waits while the program works
    // offline (Network::OfflineMode); the portal's code for the same.
    static constexpr const char *WorkingOffline = "offline";

    Engine(QString queuePath, Config config, QObject *parent = nullptr);
    ~Engine() override;

public slots:
    // Opens the queue, puts interrupted downloads back and starts working.
    void start();
    // start() for someone signed in: downloads that waited for a sign-in go
    // on with the rest (so that the queue is not found idle before they do).
    void startSignedIn();
    void add(Downloads::DownloadRecord record);
    void pause(qint64 id);
    void resume(qint64 id);
    void retry(qint64 id);
    // Stops the download and deletes its partial file and its record.
    void cancel(qint64 id);
    void move(qint64 id, Downloads::QueueStore::Move where);
    void moveBefore(qint64 id, qint64 beforeId);
    void setMaxConcurrent(int count);
    // Connections per download (1–16), for transfers started from now on;
    // a count given this way is fixed (no automatic growth).
    void setConnections(int count);
    void setGlobalSpeedLimit(qint64 bytesPerSecond);
    void setSpeedLimit(qint64 id, qint64 bytesPerSecond);
    // A deadline (invalid: none): the queue puts the most urgent first.
    void setNeededBy(qint64 id, const QDateTime &when);
    void provideLink(qint64 id, const Downloads::LinkAnswer &link);
    // The portal refused a link. authentication: the person must sign in.
    // retryAfterSeconds: the portal announced when to ask again (a 503 in
    // maintenance, a 429); such a wait never counts as a failed try.
    void linkFailed(qint64 id, const QString &code, const QString &message, bool authentication,
                    bool retryable, std::optional<int> retryAfterSeconds = std::nullopt);
    // Puts back in the queue what was paused because nobody was signed in.
    void resumeAfterSignIn();
    // Offline: transfers stop with their progress saved and go back to the
    // queue, links asked for are forgotten, nothing starts (a download being
    // verified finishes: it needs no network). Online: the queue goes on.
    void setOffline(bool offline);
    // Saves progress and stops every transfer; the queue resumes on the next start().
    void shutdown();

signals:
    void started(const QList<Downloads::DownloadRecord> &records);
    void failedToStart(const QString &message);
    // Another program works this queue (message says which), or, with an
    // empty message, this one has taken it over.
    void queueBusy(const QString &message);
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

    void open(bool signedIn);
    bool takeLock();
    void watchQueue();
    void schedule();
    void begin(Job &job);
    void askForLink(Job &job);
    void forgetLink(Job &job);
    void renewForNewVersion(Job &job, const QByteArray &seen);
    bool versionChanged(const Job &job, const Transfer &transfer) const;
    bool mayRenewForVersion(const Job &job) const;
    void startTransfer(Job &job);
    bool takeFreePartName(Job &job);
    bool openPartFile(Job &job);
    bool allWritten(const Job &job, qint64 partSize) const;
    void toOneStream(Job &job);
    bool prepareSegments(Job &job, qint64 fileSize);
    void startSegment(Job &job, qint64 key, qint64 offset, qint64 end, bool probe);
    void startIdleSegments(qint64 id);
    bool splitForIdleConnection(Job &job);
    void growConnections(Job &job);
    qint64 pieceBytes(const Job &job) const;
    qint64 frontier(const Job &job) const;
    Segment appendPiece(Job &job);
    void mergeFinishedPrefix(Job &job);
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
    // announced: the server said when to come back; the wait is not a failure.
    void retryLater(Job &job, const QString &code, const QString &message,
                    std::optional<int> retryAfterSeconds, bool announced = false);
    void fail(Job &job, State state, const QString &code, const QString &message);
    void pauseForDisk(Job &job, const QString &message);
    void restartFromZero(Job &job);
    bool saveProgress(Job &job);
    bool closePartFile(Job &job);
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
    QTimer *m_watchTimer = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    bool m_working = false; // this engine holds the queue's lock
    bool m_signedInAtStart = false;
    QString m_busyMessage;
    qint64 m_dataVersion = -1;
    // The downloads the views have heard of, with their partial file (empty
    // once completed).
    QHash<qint64, QString> m_known;
    bool m_stopping = false;
    bool m_offline = false;
    quint64 m_hasherSerial = 0;
};

} // namespace Downloads

Q_DECLARE_METATYPE(Downloads::DownloadRecord)
Q_DECLARE_METATYPE(Downloads::LinkAnswer)
