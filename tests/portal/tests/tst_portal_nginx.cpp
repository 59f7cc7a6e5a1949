// The nginx secure_link configuration of docs/portal-server.md, run for real:
// links that the portal signs with --media-base-url are served by nginx
// (Range, If-Range, the ETag the portal announced), forged or expired ones
// are refused with 403 and 410.

#include "tests/portal/tests/accountflow.h"
#include "tests/portal/tests/httpclient.h"
#include "tests/portal/tests/smallcontent.h"
#include "tests/support/nginxprocess.h"
#include "tests/support/portalprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace PortalTest;
using TestSupport::PortalProcess;

namespace {
const QByteArray Secret = "nginx-test-secret";

} // namespace

class TestPortalNginx final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void linksWorkOnNginx();
    void forgedLinksRefused();
    void expiredLinksGone();

private:
    QUrl signedUrl(const QString &uri, qint64 expires) const;

    QTemporaryDir m_content;
    TestSupport::NginxProcess m_nginx;
    quint16 m_port = 0;
    PortalProcess m_portal;
    HttpClient m_http;
    QJsonObject m_link;
};

void TestPortalNginx::initTestCase()
{
    // packaging/setup.sh installs it; without it this suite fails, not skips.
    QVERIFY2(!TestSupport::NginxProcess::executable().isEmpty(),
             "nginx is not installed (Debian package nginx-light)");
    QVERIFY(SmallContent::write(m_content.path()));
    const QString problem = m_nginx.start(m_content.path(), Secret);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_port = m_nginx.port();

    QVERIFY(m_portal.start(m_content.path(),
                           {QStringLiteral("--resend-cooldown"), QStringLiteral("0"),
                            QStringLiteral("--media-base-url"), m_nginx.mediaBaseUrl().toString(),
                            QStringLiteral("--media-secret"), QString::fromLatin1(Secret)}));
    const QString access = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("nginx")))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const HttpReply link = m_http.postRaw(m_portal.url(QStringLiteral("videos/v1/renditions/hd/link")),
                                          QByteArray(), HttpClient::bearer(access));
    QCOMPARE(link.status, 200);
    m_link = link.json();
}

void TestPortalNginx::cleanupTestCase()
{
    QVERIFY(m_portal.stop());
    m_nginx.stop();
}

QUrl TestPortalNginx::signedUrl(const QString &uri, qint64 expires) const
{
    const QByteArray md5 =
        QCryptographicHash::hash(QByteArray(QByteArray::number(expires) + uri.toUtf8() + ' ' + Secret),
                                 QCryptographicHash::Md5)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(uri));
    url.setQuery(QUrlQuery {{QStringLiteral("md5"), QString::fromLatin1(md5)},
                            {QStringLiteral("expires"), QString::number(expires)}});
    return url;
}

void TestPortalNginx::linksWorkOnNginx()
{
    const QUrl url(m_link.value(QStringLiteral("url")).toString());
    QCOMPARE(url.port(), int(m_port));
    const QByteArray bytes = SmallContent::fileBytes(m_content.path(), SmallContent::bigRenditionFile());

    const HttpReply head = m_http.head(url);
    QCOMPARE(head.status, 200);
    QCOMPARE(head.header("content-length").toLongLong(), bytes.size());
    QCOMPARE(head.header("content-type"), QByteArray("application/mxf"));
    // The link call announced nginx's own ETag.
    QCOMPARE(head.header("etag"), m_link.value(QStringLiteral("etag")).toString().toLatin1());

    const HttpReply part = m_http.get(url, {{"Range", "bytes=1000-1999"}, {"If-Range", head.header("etag")}});
    QCOMPARE(part.status, 206);
    QCOMPARE(part.body, bytes.mid(1000, 1000));
    const HttpReply stale = m_http.get(url, {{"Range", "bytes=1000-1999"}, {"If-Range", "\"0-0\""}});
    QCOMPARE(stale.status, 200);
    QCOMPARE(stale.body.size(), bytes.size());
    const HttpReply past = m_http.get(url, {{"Range", "bytes=99999999-"}});
    QCOMPARE(past.status, 416);
}

void TestPortalNginx::forgedLinksRefused()
{
    QUrl url(m_link.value(QStringLiteral("url")).toString());
    QUrlQuery query(url);
    const qint64 expires = query.queryItemValue(QStringLiteral("expires")).toLongLong();
    query.removeQueryItem(QStringLiteral("expires"));
    query.addQueryItem(QStringLiteral("expires"), QString::number(expires + 3600));
    url.setQuery(query);
    QCOMPARE(m_http.get(url).status, 403);
    // The signature covers the path.
    url = QUrl(m_link.value(QStringLiteral("url")).toString());
    url.setPath(QStringLiteral("/media/videos/v2/v2_hd.mxf"));
    QCOMPARE(m_http.get(url).status, 403);
}

void TestPortalNginx::expiredLinksGone()
{
    const QString uri = QUrl(m_link.value(QStringLiteral("url")).toString()).path();
    QCOMPARE(m_http.get(signedUrl(uri, QDateTime::currentSecsSinceEpoch() - 10)).status, 410);
    QCOMPARE(m_http.head(signedUrl(uri, QDateTime::currentSecsSinceEpoch() + 60)).status, 200);
}

QTEST_GUILESS_MAIN(TestPortalNginx)
#include "tst_portal_nginx.moc"
