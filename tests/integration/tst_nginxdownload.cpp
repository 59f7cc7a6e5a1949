// Downloads from a real nginx on loopback, as from a CDN: the portal hands
// out nginx secure_link URLs (--media-base-url), the download manager fetches
// through them with no Authorization header, and the file ends verified.
// nginx's own Range, If-Range, ETag and 416 answers meet the client's resume,
// a file replaced on the host, and a file already complete; its access log
// proves what was asked and answered.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/downloadmanager.h"
#include "core/downloads/queuestore.h"
#include "core/portal/linkapi.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/enginerig.h"
#include "tests/support/nginxprocess.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"
#include "tests/support/singlevideo.h"
#include "tests/support/transferrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <curl/curl.h>

namespace {
constexpr qint64 RatePerConnection = 8 * 1024 * 1024;
constexpr QByteArrayView Secret = "cdn-secret-for-tests";
} // namespace

class TestNginxDownload final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    TestSupport::SingleVideo m_video;
    QByteArray m_sha256;
    TestSupport::NginxProcess m_nginx;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;

    static Downloads::DownloadRecord request(const QString &dest)
    {
        Downloads::DownloadRecord record;
        record.videoId = QStringLiteral("v-cdn");
        record.renditionId = QStringLiteral("r-master");
        record.title = QStringLiteral("CDN");
        record.fileName = QStringLiteral("cdn.mxf");
        record.destDir = dest;
        return record;
    }

    static Downloads::Engine::Config config(int connections)
    {
        Downloads::Engine::Config config;
        config.connections = connections;
        config.segmentMinBytes = 1024 * 1024;
        config.backoffBaseMs = 50;
        config.saveIntervalMs = 100;
        return config;
    }

    // Waits until the manager reports more than `bytes` done.
    static bool progressPast(QSignalSpy &progress, qint64 bytes)
    {
        return QTest::qWaitFor(
            [&] { return !progress.isEmpty() && progress.last().at(1).toLongLong() > bytes; }, 20000);
    }

    // Works the queue with a manager until its one download completes, and
    // compares the file with the rendition's hash.
    void runQueue(const QString &queue, int connections)
    {
        Downloads::DownloadManager manager(*m_client, queue, config(connections));
        QSignalSpy completed(&manager, &Downloads::DownloadManager::completed);
        manager.start();
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, 60000);
        const auto done = completed.first().first().value<Downloads::DownloadRecord>();
        QCOMPARE(TestSupport::sha256OfFile(done.targetPath()), m_sha256);
    }

    Portal::DownloadLink signedLink()
    {
        std::optional<Portal::ApiResult<Portal::DownloadLink>> answer;
        Portal::LinkApi(*m_client).requestLink(
            QStringLiteral("v-cdn"), QStringLiteral("r-master"), this,
            [&answer](Portal::ApiResult<Portal::DownloadLink> link) { answer = std::move(link); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
            return {};
        return answer->value();
    }

    // The master's signed link, on `host` over https: the signature holds on
    // any host that has the secret.
    QUrl secureLink(const TestSupport::NginxProcess &host)
    {
        QUrl url = signedLink().url;
        url.setScheme(QStringLiteral("https"));
        url.setPort(host.port());
        return url;
    }

private slots:
    void initTestCase()
    {
        m_video.videoId = QStringLiteral("v-cdn");
        m_video.sizeBytes = 24 * 1024 * 1024 + 3;
        m_video.seed = 99;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), m_video);
        QVERIFY(!m_sha256.isEmpty());
        // A CDN that caps each connection: room to stop a download half-way.
        const QString problem = m_nginx.start(m_content.path(), Secret.toByteArray(), RatePerConnection);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_portal.start(m_content.path(),
                                {QStringLiteral("--media-base-url"), m_nginx.mediaBaseUrl().toString(),
                                 QStringLiteral("--media-secret"), QString::fromLatin1(Secret)}),
                 qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-nginx-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("cdn@example.org")));
    }

    void downloadsThroughNginx()
    {
        QTemporaryDir state;
        QTemporaryDir dest;
        Downloads::DownloadManager manager(*m_client, state.filePath(QStringLiteral("queue.sqlite")));
        QSignalSpy completed(&manager, &Downloads::DownloadManager::completed);
        manager.start();
        manager.add(request(dest.path()));
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, 60000);
        const auto done = completed.first().first().value<Downloads::DownloadRecord>();
        // The link pointed at nginx, not at the portal.
        QCOMPARE(QUrl(done.url).port(), int(m_nginx.port()));
        QCOMPARE(TestSupport::sha256OfFile(done.targetPath()), m_sha256);
    }

    void noRedirectFromHttpsToPlainHttp()
    {
        // An https host that sends the download on to plain http: not
        // followed, the plain host sees nothing, and the reason is given.
        // The same host redirecting within https is followed.
        TestSupport::NginxProcess secure;
        QString problem =
            secure.start(m_content.path(), Secret.toByteArray(), 0, TestSupport::NginxProcess::Tls::Http2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(QDir(m_content.path()).mkpath(QStringLiteral("files")));
        QFile plainFile(m_content.filePath(QStringLiteral("files/clip.bin")));
        QVERIFY(plainFile.open(QIODevice::WriteOnly));
        QVERIFY(plainFile.write(QByteArray(256 * 1024, 'c')) == 256 * 1024);
        plainFile.close();
        const auto fetch = [&](const QString &target) {
            QUrl url(QStringLiteral("https://127.0.0.1:%1/redirect").arg(secure.port()));
            url.setQuery(QStringLiteral("to=") + target);
            QTemporaryDir work;
            QFile part(work.filePath(QStringLiteral("clip.part")));
            [[maybe_unused]] const bool opened = part.open(QIODevice::ReadWrite);
            Downloads::Transfer::Spec spec;
            spec.url = url;
            spec.fd = part.handle();
            spec.expectedSize = 256 * 1024;
            Downloads::Transfer transfer(spec);
            const QByteArray authority = QFile::encodeName(secure.certificatePath());
            curl_easy_setopt(transfer.handle(), CURLOPT_CAINFO, authority.constData());
            return TestSupport::runTransfer(transfer);
        };
        const qsizetype plainBefore = m_nginx.requests().size();
        const auto downgraded =
            fetch(QStringLiteral("http://127.0.0.1:%1/files/clip.bin").arg(m_nginx.port()));
        QVERIFY(!downgraded.complete);
        QVERIFY(downgraded.redirectRefused);
        QCOMPARE(downgraded.verdict, Downloads::Verdict::Fail);
        QVERIFY2(downgraded.error.contains(QStringLiteral("plain http")), qPrintable(downgraded.error));
        QCOMPARE(m_nginx.requests().size(), plainBefore);

        const auto within = fetch(QStringLiteral("https://127.0.0.1:%1/files/clip.bin").arg(secure.port()));
        QVERIFY2(within.complete, qPrintable(within.error));
        QCOMPARE(within.httpStatus, 200);
    }

    void untrustedCertificateIsRefused()
    {
        // A media host whose certificate no authority of this computer
        // vouches for (as a machine in the middle would present): no byte
        // is taken, and the reason is given.
        TestSupport::NginxProcess secure;
        const QString problem =
            secure.start(m_content.path(), Secret.toByteArray(), 0, TestSupport::NginxProcess::Tls::Http2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QUrl url = secureLink(secure);
        QVERIFY(url.isValid());
        QTemporaryDir work;
        QFile part(work.filePath(QStringLiteral("mitm.part")));
        QVERIFY(part.open(QIODevice::ReadWrite));
        Downloads::Transfer::Spec spec;
        spec.url = url;
        spec.fd = part.handle();
        spec.expectedSize = m_video.sizeBytes;
        Downloads::Transfer transfer(spec); // the system's authorities only
        const auto outcome = TestSupport::runTransfer(transfer);
        QVERIFY(!outcome.complete);
        QCOMPARE(outcome.httpStatus, 0);
        QCOMPARE(outcome.verdict, Downloads::Verdict::Fail); // asking again would meet the same
        QVERIFY2(outcome.error.contains(QStringLiteral("not trusted")), qPrintable(outcome.error));
        QCOMPARE(part.size(), 0);
        QVERIFY(secure.protocols().isEmpty()); // no request was ever sent
    }

    void segmentsStayOnHttp11WhereTheHostOffersHttp2()
    {
        // Over HTTP/2 every segment of a file would share one connection,
        // which a host that caps each connection throttles as one. Against
        // nginx offering HTTP/2 over TLS, a segment asks for HTTP/1.1; the
        // same host gives a whole-file transfer HTTP/2, which shows that the
        // host does offer it.
        TestSupport::NginxProcess host;
        const QString problem =
            host.start(m_content.path(), Secret.toByteArray(), 0, TestSupport::NginxProcess::Tls::Http2);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QUrl url = secureLink(host);
        QVERIFY(url.isValid());

        QTemporaryDir work;
        QFile part(work.filePath(QStringLiteral("cdn.mxf.part")));
        QVERIFY(part.open(QIODevice::ReadWrite));
        const auto fetch = [&](qint64 offset, qint64 end) {
            Downloads::Transfer::Spec spec;
            spec.url = url;
            spec.fd = part.handle();
            spec.offset = offset;
            spec.end = end;
            spec.expectedSize = m_video.sizeBytes;
            Downloads::Transfer transfer(spec);
            const QByteArray authority = QFile::encodeName(host.certificatePath());
            curl_easy_setopt(transfer.handle(), CURLOPT_CAINFO, authority.constData());
            return TestSupport::runTransfer(transfer);
        };
        const qint64 start = 1024 * 1024;
        const qint64 end = 3 * 1024 * 1024 - 1;
        const auto segment = fetch(start, end);
        QVERIFY2(segment.complete, qPrintable(segment.error));
        QCOMPARE(segment.httpStatus, 206);
        const auto whole = fetch(0, -1);
        QVERIFY2(whole.complete, qPrintable(whole.error));
        QCOMPARE(TestSupport::sha256OfFile(part.fileName()), m_sha256);

        const QStringList protocols = host.protocols();
        QCOMPARE(protocols.size(), 2);
        QCOMPARE(protocols.at(0).section(u' ', 1),
                 QStringLiteral("HTTP/1.1 range=bytes=%1-%2").arg(start).arg(end));
        QCOMPARE(protocols.at(1).section(u' ', 1), QStringLiteral("HTTP/2.0 range=-"));
    }

    void resumesWithIfRange_data() { TestSupport::addConnectionRows(); }

    void resumesWithIfRange()
    {
        // Stopped half-way and started again: each connection asks nginx for
        // the rest of its range, with If-Range on the version on disk, and
        // nginx answers 206.
        QFETCH(int, connections);
        QTemporaryDir state;
        QTemporaryDir dest;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        {
            Downloads::DownloadManager first(*m_client, queue, config(connections));
            QSignalSpy progress(&first, &Downloads::DownloadManager::progress);
            first.start();
            first.add(request(dest.path()));
            QVERIFY(progressPast(progress, 6 * 1024 * 1024));
        } // closed: progress saved
        const qsizetype mark = m_nginx.requests().size();
        runQueue(queue, connections);
        if (QTest::currentTestFailed())
            return;

        const auto resumed = m_nginx.requests().mid(mark);
        QVERIFY(!resumed.isEmpty());
        for (const TestSupport::LoggedRequest &r : resumed) {
            QCOMPARE(r.status, 206);
            QVERIFY2(!r.ifRange.isEmpty() && r.ifRange == r.etag, qPrintable(r.ifRange + u' ' + r.etag));
            QVERIFY2(r.range.startsWith(QLatin1String("bytes="))
                         && !r.range.startsWith(QLatin1String("bytes=0-")),
                     qPrintable(r.range));
        }
        // Only the rest was fetched.
        qint64 again = 0;
        for (const TestSupport::LoggedRequest &r : resumed)
            again += r.bytes;
        QVERIFY2(again < m_video.sizeBytes - 6 * 1024 * 1024 + 1024 * 1024,
                 qPrintable(QString::number(again)));
    }

    void fileReplacedOnTheHost()
    {
        // The portal publishes a new version while the old one is half
        // fetched. nginx serves it with a new ETag; the resume's If-Range no
        // longer matches and nginx answers 200 with the new file. The client
        // asks for a new link, takes its SHA-256, and ends with the new file.
        QTemporaryDir state;
        QTemporaryDir dest;
        Downloads::DownloadManager manager(*m_client, state.filePath(QStringLiteral("queue.sqlite")),
                                           config(1));
        QSignalSpy progress(&manager, &Downloads::DownloadManager::progress);
        QSignalSpy completed(&manager, &Downloads::DownloadManager::completed);
        manager.start();
        manager.add(request(dest.path()));
        QVERIFY(progressPast(progress, 4 * 1024 * 1024));
        const qint64 id = progress.last().at(0).toLongLong();
        manager.pause(id);
        QTRY_VERIFY(!manager.downloads().isEmpty()
                    && manager.downloads().first().state == Downloads::State::Paused);

        TestSupport::SingleVideo replacement = m_video;
        replacement.seed = 100;
        const QByteArray newSha = TestSupport::replaceRendition(m_content.path(), replacement);
        QVERIFY(!newSha.isEmpty());
        QVERIFY(m_portal.reloadContent());
        const qsizetype mark = m_nginx.requests().size();
        const qsizetype links = TestSupport::linkRequests(m_portal.requests()).size();
        manager.resume(id);
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, 60000);
        const auto done = completed.first().first().value<Downloads::DownloadRecord>();
        QCOMPARE(TestSupport::sha256OfFile(done.targetPath()), newSha);
        QCOMPARE(done.sha256, newSha);

        // nginx refused the old version's If-Range with a 200, and a new link
        // was asked for.
        const auto after = m_nginx.requests().mid(mark);
        QVERIFY(!after.isEmpty());
        QCOMPARE(after.first().status, 200);
        QVERIFY(!after.first().ifRange.isEmpty() && after.first().ifRange != after.first().etag);
        QVERIFY(TestSupport::linkRequests(m_portal.requests()).size() > links);

        QCOMPARE(TestSupport::replaceRendition(m_content.path(), m_video, 120), m_sha256);
        QVERIFY(m_portal.reloadContent());
    }

    void completeFileGets416()
    {
        // Every byte on disk, the size not known to the queue: nginx answers
        // the next byte with 416 "bytes */N"; the file is complete and checked.
        QTemporaryDir state;
        QTemporaryDir dest;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        const Portal::DownloadLink link = signedLink();
        QVERIFY(link.url.isValid());
        {
            auto store = Downloads::QueueStore::open(queue);
            QVERIFY(store.ok());
            Downloads::DownloadRecord record = request(dest.path());
            record.url = link.url.toString();
            record.urlExpiresAt = link.expiresAt;
            record.sha256 = m_sha256;
            auto added = store.value()->add(record);
            QVERIFY(added.ok());
            record = added.value();
            QVERIFY(QFile::copy(m_content.filePath(QStringLiteral("media/v-cdn/rendition.bin")),
                                record.partPath()));
            record.bytesDone = m_video.sizeBytes;
            record.partCreated = true;
            record.etag = link.etag;
            QVERIFY(store.value()->saveProgress(record).ok());
        }
        const qsizetype mark = m_nginx.requests().size();
        runQueue(queue, 1);
        if (QTest::currentTestFailed())
            return;
        const auto asked = m_nginx.requests().mid(mark);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().status, 416);
        QCOMPARE(asked.first().range, QStringLiteral("bytes=%1-").arg(m_video.sizeBytes));
    }
};

QTEST_GUILESS_MAIN(TestNginxDownload)
#include "tst_nginxdownload.moc"
