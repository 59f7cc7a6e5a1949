#include "core/catalogue/thumbnailcache.h"

#include "core/network/offlinemode.h"

#include "core/catalogue/thumbnailstore.h"
#include "core/portal/retrypolicy.h"
#include "core/util/logging.h"

#include <QDateTime>
#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Catalogue {

namespace {
constexpr qint64 RetryTransientAfterMs = 30000;
// A server that says it is busy (429, 503) is left alone this long, or as
// long as its Retry-After asks, up to MaxBusyPauseMs.
constexpr qint64 BusyPauseMs = 30000;
constexpr qint64 MaxBusyPauseMs = 10 * 60 * 1000;
const char *const TooLargeProperty = "mmdeskTooLarge";
} // namespace

// Owns the store on the cache's thread. The store is opened by the first
// task, and the order of use is saved a few seconds after it changes.
class ThumbnailWorker final : public QObject
{
public:
    ThumbnailWorker(QString folder, const ThumbnailCacheOptions &options)
        : m_folder(std::move(folder)), m_options(options)
    { }

    ThumbnailStore *store()
    {
        if (!m_opened) {
            m_opened = true;
            m_flushTimer = new QTimer(this);
            m_flushTimer->setSingleShot(true);
            m_flushTimer->setInterval(m_options.flushIntervalMs);
            QObject::connect(m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
            auto opened = ThumbnailStore::open(m_folder, m_options.maxBytes);
            if (opened)
                m_store = std::move(opened).value();
            else
                qCWarning(lcCatalogue) << "thumbnails will not be kept on disk:" << opened.error().message;
        }
        return m_store.get();
    }

    void used()
    {
        if (m_flushTimer && !m_flushTimer->isActive())
            m_flushTimer->start();
    }

    void flush()
    {
        if (!m_store)
            return;
        if (auto flushed = m_store->flush(); !flushed)
            qCWarning(lcCatalogue) << "thumbnail use order not saved:" << flushed.error().message;
    }

    void close()
    {
        flush();
        m_store.reset();
    }

private:
    QString m_folder;
    ThumbnailCacheOptions m_options;
    bool m_opened = false;
    std::unique_ptr<ThumbnailStore> m_store;
    QTimer *m_flushTimer = nullptr;
};

ThumbnailCache::ThumbnailCache(QNetworkAccessManager &network, const QString &folder,
                               const ThumbnailCacheOptions &options, QObject *parent)
    : QObject(parent),
      m_network(network),
      m_options(options),
      m_worker(new ThumbnailWorker(folder, options)),
      m_resume(new QTimer(this))
{
    m_resume->setSingleShot(true);
    connect(m_resume, &QTimer::timeout, this, &ThumbnailCache::pump);
    connect(&Network::OfflineMode::instance(), &Network::OfflineMode::changed, this, &ThumbnailCache::pump);
    m_thread.setObjectName(QStringLiteral("mmdesk-thumbnails"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->store(); }, Qt::QueuedConnection);
}

ThumbnailCache::~ThumbnailCache()
{
    for (QNetworkReply *reply : findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
    }
    // Behind every write asked for so far.
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, thread = &m_thread] {
            worker->close();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void ThumbnailCache::request(const QUrl &url)
{
    if (!url.isValid() || url.isRelative()) {
        fail(url, tr("The video has no thumbnail."), true);
        return;
    }
    // What the portal names is fetched from the network, never read from
    // this computer (file:, qrc:); data: carries its picture in the address.
    if (const QString scheme = url.scheme(); scheme != u"https" && scheme != u"http" && scheme != u"data") {
        fail(url, tr("The thumbnail's address is not a web address."), true);
        return;
    }
    if (const auto final = m_final.constFind(url); final != m_final.constEnd()) {
        // Answered later, as every request is.
        QMetaObject::invokeMethod(
            this, [this, url, message = *final] { emit failed(url, message); }, Qt::QueuedConnection);
        return;
    }
    if (m_pending.contains(url)) {
        // Wanted again: it is on screen, so it goes first.
        if (const qsizetype at = m_queue.indexOf(url); at >= 0 && at != m_queue.size() - 1)
            m_queue.move(at, m_queue.size() - 1);
        return;
    }
    if (const auto until = m_retryAfter.constFind(url); until != m_retryAfter.constEnd()) {
        if (QDateTime::currentMSecsSinceEpoch() < *until)
            return;
        m_retryAfter.erase(until);
    }
    m_pending.insert(url);
    if (m_refetch.contains(url)) {
        enqueue(url);
        return;
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, url] {
            std::optional<QByteArray> bytes;
            if (ThumbnailStore *store = worker->store()) {
                bytes = store->read(ThumbnailStore::keyFor(url));
                if (bytes)
                    worker->used();
            }
            // The cache outlives its worker's tasks (its destructor waits).
            QMetaObject::invokeMethod(
                this,
                [this, url, found = bytes.has_value(), data = bytes.value_or(QByteArray())] {
                    lookedUp(url, data, found);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ThumbnailCache::lookedUp(const QUrl &url, const QByteArray &bytes, bool found)
{
    if (!found) {
        enqueue(url);
        return;
    }
    m_pending.remove(url);
    emit ready(url, bytes);
}

void ThumbnailCache::enqueue(const QUrl &url)
{
    m_queue.append(url);
    while (m_queue.size() > std::max(1, m_options.maxQueued))
        m_pending.remove(m_queue.takeFirst());
    pump();
}

void ThumbnailCache::pump()
{
    // Offline: what is on disk is served; the rest waits for the network.
    if (Network::OfflineMode::isOn())
        return;
    if (const qint64 wait = m_pausedUntil - QDateTime::currentMSecsSinceEpoch(); wait > 0) {
        m_resume->start(static_cast<int>(wait));
        return;
    }
    while (m_active < std::max(1, m_options.maxConcurrent) && !m_queue.isEmpty()) {
        const QUrl url = m_queue.takeLast();
        QNetworkRequest request(url);
        request.setTransferTimeout(m_options.transferTimeoutMs);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = m_network.get(request);
        reply->setParent(this);
        ++m_active;
        ++m_fetches;
        const qint64 limit = m_options.maxFileBytes;
        connect(reply, &QNetworkReply::downloadProgress, this, [reply, limit](qint64 received, qint64 total) {
            if (received > limit || total > limit) {
                reply->setProperty(TooLargeProperty, true);
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { fetched(reply); });
    }
}

void ThumbnailCache::fetched(QNetworkReply *reply)
{
    reply->deleteLater();
    --m_active;
    const QUrl url = reply->request().url();
    m_pending.remove(url);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->property(TooLargeProperty).toBool()) {
        fail(url, tr("The thumbnail is too large to be a thumbnail."), true);
    } else if (reply->error() != QNetworkReply::NoError) {
        // A refusal stays a refusal; anything else may pass later.
        const bool final = status >= 400 && status < 500 && status != 408 && status != 429;
        if (status == 429 || status == 503) {
            // Busy: the whole queue waits, not only this picture, so that
            // the next requests do not add to the load.
            const auto asked = Portal::RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                                    QDateTime::currentDateTimeUtc());
            const qint64 pause =
                asked ? std::clamp<qint64>(*asked * qint64(1000), 1000, MaxBusyPauseMs) : BusyPauseMs;
            m_pausedUntil = std::max(m_pausedUntil, QDateTime::currentMSecsSinceEpoch() + pause);
            qCInfo(lcCatalogue) << "thumbnail server busy (HTTP" << status << "); fetching again in" << pause
                                << "ms";
        }
        fail(url, tr("The thumbnail could not be fetched: %1").arg(reply->errorString()), final);
    } else {
        const QByteArray bytes = reply->readAll();
        if (!ThumbnailStore::looksLikeImage(bytes)) {
            fail(url, tr("The portal's thumbnail for this video is not a picture."), true);
        } else {
            m_refetch.remove(url);
            QMetaObject::invokeMethod(
                m_worker,
                [worker = m_worker, key = ThumbnailStore::keyFor(url), bytes] {
                    if (ThumbnailStore *store = worker->store()) {
                        if (auto written = store->write(key, bytes); !written)
                            qCWarning(lcCatalogue) << "thumbnail not kept:" << written.error().message;
                    }
                },
                Qt::QueuedConnection);
            emit ready(url, bytes);
        }
    }
    pump();
}

void ThumbnailCache::fail(const QUrl &url, const QString &message, bool final)
{
    if (final)
        m_final.insert(url, message);
    else
        m_retryAfter.insert(
            url, std::max(m_pausedUntil, QDateTime::currentMSecsSinceEpoch() + RetryTransientAfterMs));
    QMetaObject::invokeMethod(
        this, [this, url, message] { emit failed(url, message); }, Qt::QueuedConnection);
}

void ThumbnailCache::reject(const QUrl &url)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, key = ThumbnailStore::keyFor(url)] {
            if (ThumbnailStore *store = worker->store())
                store->remove(key);
        },
        Qt::QueuedConnection);
    if (m_rejected.contains(url)) {
        m_refetch.remove(url);
        fail(url, tr("The thumbnail for this video cannot be shown."), true);
        return;
    }
    m_rejected.insert(url);
    m_refetch.insert(url);
    m_pending.remove(url);
    request(url);
}

void ThumbnailCache::stats(QObject *context, std::function<void(Stats)> done)
{
    const QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, guard, done = std::move(done)] {
            Stats stats;
            if (ThumbnailStore *store = worker->store())
                stats = Stats {store->bytesUsed(), store->count(), true};
            QMetaObject::invokeMethod(
                this,
                [guard, done, stats] {
                    if (guard)
                        done(stats);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Catalogue
