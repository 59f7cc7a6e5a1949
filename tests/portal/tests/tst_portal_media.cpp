// Download links and the media host of the reference portal: signatures and
// expiry, HEAD, Range and If-Range (200/206/416), validators, content types,
// nginx secure_link links, HTTPS.

#include "tests/portal/tests/accountflow.h"
#include "tests/portal/tests/httpclient.h"
#include "tests/portal/tests/smallcontent.h"
#include "tests/support/portalprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace PortalTest;
using TestSupport::PortalProcess;

class TestPortalMedia final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void linkNeedsToken();
    void linkUnknownRendition_data();
    void linkUnknownRendition();
    void linkFields();
    void head();
    void ranges_data();
    void ranges();
    void ifRange_data();
    void ifRange();
    void contentTypes_data();
    void contentTypes();
    void badSignatures_data();
    void badSignatures();
    void linkExpires();
    void sameEtagAcrossLinks();
    void nginxSecureLinks();
    void https();

private:
    QString link(const PortalProcess &portal, const QString &access,
                 const QString &video = QStringLiteral("v1"),
                 const QString &rendition = QStringLiteral("hd")) const;

    QTemporaryDir m_content;
    PortalProcess m_portal;
    HttpClient m_http;
    QString m_access;
    QString m_url; // a signed link to v1/hd
    QByteArray m_bytes;
};

void TestPortalMedia::cleanupTestCase()
{
    // A clean exit: no sanitizer report, no hang on SIGTERM.
    QVERIFY(m_portal.stop());
}

void TestPortalMedia::initTestCase()
{
    QVERIFY(SmallContent::write(m_content.path()));
    QVERIFY(m_portal.start(m_content.path(), {QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
    m_access = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("media")))
                   .value(QStringLiteral("access_token"))
                   .toString();
    QVERIFY(!m_access.isEmpty());
    m_url = link(m_portal, m_access);
    QVERIFY(!m_url.isEmpty());
    m_bytes = SmallContent::fileBytes(m_content.path(), SmallContent::bigRenditionFile());
    QCOMPARE(m_bytes.size(), SmallContent::BigRenditionSize);
}

QString TestPortalMedia::link(const PortalProcess &portal, const QString &access, const QString &video,
                              const QString &rendition) const
{
    const HttpReply reply =
        m_http.postRaw(portal.url(QStringLiteral("videos/%1/renditions/%2/link").arg(video, rendition)),
                       QByteArray(), HttpClient::bearer(access));
    return reply.status == 200 ? reply.json().value(QStringLiteral("url")).toString() : QString();
}

void TestPortalMedia::linkNeedsToken()
{
    const QUrl url = m_portal.url(QStringLiteral("videos/v1/renditions/hd/link"));
    HttpReply reply = m_http.postRaw(url, QByteArray());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
    reply = m_http.postRaw(url, QByteArray(), HttpClient::bearer(QStringLiteral("forged")));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
}

void TestPortalMedia::linkUnknownRendition_data()
{
    QTest::addColumn<QString>("video");
    QTest::addColumn<QString>("rendition");
    QTest::newRow("video") << "v99"
                           << "hd";
    QTest::newRow("rendition") << "v1"
                               << "uhd";
}

void TestPortalMedia::linkUnknownRendition()
{
    QFETCH(QString, video);
    QFETCH(QString, rendition);
    const HttpReply reply =
        m_http.postRaw(m_portal.url(QStringLiteral("videos/%1/renditions/%2/link").arg(video, rendition)),
                       QByteArray(), HttpClient::bearer(m_access));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
}

void TestPortalMedia::linkFields()
{
    const HttpReply reply = m_http.postRaw(m_portal.url(QStringLiteral("videos/v1/renditions/hd/link")),
                                           QByteArray(), HttpClient::bearer(m_access));
    QCOMPARE(reply.status, 200);
    const QJsonObject link = reply.json();
    const QUrl url(link.value(QStringLiteral("url")).toString());
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.path(), QStringLiteral("/media/videos/v1/v1_hd.mxf"));
    QVERIFY(QUrlQuery(url).hasQueryItem(QStringLiteral("sig")));
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(
        QDateTime::fromString(link.value(QStringLiteral("expires_at")).toString(), Qt::ISODate));
    QVERIFY2(lifetime > 6 * 3600 - 60 && lifetime <= 6 * 3600, qPrintable(QString::number(lifetime)));
    QCOMPARE(link.value(QStringLiteral("size_bytes")).toInteger(), m_bytes.size());
    QCOMPARE(link.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex()));
    // Fetched without any Authorization header.
    const HttpReply bytes = m_http.get(url);
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, m_bytes);
    QCOMPARE(bytes.header("etag"), link.value(QStringLiteral("etag")).toString().toLatin1());
}

void TestPortalMedia::head()
{
    const HttpReply reply = m_http.head(QUrl(m_url));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.isEmpty());
    QCOMPARE(reply.header("content-length").toLongLong(), m_bytes.size());
    QCOMPARE(reply.header("accept-ranges"), QByteArray("bytes"));
    QVERIFY(reply.header("etag").startsWith('"'));
    QVERIFY(QLocale::c()
                .toDateTime(QString::fromLatin1(reply.header("last-modified")),
                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                .isValid());

    const HttpReply ranged = m_http.head(QUrl(m_url), {{"Range", "bytes=10-19"}});
    QCOMPARE(ranged.status, 206);
    QCOMPARE(ranged.header("content-length"), QByteArray("10"));
    QCOMPARE(ranged.header("content-range"), "bytes 10-19/" + QByteArray::number(m_bytes.size()));
}

void TestPortalMedia::ranges_data()
{
    const qint64 size = SmallContent::BigRenditionSize;
    QTest::addColumn<QByteArray>("range");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");
    QTest::newRow("none") << QByteArray() << 200 << qint64(0) << size - 1;
    QTest::newRow("N-M") << QByteArray("bytes=1000-1999") << 206 << qint64(1000) << qint64(1999);
    QTest::newRow("N-") << QByteArray("bytes=3000000-") << 206 << qint64(3000000) << size - 1;
    QTest::newRow("-N") << QByteArray("bytes=-500") << 206 << size - 500 << size - 1;
    QTest::newRow("first byte") << QByteArray("bytes=0-0") << 206 << qint64(0) << qint64(0);
    QTest::newRow("last byte") << QByteArray("bytes=-1") << 206 << size - 1 << size - 1;
    QTest::newRow("end past size") << QByteArray("bytes=100-99999999") << 206 << qint64(100) << size - 1;
    QTest::newRow("suffix past size") << QByteArray("bytes=-99999999") << 206 << qint64(0) << size - 1;
    QTest::newRow("spaces") << QByteArray("bytes = 5 - 9") << 206 << qint64(5) << qint64(9);
    QTest::newRow("start at size") << QByteArray("bytes=" + QByteArray::number(size) + "-") << 416
                                   << qint64(-1) << qint64(-1);
    QTest::newRow("start past size") << QByteArray("bytes=99999999-100000000") << 416 << qint64(-1)
                                     << qint64(-1);
    QTest::newRow("zero suffix") << QByteArray("bytes=-0") << 416 << qint64(-1) << qint64(-1);
    QTest::newRow("reversed: ignored") << QByteArray("bytes=9-5") << 200 << qint64(0) << size - 1;
    QTest::newRow("multi: whole") << QByteArray("bytes=0-9,20-29") << 200 << qint64(0) << size - 1;
    QTest::newRow("other unit") << QByteArray("items=0-9") << 200 << qint64(0) << size - 1;
    QTest::newRow("garbage") << QByteArray("bytes=abc") << 200 << qint64(0) << size - 1;
}

void TestPortalMedia::ranges()
{
    QFETCH(QByteArray, range);
    QFETCH(int, status);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    HttpClient::Headers headers;
    if (!range.isEmpty())
        headers.append({"Range", range});
    const HttpReply reply = m_http.get(QUrl(m_url), headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.curlCode, 0);
    QCOMPARE(reply.headerCount("content-range"), status == 200 ? 0 : 1);
    QCOMPARE(reply.header("accept-ranges"), QByteArray("bytes"));
    if (status == 416) {
        QCOMPARE(reply.header("content-range"), "bytes */" + QByteArray::number(m_bytes.size()));
        QCOMPARE(reply.errorCode(), QStringLiteral("range_not_satisfiable"));
        return;
    }
    QCOMPARE(reply.header("content-length").toLongLong(), last - first + 1);
    QCOMPARE(reply.body.size(), last - first + 1);
    QVERIFY(reply.body == m_bytes.mid(first, last - first + 1));
    if (status == 206)
        QCOMPARE(reply.header("content-range"),
                 "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                     + QByteArray::number(m_bytes.size()));
}

void TestPortalMedia::ifRange_data()
{
    QTest::addColumn<QString>("validator");
    QTest::addColumn<int>("status");
    QTest::newRow("current etag") << "etag" << 206;
    QTest::newRow("other etag") << "\"0-0\"" << 200;
    QTest::newRow("weak etag") << "weak" << 200;
    QTest::newRow("current date") << "date" << 206;
    QTest::newRow("older date") << "Tue, 01 Jan 2019 00:00:00 GMT" << 200;
    QTest::newRow("garbage") << "yesterday" << 200;
}

void TestPortalMedia::ifRange()
{
    QFETCH(QString, validator);
    QFETCH(int, status);
    const HttpReply head = m_http.head(QUrl(m_url));
    QByteArray value = validator.toLatin1();
    if (validator == QLatin1String("etag"))
        value = head.header("etag");
    else if (validator == QLatin1String("weak"))
        value = "W/" + head.header("etag");
    else if (validator == QLatin1String("date"))
        value = head.header("last-modified");
    const HttpReply reply = m_http.get(QUrl(m_url), {{"Range", "bytes=1000-1999"}, {"If-Range", value}});
    QCOMPARE(reply.status, status);
    if (status == 206) {
        QCOMPARE(reply.body, m_bytes.mid(1000, 1000));
    } else {
        // A changed file must be fetched whole, never spliced.
        QCOMPARE(reply.headerCount("content-range"), 0);
        QVERIFY(reply.body == m_bytes);
    }
}

void TestPortalMedia::contentTypes_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("thumbnail") << "media/videos/v1/thumb.jpg" << QByteArray("image/jpeg");
    QTest::newRow("preview") << "media/videos/v1/proxy.mp4" << QByteArray("video/mp4");
    QTest::newRow("news image") << "media/news/n01.jpg" << QByteArray("image/jpeg");
}

void TestPortalMedia::contentTypes()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, type);
    // Public: no signature needed.
    const HttpReply reply = m_http.get(m_portal.origin().resolved(QUrl(path)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), type);
    QCOMPARE(reply.body, SmallContent::fileBytes(m_content.path(), path));
    QCOMPARE(m_http.head(QUrl(m_url)).header("content-type"), QByteArray("application/mxf"));
}

void TestPortalMedia::badSignatures_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::newRow("no query") << "strip";
    QTest::newRow("sig changed") << "sig";
    QTest::newRow("expires moved") << "expires";
    QTest::newRow("other file") << "path";
}

void TestPortalMedia::badSignatures()
{
    QFETCH(QString, mutation);
    QUrl url(m_url);
    QUrlQuery query(url);
    if (mutation == QLatin1String("strip")) {
        query.clear();
    } else if (mutation == QLatin1String("sig")) {
        QString sig = query.queryItemValue(QStringLiteral("sig"));
        sig[0] = sig.at(0) == u'A' ? u'B' : u'A';
        query.removeQueryItem(QStringLiteral("sig"));
        query.addQueryItem(QStringLiteral("sig"), sig);
    } else if (mutation == QLatin1String("expires")) {
        const qint64 expires = query.queryItemValue(QStringLiteral("expires")).toLongLong() + 3600;
        query.removeQueryItem(QStringLiteral("expires"));
        query.addQueryItem(QStringLiteral("expires"), QString::number(expires));
    } else {
        url.setPath(QStringLiteral("/media/videos/v2/v2_hd.mxf"));
    }
    url.setQuery(query);
    const HttpReply reply = m_http.get(url);
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_signature"));
}

void TestPortalMedia::linkExpires()
{
    PortalProcess portal;
    // Two seconds: a one-second link made at x.999 s would already be expired
    // at the first fetch a few milliseconds later.
    QVERIFY(portal.start(m_content.path(), {QStringLiteral("--link-lifetime"), QStringLiteral("2")}));
    const QString access = signUp(portal, m_http, uniqueEmail(QStringLiteral("expiry")))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const QString url = link(portal, access);
    QCOMPARE(m_http.get(QUrl(url), {{"Range", "bytes=0-9"}}).status, 206);
    QThread::msleep(3100);
    const HttpReply expired = m_http.get(QUrl(url), {{"Range", "bytes=10-"}});
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.errorCode(), QStringLiteral("link_expired"));
    // The client's move: a new link, and carry on where it stopped.
    const HttpReply resumed = m_http.get(QUrl(link(portal, access)), {{"Range", "bytes=10-"}});
    QCOMPARE(resumed.status, 206);
    QCOMPARE(resumed.body, m_bytes.mid(10));
}

void TestPortalMedia::sameEtagAcrossLinks()
{
    const QString other = link(m_portal, m_access);
    QVERIFY(!other.isEmpty());
    QCOMPARE(m_http.head(QUrl(other)).header("etag"), m_http.head(QUrl(m_url)).header("etag"));
    QCOMPARE(m_http.head(QUrl(other)).header("last-modified"),
             m_http.head(QUrl(m_url)).header("last-modified"));
}

void TestPortalMedia::nginxSecureLinks()
{
    PortalProcess portal;
    const QByteArray secret = "s3cret-for-tests";
    QVERIFY(
        portal.start(m_content.path(),
                     {QStringLiteral("--media-base-url"), QStringLiteral("https://media.example.net/files/"),
                      QStringLiteral("--media-secret"), QString::fromLatin1(secret)}));
    const QString access = signUp(portal, m_http, uniqueEmail(QStringLiteral("nginx")))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const QUrl url(link(portal, access));
    QCOMPARE(url.host(), QStringLiteral("media.example.net"));
    QCOMPARE(url.scheme(), QStringLiteral("https"));
    QCOMPARE(url.path(), QStringLiteral("/files/videos/v1/v1_hd.mxf"));
    const QUrlQuery query(url);
    const QByteArray expires = query.queryItemValue(QStringLiteral("expires")).toLatin1();
    QVERIFY(expires.toLongLong() > QDateTime::currentSecsSinceEpoch());
    // secure_link_md5 "$secure_link_expires$uri <secret>", base64url without padding.
    const QByteArray expected =
        QCryptographicHash::hash(QByteArray(expires + url.path().toUtf8() + ' ' + secret),
                                 QCryptographicHash::Md5)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(query.queryItemValue(QStringLiteral("md5")).toLatin1(), expected);
}

void TestPortalMedia::https()
{
    QTemporaryDir certs;
    const QString cert = certs.filePath(QStringLiteral("cert.pem"));
    const QString key = certs.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                   QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY2(openssl.waitForFinished(60'000) && openssl.exitCode() == 0,
             "the openssl command cannot make a test certificate (Debian package openssl)");

    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(),
                         {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
    QCOMPARE(portal.baseUrl().scheme(), QStringLiteral("https"));
    const HttpReply news = m_http.get(portal.url(QStringLiteral("videos/v1")));
    QCOMPARE(news.status, 200);
    QVERIFY(
        news.json().value(QStringLiteral("preview_url")).toString().startsWith(QLatin1String("https://")));
    const HttpReply ranged = m_http.get(QUrl(news.json().value(QStringLiteral("preview_url")).toString()),
                                        {{"Range", "bytes=-1000"}});
    QCOMPARE(ranged.status, 206);
    QCOMPARE(ranged.body, SmallContent::fileBytes(m_content.path(), SmallContent::previewFile()).right(1000));
    // Plain HTTP on the TLS port gets nowhere.
    QUrl plain = portal.url(QStringLiteral("news"));
    plain.setScheme(QStringLiteral("http"));
    QVERIFY(m_http.get(plain).status != 200);
}

QTEST_GUILESS_MAIN(TestPortalMedia)
#include "tst_portal_media.moc"
