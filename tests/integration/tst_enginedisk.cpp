// The download engine when the disk, not the network, lets it down: a
// flush or a close of the partial file that fails (as on a full NFS share
// or a dying USB drive), and a file of the partial file's name that the
// download did not make (another program's download, a link put there).
// Offsets saved must stay true of what reached the disk, and no file that
// is not the download's own is ever written.
//
// fdatasync() and close() are replaced in this executable, so that the
// engine (linked in statically) calls these; they fail only for the one
// partial file a test names and otherwise call the C library's own.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/engine.h"
#include "core/downloads/queuestore.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/enginerig.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"
#include "tests/support/singlevideo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <mutex>

#include <dlfcn.h>
#include <unistd.h>

namespace {

// Which file's flushes and closes fail, and how often they did.
struct DiskFaults
{
    std::mutex mutex;
    QByteArray path;
    bool failFlush = false;
    bool failClose = false;
    int flushesFailed = 0;
    int closesFailed = 0;
};

// Never destroyed: close() is called until the very end of the process.
DiskFaults &diskFaults()
{
    static auto *faults = new DiskFaults;
    return *faults;
}

// Whether `fd` is the named file while its `which` fault is on; counts it.
bool faultHits(int fd, bool DiskFaults::*which, int DiskFaults::*count)
{
    DiskFaults &faults = diskFaults();
    const std::lock_guard lock(faults.mutex);
    if (!(faults.*which))
        return false;
    char link[64];
    char target[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = ::readlink(link, target, sizeof target);
    if (length <= 0 || QByteArray(target, length) != faults.path)
        return false;
    ++(faults.*count);
    return true;
}

void setDiskFaults(const QString &path, bool failFlush, bool failClose)
{
    DiskFaults &faults = diskFaults();
    const std::lock_guard lock(faults.mutex);
    faults.path = QFile::encodeName(path);
    faults.failFlush = failFlush;
    faults.failClose = failClose;
    faults.flushesFailed = 0;
    faults.closesFailed = 0;
}

int faultCount(int DiskFaults::*count)
{
    const std::lock_guard lock(diskFaults().mutex);
    return diskFaults().*count;
}

} // namespace

extern "C" int fdatasync(int fd)
{
    using Real = int (*)(int);
    static const auto real = reinterpret_cast<Real>(::dlsym(RTLD_NEXT, "fdatasync"));
    if (faultHits(fd, &DiskFaults::failFlush, &DiskFaults::flushesFailed)) {
        errno = EIO;
        return -1;
    }
    return real(fd);
}

extern "C" int close(int fd)
{
    using Real = int (*)(int);
    static const auto real = reinterpret_cast<Real>(::dlsym(RTLD_NEXT, "close"));
    // Linux closes the descriptor even when it reports a write-back error.
    const bool hit = faultHits(fd, &DiskFaults::failClose, &DiskFaults::closesFailed);
    const int result = real(fd);
    if (hit) {
        errno = EIO;
        return -1;
    }
    return result;
}

using namespace Downloads;
using TestSupport::EngineRig;

class TestEngineDisk final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 FileSize = 6 * 1024 * 1024 + 7;

    QTemporaryDir m_content;
    TestSupport::SingleVideo m_video;
    QByteArray m_sha256;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    TestSupport::EngineKnobs m_knobs;

    static QString canonicalPart(const QString &dir, const QString &fileName)
    {
        return QFileInfo(dir).canonicalFilePath() + u'/' + fileName + QStringLiteral(".part");
    }

    // Progress as the queue holds it: bytes and every segment's count.
    static std::pair<qint64, qint64> storedProgress(const QString &queue, qint64 id)
    {
        auto store = QueueStore::open(queue);
        if (!store)
            return {-1, -1};
        const auto found = store.value()->find(id);
        if (!found || !found.value())
            return {-1, -1};
        qint64 segments = 0;
        for (const Segment &segment : found.value()->segments)
            segments += segment.done;
        return {found.value()->bytesDone, segments};
    }

    void waitForFinal(EngineRig &rig, qint64 id, int timeoutMs = 60000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(rig.last().id == id && EngineRig::isFinal(rig.last().state), timeoutMs);
    }

private slots:
    void initTestCase()
    {
        m_video.videoId = QStringLiteral("v-disk");
        m_video.sizeBytes = FileSize;
        m_video.seed = 47;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), m_video);
        QVERIFY(!m_sha256.isEmpty());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-enginedisk-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("disk@example.org")));
    }

    void init()
    {
        m_knobs = TestSupport::EngineKnobs();
        // Progress is saved only every 4 MiB, so that each test knows the
        // one moment a flush comes.
        m_knobs.saveIntervalMs = 600000;
        setDiskFaults(QString(), false, false);
        QVERIFY(m_portal.setFaults({}));
    }

    void cleanup() { setDiskFaults(QString(), false, false); }

    void failedFlushKeepsTheSavedOffsets_data() { TestSupport::addConnectionRows(); }

    void failedFlushKeepsTheSavedOffsets()
    {
        // Every flush of the partial file fails: the offsets the queue holds
        // stay those of before (none), the download stops with the disk's
        // reason, and a Retry on a sound disk ends verified.
        QFETCH(int, connections);
        m_knobs.connections = connections;
        QVERIFY(m_portal.setFaults({{QStringLiteral("rate_bytes_per_second"), 2 * 1024 * 1024}}));
        QTemporaryDir dest;
        QTemporaryDir state;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        setDiskFaults(canonicalPart(dest.path(), m_video.fileName), true, false);
        auto rig = std::make_unique<EngineRig>(*m_client, m_knobs, queue);
        rig->add(TestSupport::downloadRequest(m_video.videoId, dest.path()));
        QTRY_VERIFY(rig->lastAddedId() > 0);
        const qint64 id = rig->lastAddedId();
        waitForFinal(*rig, id);
        QCOMPARE(rig->last().state, State::Failed);
        QCOMPARE(rig->last().errorCode, QStringLiteral("disk_error"));
        QVERIFY2(rig->last().errorMessage.contains(QString::fromLocal8Bit(std::strerror(EIO))),
                 qPrintable(rig->last().errorMessage));
        QVERIFY(faultCount(&DiskFaults::flushesFailed) >= 1);
        const auto [bytes, segments] = storedProgress(queue, id);
        QCOMPARE(bytes, 0);
        QCOMPARE(segments, 0);

        setDiskFaults(QString(), false, false);
        QMetaObject::invokeMethod(rig->engine(), [engine = rig->engine(), id] { engine->retry(id); });
        QTRY_VERIFY_WITH_TIMEOUT(rig->last().state == State::Queued || rig->last().state == State::Active,
                                 10000);
        waitForFinal(*rig, id);
        QCOMPARE(rig->last().state, State::Completed);
        QCOMPARE(TestSupport::sha256OfFile(rig->last().targetPath()), m_sha256);
    }

    void failedCloseKeepsTheSavedOffsets_data() { TestSupport::addConnectionRows(); }

    void failedCloseKeepsTheSavedOffsets()
    {
        // The download is paused, and closing its partial file reports a
        // write-back error: the bytes written since the last save may never
        // have reached the disk, so their offsets are not saved. Resumed, it
        // fetches them again and ends verified.
        QFETCH(int, connections);
        m_knobs.connections = connections;
        QVERIFY(m_portal.setFaults({{QStringLiteral("rate_bytes_per_second"), 256 * 1024}}));
        QTemporaryDir dest;
        QTemporaryDir state;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        auto rig = std::make_unique<EngineRig>(*m_client, m_knobs, queue);
        QSignalSpy progress(rig->engine(), &Engine::progress);
        rig->add(TestSupport::downloadRequest(m_video.videoId, dest.path()));
        QTRY_VERIFY(rig->lastAddedId() > 0);
        const qint64 id = rig->lastAddedId();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toLongLong() > 300 * 1024,
                                 20000);
        setDiskFaults(canonicalPart(dest.path(), m_video.fileName), false, true);
        QMetaObject::invokeMethod(rig->engine(), [engine = rig->engine(), id] { engine->pause(id); });
        QTRY_COMPARE(rig->last().state, State::Paused);
        // The engine's descriptor, and the checksum reader's.
        QTRY_VERIFY(faultCount(&DiskFaults::closesFailed) >= 1);
        const auto [bytes, segments] = storedProgress(queue, id);
        QCOMPARE(bytes, 0);
        QCOMPARE(segments, 0);

        setDiskFaults(QString(), false, false);
        QVERIFY(m_portal.setFaults({}));
        QMetaObject::invokeMethod(rig->engine(), [engine = rig->engine(), id] { engine->resume(id); });
        waitForFinal(*rig, id);
        QCOMPARE(rig->last().state, State::Completed);
        QCOMPARE(TestSupport::sha256OfFile(rig->last().targetPath()), m_sha256);
    }

    void partFileItDidNotMakeIsLeftAlone_data()
    {
        QTest::addColumn<QString>("planted");
        QTest::newRow("another program's file") << QStringLiteral("file");
        QTest::newRow("a link to a file elsewhere") << QStringLiteral("link");
        QTest::newRow("a link to nowhere") << QStringLiteral("dangling");
    }

    void partFileItDidNotMakeIsLeftAlone()
    {
        // Between queueing and starting, a file of the partial file's name
        // appears. The download never writes to it (nor through it, nor
        // creates what a link names): it takes a free name and ends verified.
        QFETCH(QString, planted);
        QTemporaryDir dest;
        QTemporaryDir elsewhere;
        QTemporaryDir state;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        qint64 id = 0;
        {
            auto store = QueueStore::open(queue);
            QVERIFY(store.ok());
            auto queued = store.value()->enqueue(TestSupport::downloadRequest(m_video.videoId, dest.path()));
            QVERIFY(queued.ok());
            QCOMPARE(queued.value().fileName, m_video.fileName);
            id = queued.value().id;
        }
        const QString part = dest.filePath(m_video.fileName + QStringLiteral(".part"));
        const QString victim = elsewhere.filePath(QStringLiteral("victim.txt"));
        const QByteArray theirs("bytes of another program, not to be touched\n");
        if (planted == u"file" || planted == u"link") {
            QFile file(planted == u"file" ? part : victim);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(theirs) == theirs.size());
        }
        if (planted != u"file")
            QVERIFY(QFile::link(victim, part));

        auto rig = std::make_unique<EngineRig>(*m_client, m_knobs, queue);
        QTRY_VERIFY_WITH_TIMEOUT(rig->completed().size() == 1 || rig->last().state == State::Failed, 60000);
        QVERIFY2(rig->last().state != State::Failed, qPrintable(rig->last().errorMessage));
        const DownloadRecord done = rig->completed().first();
        QCOMPARE(done.id, id);
        QCOMPARE(done.fileName, QStringLiteral("master (2).mxf"));
        QCOMPARE(TestSupport::sha256OfFile(done.targetPath()), m_sha256);

        const QFileInfo left(part);
        QVERIFY(left.isSymLink() || left.exists());
        if (planted == u"file") {
            QFile file(part);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), theirs);
        } else if (planted == u"link") {
            QFile file(victim);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), theirs);
        } else {
            QVERIFY(!QFileInfo::exists(victim));
        }
        QVERIFY(!QFileInfo::exists(dest.filePath(QStringLiteral("master.mxf"))));
    }
};

QTEST_GUILESS_MAIN(TestEngineDisk)
#include "tst_enginedisk.moc"
