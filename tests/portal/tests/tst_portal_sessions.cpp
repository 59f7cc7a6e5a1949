// Sessions against the reference portal over loopback: refresh with
// rotation and reuse detection, the session's maximum age, logout, /me,
// expired tokens, the three-step password reset, what a restart keeps, how
// secrets are stored and which key signs what.

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "tests/portal/tests/accountflow.h"
#include "tests/portal/tests/httpclient.h"
#include "tests/portal/tests/smallcontent.h"
#include "tests/support/portalprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace PortalTest;
using TestSupport::PortalProcess;

class TestPortalSessions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refreshRotates();
    void refreshReuseRevokesSession();
    void reuseOfAnyEarlierTokenEndsTheFamily();
    void sessionsEndAtTheirMaximumAge_data();
    void sessionsEndAtTheirMaximumAge();
    void logoutRevokes();
    void meNeedsToken_data();
    void meNeedsToken();
    void mePatch();
    void accessTokenExpires();
    void passwordReset();
    void restartKeepsAccounts();
    void secretsAreStoredHashed();
    void keysAreDerivedPerPurpose();

private:
    QUrl api(const QString &path) const { return m_portal.url(path); }

    QTemporaryDir m_content;
    PortalProcess m_portal;
    HttpClient m_http;
};
void TestPortalSessions::cleanupTestCase()
{
    // A clean exit: no sanitizer report, no hang on SIGTERM.
    QVERIFY(m_portal.stop());
}

void TestPortalSessions::initTestCase()
{
    QVERIFY(m_content.isValid());
    QVERIFY(SmallContent::write(m_content.path()));
    QVERIFY(
        m_portal.start(m_content.path(),
                       QStringList {QStringLiteral("--resend-cooldown"), QStringLiteral("0")} + FastHashing));
}

void TestPortalSessions::refreshRotates()
{
    const QJsonObject pair = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("rotate")));
    QVERIFY(!pair.isEmpty());
    const QString refresh = pair.value(QStringLiteral("refresh_token")).toString();
    const HttpReply rotated =
        m_http.post(api(QStringLiteral("auth/refresh")), {{QStringLiteral("refresh_token"), refresh}});
    QCOMPARE(rotated.status, 200);
    const QString newRefresh = rotated.json().value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!newRefresh.isEmpty());
    QVERIFY(newRefresh != refresh);
    QCOMPARE(rotated.json().value(QStringLiteral("user")).toObject(),
             pair.value(QStringLiteral("user")).toObject());
    const QString access = rotated.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_http.get(api(QStringLiteral("me")), HttpClient::bearer(access)).status, 200);

    const HttpReply garbage = m_http.post(api(QStringLiteral("auth/refresh")),
                                          {{QStringLiteral("refresh_token"), QStringLiteral("nope")}});
    QCOMPARE(garbage.status, 401);
    QCOMPARE(garbage.errorCode(), QStringLiteral("invalid_refresh_token"));
}

void TestPortalSessions::refreshReuseRevokesSession()
{
    const QJsonObject pair = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("reuse")));
    const QString old = pair.value(QStringLiteral("refresh_token")).toString();
    const HttpReply rotated =
        m_http.post(api(QStringLiteral("auth/refresh")), {{QStringLiteral("refresh_token"), old}});
    QCOMPARE(rotated.status, 200);
    // The old one stops working...
    const HttpReply reused =
        m_http.post(api(QStringLiteral("auth/refresh")), {{QStringLiteral("refresh_token"), old}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("invalid_refresh_token"));
    // ... and its reuse ends the session: the copy cannot live on.
    const QString current = rotated.json().value(QStringLiteral("refresh_token")).toString();
    QCOMPARE(
        m_http.post(api(QStringLiteral("auth/refresh")), {{QStringLiteral("refresh_token"), current}}).status,
        401);
    const QString access = rotated.json().value(QStringLiteral("access_token")).toString();
    QCOMPARE(m_http.get(api(QStringLiteral("me")), HttpClient::bearer(access)).errorCode(),
             QStringLiteral("invalid_token"));
}

void TestPortalSessions::logoutRevokes()
{
    const QJsonObject pair = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("logout")));
    const QString refresh = pair.value(QStringLiteral("refresh_token")).toString();
    const QString access = pair.value(QStringLiteral("access_token")).toString();
    const HttpReply out =
        m_http.post(api(QStringLiteral("auth/logout")), {{QStringLiteral("refresh_token"), refresh}});
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());
    QCOMPARE(
        m_http.post(api(QStringLiteral("auth/refresh")), {{QStringLiteral("refresh_token"), refresh}}).status,
        401);
    const HttpReply me = m_http.get(api(QStringLiteral("me")), HttpClient::bearer(access));
    QCOMPARE(me.status, 401);
    QCOMPARE(me.errorCode(), QStringLiteral("invalid_token"));
    // Idempotent.
    QCOMPARE(
        m_http.post(api(QStringLiteral("auth/logout")), {{QStringLiteral("refresh_token"), refresh}}).status,
        204);
}

void TestPortalSessions::meNeedsToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("none") << QByteArray();
    QTest::newRow("garbage") << QByteArray("Bearer abc");
    QTest::newRow("wrong scheme") << QByteArray("Basic dXNlcjpwYXNz");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
}

void TestPortalSessions::meNeedsToken()
{
    QFETCH(QByteArray, authorization);
    HttpClient::Headers headers;
    if (!authorization.isEmpty())
        headers.append({"Authorization", authorization});
    const HttpReply reply = m_http.get(api(QStringLiteral("me")), headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_token"));
    QVERIFY(reply.header("www-authenticate").startsWith("Bearer"));
}

void TestPortalSessions::mePatch()
{
    const QJsonObject pair = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("me")));
    const auto auth = HttpClient::bearer(pair.value(QStringLiteral("access_token")).toString());
    HttpReply me = m_http.get(api(QStringLiteral("me")), auth);
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json(), pair.value(QStringLiteral("user")).toObject());

    const HttpReply patched = m_http.patch(api(QStringLiteral("me")),
                                           {{QStringLiteral("display_name"), QStringLiteral("Renamed")},
                                            {QStringLiteral("organisation"), QJsonValue()},
                                            {QStringLiteral("newsletter"), true},
                                            {QStringLiteral("locale"), QStringLiteral("fr")}},
                                           auth);
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json().value(QStringLiteral("display_name")).toString(), QStringLiteral("Renamed"));
    QVERIFY(patched.json().value(QStringLiteral("organisation")).isNull());
    QCOMPARE(patched.json().value(QStringLiteral("newsletter")).toBool(), true);
    QCOMPARE(patched.json().value(QStringLiteral("locale")).toString(), QStringLiteral("fr"));
    me = m_http.get(api(QStringLiteral("me")), auth);
    QCOMPARE(me.json(), patched.json());

    const HttpReply invalid = m_http.patch(api(QStringLiteral("me")),
                                           {{QStringLiteral("locale"), QStringLiteral("xx")},
                                            {QStringLiteral("display_name"), QString()},
                                            {QStringLiteral("newsletter"), QStringLiteral("yes")}},
                                           auth);
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.errorCode(), QStringLiteral("validation_failed"));
    const QJsonObject fields =
        invalid.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toObject();
    QVERIFY(fields.contains(QStringLiteral("locale")));
    QVERIFY(fields.contains(QStringLiteral("display_name")));
    QVERIFY(fields.contains(QStringLiteral("newsletter")));
    // Nothing of a refused PATCH was applied.
    QCOMPARE(m_http.get(api(QStringLiteral("me")), auth).json(), patched.json());

    QCOMPARE(
        m_http.patch(api(QStringLiteral("me")), {{QStringLiteral("locale"), QStringLiteral("en")}}).status,
        401);
}

void TestPortalSessions::accessTokenExpires()
{
    PortalProcess portal;
    QVERIFY(
        portal.start(m_content.path(),
                     QStringList {QStringLiteral("--access-lifetime"), QStringLiteral("1")} + FastHashing));
    const QJsonObject pair = signUp(portal, m_http, uniqueEmail(QStringLiteral("short")));
    QCOMPARE(pair.value(QStringLiteral("access_expires_in")).toInt(), 1);
    QThread::msleep(2100);
    const HttpReply expired =
        m_http.get(portal.url(QStringLiteral("me")),
                   HttpClient::bearer(pair.value(QStringLiteral("access_token")).toString()));
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("token_expired"));
    // The client's move: refresh once and retry.
    const HttpReply refreshed =
        m_http.post(portal.url(QStringLiteral("auth/refresh")),
                    {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}});
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(m_http
                 .get(portal.url(QStringLiteral("me")),
                      HttpClient::bearer(refreshed.json().value(QStringLiteral("access_token")).toString()))
                 .status,
             200);
}

void TestPortalSessions::passwordReset()
{
    const QString email = uniqueEmail(QStringLiteral("reset"));
    const QJsonObject pair = signUp(m_portal, m_http, email);
    const QString registerCode = m_portal.latestCode(email);

    HttpReply reply =
        m_http.post(api(QStringLiteral("auth/password-reset")), {{QStringLiteral("email"), email}});
    QCOMPARE(reply.status, 202);
    const QString code = m_portal.latestCode(email, registerCode);
    QVERIFY(!code.isEmpty());
    QCOMPARE(m_portal.outbox(email).first().toObject().value(QStringLiteral("subject")).toString(),
             QStringLiteral("Your password reset code"));

    const QString wrong =
        code == QLatin1String("999999") ? QStringLiteral("888888") : QStringLiteral("999999");
    reply = m_http.post(api(QStringLiteral("auth/password-reset/verify")),
                        {{QStringLiteral("email"), email}, {QStringLiteral("code"), wrong}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_code"));
    reply = m_http.post(api(QStringLiteral("auth/password-reset/verify")),
                        {{QStringLiteral("email"), email}, {QStringLiteral("code"), code}});
    QCOMPARE(reply.status, 200);
    const QString resetToken = reply.json().value(QStringLiteral("reset_token")).toString();
    QVERIFY(!resetToken.isEmpty());
    QVERIFY(QDateTime::fromString(reply.json().value(QStringLiteral("expires_at")).toString(), Qt::ISODate)
                .isValid());

    reply = m_http.post(api(QStringLiteral("auth/password-reset/complete")),
                        {{QStringLiteral("reset_token"), QStringLiteral("bogus")},
                         {QStringLiteral("password"), GoodPassword}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_reset_token"));
    reply = m_http.post(api(QStringLiteral("auth/password-reset/complete")),
                        {{QStringLiteral("reset_token"), resetToken},
                         {QStringLiteral("password"), QStringLiteral("weakweak")}});
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("weak_password"));
    QVERIFY(reply.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("fields"))
                .toObject()
                .contains(QStringLiteral("password")));

    const QString newPassword = QStringLiteral("Another-Horse-10");
    reply =
        m_http.post(api(QStringLiteral("auth/password-reset/complete")),
                    {{QStringLiteral("reset_token"), resetToken}, {QStringLiteral("password"), newPassword}});
    QCOMPARE(reply.status, 204);
    // Single use.
    reply =
        m_http.post(api(QStringLiteral("auth/password-reset/complete")),
                    {{QStringLiteral("reset_token"), resetToken}, {QStringLiteral("password"), newPassword}});
    QCOMPARE(reply.status, 400);

    // Every session of the account ended.
    QCOMPARE(m_http
                 .post(api(QStringLiteral("auth/refresh")),
                       {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}})
                 .status,
             401);
    QCOMPARE(m_http
                 .get(api(QStringLiteral("me")),
                      HttpClient::bearer(pair.value(QStringLiteral("access_token")).toString()))
                 .status,
             401);
    QCOMPARE(m_http
                 .post(api(QStringLiteral("auth/login")),
                       {{QStringLiteral("email"), email}, {QStringLiteral("password"), GoodPassword}})
                 .status,
             401);
    QCOMPARE(m_http
                 .post(api(QStringLiteral("auth/login")),
                       {{QStringLiteral("email"), email}, {QStringLiteral("password"), newPassword}})
                 .status,
             200);
}

void TestPortalSessions::restartKeepsAccounts()
{
    PortalProcess portal;
    QVERIFY(
        portal.start(m_content.path(),
                     QStringList {QStringLiteral("--resend-cooldown"), QStringLiteral("0")} + FastHashing));
    const QString email = uniqueEmail(QStringLiteral("restart"));
    const QJsonObject pair = signUp(portal, m_http, email);
    QVERIFY(!pair.isEmpty());
    QVERIFY(portal.restart());
    QCOMPARE(m_http
                 .post(portal.url(QStringLiteral("auth/login")),
                       {{QStringLiteral("email"), email}, {QStringLiteral("password"), GoodPassword}})
                 .status,
             200);
    // Tokens handed out before the restart still work.
    QCOMPARE(m_http
                 .get(portal.url(QStringLiteral("me")),
                      HttpClient::bearer(pair.value(QStringLiteral("access_token")).toString()))
                 .status,
             200);
    QCOMPARE(m_http
                 .post(portal.url(QStringLiteral("auth/refresh")),
                       {{QStringLiteral("refresh_token"), pair.value(QStringLiteral("refresh_token"))}})
                 .status,
             200);
    // So does the mail history.
    QCOMPARE(portal.outbox(email).size(), 1);
    QCOMPARE(m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(email)).errorCode(),
             QStringLiteral("email_taken"));
}

void TestPortalSessions::secretsAreStoredHashed()
{
    const QString email = uniqueEmail(QStringLiteral("hashed"));
    const QJsonObject pair = signUp(m_portal, m_http, email);
    QCOMPARE(m_http
                 .post(api(QStringLiteral("auth/resend")),
                       {{QStringLiteral("email"), uniqueEmail(QStringLiteral("x"))},
                        {QStringLiteral("purpose"), QStringLiteral("register")}})
                 .status,
             202);
    const QString code = m_portal.latestCode(email);

    auto db = Storage::Database::open(QDir(m_portal.stateDir()).filePath(QStringLiteral("portal.sqlite")));
    QVERIFY(db.ok());
    auto user = db.value()->prepare(QStringLiteral("SELECT password_hash FROM users WHERE email = ?"));
    QVERIFY(user.value().bind(1, email).step().value());
    const QStringList parts = user.value().columnText(0).split(u'$');
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    // This server runs with FastHashing; tst_portal_limits checks the default.
    QCOMPARE(parts.at(1), FastHashing.last());
    QVERIFY(QByteArray::fromBase64(parts.at(2).toLatin1()).size() >= 16);
    QVERIFY(!user.value().columnText(0).contains(GoodPassword));

    auto codes = db.value()->prepare(QStringLiteral("SELECT code_hash FROM codes WHERE email = ?"));
    QVERIFY(codes.value().bind(1, email).step().value());
    QVERIFY(codes.value().columnText(0) != code);
    QCOMPARE(codes.value().columnText(0).size(), 64);

    // No table holds a token as handed out.
    for (const QString &token : {pair.value(QStringLiteral("access_token")).toString(),
                                 pair.value(QStringLiteral("refresh_token")).toString()}) {
        auto find = db.value()->prepare(QStringLiteral(
            "SELECT (SELECT count(*) FROM sessions WHERE refresh_hash = ?1 OR previous_refresh_hash = ?1) "
            "+ (SELECT count(*) FROM access_tokens WHERE token_hash = ?1)"));
        QVERIFY(find.value().bind(1, token).step().value());
        QCOMPARE(find.value().columnInt(0), 0);
    }
}

void TestPortalSessions::reuseOfAnyEarlierTokenEndsTheFamily()
{
    const QJsonObject pair = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("family")));
    QStringList family {pair.value(QStringLiteral("refresh_token")).toString()};
    QString access;
    for (int rotation = 0; rotation < 3; ++rotation) {
        const HttpReply rotated = m_http.post(api(QStringLiteral("auth/refresh")),
                                              {{QStringLiteral("refresh_token"), family.last()}});
        QCOMPARE(rotated.status, 200);
        family.append(rotated.json().value(QStringLiteral("refresh_token")).toString());
        access = rotated.json().value(QStringLiteral("access_token")).toString();
    }
    // The first token, three rotations back (not only the one just before).
    const HttpReply reused =
        m_http.post(api(QStringLiteral("auth/refresh")), {{QStringLiteral("refresh_token"), family.first()}});
    QCOMPARE(reused.status, 401);
    QCOMPARE(reused.errorCode(), QStringLiteral("invalid_refresh_token"));
    // The whole family ends: the current refresh token and its access token.
    QCOMPARE(
        m_http.post(api(QStringLiteral("auth/refresh")), {{QStringLiteral("refresh_token"), family.last()}})
            .status,
        401);
    QCOMPARE(m_http.get(api(QStringLiteral("me")), HttpClient::bearer(access)).errorCode(),
             QStringLiteral("invalid_token"));
}

void TestPortalSessions::sessionsEndAtTheirMaximumAge_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<qint64>("maxAge");
    QTest::newRow("default, 30 days") << QStringList() << qint64(30 * 24 * 3600);
    QTest::newRow("--session-max-age 7200")
        << QStringList {QStringLiteral("--session-max-age"), QStringLiteral("7200")} << qint64(7200);
}

void TestPortalSessions::sessionsEndAtTheirMaximumAge()
{
    QFETCH(QStringList, args);
    QFETCH(qint64, maxAge);
    // Its own server: the clock moves forward.
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(), args + FastHashing));
    const QString email = uniqueEmail(QStringLiteral("maxage"));
    const QJsonObject pair = signUp(portal, m_http, email);
    QVERIFY(!pair.isEmpty());
    const auto refresh = [&](const QString &token) {
        return m_http.post(portal.url(QStringLiteral("auth/refresh")),
                           {{QStringLiteral("refresh_token"), token}});
    };

    // Refreshed regularly, the session still ends maxAge after the login.
    QVERIFY(advanceClock(portal, m_http, maxAge * 2 / 3));
    HttpReply reply = refresh(pair.value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QStringLiteral("access_expires_in")).toInt(), 900);
    // Ten minutes before the end: the new access token does not outlive the session.
    QVERIFY(advanceClock(portal, m_http, maxAge - maxAge * 2 / 3 - 600));
    reply = refresh(reply.json().value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(reply.status, 200);
    const int accessLife = reply.json().value(QStringLiteral("access_expires_in")).toInt();
    QVERIFY2(accessLife > 590 && accessLife <= 600, qPrintable(QString::number(accessLife)));
    const QString lastAccess = reply.json().value(QStringLiteral("access_token")).toString();

    QVERIFY(advanceClock(portal, m_http, 601));
    reply = refresh(reply.json().value(QStringLiteral("refresh_token")).toString());
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_refresh_token"));
    QCOMPARE(m_http.get(portal.url(QStringLiteral("me")), HttpClient::bearer(lastAccess)).status, 401);
    // Logging in again starts a new session.
    QCOMPARE(m_http
                 .post(portal.url(QStringLiteral("auth/login")),
                       {{QStringLiteral("email"), email}, {QStringLiteral("password"), GoodPassword}})
                 .status,
             200);
}

namespace {
// RFC 5869 with SHA-256, no salt, one block (32 bytes): computed here with
// Qt's HMAC, apart from the server's code.
QByteArray hkdf32(const QByteArray &key, const QByteArray &info)
{
    const QByteArray prk =
        QMessageAuthenticationCode::hash(key, QByteArray(32, '\0'), QCryptographicHash::Sha256);
    return QMessageAuthenticationCode::hash(info + '\x01', prk, QCryptographicHash::Sha256);
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}
} // namespace

void TestPortalSessions::keysAreDerivedPerPurpose()
{
    QFile keyFile(QDir(m_portal.stateDir()).filePath(QStringLiteral("server.key")));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray master = QByteArray::fromHex(keyFile.readAll().trimmed());
    QCOMPARE(master.size(), 32);
    const QByteArray codeKey = hkdf32(master, "mmdesk-portal/v1/code-hashing");
    const QByteArray linkKey = hkdf32(master, "mmdesk-portal/v1/link-signing");

    // Mailed codes: HMAC under the code-hashing key.
    const QString email = uniqueEmail(QStringLiteral("keys"));
    const QJsonObject pair = signUp(m_portal, m_http, email);
    const QString userId =
        pair.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
    const QString registerCode = m_portal.latestCode(email);
    QCOMPARE(
        m_http.post(api(QStringLiteral("auth/password-reset")), {{QStringLiteral("email"), email}}).status,
        202);
    const QString code = m_portal.latestCode(email, registerCode);
    QVERIFY(!code.isEmpty());
    auto db = Storage::Database::open(QDir(m_portal.stateDir()).filePath(QStringLiteral("portal.sqlite")));
    QVERIFY(db.ok());
    auto row = db.value()->prepare(
        QStringLiteral("SELECT code_hash FROM codes WHERE email = ? AND purpose = 'reset'"));
    QVERIFY(row.value().bind(1, email).step().value());
    const QByteArray message =
        (email + u'\n' + userId + u'\n' + QStringLiteral("reset") + u'\n' + code).toUtf8();
    QCOMPARE(row.value().columnText(0).toLatin1(), hmac(codeKey, message).toHex());
    QVERIFY(row.value().columnText(0).toLatin1() != hmac(master, message).toHex());

    // Download links: signed with the link-signing key.
    const HttpReply link =
        m_http.post(api(QStringLiteral("videos/v1/renditions/hd/link")), {},
                    HttpClient::bearer(pair.value(QStringLiteral("access_token")).toString()));
    QCOMPARE(link.status, 200);
    const QUrl url(link.json().value(QStringLiteral("url")).toString());
    const QUrlQuery query(url);
    const QByteArray signed_ = query.queryItemValue(QStringLiteral("expires")).toLatin1() + '\n'
        + url.path(QUrl::FullyDecoded).toUtf8();
    const auto base64Url = [](const QByteArray &bytes) {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    QCOMPARE(query.queryItemValue(QStringLiteral("sig")).toLatin1(), base64Url(hmac(linkKey, signed_)));
    QVERIFY(query.queryItemValue(QStringLiteral("sig")).toLatin1() != base64Url(hmac(master, signed_)));
    QVERIFY(codeKey != linkKey);
}

QTEST_GUILESS_MAIN(TestPortalSessions)
#include "tst_portal_sessions.moc"
