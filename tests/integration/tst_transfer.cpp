// Downloads::Transfer against the reference portal's media host, with its
// faults: every run ends in a file whose SHA-256 is the rendition's, or in a
// verdict that says what to do next, never in a file of mixed versions.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/transfer.h"
#include "core/portal/linkapi.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "tests/support/transferrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <curl/curl.h>
#include <fcntl.h>
#include <unistd.h>

using Downloads::Transfer;
using Downloads::Verdict;

namespace {

constexpr qint64 FileSize = 3 * 1024 * 1024 + 123;

using TestSupport::runTransfer;

} // namespace

class TestTransfer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_work;
    QByteArray m_sha256;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    int m_fd = -1;
    QString m_partPath;

    void setFaults(const QJsonObject &faults) { QVERIFY(m_portal.setFaults(faults)); }

    Portal::DownloadLink link()
    {
        Portal::LinkApi api(*m_client);
        std::optional<Portal::ApiResult<Portal::DownloadLink>> result;
        api.requestLink(
            QStringLiteral("v-transfer"), QStringLiteral("r-master"), this,
            [&result](Portal::ApiResult<Portal::DownloadLink> r) { result.emplace(std::move(r)); });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
        }();
        if (!result || !result->ok()) {
            qWarning() << "no link:"
                       << (result ? result->error().code + u' ' + result->error().message : QString())
                       << m_portal.log().right(600);
            return {};
        }
        return result->value();
    }

    Transfer::Outcome fetch(qint64 offset, const QByteArray &validator, int stallSeconds = 30,
                            qint64 expectedSize = FileSize,
                            qint64 maxUnknownSize = Transfer::DefaultMaxUnknownSize)
    {
        const Portal::DownloadLink current = link();
        Transfer::Spec spec;
        spec.url = current.url;
        spec.fd = m_fd;
        spec.offset = offset;
        spec.expectedSize = expectedSize;
        spec.maxUnknownSize = maxUnknownSize;
        spec.validator = validator;
        spec.stallSeconds = stallSeconds;
        Transfer transfer(spec);
        return runTransfer(transfer);
    }

private slots:
    void initTestCase()
    {
        curl_global_init(CURL_GLOBAL_DEFAULT);
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-transfer");
        video.title = QStringLiteral("Transfer test");
        video.sizeBytes = FileSize;
        video.seed = 2026;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), video);
        QVERIFY(!m_sha256.isEmpty());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));

        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-transfer-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("transfer@example.org")));
        QVERIFY(!link().url.isEmpty());
    }

    void init()
    {
        setFaults({});
        m_partPath = m_work.filePath(QStringLiteral("master.mxf.part"));
        QFile::remove(m_partPath);
        m_fd = ::open(QFile::encodeName(m_partPath).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        QVERIFY(m_fd >= 0);
    }

    void cleanup()
    {
        ::close(m_fd);
        setFaults({});
    }

    void cleanupTestCase() { curl_global_cleanup(); }

    void linkCarriesTheRenditionsFacts()
    {
        const Portal::DownloadLink current = link();
        QCOMPARE(current.sizeBytes, FileSize);
        QCOMPARE(current.sha256, m_sha256);
        QVERIFY(current.expiresAt > QDateTime::currentDateTimeUtc());
    }

    void wholeFile()
    {
        const auto outcome = fetch(0, {});
        QVERIFY2(outcome.complete, qPrintable(outcome.error));
        QCOMPARE(outcome.verdict, Verdict::TakeWhole);
        QCOMPARE(outcome.position, FileSize);
        QCOMPARE(TestSupport::sha256OfFile(m_partPath), m_sha256);
    }

    void unknownSizeIsCapped()
    {
        // A file of unknown size (a preview) larger than the cap: stopped,
        // with nothing past the cap on disk.
        const auto capped = fetch(0, {}, 30, -1, 1024 * 1024);
        QVERIFY(!capped.complete);
        QVERIFY(capped.tooLarge);
        QCOMPARE(capped.verdict, Verdict::Fail);
        QVERIFY2(capped.error.contains(QStringLiteral("1 MiB")), qPrintable(capped.error));
        QVERIFY(QFileInfo(m_partPath).size() <= 1024 * 1024);
        // Under the cap it is taken whole.
        const auto whole = fetch(0, {}, 30, -1, FileSize);
        QVERIFY2(whole.complete, qPrintable(whole.error));
        QCOMPARE(TestSupport::sha256OfFile(m_partPath), m_sha256);
    }

    void droppedConnectionResumesAtTheRightOffset()
    {
        setFaults({{QStringLiteral("drop_after_bytes"), 1000000}, {QStringLiteral("drop_count"), 1}});
        const auto first = fetch(0, {});
        QVERIFY(!first.complete);
        QCOMPARE(first.verdict, Verdict::RetryLater);
        QCOMPARE(first.position, 1000000);
        QVERIFY(!first.etag.isEmpty());

        const auto second = fetch(first.position, first.etag);
        QVERIFY2(second.complete, qPrintable(second.error));
        QCOMPARE(second.verdict, Verdict::Append);
        QCOMPARE(second.httpStatus, 206);
        QCOMPARE(TestSupport::sha256OfFile(m_partPath), m_sha256);
    }

    void ignoredRangeRewritesFromZero()
    {
        setFaults({{QStringLiteral("drop_after_bytes"), 700000}, {QStringLiteral("drop_count"), 1}});
        const auto first = fetch(0, {});
        QCOMPARE(first.position, 700000);
        // Plant bytes that must not survive: a correct run overwrites them all.
        QVERIFY(::pwrite(m_fd, "XXXXXXXX", 8, 100) == 8);
        setFaults({{QStringLiteral("ignore_range"), true}});
        const auto second = fetch(first.position, first.etag);
        QVERIFY2(second.complete, qPrintable(second.error));
        QCOMPARE(second.httpStatus, 200);
        QCOMPARE(second.verdict, Verdict::TakeWhole);
        QCOMPARE(TestSupport::sha256OfFile(m_partPath), m_sha256);
    }

    void changedEtagNeverAppends()
    {
        setFaults({{QStringLiteral("drop_after_bytes"), 500000}, {QStringLiteral("drop_count"), 1}});
        const auto first = fetch(0, {});
        QCOMPARE(first.position, 500000);
        setFaults({{QStringLiteral("change_etag"), true}});
        const auto second = fetch(first.position, first.etag);
        // If-Range no longer matches: the server sends the whole (new) file,
        // which replaces the partial one from byte 0.
        QVERIFY(second.verdict == Verdict::TakeWhole || second.verdict == Verdict::RestartClean);
        QVERIFY(second.verdict != Verdict::Append);
        if (second.verdict == Verdict::TakeWhole) {
            QVERIFY(second.complete);
            QCOMPARE(TestSupport::sha256OfFile(m_partPath), m_sha256);
        }
    }

    void expiredLinkAsksForANewOne()
    {
        setFaults({{QStringLiteral("expire_links"), true}, {QStringLiteral("expired_status"), 403}});
        const auto outcome = fetch(0, {});
        QCOMPARE(outcome.verdict, Verdict::RefreshLink);
        QCOMPARE(outcome.httpStatus, 403);
        QCOMPARE(outcome.position, 0);
    }

    void busyServerSaysWhenToComeBack()
    {
        setFaults({{QStringLiteral("fail_next"), 1},
                   {QStringLiteral("fail_status"), 503},
                   {QStringLiteral("retry_after"), 7}});
        const auto outcome = fetch(0, {});
        QCOMPARE(outcome.verdict, Verdict::RetryLater);
        QCOMPARE(outcome.httpStatus, 503);
        QCOMPARE(outcome.retryAfterSeconds.value_or(-1), 7);
        QCOMPARE(QFileInfo(m_partPath).size(), 0);
    }

    void stallIsReported()
    {
        setFaults({{QStringLiteral("stall_seconds"), 4},
                   {QStringLiteral("stall_after_bytes"), 100000},
                   {QStringLiteral("stall_count"), 1}});
        const auto outcome = fetch(0, {}, 1);
        QVERIFY2(
            outcome.stalled,
            qPrintable(
                QStringLiteral("%1 %2 %3").arg(outcome.error).arg(outcome.position).arg(outcome.complete)));
        QCOMPARE(outcome.verdict, Verdict::RetryLater);
        QVERIFY(outcome.position >= 100000);
        QVERIFY(outcome.position < FileSize);
    }
};

QTEST_GUILESS_MAIN(TestTransfer)
#include "tst_transfer.moc"
