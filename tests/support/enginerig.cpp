#include "tests/support/enginerig.h"

#include "core/portal/linkapi.h"
#include "core/portal/portalclient.h"

#include <QTest>

namespace TestSupport {

using namespace Downloads;

EngineRig::EngineRig(Portal::PortalClient &client, EngineKnobs &knobs, const QString &queuePath)
    : m_client(client), m_knobs(knobs)
{
    Engine::Config config;
    config.backoffBaseMs = 50;
    config.backoffMaxMs = 400;
    config.stallSeconds = knobs.stallSeconds;
    config.saveIntervalMs = knobs.saveIntervalMs;
    config.saveEveryBytes = knobs.saveEveryBytes;
    config.watchIntervalMs = 200;
    config.connections = knobs.connections;
    config.adaptiveConnections = knobs.adaptiveConnections;
    config.growthWindowMs = 500;
    config.segmentMinBytes = knobs.segmentMinBytes;
    config.maxAttempts = knobs.maxAttempts;
    m_engine = new Engine(queuePath, config);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(m_engine, &Engine::changed, this, [this](const DownloadRecord &r) { m_last = r; });
    connect(m_engine, &Engine::completed, this, [this](const DownloadRecord &r) { m_completed << r; });
    connect(m_engine, &Engine::added, this, [this](const DownloadRecord &r) { m_lastAdded = r.id; });
    connect(m_engine, &Engine::linkNeeded, this, &EngineRig::answerLink);
    m_thread.start();
    QMetaObject::invokeMethod(m_engine, &Engine::start);
}

EngineRig::~EngineRig()
{
    QMetaObject::invokeMethod(m_engine, &Engine::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EngineRig::add(const DownloadRecord &record)
{
    QMetaObject::invokeMethod(m_engine, [engine = m_engine, record] { engine->add(record); });
}

bool EngineRig::isFinal(State state)
{
    return state == State::Completed || state == State::Failed || state == State::Corrupt;
}

void EngineRig::answerLink(qint64 id, const QString &video, const QString &rendition)
{
    ++m_knobs.linksGiven;
    if (m_knobs.onLink)
        m_knobs.onLink();
    Engine *engine = m_engine;
    if (m_knobs.signedOut) {
        QMetaObject::invokeMethod(engine, [engine, id] {
            engine->linkFailed(id, QStringLiteral("session_expired"), QStringLiteral("Sign in again."), true,
                               false);
        });
        return;
    }
    Portal::LinkApi api(m_client);
    api.requestLink(video, rendition, this, [this, engine, id](Portal::ApiResult<Portal::DownloadLink> link) {
        if (!link.ok()) {
            QMetaObject::invokeMethod(engine, [engine, id, error = link.error()] {
                engine->linkFailed(id, error.code, error.message, error.isAuthentication(),
                                   error.isNetwork() || error.httpStatus >= 500, error.retryAfterSeconds);
            });
            return;
        }
        const LinkAnswer answer {link.value().url.toString(), link.value().expiresAt, link.value().sizeBytes,
                                 m_knobs.wrongSha.isEmpty() ? link.value().sha256 : m_knobs.wrongSha,
                                 link.value().etag};
        QMetaObject::invokeMethod(engine, [engine, id, answer] { engine->provideLink(id, answer); });
    });
}

void addConnectionRows()
{
    QTest::addColumn<int>("connections");
    QTest::newRow("one stream") << 1;
    QTest::newRow("four segments") << 4;
}

DownloadRecord downloadRequest(const QString &videoId, const QString &destDir, const QString &renditionId,
                               const QString &fileName)
{
    DownloadRecord record;
    record.videoId = videoId;
    record.renditionId = renditionId;
    record.title = QStringLiteral("Engine test");
    record.fileName = fileName;
    record.destDir = destDir;
    return record;
}

} // namespace TestSupport
