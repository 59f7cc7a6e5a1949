// Working offline (Network::OfflineMode, setting network.offline) against
// the reference portal: nothing is sent to the portal or the media host, the
// session is kept, the download queue holds with its partial file and goes
// on from it once online, and mmdesk-cli says why it does not fetch.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/downloadmanager.h"
#include "core/network/offlinemode.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/clirun.h"
#include "tests/support/enginerig.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"
#include "tests/support/singlevideo.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Downloads;

namespace {

constexpr qint64 FileSize = 12 * 1024 * 1024 + 3;

} // namespace

class TestOfflineMode final : public QObject
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

    qsizetype logged() const { return m_portal.requests().size(); }

private slots:
    void initTestCase()
    {
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-offline");
        video.sizeBytes = FileSize;
        video.seed = 41;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), video);
        QVERIFY(!m_sha256.isEmpty());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-offline-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("offline@example.org")));
    }

    void cleanup() { Network::OfflineMode::setOn(false); }

    void portalCallsAreNotSentAndTheSessionIsKept()
    {
        const qsizetype before = logged();
        Network::OfflineMode::setOn(true);
        std::optional<Portal::ApiResult<Portal::ApiResponse>> answer;
        Portal::ApiRequest request;
        request.path = QStringLiteral("videos");
        request.authenticated = true;
        m_client->send(request, this, [&answer](auto result) { answer = std::move(result); });
        // Answered later, as every call is, never from inside send().
        QVERIFY(!answer.has_value());
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, Portal::ApiError::Kind::Offline);
        QCOMPARE(answer->error().code, QStringLiteral("offline"));
        QVERIFY(answer->error().isNetwork());
        QVERIFY2(answer->error().message.contains(QStringLiteral("network.offline")),
                 qPrintable(answer->error().message));

        // A refresh is not sent either, and does not end the session.
        std::optional<Portal::ApiResult<Portal::TokenPair>> refreshed;
        m_client->refreshSession(this, [&refreshed](auto result) { refreshed = std::move(result); });
        QTRY_VERIFY(refreshed.has_value());
        QCOMPARE(refreshed->error().kind, Portal::ApiError::Kind::Offline);
        QVERIFY(m_client->hasSession());
        QCOMPARE(logged(), before);

        Network::OfflineMode::setOn(false);
        answer.reset();
        m_client->send(request, this, [&answer](auto result) { answer = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().message));
        QCOMPARE(logged(), before + 1);
    }

    void theQueueHoldsAndGoesOnFromThePartialFile()
    {
        // 2 MiB/s: the download is still running when the switch is turned.
        QVERIFY(m_portal.setFaults({{QStringLiteral("rate_bytes_per_second"), 2 * 1024 * 1024}}));
        QTemporaryDir state;
        QTemporaryDir dest;
        DownloadManager manager(*m_client, state.filePath(QStringLiteral("queue.sqlite")));
        QHash<qint64, DownloadRecord> seen;
        connect(&manager, &DownloadManager::changed, this,
                [&seen](const DownloadRecord &record) { seen.insert(record.id, record); });
        qint64 done = 0;
        connect(&manager, &DownloadManager::progress, this,
                [&done](qint64, qint64 bytes, qint64, double) { done = bytes; });
        manager.start(true);
        manager.add(TestSupport::downloadRequest(QStringLiteral("v-offline"), dest.path()));
        QTRY_VERIFY_WITH_TIMEOUT(done >= 2 * 1024 * 1024, 20000);
        QCOMPARE(seen.size(), 1);
        const qint64 id = seen.keys().first();

        Network::OfflineMode::setOn(true);
        QTRY_VERIFY_WITH_TIMEOUT(seen.value(id).state == State::Queued
                                     && seen.value(id).errorCode == QLatin1String(Engine::WorkingOffline),
                                 10000);
        const DownloadRecord held = seen.value(id);
        QVERIFY(held.bytesDone >= 2 * 1024 * 1024);
        QVERIFY(held.bytesDone < FileSize);
        QVERIFY(QFileInfo::exists(held.partPath()));
        // The answer cut short by the hold is logged once the host sees the
        // connection closed.
        QTRY_COMPARE_WITH_TIMEOUT(
            TestSupport::requestsUnder(m_portal.requests(), QStringLiteral("/media/")).size(), 1, 10000);
        const qsizetype atHold = logged();

        // A download added while offline waits too, and says why: by the
        // time it does, a start would have asked the portal for its link.
        manager.add(TestSupport::downloadRequest(QStringLiteral("v-offline"), dest.path(),
                                                 QStringLiteral("r-master"), QStringLiteral("second.mxf")));
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() == 2, 10000);
        const qint64 second = seen.keys().at(0) == id ? seen.keys().at(1) : seen.keys().at(0);
        QTRY_COMPARE_WITH_TIMEOUT(seen.value(second).errorCode, QString::fromLatin1(Engine::WorkingOffline),
                                  10000);
        QCOMPARE(seen.value(second).state, State::Queued);
        const auto sinceHold = m_portal.requests().mid(atHold);
        QVERIFY(TestSupport::linkRequests(sinceHold).isEmpty());
        QCOMPARE(TestSupport::mediaBytesServed(sinceHold), 0);

        // Online: both finish, the first from where it stopped.
        QVERIFY(m_portal.setFaults({}));
        Network::OfflineMode::setOn(false);
        QTRY_VERIFY_WITH_TIMEOUT(
            seen.value(id).state == State::Completed && seen.value(second).state == State::Completed, 60000);
        QCOMPARE(TestSupport::sha256OfFile(seen.value(id).targetPath()), m_sha256);
        QCOMPARE(TestSupport::sha256OfFile(seen.value(second).targetPath()), m_sha256);
        QVERIFY(seen.value(id).errorCode.isEmpty());
        const auto media =
            TestSupport::requestsUnder(m_portal.requests().mid(atHold), QStringLiteral("/media/"));
        // Both files in full, and no more than the rest of the first.
        QVERIFY2(TestSupport::mediaBytesServed(m_portal.requests().mid(atHold))
                     <= 2 * FileSize - held.bytesDone,
                 qPrintable(QString::number(TestSupport::mediaBytesServed(m_portal.requests().mid(atHold)))));
        QVERIFY(!media.isEmpty());
    }

    void theCommandLineSaysWhyItDoesNotFetch()
    {
        QTemporaryDir data;
        const QStringList common {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--portal"),
                                  m_portal.baseUrl().toString()};
        const TestSupport::CliRun set =
            TestSupport::runCli(common
                                + QStringList {QStringLiteral("settings"), QStringLiteral("set"),
                                               QStringLiteral("network.offline"), QStringLiteral("on")});
        QCOMPARE(set.exitCode, 0);
        const qsizetype before = logged();

        const TestSupport::CliRun run =
            TestSupport::runCli(common + QStringList {QStringLiteral("download"), QStringLiteral("run")});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("works offline") && run.err.contains("network.offline off"),
                 run.err.constData());

        const TestSupport::CliRun news =
            TestSupport::runCli(common + QStringList {QStringLiteral("news"), QStringLiteral("sync")});
        QCOMPARE(news.exitCode, 4);
        QVERIFY2(news.err.contains("working offline"), news.err.constData());
        QCOMPARE(logged(), before);

        const TestSupport::CliRun back =
            TestSupport::runCli(common
                                + QStringList {QStringLiteral("settings"), QStringLiteral("set"),
                                               QStringLiteral("network.offline"), QStringLiteral("off")});
        QCOMPARE(back.exitCode, 0);
        const TestSupport::CliRun online =
            TestSupport::runCli(common + QStringList {QStringLiteral("news"), QStringLiteral("sync")});
        QVERIFY2(online.exitCode == 0, online.err.constData());
        QVERIFY(logged() > before);
    }
};

QTEST_GUILESS_MAIN(TestOfflineMode)
#include "tst_offlinemode.moc"
