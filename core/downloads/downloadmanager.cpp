#include "core/downloads/downloadmanager.h"

#include "core/catalogue/catalogueapi.h"
#include "core/network/offlinemode.h"
#include "core/portal/linkapi.h"
#include "core/portal/portalclient.h"

namespace Downloads {

DownloadManager::DownloadManager(Portal::PortalClient &client, const QString &queuePath,
                                 Engine::Config config, QObject *parent)
    : QObject(parent), m_client(client), m_engine(new Engine(queuePath, config))
{
    m_thread.setObjectName(QStringLiteral("mmdesk-downloads"));
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);

    connect(m_engine, &Engine::started, this, [this](const QList<DownloadRecord> &records) {
        m_records.clear();
        m_order.clear();
        for (const DownloadRecord &record : records) {
            m_records.insert(record.id, record);
            m_order.append(record.id);
        }
        emit started();
    });
    connect(m_engine, &Engine::failedToStart, this, &DownloadManager::failedToStart);
    connect(m_engine, &Engine::queueBusy, this, [this](const QString &message) {
        m_busyMessage = message;
        emit queueBusy(message);
    });
    connect(m_engine, &Engine::added, this, [this](const DownloadRecord &record) {
        m_records.insert(record.id, record);
        m_order.append(record.id);
        emit changed(record);
    });
    connect(m_engine, &Engine::changed, this, [this](const DownloadRecord &record) {
        m_records.insert(record.id, record);
        if (!m_order.contains(record.id))
            m_order.append(record.id);
        emit changed(record);
    });
    connect(m_engine, &Engine::removed, this, [this](qint64 id) {
        m_records.remove(id);
        m_order.removeOne(id);
        emit removed(id);
    });
    connect(m_engine, &Engine::orderChanged, this, [this](const QList<qint64> &ids) {
        m_order = ids;
        emit orderChanged(ids);
    });
    connect(m_engine, &Engine::progress, this,
            [this](qint64 id, qint64 bytesDone, qint64 sizeBytes, double speed) {
                if (auto it = m_records.find(id); it != m_records.end())
                    it->bytesDone = bytesDone;
                emit progress(id, bytesDone, sizeBytes, speed);
            });
    connect(m_engine, &Engine::completed, this, &DownloadManager::completed);
    connect(m_engine, &Engine::idle, this, &DownloadManager::idle);
    connect(m_engine, &Engine::linkNeeded, this, &DownloadManager::provideLink);
    // Before anything starts: the queue holds from the start when offline.
    m_engine->setOffline(Network::OfflineMode::isOn());
    connect(&Network::OfflineMode::instance(), &Network::OfflineMode::changed, this,
            [this](bool offline) { post([offline](Engine &engine) { engine.setOffline(offline); }); });
    m_thread.start();
}

DownloadManager::~DownloadManager()
{
    QMetaObject::invokeMethod(m_engine, &Engine::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

template<class Call>
void DownloadManager::post(Call call)
{
    QMetaObject::invokeMethod(
        m_engine, [engine = m_engine, call = std::move(call)] { call(*engine); }, Qt::QueuedConnection);
}

void DownloadManager::start(bool signedIn)
{
    if (signedIn)
        post([](Engine &engine) { engine.startSignedIn(); });
    else
        post([](Engine &engine) { engine.start(); });
}

QList<DownloadRecord> DownloadManager::downloads() const
{
    QList<DownloadRecord> list;
    for (const qint64 id : m_order) {
        if (auto it = m_records.constFind(id); it != m_records.constEnd())
            list.append(*it);
    }
    return list;
}

void DownloadManager::add(const DownloadRecord &record)
{
    post([record](Engine &engine) { engine.add(record); });
}

void DownloadManager::pause(qint64 id)
{
    post([id](Engine &engine) { engine.pause(id); });
}

void DownloadManager::resume(qint64 id)
{
    post([id](Engine &engine) { engine.resume(id); });
}

void DownloadManager::retry(qint64 id)
{
    post([id](Engine &engine) { engine.retry(id); });
}

void DownloadManager::cancel(qint64 id)
{
    post([id](Engine &engine) { engine.cancel(id); });
}

void DownloadManager::move(qint64 id, QueueStore::Move where)
{
    post([id, where](Engine &engine) { engine.move(id, where); });
}

void DownloadManager::moveBefore(qint64 id, qint64 beforeId)
{
    post([id, beforeId](Engine &engine) { engine.moveBefore(id, beforeId); });
}

void DownloadManager::resumeAfterSignIn()
{
    post([](Engine &engine) { engine.resumeAfterSignIn(); });
}

void DownloadManager::setMaxConcurrent(int count)
{
    post([count](Engine &engine) { engine.setMaxConcurrent(count); });
}

void DownloadManager::setGlobalSpeedLimit(qint64 bytesPerSecond)
{
    post([bytesPerSecond](Engine &engine) { engine.setGlobalSpeedLimit(bytesPerSecond); });
}

void DownloadManager::setSpeedLimit(qint64 id, qint64 bytesPerSecond)
{
    post([id, bytesPerSecond](Engine &engine) { engine.setSpeedLimit(id, bytesPerSecond); });
}

void DownloadManager::setNeededBy(qint64 id, const QDateTime &when)
{
    post([id, when](Engine &engine) { engine.setNeededBy(id, when); });
}

void DownloadManager::provideLink(qint64 id, const QString &videoId, const QString &renditionId)
{
    if (renditionId == PreviewRenditionId) {
        // The preview's address comes with the video and needs no token.
        Catalogue::CatalogueApi api(m_client);
        api.video(videoId, this, [this, id](Portal::ApiResult<Catalogue::Video> video) {
            if (!video.ok()) {
                const Portal::ApiError error = video.error();
                const bool retryable =
                    error.isNetwork() || error.httpStatus == 429 || error.httpStatus >= 500;
                post([id, error, retryable](Engine &engine) {
                    engine.linkFailed(id, error.code, error.message, error.isAuthentication(), retryable,
                                      error.retryAfterSeconds);
                });
                return;
            }
            if (!video.value().previewUrl.isValid()) {
                post([id](Engine &engine) {
                    engine.linkFailed(id, QStringLiteral("no_preview"),
                                      tr("The portal no longer offers a preview of this video."), false,
                                      false);
                });
                return;
            }
            const LinkAnswer answer {video.value().previewUrl.toString(), QDateTime(), -1, QByteArray(),
                                     QByteArray()};
            post([id, answer](Engine &engine) { engine.provideLink(id, answer); });
        });
        return;
    }
    Portal::LinkApi api(m_client);
    api.requestLink(videoId, renditionId, this, [this, id](Portal::ApiResult<Portal::DownloadLink> link) {
        if (!link.ok()) {
            const Portal::ApiError error = link.error();
            const bool retryable = error.isNetwork() || error.httpStatus == 429 || error.httpStatus >= 500;
            post([id, error, retryable](Engine &engine) {
                engine.linkFailed(id, error.code, error.message, error.isAuthentication(), retryable,
                                  error.retryAfterSeconds);
            });
            return;
        }
        const LinkAnswer answer {link.value().url.toString(), link.value().expiresAt, link.value().sizeBytes,
                                 link.value().sha256, link.value().etag};
        post([id, answer](Engine &engine) { engine.provideLink(id, answer); });
    });
}

} // namespace Downloads
