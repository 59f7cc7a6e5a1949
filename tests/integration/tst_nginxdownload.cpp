// Downloads from a real nginx on loopback, as from a CDN: the portal hands
// out nginx secure_link URLs (--media-base-url), the download manager fetches
// through them with no Authorization header, and the file ends verified.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/downloadmanager.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/nginxprocess.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestNginxDownload final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QByteArray m_sha256;
    TestSupport::NginxProcess m_nginx;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;

private slots:
    void initTestCase()
    {
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-cdn");
        video.sizeBytes = 24 * 1024 * 1024 + 3;
        video.seed = 99;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), video);
        QVERIFY(!m_sha256.isEmpty());
        const QByteArray secret = "cdn-secret-for-tests";
        const QString problem = m_nginx.start(m_content.path(), secret);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(m_portal.start(m_content.path(),
                                {QStringLiteral("--media-base-url"), m_nginx.mediaBaseUrl().toString(),
                                 QStringLiteral("--media-secret"), QString::fromLatin1(secret)}),
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
        Downloads::DownloadRecord record;
        record.videoId = QStringLiteral("v-cdn");
        record.renditionId = QStringLiteral("r-master");
        record.title = QStringLiteral("CDN");
        record.fileName = QStringLiteral("cdn.mxf");
        record.destDir = dest.path();
        manager.add(record);
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1, 60000);
        const auto done = completed.first().first().value<Downloads::DownloadRecord>();
        // The link pointed at nginx, not at the portal.
        QCOMPARE(QUrl(done.url).port(), int(m_nginx.port()));
        QCOMPARE(TestSupport::sha256OfFile(done.targetPath()), m_sha256);
    }
};

QTEST_GUILESS_MAIN(TestNginxDownload)
#include "tst_nginxdownload.moc"
