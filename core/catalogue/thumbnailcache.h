#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Catalogue {

class ThumbnailWorker;

struct ThumbnailCacheOptions
{
    qint64 maxBytes = 256 * 1024 * 1024; // the disk budget
    int maxConcurrent = 4; // fetches at a time
    qint64 maxFileBytes = 4 * 1024 * 1024; // larger answers are not thumbnails
    // Requests waiting for a fetch; beyond this the oldest are dropped (they
    // were for rows scrolled past; asking again brings them back).
    int maxQueued = 200;
    int transferTimeoutMs = 20000;
    int flushIntervalMs = 5000; // how often the order of use is saved
};

// Video thumbnails, fetched from the portal's public thumbnail_url at most
// `maxConcurrent` at a time (the newest request first: the rows on screen)
// into a bounded disk cache with least-recently-used eviction (see
// ThumbnailStore), read and written on a thread of its own. request() never
// answers at once: ready() or failed() follow. Bytes that are not a picture
// never enter the cache; a picture that cannot be decoded is handed back
// with reject().
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    struct Stats
    {
        qint64 bytesUsed = 0;
        int count = 0;
        bool available = false; // the folder could be used
    };

    ThumbnailCache(QNetworkAccessManager &network, const QString &folder,
                   const ThumbnailCacheOptions &options = ThumbnailCacheOptions(), QObject *parent = nullptr);
    // Saves the order of use.
    ~ThumbnailCache() override;

    void request(const QUrl &url);
    // The bytes of `url` do not decode: they leave the disk, and are fetched
    // once more in case the copy was damaged; a second failure is final.
    void reject(const QUrl &url);
    // Calls `done` once everything asked of the disk so far is done.
    void stats(QObject *context, std::function<void(Stats)> done);

    // Fetches started over the network since construction.
    int networkFetches() const { return m_fetches; }

signals:
    void ready(const QUrl &url, const QByteArray &bytes);
    void failed(const QUrl &url, const QString &message);

private:
    void lookedUp(const QUrl &url, const QByteArray &bytes, bool found);
    void enqueue(const QUrl &url);
    void pump();
    void fetched(QNetworkReply *reply);
    void fail(const QUrl &url, const QString &message, bool final);

    QNetworkAccessManager &m_network;
    ThumbnailCacheOptions m_options;
    QThread m_thread;
    ThumbnailWorker *m_worker;
    QSet<QUrl> m_pending; // looked up, queued or being fetched
    QList<QUrl> m_queue; // oldest first; served from the back
    QHash<QUrl, QString> m_final; // will not be fetched again: why
    QHash<QUrl, qint64> m_retryAfter; // transient failures: not before (ms since epoch)
    QSet<QUrl> m_rejected;
    QSet<QUrl> m_refetch; // skip the disk: its copy was rejected
    QTimer *m_resume; // pump() again once a pause is over
    qint64 m_pausedUntil = 0; // ms since epoch: the server said it was busy
    int m_active = 0;
    int m_fetches = 0;
};

} // namespace Catalogue
