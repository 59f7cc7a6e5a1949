// Fault injection of the reference portal's media responses (development
// mode): set at run time through /dev/faults or on the command line.

#include "tests/portal/tests/accountflow.h"
#include "tests/portal/tests/httpclient.h"
#include "tests/portal/tests/smallcontent.h"
#include "tests/support/portalprocess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <curl/curl.h>

using namespace PortalTest;
using TestSupport::PortalProcess;

class TestPortalFaults final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void devEndpointsNeedDevMode();
    void faultFlagsNeedDevMode();
    void showSetClear();
    void refusesInvalidFaults_data();
    void refusesInvalidFaults();
    void dropAfterBytes();
    void dropOnlyNextResponses();
    void stall();
    void ignoreRange();
    void changeEtag();
    void failNext_data();
    void failNext();
    void rateCap();
    void expireLinks_data();
    void expireLinks();
    void faultsFromCommandLine();

private:
    HttpReply setFaults(const QJsonObject &faults) const
    {
        return m_http.post(m_portal.url(QStringLiteral("dev/faults")), faults);
    }
    QUrl previewUrl(const PortalProcess &portal) const
    {
        return portal.origin().resolved(QUrl(SmallContent::previewFile()));
    }

    QTemporaryDir m_content;
    PortalProcess m_portal;
    HttpClient m_http;
    QByteArray m_preview; // 200,001 bytes
    QString m_link; // signed link to v1/hd
};

void TestPortalFaults::cleanupTestCase()
{
    // A clean exit: no sanitizer report, no hang on SIGTERM.
    QVERIFY(m_portal.stop());
}

void TestPortalFaults::initTestCase()
{
    QVERIFY(SmallContent::write(m_content.path()));
    QVERIFY(m_portal.start(m_content.path(), {QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
    m_preview = SmallContent::fileBytes(m_content.path(), SmallContent::previewFile());
    const QString access = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("faults")))
                               .value(QStringLiteral("access_token"))
                               .toString();
    const HttpReply link = m_http.postRaw(m_portal.url(QStringLiteral("videos/v1/renditions/hd/link")),
                                          QByteArray(), HttpClient::bearer(access));
    m_link = link.json().value(QStringLiteral("url")).toString();
    QVERIFY(!m_link.isEmpty());
}

void TestPortalFaults::init()
{
    QCOMPARE(m_http.del(m_portal.url(QStringLiteral("dev/faults"))).status, 200);
}

void TestPortalFaults::devEndpointsNeedDevMode()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(), {}, false));
    QCOMPARE(m_http.get(portal.url(QStringLiteral("dev/faults"))).status, 404);
    QCOMPARE(m_http.post(portal.url(QStringLiteral("dev/faults")), {{QStringLiteral("ignore_range"), true}})
                 .status,
             404);
    QCOMPARE(m_http.get(portal.url(QStringLiteral("dev/outbox?email=a@example.org"))).status, 404);
    QCOMPARE(m_http.postRaw(portal.url(QStringLiteral("dev/reload")), QByteArray()).status, 404);
    // The media keep working normally.
    QCOMPARE(m_http.get(previewUrl(portal)).body, m_preview);
}

void TestPortalFaults::faultFlagsNeedDevMode()
{
    PortalProcess portal;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not start")));
    QVERIFY(!portal.start(m_content.path(), {QStringLiteral("--fault-ignore-range")}, false));
    QVERIFY(portal.log().contains(QLatin1String("need --dev")));
}

void TestPortalFaults::showSetClear()
{
    HttpReply reply = m_http.get(m_portal.url(QStringLiteral("dev/faults")));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.json().value(QStringLiteral("drop_after_bytes")).isNull());
    QCOMPARE(reply.json().value(QStringLiteral("ignore_range")).toBool(true), false);
    QCOMPARE(reply.json().value(QStringLiteral("fail_status")).toInt(), 503);

    reply = setFaults({{QStringLiteral("ignore_range"), true}, {QStringLiteral("drop_after_bytes"), 1000}});
    QCOMPARE(reply.status, 200);
    // Members merge: setting one keeps the others.
    reply = setFaults({{QStringLiteral("fail_next"), 2}});
    QCOMPARE(reply.json().value(QStringLiteral("ignore_range")).toBool(), true);
    QCOMPARE(reply.json().value(QStringLiteral("drop_after_bytes")).toInt(), 1000);
    QCOMPARE(reply.json().value(QStringLiteral("fail_next")).toInt(), 2);
    // null resets one member.
    reply = setFaults({{QStringLiteral("drop_after_bytes"), QJsonValue()}});
    QVERIFY(reply.json().value(QStringLiteral("drop_after_bytes")).isNull());
    QCOMPARE(m_http.get(m_portal.url(QStringLiteral("dev/faults"))).json(), reply.json());

    reply = m_http.del(m_portal.url(QStringLiteral("dev/faults")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("fail_next")).toInt(), 0);
    QCOMPARE(reply.json().value(QStringLiteral("ignore_range")).toBool(), false);
}

void TestPortalFaults::refusesInvalidFaults_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown") << QByteArray(R"({"explode": true})") << "explode";
    QTest::newRow("negative") << QByteArray(R"({"drop_after_bytes": -1})") << "drop_after_bytes";
    QTest::newRow("fraction") << QByteArray(R"({"fail_next": 1.5})") << "fail_next";
    QTest::newRow("string") << QByteArray(R"({"ignore_range": "yes"})") << "ignore_range";
    QTest::newRow("status") << QByteArray(R"({"fail_status": 404})") << "fail_status";
    QTest::newRow("expired status") << QByteArray(R"({"expired_status": 401})") << "expired_status";
}

void TestPortalFaults::refusesInvalidFaults()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    const HttpReply reply = m_http.postRaw(m_portal.url(QStringLiteral("dev/faults")), body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("validation_failed"));
    QVERIFY(reply.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("fields"))
                .toObject()
                .contains(field));
    // Nothing was applied.
    QCOMPARE(m_http.get(previewUrl(m_portal)).body, m_preview);
}

void TestPortalFaults::dropAfterBytes()
{
    QCOMPARE(setFaults({{QStringLiteral("drop_after_bytes"), 100'000}}).status, 200);
    for (int i = 0; i < 2; ++i) {
        const HttpReply reply = m_http.get(previewUrl(m_portal));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-length").toLongLong(), m_preview.size());
        QCOMPARE(reply.curlCode, int(CURLE_PARTIAL_FILE));
        QCOMPARE(reply.body.size(), 100'000);
        QVERIFY(reply.body == m_preview.left(100'000));
    }
    // Applies to ranges too (N bytes of the body), and to signed links.
    const HttpReply ranged = m_http.get(QUrl(m_link), {{"Range", "bytes=500000-"}});
    QCOMPARE(ranged.status, 206);
    QCOMPARE(ranged.body.size(), 100'000);
    QVERIFY(
        ranged.body
        == SmallContent::fileBytes(m_content.path(), SmallContent::bigRenditionFile()).mid(500'000, 100'000));
}

void TestPortalFaults::dropOnlyNextResponses()
{
    QCOMPARE(setFaults({{QStringLiteral("drop_after_bytes"), 0}, {QStringLiteral("drop_count"), 1}}).status,
             200);
    HttpReply reply = m_http.get(previewUrl(m_portal));
    QCOMPARE(reply.curlCode, int(CURLE_PARTIAL_FILE));
    QVERIFY(reply.body.isEmpty());
    reply = m_http.get(previewUrl(m_portal));
    QCOMPARE(reply.curlCode, 0);
    QCOMPARE(reply.body, m_preview);
}

void TestPortalFaults::stall()
{
    QCOMPARE(setFaults({{QStringLiteral("stall_seconds"), 1.5}, {QStringLiteral("stall_after_bytes"), 1000}})
                 .status,
             200);
    const HttpReply reply = m_http.get(previewUrl(m_portal));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, m_preview);
    QVERIFY2(reply.seconds >= 1.4, qPrintable(QString::number(reply.seconds)));

    // A client with a shorter patience gives up with the first bytes only.
    HttpClient impatient;
    impatient.timeoutMs = 700;
    const HttpReply cut = impatient.get(previewUrl(m_portal));
    QCOMPARE(cut.curlCode, int(CURLE_OPERATION_TIMEDOUT));
    QCOMPARE(cut.body, m_preview.left(1000));
}

void TestPortalFaults::ignoreRange()
{
    QCOMPARE(setFaults({{QStringLiteral("ignore_range"), true}}).status, 200);
    const HttpReply reply = m_http.get(previewUrl(m_portal), {{"Range", "bytes=1000-1999"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.headerCount("content-range"), 0);
    QCOMPARE(reply.body, m_preview);
}

void TestPortalFaults::changeEtag()
{
    const QByteArray plain = m_http.head(previewUrl(m_portal)).header("etag");
    QCOMPARE(setFaults({{QStringLiteral("change_etag"), true}}).status, 200);
    const QByteArray first = m_http.head(previewUrl(m_portal)).header("etag");
    const QByteArray second = m_http.head(previewUrl(m_portal)).header("etag");
    QVERIFY(first != plain);
    QVERIFY(second != first);
    QVERIFY(second.startsWith('"') && second.endsWith('"'));
    // A resume that names the old version gets the whole (new) file.
    const HttpReply resumed =
        m_http.get(previewUrl(m_portal), {{"Range", "bytes=1000-"}, {"If-Range", first}});
    QCOMPARE(resumed.status, 200);
    QCOMPARE(resumed.body, m_preview);
}

void TestPortalFaults::failNext_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryAfter");
    QTest::newRow("503") << 503 << "unavailable" << true;
    QTest::newRow("429") << 429 << "rate_limited" << true;
    QTest::newRow("500") << 500 << "internal_error" << false;
}

void TestPortalFaults::failNext()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, retryAfter);
    QCOMPARE(setFaults({{QStringLiteral("fail_next"), 2},
                        {QStringLiteral("fail_status"), status},
                        {QStringLiteral("retry_after"), 7}})
                 .status,
             200);
    for (int i = 0; i < 2; ++i) {
        const HttpReply reply = m_http.get(QUrl(m_link), {{"Range", "bytes=0-99"}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QCOMPARE(reply.header("retry-after"), retryAfter ? QByteArray("7") : QByteArray());
    }
    QCOMPARE(m_http.get(QUrl(m_link), {{"Range", "bytes=0-99"}}).status, 206);
    // The API itself is not affected by media faults.
    QCOMPARE(setFaults({{QStringLiteral("fail_next"), 1}}).status, 200);
    QCOMPARE(m_http.get(m_portal.url(QStringLiteral("news"))).status, 200);
}

void TestPortalFaults::rateCap()
{
    QCOMPARE(setFaults({{QStringLiteral("rate_bytes_per_second"), 400'000}}).status, 200);
    const HttpReply reply = m_http.get(previewUrl(m_portal));
    QCOMPARE(reply.body, m_preview);
    // 200 kB at 400 kB/s: about half a second, not the few ms of loopback.
    QVERIFY2(reply.seconds >= 0.45 && reply.seconds < 5, qPrintable(QString::number(reply.seconds)));
}

void TestPortalFaults::expireLinks_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("410") << 410;
    QTest::newRow("403") << 403;
}

void TestPortalFaults::expireLinks()
{
    QFETCH(int, status);
    QCOMPARE(setFaults({{QStringLiteral("expire_links"), true}, {QStringLiteral("expired_status"), status}})
                 .status,
             200);
    const HttpReply reply = m_http.get(QUrl(m_link));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), QStringLiteral("link_expired"));
    // Public files need no link and are not affected.
    QCOMPARE(m_http.get(previewUrl(m_portal)).status, 200);
}

void TestPortalFaults::faultsFromCommandLine()
{
    PortalProcess portal;
    QVERIFY(portal.start(
        m_content.path(),
        {QStringLiteral("--fault-fail-next"), QStringLiteral("1"), QStringLiteral("--fault-fail-status"),
         QStringLiteral("429"), QStringLiteral("--fault-retry-after"), QStringLiteral("3"),
         QStringLiteral("--fault-ignore-range"), QStringLiteral("--fault-stall"), QStringLiteral("0.5")}));
    const QJsonObject shown = m_http.get(portal.url(QStringLiteral("dev/faults"))).json();
    QCOMPARE(shown.value(QStringLiteral("fail_next")).toInt(), 1);
    QCOMPARE(shown.value(QStringLiteral("ignore_range")).toBool(), true);
    QCOMPARE(shown.value(QStringLiteral("stall_seconds")).toDouble(), 0.5);

    HttpReply reply = m_http.get(previewUrl(portal), {{"Range", "bytes=0-9"}});
    QCOMPARE(reply.status, 429);
    QCOMPARE(reply.header("retry-after"), QByteArray("3"));
    reply = m_http.get(previewUrl(portal), {{"Range", "bytes=0-9"}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, m_preview);
    QVERIFY(reply.seconds >= 0.45);

    PortalProcess bad;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not start")));
    QVERIFY(!bad.start(m_content.path(), {QStringLiteral("--fault-fail-status"), QStringLiteral("404")}));
}

QTEST_GUILESS_MAIN(TestPortalFaults)
#include "tst_portal_faults.moc"
