#pragma once

#include "core/downloads/engine.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace Portal {
class PortalClient;
}

namespace TestSupport {

// What the tests turn on an engine and on the links it is given; read each
// time, so that a test may change them while the engine runs.
struct EngineKnobs
{
    int connections = 4;
    bool adaptiveConnections = false; // fixed counts keep the tests' segments as planned
    qint64 segmentMinBytes = 1024 * 1024;
    int maxAttempts = 8;
    int stallSeconds = 2;
    int saveIntervalMs = 100; // progress made durable this often…
    qint64 saveEveryBytes = 4 * 1024 * 1024; // …and after this many bytes
    QByteArray wrongSha; // when set, links carry this checksum instead
    bool signedOut = false; // when set, links are refused as to someone not signed in
    int linksGiven = 0; // counted by the rig
    std::function<void()> onLink; // called before each link is asked for
};

// One download engine in its own thread, as DownloadManager runs it, with
// its links asked from a portal client on the test's thread. Short waits,
// so that fault tests end quickly. Shut down (progress saved) when
// destroyed.
class EngineRig final : public QObject
{
    Q_OBJECT

public:
    EngineRig(Portal::PortalClient &client, EngineKnobs &knobs, const QString &queuePath);
    ~EngineRig() override;

    Downloads::Engine *engine() const { return m_engine; }
    void add(const Downloads::DownloadRecord &record);
    // The record as the engine last reported it (changed()).
    Downloads::DownloadRecord last() const { return m_last; }
    // The id the engine gave the download added last (0 before).
    qint64 lastAddedId() const { return m_lastAdded; }
    // The records completed so far, in order.
    QList<Downloads::DownloadRecord> completed() const { return m_completed; }

    static bool isFinal(Downloads::State state);

private:
    void answerLink(qint64 id, const QString &video, const QString &rendition);

    Portal::PortalClient &m_client;
    EngineKnobs &m_knobs;
    QThread m_thread;
    Downloads::Engine *m_engine = nullptr;
    Downloads::DownloadRecord m_last;
    qint64 m_lastAdded = 0;
    QList<Downloads::DownloadRecord> m_completed;
};

// The data rows of a test run over one connection and over four segments:
// a column "connections" with "one stream" (1) and "four segments" (4).
void addConnectionRows();

// A download request for the one rendition of a SingleVideo.
Downloads::DownloadRecord downloadRequest(const QString &videoId, const QString &destDir,
                                          const QString &renditionId = QStringLiteral("r-master"),
                                          const QString &fileName = QStringLiteral("master.mxf"));

} // namespace TestSupport
