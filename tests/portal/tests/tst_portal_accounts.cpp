// The account calls of the contract against the reference portal over
// loopback: register, verify, resend, login, the mails, codes and their
// limits (per code, per address and day, per client, the growing cooldown).

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
    void resendCooldownGrows();
    void codeExpires();
    void registerAgainKeepsThePendingPassword();
    void wrongCodesLockTheAddressForTheDay();
    void wrongCodesAreLimitedPerClient();

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
    QVERIFY(
        m_portal.start(m_content.path(),
                       QStringList {QStringLiteral("--resend-cooldown"), QStringLiteral("0")} + FastHashing));
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
    // One time in a million the new code is the old one's digits; then
    // only the new one can be checked (no skip: CI fails on any).
    if (second != first) {
        const HttpReply old =
            m_http.post(api(QStringLiteral("auth/verify")),
                        {{QStringLiteral("email"), email}, {QStringLiteral("code"), first}});
        QCOMPARE(old.status, 400);
        QCOMPARE(old.errorCode(), QStringLiteral("invalid_code"));
    }
    const HttpReply reply = m_http.post(api(QStringLiteral("auth/verify")),
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

void TestPortalAccounts::resendCooldownGrows()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(), FastHashing)); // the contract's 60 s
    const QString email = uniqueEmail(QStringLiteral("backoff"));
    QCOMPARE(m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(email)).status, 201);
    const auto resend = [&] {
        return m_http.post(
            portal.url(QStringLiteral("auth/resend")),
            {{QStringLiteral("email"), email}, {QStringLiteral("purpose"), QStringLiteral("register")}});
    };
    // After the n-th mail of the day the next one waits 60 s x 2^(n-1).
    for (const qint64 wait : {60, 120, 240, 480}) {
        const HttpReply early = resend();
        QCOMPARE(early.status, 429);
        QCOMPARE(early.errorCode(), QStringLiteral("rate_limited"));
        const qint64 retryAfter = early.header("retry-after").toLongLong();
        QVERIFY2(retryAfter > wait - 5 && retryAfter <= wait, early.header("retry-after").constData());
        QVERIFY(advanceClock(portal, m_http, wait));
        QCOMPARE(resend().status, 202);
    }
    QCOMPARE(portal.outbox(email).size(), 5);
    // A day after the series began, the wait is back to 60 s.
    QVERIFY(advanceClock(portal, m_http, 24 * 3600));
    QCOMPARE(resend().status, 202);
    const HttpReply early = resend();
    QCOMPARE(early.status, 429);
    QVERIFY2(early.header("retry-after").toInt() <= 60, early.header("retry-after").constData());
    // Unknown addresses wait alike: the answers do not tell accounts apart.
    const QString ghost = uniqueEmail(QStringLiteral("backoff-ghost"));
    const auto resendGhost = [&] {
        return m_http.post(
            portal.url(QStringLiteral("auth/resend")),
            {{QStringLiteral("email"), ghost}, {QStringLiteral("purpose"), QStringLiteral("register")}});
    };
    QCOMPARE(resendGhost().status, 202);
    QVERIFY(advanceClock(portal, m_http, 60));
    QCOMPARE(resendGhost().status, 202);
    QVERIFY(resendGhost().header("retry-after").toInt() > 60);
}

void TestPortalAccounts::registerAgainKeepsThePendingPassword()
{
    const QString email = uniqueEmail(QStringLiteral("again"));
    QCOMPARE(m_http.post(api(QStringLiteral("auth/register")), registerBody(email)).status, 201);
    const QString first = m_portal.latestCode(email);
    QVERIFY(!first.isEmpty());

    // Someone else registers the same address, with their own password.
    const QString otherPassword = QStringLiteral("Attacker-Horse-77");
    QJsonObject other = registerBody(email, otherPassword, QStringLiteral("fr"));
    other.insert(QStringLiteral("display_name"), QStringLiteral("Mallory"));
    const HttpReply again = m_http.post(api(QStringLiteral("auth/register")), other);
    // Answered as a first registration...
    QCOMPARE(again.status, 201);
    QCOMPARE(again.json().value(QStringLiteral("status")).toString(), QStringLiteral("verification_sent"));
    QVERIFY(again.json().value(QStringLiteral("code_expires_at")).isString());
    // ... with a new code for the registration as it stands (its locale too).
    const QString second = m_portal.latestCode(email, first);
    QVERIFY(!second.isEmpty());
    QCOMPARE(m_portal.outbox(email).first().toObject().value(QStringLiteral("subject")).toString(),
             QStringLiteral("Your verification code"));

    // The owner verifies: the account is the owner's, with the owner's password.
    const HttpReply verified =
        m_http.post(api(QStringLiteral("auth/verify")),
                    {{QStringLiteral("email"), email}, {QStringLiteral("code"), second}});
    QCOMPARE(verified.status, 200);
    const QJsonObject user = verified.json().value(QStringLiteral("user")).toObject();
    QCOMPARE(user.value(QStringLiteral("display_name")).toString(), QStringLiteral("Test Person"));
    QCOMPARE(user.value(QStringLiteral("locale")).toString(), QStringLiteral("en"));
    HttpReply login =
        m_http.post(api(QStringLiteral("auth/login")),
                    {{QStringLiteral("email"), email}, {QStringLiteral("password"), otherPassword}});
    QCOMPARE(login.status, 401);
    QCOMPARE(login.errorCode(), QStringLiteral("invalid_credentials"));
    login = m_http.post(api(QStringLiteral("auth/login")),
                        {{QStringLiteral("email"), email}, {QStringLiteral("password"), GoodPassword}});
    QCOMPARE(login.status, 200);
}

void TestPortalAccounts::wrongCodesLockTheAddressForTheDay()
{
    PortalProcess portal;
    // Without the per-account request limit: this is about the wrong-code cap alone.
    QVERIFY(portal.start(m_content.path(),
                         QStringList {QStringLiteral("--resend-cooldown"), QStringLiteral("0"),
                                      QStringLiteral("--auth-rate-per-account"), QStringLiteral("0")}
                             + FastHashing));
    const QString email = uniqueEmail(QStringLiteral("lock"));
    const QString bystander = uniqueEmail(QStringLiteral("bystander"));
    for (const QString &address : {email, bystander})
        QCOMPARE(m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(address)).status, 201);
    const auto verify = [&](const QString &address, const QString &code) {
        return m_http.post(portal.url(QStringLiteral("auth/verify")),
                           {{QStringLiteral("email"), address}, {QStringLiteral("code"), code}});
    };
    const auto resend = [&] {
        return m_http
            .post(portal.url(QStringLiteral("auth/resend")),
                  {{QStringLiteral("email"), email}, {QStringLiteral("purpose"), QStringLiteral("register")}})
            .status;
    };

    // Before the cap, a new code every 5 wrong tries gave unlimited guesses.
    QString code = portal.latestCode(email);
    for (int failure = 1; failure < 20; ++failure) {
        const HttpReply reply = verify(email, otherCode(code));
        if (failure % 5 == 0) {
            QCOMPARE(reply.errorCode(), QStringLiteral("too_many_attempts"));
            QVERIFY(reply.header("retry-after").isEmpty()); // this code is burned; a new one will do
            QCOMPARE(resend(), 202);
            code = portal.latestCode(email, code);
            QVERIFY(!code.isEmpty());
        } else {
            QCOMPARE(reply.status, 400);
        }
    }
    // The 20th wrong code of the day locks code entry for the rest of the day.
    HttpReply locked = verify(email, otherCode(code));
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.errorCode(), QStringLiteral("too_many_attempts"));
    qint64 retryAfter = locked.header("retry-after").toLongLong();
    QVERIFY2(retryAfter > 24 * 3600 - 120 && retryAfter <= 24 * 3600,
             locked.header("retry-after").constData());
    // Even the right code of a fresh mail is refused now.
    QCOMPARE(resend(), 202);
    code = portal.latestCode(email);
    QVERIFY(!code.isEmpty());
    locked = verify(email, code);
    QCOMPARE(locked.status, 429);
    QCOMPARE(locked.errorCode(), QStringLiteral("too_many_attempts"));
    QVERIFY(locked.header("retry-after").toLongLong() > 0);

    // The owner was told once, without a code in the mail.
    int notices = 0;
    for (const QJsonValue mail : portal.outbox(email)) {
        if (mail.toObject().value(QStringLiteral("subject")).toString()
            != QLatin1String("Code entry blocked on your account"))
            continue;
        ++notices;
        QVERIFY(mail.toObject().value(QStringLiteral("code")).isNull());
        QVERIFY(mail.toObject()
                    .value(QStringLiteral("body"))
                    .toString()
                    .contains(QStringLiteral("20 wrong codes")));
    }
    QCOMPARE(notices, 1);
    // Per address: another one is not affected.
    QCOMPARE(verify(bystander, portal.latestCode(bystander)).status, 200);

    // A day later the address takes codes again.
    QVERIFY(advanceClock(portal, m_http, 24 * 3600));
    QCOMPARE(resend(), 202);
    const QString fresh = portal.latestCode(email, code);
    QVERIFY(!fresh.isEmpty());
    QCOMPARE(verify(email, fresh).status, 200);
}

void TestPortalAccounts::wrongCodesAreLimitedPerClient()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(),
                         QStringList {QStringLiteral("--code-failures-per-client"), QStringLiteral("3"),
                                      QStringLiteral("--resend-cooldown"), QStringLiteral("0")}
                             + FastHashing));
    const QString first = uniqueEmail(QStringLiteral("client-a"));
    const QString second = uniqueEmail(QStringLiteral("client-b"));
    for (const QString &address : {first, second})
        QCOMPARE(m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(address)).status, 201);
    const auto verify = [&](const HttpClient &client, const QString &address, const QString &code) {
        return client.post(portal.url(QStringLiteral("auth/verify")),
                           {{QStringLiteral("email"), address}, {QStringLiteral("code"), code}});
    };
    const QString code = portal.latestCode(second);

    // Three wrong codes from one client, spread over two addresses.
    QCOMPARE(verify(m_http, first, otherCode(portal.latestCode(first))).status, 400);
    QCOMPARE(verify(m_http, first, otherCode(portal.latestCode(first))).status, 400);
    QCOMPARE(verify(m_http, second, otherCode(code)).status, 400);
    // That client may enter no code now, not even a right one.
    const HttpReply refused = verify(m_http, second, code);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("too_many_attempts"));
    const qint64 retryAfter = refused.header("retry-after").toLongLong();
    QVERIFY2(retryAfter > 0 && retryAfter <= 1200, refused.header("retry-after").constData());
    // Another client address is not affected.
    HttpClient elsewhere;
    elsewhere.localAddress = "127.0.0.2";
    QCOMPARE(verify(elsewhere, second, code).status, 200);
}

QTEST_GUILESS_MAIN(TestPortalAccounts)
#include "tst_portal_accounts.moc"
