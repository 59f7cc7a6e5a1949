// The account calls of the contract against the reference portal over
// loopback: register, verify, resend, login, the mails, codes and their limits.

#include "tests/portal/tests/accountflow.h"
#include "tests/portal/tests/httpclient.h"
#include "tests/portal/tests/smallcontent.h"
#include "tests/support/portalprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace PortalTest;
using TestSupport::PortalProcess;

class TestPortalAccounts final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void registerValidation_data();
    void registerValidation();
    void registerVerifyLogin();
    void mailIsRfc5322File();
    void frenchMail();
    void wrongCodesBurnTheCode();
    void resendInvalidatesOldCode();
    void resendAnswersAlikeForUnknownAddresses();
    void resendCooldown();
    void codeExpires();

private:
    QUrl api(const QString &path) const { return m_portal.url(path); }

    QTemporaryDir m_content;
    PortalProcess m_portal;
    HttpClient m_http;
};

void TestPortalAccounts::cleanupTestCase()
{
    // A clean exit: no sanitizer report, no hang on SIGTERM.
    QVERIFY(m_portal.stop());
}

void TestPortalAccounts::initTestCase()
{
    QVERIFY(m_content.isValid());
    QVERIFY(SmallContent::write(m_content.path()));
    QVERIFY(m_portal.start(m_content.path(), {QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
}

void TestPortalAccounts::registerValidation_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("reasons");

    const auto body = [](const QString &email, const QString &password, const QString &name,
                         const QString &locale) {
        return QJsonDocument(QJsonObject {{QStringLiteral("email"), email},
                                          {QStringLiteral("password"), password},
                                          {QStringLiteral("display_name"), name},
                                          {QStringLiteral("newsletter"), true},
                                          {QStringLiteral("locale"), locale}})
            .toJson();
    };
    const QString ok = GoodPassword;
    QTest::newRow("invalid email") << body(QStringLiteral("not-an-address"), ok, QStringLiteral("A"),
                                           QStringLiteral("en"))
                                   << 422 << "invalid_email"
                                   << "email" << QStringList {QStringLiteral("invalid")};
    QTest::newRow("email with space")
        << body(QStringLiteral("a b@example.org"), ok, QStringLiteral("A"), QStringLiteral("en")) << 422
        << "invalid_email"
        << "email" << QStringList {QStringLiteral("invalid")};
    QTest::newRow("weak password") << body(QStringLiteral("weak@example.org"), QStringLiteral("short"),
                                           QStringLiteral("A"), QStringLiteral("en"))
                                   << 422 << "weak_password"
                                   << "password"
                                   << QStringList {QStringLiteral("too_short"), QStringLiteral("no_upper"),
                                                   QStringLiteral("no_digit"), QStringLiteral("no_symbol")};
    QTest::newRow("password with space")
        << body(QStringLiteral("space@example.org"), QStringLiteral("Correct Horse-9"), QStringLiteral("A"),
                QStringLiteral("en"))
        << 422 << "weak_password"
        << "password" << QStringList {QStringLiteral("has_whitespace")};
    QTest::newRow("no display name") << body(QStringLiteral("noname@example.org"), ok, QString(),
                                             QStringLiteral("en"))
                                     << 422 << "validation_failed"
                                     << "display_name" << QStringList {QStringLiteral("required")};
    QTest::newRow("bad locale") << body(QStringLiteral("locale@example.org"), ok, QStringLiteral("A"),
                                        QStringLiteral("de"))
                                << 422 << "validation_failed"
                                << "locale" << QStringList {QStringLiteral("invalid")};
    QTest::newRow("not json") << QByteArray("email=a@example.org") << 400 << "invalid_json" << QString()
                              << QStringList();
}

void TestPortalAccounts::registerValidation()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QStringList, reasons);

    const HttpReply reply = m_http.postRaw(api(QStringLiteral("auth/register")), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json; charset=utf-8"));
    const QJsonObject error = reply.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
    if (!field.isEmpty()) {
        QStringList got;
        for (const QJsonValue v : error.value(QStringLiteral("fields")).toObject().value(field).toArray())
            got.append(v.toString());
        QCOMPARE(got, reasons);
    }
}

void TestPortalAccounts::registerVerifyLogin()
{
    const QString email = uniqueEmail(QStringLiteral("flow"));
    const HttpReply registered = m_http.post(api(QStringLiteral("auth/register")), registerBody(email));
    QCOMPARE(registered.status, 201);
    QCOMPARE(registered.json().value(QStringLiteral("status")).toString(),
             QStringLiteral("verification_sent"));
    const QDateTime expires = QDateTime::fromString(
        registered.json().value(QStringLiteral("code_expires_at")).toString(), Qt::ISODate);
    QVERIFY(expires.isValid());
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(expires);
    QVERIFY2(lifetime > 29 * 60 && lifetime <= 30 * 60, qPrintable(QString::number(lifetime)));

    // Not verified yet.
    const QJsonObject credentials {{QStringLiteral("email"), email},
                                   {QStringLiteral("password"), GoodPassword}};
    HttpReply login = m_http.post(api(QStringLiteral("auth/login")), credentials);
    QCOMPARE(login.status, 403);
    QCOMPARE(login.errorCode(), QStringLiteral("not_verified"));

    const QString code = m_portal.latestCode(email);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{6}$")).match(code).hasMatch());
    const HttpReply verified =
        m_http.post(api(QStringLiteral("auth/verify")),
                    {{QStringLiteral("email"), email}, {QStringLiteral("code"), code}});
    QCOMPARE(verified.status, 200);
    const QJsonObject pair = verified.json();
    QVERIFY(!pair.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!pair.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(pair.value(QStringLiteral("access_expires_in")).toInt(), 900);
    const QJsonObject user = pair.value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("email")).toString(), email);
    QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("Test Person"));
    QCOMPARE(user.value(QStringLiteral("organisation")).toString(), QStringLiteral("Newsroom"));
    QCOMPARE(user.value(QStringLiteral("newsletter")).toBool(true), false);
    QCOMPARE(user.value(QStringLiteral("locale")).toString(), QStringLiteral("en"));
    QVERIFY(!user.value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(
        QDateTime::fromString(user.value(QStringLiteral("created_at")).toString(), Qt::ISODate).isValid());

    // The code was single use.
    const HttpReply again = m_http.post(api(QStringLiteral("auth/verify")),
                                        {{QStringLiteral("email"), email}, {QStringLiteral("code"), code}});
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("invalid_code"));

    login = m_http.post(api(QStringLiteral("auth/login")), credentials);
    QCOMPARE(login.status, 200);
    QCOMPARE(login.json().value(QStringLiteral("user")).toObject(), user);
    // Addresses are case-insensitive.
    login =
        m_http.post(api(QStringLiteral("auth/login")),
                    {{QStringLiteral("email"), email.toUpper()}, {QStringLiteral("password"), GoodPassword}});
    QCOMPARE(login.status, 200);

    login = m_http.post(
        api(QStringLiteral("auth/login")),
        {{QStringLiteral("email"), email}, {QStringLiteral("password"), QStringLiteral("Wrong-Horse-9")}});
    QCOMPARE(login.status, 401);
    QCOMPARE(login.errorCode(), QStringLiteral("invalid_credentials"));
    login = m_http.post(api(QStringLiteral("auth/login")),
                        {{QStringLiteral("email"), QStringLiteral("nobody@example.org")},
                         {QStringLiteral("password"), GoodPassword}});
    QCOMPARE(login.status, 401);
    QCOMPARE(login.errorCode(), QStringLiteral("invalid_credentials"));

    const HttpReply taken = m_http.post(api(QStringLiteral("auth/register")), registerBody(email));
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), QStringLiteral("email_taken"));
}

void TestPortalAccounts::mailIsRfc5322File()
{
    const QString email = uniqueEmail(QStringLiteral("eml"));
    QCOMPARE(m_http.post(api(QStringLiteral("auth/register")), registerBody(email)).status, 201);
    const QJsonArray mails = m_portal.outbox(email);
    QCOMPARE(mails.size(), 1);
    const QJsonObject mail = mails.first().toObject();
    QCOMPARE(mail.value(QStringLiteral("subject")).toString(), QStringLiteral("Your verification code"));
    QVERIFY(mail.value(QStringLiteral("body"))
                .toString()
                .contains(mail.value(QStringLiteral("code")).toString()));
    QVERIFY(QDateTime::fromString(mail.value(QStringLiteral("date")).toString(), Qt::ISODate).isValid());

    QFile file(QDir(m_portal.stateDir())
                   .filePath(QStringLiteral("outbox/") + mail.value(QStringLiteral("file")).toString()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray eml = file.readAll();
    const QByteArray head = eml.left(eml.indexOf("\r\n\r\n"));
    for (const char *name : {"Date: ", "From: ", "To: ", "Subject: ", "Message-ID: <", "MIME-Version: 1.0",
                             "Content-Type: text/plain; charset=UTF-8"})
        QVERIFY2(head.contains(QByteArray("\r\n" + QByteArray(name))) || head.startsWith(name), name);
    QVERIFY(head.contains(QByteArray("To: " + email.toUtf8() + "\r\n")));
    // Every line ends in CRLF and stays within RFC 5322's 998 characters.
    for (const QByteArray &line : eml.split('\n')) {
        QVERIFY(line.isEmpty() || line.endsWith('\r'));
        QVERIFY(line.size() <= 999);
    }
}

void TestPortalAccounts::frenchMail()
{
    const QString email = uniqueEmail(QStringLiteral("fr"));
    QCOMPARE(m_http
                 .post(api(QStringLiteral("auth/register")),
                       registerBody(email, GoodPassword, QStringLiteral("fr")))
                 .status,
             201);
    const QJsonObject mail = m_portal.outbox(email).first().toObject();
    QCOMPARE(mail.value(QStringLiteral("subject")).toString(), QStringLiteral("Votre code de vérification"));
    QVERIFY(mail.value(QStringLiteral("body")).toString().contains(QStringLiteral("Votre code")));
    QFile file(QDir(m_portal.stateDir())
                   .filePath(QStringLiteral("outbox/") + mail.value(QStringLiteral("file")).toString()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Non-ASCII headers are RFC 2047 encoded words.
    QVERIFY(file.readAll().contains("Subject: =?UTF-8?B?"));
}

void TestPortalAccounts::wrongCodesBurnTheCode()
{
    const QString email = uniqueEmail(QStringLiteral("burn"));
    QCOMPARE(m_http.post(api(QStringLiteral("auth/register")), registerBody(email)).status, 201);
    const QString code = m_portal.latestCode(email);
    const QString wrong =
        code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    const auto verify = [&](const QString &c) {
        return m_http.post(api(QStringLiteral("auth/verify")),
                           {{QStringLiteral("email"), email}, {QStringLiteral("code"), c}});
    };
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const HttpReply reply = verify(wrong);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalid_code"));
    }
    HttpReply fifth = verify(wrong);
    QCOMPARE(fifth.status, 429);
    QCOMPARE(fifth.errorCode(), QStringLiteral("too_many_attempts"));
    // Burned: even the right code is refused now.
    fifth = verify(code);
    QCOMPARE(fifth.status, 429);
    QCOMPARE(fifth.errorCode(), QStringLiteral("too_many_attempts"));

    // A new code starts over.
    QCOMPARE(
        m_http
            .post(api(QStringLiteral("auth/resend")),
                  {{QStringLiteral("email"), email}, {QStringLiteral("purpose"), QStringLiteral("register")}})
            .status,
        202);
    const QString fresh = m_portal.latestCode(email, code);
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(verify(fresh).status, 200);
}

void TestPortalAccounts::resendInvalidatesOldCode()
{
    const QString email = uniqueEmail(QStringLiteral("resend"));
    QCOMPARE(m_http.post(api(QStringLiteral("auth/register")), registerBody(email)).status, 201);
    const QString first = m_portal.latestCode(email);
    const HttpReply resent = m_http.post(
        api(QStringLiteral("auth/resend")),
        {{QStringLiteral("email"), email}, {QStringLiteral("purpose"), QStringLiteral("register")}});
    QCOMPARE(resent.status, 202);
    QVERIFY(resent.json().value(QStringLiteral("code_expires_at")).isString());
    QCOMPARE(m_portal.outbox(email).size(), 2);
    const QString second = m_portal.outbox(email).first().toObject().value(QStringLiteral("code")).toString();
    if (second == first)
        QSKIP("the two random codes happen to be equal");
    HttpReply reply = m_http.post(api(QStringLiteral("auth/verify")),
                                  {{QStringLiteral("email"), email}, {QStringLiteral("code"), first}});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_code"));
    reply = m_http.post(api(QStringLiteral("auth/verify")),
                        {{QStringLiteral("email"), email}, {QStringLiteral("code"), second}});
    QCOMPARE(reply.status, 200);

    const HttpReply badPurpose =
        m_http.post(api(QStringLiteral("auth/resend")),
                    {{QStringLiteral("email"), email}, {QStringLiteral("purpose"), QStringLiteral("x")}});
    QCOMPARE(badPurpose.status, 422);
}

void TestPortalAccounts::resendAnswersAlikeForUnknownAddresses()
{
    const QString email = uniqueEmail(QStringLiteral("ghost"));
    HttpReply reply = m_http.post(
        api(QStringLiteral("auth/resend")),
        {{QStringLiteral("email"), email}, {QStringLiteral("purpose"), QStringLiteral("register")}});
    QCOMPARE(reply.status, 202);
    reply = m_http.post(api(QStringLiteral("auth/password-reset")), {{QStringLiteral("email"), email}});
    QCOMPARE(reply.status, 202);
    QVERIFY(m_portal.outbox(email).isEmpty());
}

void TestPortalAccounts::resendCooldown()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path())); // the contract's 60 s
    const QString email = uniqueEmail(QStringLiteral("cool"));
    QCOMPARE(m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(email)).status, 201);
    const HttpReply resent = m_http.post(
        portal.url(QStringLiteral("auth/resend")),
        {{QStringLiteral("email"), email}, {QStringLiteral("purpose"), QStringLiteral("register")}});
    QCOMPARE(resent.status, 429);
    QCOMPARE(resent.errorCode(), QStringLiteral("rate_limited"));
    const int retryAfter = resent.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 55 && retryAfter <= 60, resent.header("retry-after").constData());
    // Per address, whatever the purpose.
    const HttpReply reset =
        m_http.post(portal.url(QStringLiteral("auth/password-reset")), {{QStringLiteral("email"), email}});
    QCOMPARE(reset.status, 429);
    QVERIFY(reset.header("retry-after").toInt() >= 1);
    QCOMPARE(portal.outbox(email).size(), 1);
    // Another address is not affected.
    QCOMPARE(m_http
                 .post(portal.url(QStringLiteral("auth/register")),
                       registerBody(uniqueEmail(QStringLiteral("cool"))))
                 .status,
             201);
}

void TestPortalAccounts::codeExpires()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(), {QStringLiteral("--code-lifetime"), QStringLiteral("1")}));
    const QString email = uniqueEmail(QStringLiteral("expire"));
    QCOMPARE(m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(email)).status, 201);
    const QString code = portal.latestCode(email);
    QThread::msleep(2100);
    const HttpReply reply = m_http.post(portal.url(QStringLiteral("auth/verify")),
                                        {{QStringLiteral("email"), email}, {QStringLiteral("code"), code}});
    QCOMPARE(reply.status, 410);
    QCOMPARE(reply.errorCode(), QStringLiteral("code_expired"));
}

QTEST_GUILESS_MAIN(TestPortalAccounts)
#include "tst_portal_accounts.moc"
