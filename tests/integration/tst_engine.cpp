// The download engine in its own thread against the reference portal and its
// faults: every download ends verified (SHA-256) in its destination, or in a
// clear failure; never in a wrong file.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/engine.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/enginerig.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"
#include "tests/support/singlevideo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Downloads;

namespace {

constexpr qint64 FileSize = 6 * 1024 * 1024 + 7;

} // namespace

class TestEngine final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QByteArray m_sha256;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;

    TestSupport::EngineKnobs m_knobs;

    std::unique_ptr<TestSupport::EngineRig> startEngine(const QString &queuePath)
    {
        return std::make_unique<TestSupport::EngineRig>(*m_client, m_knobs, queuePath);
    }

    static DownloadRecord request(const QString &dest,
                                  const QString &renditionId = QStringLiteral("r-master"))
    {
        return TestSupport::downloadRequest(QStringLiteral("v-engine"), dest, renditionId);
    }

    void setFaults(const QJsonObject &faults) { QVERIFY(m_portal.setFaults(faults)); }

    // Runs one download to its end and returns its final record.
    // The media answers the portal logged during the last runOne().
    QList<TestSupport::LoggedRequest> m_media;

    DownloadRecord runOne(const QJsonObject &faults, int timeoutMs = 60000)
    {
        const qsizetype mark = m_portal.requests().size();
        setFaults(faults);
        QTemporaryDir dest;
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")));
        rig->add(request(dest.path()));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(TestSupport::EngineRig::isFinal(rig->last().state), timeoutMs);
        }();
        DownloadRecord last = rig->last();
        if (last.state == State::Completed) {
            [&] {
                QCOMPARE(TestSupport::sha256OfFile(last.targetPath()), m_sha256);
                QVERIFY(!QFile::exists(last.partPath()));
            }();
        }
        setFaults({});
        m_media = TestSupport::requestsUnder(m_portal.requests().mid(mark), QStringLiteral("/media/"));
        return last;
    }

    // Whether the portal's log shows the fault of faults_data()'s row.
    QString faultFired(const QString &row) const
    {
        const auto count = [this](const std::function<bool(const TestSupport::LoggedRequest &)> &test) {
            return std::count_if(m_media.cbegin(), m_media.cend(), test);
        };
        const auto ok = [](const TestSupport::LoggedRequest &r) {
            return r.status == 200 || r.status == 206;
        };
        if (row.startsWith(u"none"))
            return count(ok) == m_media.size() ? QString() : QStringLiteral("a media answer failed");
        if (row.startsWith(u"dropped"))
            // (With several connections, a drop stops the others mid-answer:
            // not every answer drawn for a drop gets as far as the cut.)
            return count([&](const auto &r) { return ok(r) && r.bytes == 500000; }) >= 1
                ? QString()
                : QStringLiteral("no answer cut at 500000 bytes");
        if (row.startsWith(u"range ignored"))
            return count([](const auto &r) {
                       return r.status == 200 && r.range.startsWith(QLatin1String("bytes="))
                           && !r.range.startsWith(QLatin1String("bytes=0-"));
                   })
                    >= 1
                ? QString()
                : QStringLiteral("no 200 to a range past byte 0");
        if (row.startsWith(u"etag changes")) {
            QSet<QString> etags;
            for (const auto &r : m_media)
                etags.insert(r.etag);
            return etags.size() >= 2 ? QString() : QStringLiteral("one ETag only");
        }
        if (row.startsWith(u"503 burst"))
            return count([](const auto &r) { return r.status == 503; }) == 3
                ? QString()
                : QStringLiteral("not three 503s");
        if (row.startsWith(u"500 burst"))
            return count([](const auto &r) { return r.status == 500; }) == 2 ? QString()
                                                                             : QStringLiteral("not two 500s");
        if (row.startsWith(u"stall"))
            return count([](const auto &r) { return r.ms >= 1900; }) >= 1
                ? QString()
                : QStringLiteral("no answer stalled");
        if (row.startsWith(u"slow"))
            return count([&](const auto &r) {
                       return ok(r) && r.bytes >= 1024 * 1024
                           && r.bytes * 1000 / std::max<qint64>(1, r.ms) <= 5500000;
                   })
                    >= 1
                ? QString()
                : QStringLiteral("no answer near the 4 MiB/s cap (uncapped, loopback gives over 100 MB/s)");
        return QStringLiteral("no proof for this row");
    }

private slots:
    void initTestCase()
    {
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-engine");
        video.title = QStringLiteral("Engine test");
        video.sizeBytes = FileSize;
        video.seed = 26;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), video);
        QVERIFY(!m_sha256.isEmpty());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));

        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-engine-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("engine@example.org")));
    }

    void init() { m_knobs = TestSupport::EngineKnobs(); }

    void faults_data()
    {
        QTest::addColumn<QJsonObject>("faults");
        QTest::addColumn<int>("connections");
        const auto row = [](const char *name, const QJsonObject &faults) {
            for (const int connections : {1, 4})
                QTest::addRow("%s, %d connection(s)", name, connections) << faults << connections;
        };
        row("none", QJsonObject {});
        row("dropped connections",
            QJsonObject {{QStringLiteral("drop_after_bytes"), 500000}, {QStringLiteral("drop_count"), 3}});
        row("range ignored after a drop",
            QJsonObject {{QStringLiteral("drop_after_bytes"), 1000000},
                         {QStringLiteral("drop_count"), 2},
                         {QStringLiteral("ignore_range"), true}});
        row("etag changes after a drop",
            QJsonObject {{QStringLiteral("drop_after_bytes"), 1000000},
                         {QStringLiteral("drop_count"), 2},
                         {QStringLiteral("change_etag"), true}});
        row("503 burst",
            QJsonObject {{QStringLiteral("fail_next"), 3},
                         {QStringLiteral("fail_status"), 503},
                         {QStringLiteral("retry_after"), 1}});
        row("500 burst",
            QJsonObject {{QStringLiteral("fail_next"), 2}, {QStringLiteral("fail_status"), 500}});
        row("stall",
            QJsonObject {{QStringLiteral("stall_seconds"), 5},
                         {QStringLiteral("stall_after_bytes"), 1000000},
                         {QStringLiteral("stall_count"), 1}});
        row("slow connection", QJsonObject {{QStringLiteral("rate_bytes_per_second"), 4 * 1024 * 1024}});
    }

    void faults()
    {
        QFETCH(QJsonObject, faults);
        QFETCH(int, connections);
        m_knobs.connections = connections;
        const DownloadRecord last = runOne(faults);
        QVERIFY2(last.state == State::Completed, qPrintable(last.errorCode + u": " + last.errorMessage));
        QCOMPARE(last.fileName, QStringLiteral("master.mxf"));
        // The fault really happened: the portal's own log shows it.
        const QString missing = faultFired(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void expiredLinkIsRenewed()
    {
        // Every link counts as expired until the second one is asked for.
        m_knobs.onLink = [this] {
            if (m_knobs.linksGiven == 2)
                setFaults({});
        };
        const DownloadRecord last = runOne({{QStringLiteral("expire_links"), true}});
        QVERIFY2(last.state == State::Completed, qPrintable(last.errorMessage));
        QVERIFY(m_knobs.linksGiven >= 2);
        QVERIFY(std::any_of(m_media.cbegin(), m_media.cend(), [](const auto &r) { return r.status == 410; }));
    }

    void checksumMismatchIsRetriedOnceThenReported()
    {
        m_knobs.wrongSha = QByteArray(64, '0');
        const DownloadRecord last = runOne({});
        QCOMPARE(last.state, State::Corrupt);
        QCOMPARE(last.errorCode, QStringLiteral("checksum_mismatch"));
        QVERIFY(last.errorMessage.contains(QStringLiteral(".corrupt")));
        QCOMPARE(last.corruptRetries, 1); // one clean retry before giving up
    }

    void waitsForASignIn()
    {
        m_knobs.signedOut = true;
        QTemporaryDir dest;
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")));
        Engine *engine = rig->engine();
        rig->add(request(dest.path()));
        QTRY_COMPARE_WITH_TIMEOUT(rig->last().state, State::Paused, 20000);
        QCOMPARE(rig->last().errorCode, QString::fromLatin1(Engine::SignInRequired));
        QCOMPARE(rig->last().errorMessage, QStringLiteral("Sign in again."));
        // Signed in again: it goes on by itself.
        m_knobs.signedOut = false;
        QMetaObject::invokeMethod(engine, &Engine::resumeAfterSignIn);
        QTRY_COMPARE_WITH_TIMEOUT(rig->last().state, State::Completed, 30000);
        QCOMPARE(TestSupport::sha256OfFile(rig->last().targetPath()), m_sha256);
    }

    void unknownRenditionFails()
    {
        QTemporaryDir dest;
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")));
        rig->add(request(dest.path(), QStringLiteral("r-missing")));
        QTRY_VERIFY_WITH_TIMEOUT(rig->last().state == State::Failed, 20000);
        QCOMPARE(rig->last().errorCode, QStringLiteral("not_found"));
    }

    void collisionsGetNumberedNames()
    {
        QTemporaryDir dest;
        QFile existing(dest.filePath(QStringLiteral("master.mxf")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("an earlier file the queue must not overwrite");
        existing.close();
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")));
        QList<DownloadRecord> completed;
        connect(rig->engine(), &Engine::completed, this,
                [&completed](const DownloadRecord &r) { completed << r; });
        for (int i = 0; i < 3; ++i)
            rig->add(request(dest.path()));
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 3, 60000);
        QStringList names;
        for (const DownloadRecord &r : completed) {
            names << r.fileName;
            QCOMPARE(TestSupport::sha256OfFile(r.targetPath()), m_sha256);
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList {QStringLiteral("master (2).mxf"), QStringLiteral("master (3).mxf"),
                               QStringLiteral("master (4).mxf")}));
        QCOMPARE(existing.size(), 44); // untouched
    }

    void resumesAfterRestart_data() { TestSupport::addConnectionRows(); }

    void resumesAfterRestart()
    {
        QFETCH(int, connections);
        m_knobs.connections = connections;
        setFaults({{QStringLiteral("rate_bytes_per_second"), 1024 * 1024}});
        QTemporaryDir dest;
        QTemporaryDir state;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        qint64 savedOffset = 0;
        {
            auto rig = startEngine(queue);
            rig->add(request(dest.path()));
            QSignalSpy progress(rig->engine(), &Engine::progress);
            QTRY_VERIFY_WITH_TIMEOUT(
                !progress.isEmpty() && progress.last().at(1).toLongLong() > 2 * 1024 * 1024, 20000);
        } // shutdown: progress saved, state back to queued
        {
            auto store = QueueStore::open(queue);
            QVERIFY(store.ok());
            const auto records = store.value()->all().value();
            QCOMPARE(records.size(), 1);
            QCOMPARE(records.first().state, State::Queued);
            savedOffset = records.first().bytesDone;
            QVERIFY(savedOffset > 2 * 1024 * 1024);
            QVERIFY(QFileInfo(records.first().partPath()).size() >= savedOffset);
            if (connections > 1) {
                // Several connections wrote at once, each its own segment, all
                // of one version.
                QVERIFY(!records.first().etag.isEmpty());
                int writing = 0;
                qint64 sum = 0;
                for (const Segment &segment : records.first().segments) {
                    writing += segment.done > 0 ? 1 : 0;
                    sum += segment.done;
                }
                QVERIFY2(writing >= 2,
                         qPrintable(QStringLiteral("%1 of %2 segments written, etag %3")
                                        .arg(writing)
                                        .arg(records.first().segments.size())
                                        .arg(QString::fromLatin1(records.first().etag))));
                QCOMPARE(sum, savedOffset);
            } else {
                QVERIFY(records.first().segments.isEmpty());
            }
        }
        // Still slow, so that progress is reported before the end.
        setFaults({{QStringLiteral("rate_bytes_per_second"), 2 * 1024 * 1024}});
        auto rig = startEngine(queue);
        QSignalSpy progress(rig->engine(), &Engine::progress);
        QTRY_VERIFY_WITH_TIMEOUT(rig->last().state == State::Completed, 30000);
        QCOMPARE(TestSupport::sha256OfFile(rig->last().targetPath()), m_sha256);
        // It went on from where it stopped rather than from zero.
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.first().at(1).toLongLong() >= savedOffset);
        setFaults({});
    }

    void aSlowConnectionHandsOverItsTail()
    {
        // The first connection pauses early; the others finish their own
        // segments and split its remainder between them.
        m_knobs.segmentMinBytes = 256 * 1024;
        setFaults({{QStringLiteral("stall_seconds"), 1.5},
                   {QStringLiteral("stall_after_bytes"), 100000},
                   {QStringLiteral("stall_count"), 1}});
        QTemporaryDir dest;
        QTemporaryDir state;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        auto rig = startEngine(queue);
        rig->add(request(dest.path()));
        qsizetype mostSegments = 0;
        // Read the queue beside the engine once the engine has made it.
        QTRY_COMPARE_WITH_TIMEOUT(rig->last().state, State::Active, 20000);
        auto store = QueueStore::open(queue);
        QVERIFY(store.ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (const auto records = store.value()->all(); records && !records.value().isEmpty())
                    mostSegments = std::max(mostSegments, records.value().first().segments.size());
                return rig->last().state == State::Completed;
            }(),
            30000);
        QCOMPARE(TestSupport::sha256OfFile(rig->last().targetPath()), m_sha256);
        QVERIFY2(mostSegments > 4, qPrintable(QString::number(mostSegments)));
        setFaults({});
    }

    void pauseResumeAndCancel()
    {
        setFaults({{QStringLiteral("rate_bytes_per_second"), 1024 * 1024}});
        QTemporaryDir dest;
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")));
        Engine *engine = rig->engine();
        rig->add(request(dest.path()));
        QSignalSpy progress(engine, &Engine::progress);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty(), 20000);
        const qint64 id = progress.last().at(0).toLongLong();
        QMetaObject::invokeMethod(engine, [engine, id] { engine->pause(id); });
        QTRY_COMPARE(rig->last().state, State::Paused);
        QVERIFY(QFile::exists(rig->last().partPath()));
        QMetaObject::invokeMethod(engine, [engine, id] { engine->resume(id); });
        QTRY_COMPARE(rig->last().state, State::Active);
        QSignalSpy removed(engine, &Engine::removed);
        QMetaObject::invokeMethod(engine, [engine, id] { engine->cancel(id); });
        QTRY_COMPARE(removed.size(), 1);
        QVERIFY(!QFile::exists(rig->last().partPath()));
        setFaults({});
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
