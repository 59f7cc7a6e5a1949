// The account journey of core (PortalClient + AccountService + TokenStore)
// against the reference portal over loopback, with a real GNOME Keyring
// (the test runs under tests/support/with-keyring.sh).

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/portal/accountapi.h"
#include "core/portal/portalclient.h"
#include "tests/support/clirun.h"
#include "tests/support/loopbackhttpserver.h"
#include "tests/support/portalprocess.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <optional>

namespace {

const QString GoodPassword = QStringLiteral("Quiet-Harbour-2026");

QString uniqueEmail(const char *who)
{
    return QStringLiteral("%1-%2@example.org")
        .arg(QLatin1String(who), QUuid::createUuid().toString(QUuid::Id128).left(10));
}

// One client of the portal: what the app or one CLI run holds.
struct Client
{
    explicit Client(const QUrl &portal)
        : client(network, portal), tokens(QStringLiteral("mmdesk-test")), accounts(client, tokens)
    { }
    QNetworkAccessManager network;
    Portal::PortalClient client;
    Auth::TokenStore tokens;
    Auth::AccountService accounts;
};

using TestSupport::CliRun;

CliRun runCli(const QString &dataDir, const QUrl &portal, const QStringList &arguments,
              const QByteArray &input = {})
{
    return TestSupport::runCli(QStringList {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--portal"),
                                            portal.toString(), QStringLiteral("--json")}
                                   + arguments,
                               input);
}

// Every file below `dir` that contains `secret`.
QStringList filesContaining(const QString &dir, const QByteArray &secret)
{
    QStringList hits;
    QDirIterator files(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

class TestAccounts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    TestSupport::PortalProcess m_portal;

    // Waits in the event loop for one asynchronous call's callback.
    template<class T, class Call>
    std::optional<Portal::ApiResult<T>> await(Call call)
    {
        std::optional<Portal::ApiResult<T>> outcome;
        call([&outcome](Portal::ApiResult<T> result) { outcome.emplace(std::move(result)); });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        }();
        return outcome;
    }

    static QString describe(const std::optional<Portal::ApiResult<Portal::User>> &result)
    {
        if (!result)
            return QStringLiteral("no answer");
        return result->ok() ? QStringLiteral("ok") : result->error().code + u": " + result->error().message;
    }

    // The refresh token of the session saved in the keychain for this
    // client's portal, or nothing; read synchronously.
    std::optional<QString> savedSession(Client &c)
    {
        std::optional<Util::Result<QByteArray>> blob;
        c.tokens.read(QStringLiteral("session:") + c.client.baseUrl().toString(), this,
                      [&blob](Util::Result<QByteArray> read) { blob.emplace(std::move(read)); });
        if (!QTest::qWaitFor([&] { return blob.has_value(); }, 10000) || !blob->ok())
            return std::nullopt;
        const QString token =
            QJsonDocument::fromJson(blob->value()).object().value(QStringLiteral("refresh_token")).toString();
        return token.isEmpty() ? std::nullopt : std::optional<QString>(token);
    }

    // Registers and confirms a new account; returns its address.
    QString registerAndVerify(Client &c, TestSupport::PortalProcess &portal)
    {
        const QString email = uniqueEmail("ok");
        Portal::Registration registration;
        registration.email = email;
        registration.password = GoodPassword;
        registration.displayName = QStringLiteral("Élodie Marchand");
        registration.organisation = QStringLiteral("Radio Est");
        registration.newsletter = true;
        registration.locale = QStringLiteral("fr");
        const auto sent =
            await<Portal::CodeSent>([&](auto done) { c.accounts.registerAccount(registration, this, done); });
        if (!sent || !sent->ok())
            return {};
        const QString code = portal.latestCode(email);
        const auto verified =
            await<Portal::User>([&](auto done) { c.accounts.verifyRegistration(email, code, this, done); });
        if (!verified || !verified->ok())
            return {};
        return email;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QDir(m_content.path()).mkpath(QStringLiteral("news")));
        QVERIFY(QDir(m_content.path()).mkpath(QStringLiteral("videos")));
        QVERIFY2(m_portal.start(m_content.path(), {QStringLiteral("--resend-cooldown"), QStringLiteral("0")}),
                 qPrintable(m_portal.log()));
    }

    void registerVerifyAndStaySignedIn()
    {
        QString email;
        {
            Client c(m_portal.baseUrl());
            QSignalSpy states(&c.accounts, &Auth::AccountService::stateChanged);
            email = registerAndVerify(c, m_portal);
            QVERIFY(!email.isEmpty());
            QCOMPARE(c.accounts.state(), Auth::AccountService::State::SignedIn);
            QCOMPARE(c.accounts.user()->displayName, QStringLiteral("Élodie Marchand"));
            QVERIFY(c.accounts.user()->newsletter);
            QVERIFY(c.accounts.tokensPersistent());
            QVERIFY(!states.isEmpty());
            // The keychain has the session once the write is done.
            bool saved = false;
            c.accounts.whenSaved(this, [&saved] { saved = true; });
            QTRY_VERIFY_WITH_TIMEOUT(saved, 10000);
        }
        // A new client, as after a restart, picks the session up from the keychain.
        Client again(m_portal.baseUrl());
        const auto restored = await<bool>([&](auto done) { again.accounts.restore(this, done); });
        QVERIFY(restored.has_value());
        QVERIFY(restored->ok() && restored->value());
        QCOMPARE(again.accounts.state(), Auth::AccountService::State::SignedIn);
        QCOMPARE(again.accounts.user()->email, email);
        const auto me = await<Portal::User>([&](auto done) { again.accounts.refreshProfile(this, done); });
        QVERIFY2(me && me->ok(), qPrintable(describe(me)));
        QCOMPARE(me->value().organisation, QStringLiteral("Radio Est"));

        const auto out = await<bool>([&](auto done) { again.accounts.signOut(this, done); });
        QVERIFY(out && out->ok());
        Client third(m_portal.baseUrl());
        const auto none = await<bool>([&](auto done) { third.accounts.restore(this, done); });
        QVERIFY(none && none->ok() && !none->value());
    }

    void wrongCodeThenTooManyAttempts()
    {
        Client c(m_portal.baseUrl());
        const QString email = uniqueEmail("attempts");
        Portal::Registration registration {email, GoodPassword, QStringLiteral("Attempts"),
                                           {},    false,        QStringLiteral("en")};
        const auto sent =
            await<Portal::CodeSent>([&](auto done) { c.accounts.registerAccount(registration, this, done); });
        QVERIFY(sent && sent->ok());
        const QString code = m_portal.latestCode(email);
        QCOMPARE(code.size(), 6);
        const QString wrong = code == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
        // Four wrong tries are just wrong; the fifth burns the code.
        for (int attempt = 1; attempt <= 5; ++attempt) {
            const auto result = await<Portal::User>(
                [&](auto done) { c.accounts.verifyRegistration(email, wrong, this, done); });
            QVERIFY(result && !result->ok());
            QCOMPARE(result->error().code,
                     attempt < 5 ? QStringLiteral("invalid_code") : QStringLiteral("too_many_attempts"));
            QVERIFY(!result->error().message.isEmpty());
        }
        // The code is burned: even the right one no longer works.
        const auto burned =
            await<Portal::User>([&](auto done) { c.accounts.verifyRegistration(email, code, this, done); });
        QVERIFY(burned && !burned->ok());
        QCOMPARE(burned->error().code, QStringLiteral("too_many_attempts"));
        QCOMPARE(c.accounts.state(), Auth::AccountService::State::SignedOut);
    }

    void resendInvalidatesTheOldCode()
    {
        Client c(m_portal.baseUrl());
        const QString email = uniqueEmail("resend");
        Portal::Registration registration {email, GoodPassword, QStringLiteral("Resend"),
                                           {},    false,        QStringLiteral("en")};
        QVERIFY(await<Portal::CodeSent>([&](auto done) {
                    c.accounts.registerAccount(registration, this, done);
                })->ok());
        const QString first = m_portal.latestCode(email);
        const auto resent = await<Portal::CodeSent>(
            [&](auto done) { c.accounts.resendCode(email, Portal::CodePurpose::Register, this, done); });
        QVERIFY(resent && resent->ok());
        QVERIFY(resent->value().codeExpiresAt > QDateTime::currentDateTimeUtc());
        const QString second = m_portal.latestCode(email, first);
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        const auto old =
            await<Portal::User>([&](auto done) { c.accounts.verifyRegistration(email, first, this, done); });
        QVERIFY(old && !old->ok());
        QCOMPARE(old->error().code, QStringLiteral("invalid_code"));
        const auto fresh =
            await<Portal::User>([&](auto done) { c.accounts.verifyRegistration(email, second, this, done); });
        QVERIFY2(fresh && fresh->ok(), qPrintable(describe(fresh)));
    }

    void expiredCode()
    {
        TestSupport::PortalProcess shortLived;
        QVERIFY(shortLived.start(m_content.path(), {QStringLiteral("--code-lifetime"), QStringLiteral("1")}));
        Client c(shortLived.baseUrl());
        const QString email = uniqueEmail("expired");
        Portal::Registration registration {email, GoodPassword, QStringLiteral("Late"),
                                           {},    false,        QStringLiteral("en")};
        const auto sent =
            await<Portal::CodeSent>([&](auto done) { c.accounts.registerAccount(registration, this, done); });
        QVERIFY(sent && sent->ok());
        const QString code = shortLived.latestCode(email);
        // Past the end the portal gave the code (whole seconds), and a second more.
        const QDateTime expired = sent->value().codeExpiresAt.addSecs(1);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expired, 10000);
        const auto late =
            await<Portal::User>([&](auto done) { c.accounts.verifyRegistration(email, code, this, done); });
        QVERIFY(late && !late->ok());
        QCOMPARE(late->error().code, QStringLiteral("code_expired"));
    }

    void signInRefusals()
    {
        Client c(m_portal.baseUrl());
        const QString email = uniqueEmail("unverified");
        Portal::Registration registration {email, GoodPassword, QStringLiteral("Unverified"),
                                           {},    false,        QStringLiteral("en")};
        QVERIFY(await<Portal::CodeSent>([&](auto done) {
                    c.accounts.registerAccount(registration, this, done);
                })->ok());
        const auto unverified =
            await<Portal::User>([&](auto done) { c.accounts.signIn(email, GoodPassword, this, done); });
        QVERIFY(unverified && !unverified->ok());
        QCOMPARE(unverified->error().code, QStringLiteral("not_verified"));
        QVERIFY(unverified->error().isAuthentication());

        const QString verified = registerAndVerify(c, m_portal);
        const auto wrong = await<Portal::User>(
            [&](auto done) { c.accounts.signIn(verified, QStringLiteral("Wrong-Password-99"), this, done); });
        QVERIFY(wrong && !wrong->ok());
        QCOMPARE(wrong->error().code, QStringLiteral("invalid_credentials"));
        QCOMPARE(wrong->error().httpStatus, 401);
    }

    void weakPasswordNeverReachesThePortal()
    {
        // Nothing listens on port 9: a request would end in a network error.
        Client c(QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
        Portal::Registration registration {
            uniqueEmail("weak"), QStringLiteral("weakpass"), QStringLiteral("Weak"), {}, false,
            QStringLiteral("en")};
        const auto refused =
            await<Portal::CodeSent>([&](auto done) { c.accounts.registerAccount(registration, this, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code, QStringLiteral("weak_password"));
        QCOMPARE(refused->error().fields.value(QStringLiteral("password")),
                 (QStringList {QStringLiteral("too_short"), QStringLiteral("no_upper"),
                               QStringLiteral("no_digit"), QStringLiteral("no_symbol")}));
        const auto reset = await<bool>([&](auto done) {
            c.accounts.completePasswordReset(QStringLiteral("token"), QStringLiteral("Short-1"), this, done);
        });
        QVERIFY(reset && !reset->ok());
        QCOMPARE(reset->error().code, QStringLiteral("weak_password"));
    }

    void refreshRotatesAndRetiresTheOldToken()
    {
        Client c(m_portal.baseUrl());
        QVERIFY(!registerAndVerify(c, m_portal).isEmpty());
        const QString before = c.client.refreshToken();
        QSignalSpy rotated(&c.client, &Portal::PortalClient::tokensRefreshed);
        const auto renewed =
            await<Portal::TokenPair>([&](auto done) { c.client.refreshSession(this, done); });
        QVERIFY(renewed && renewed->ok());
        QCOMPARE(rotated.size(), 1);
        QVERIFY(c.client.refreshToken() != before);

        // Whoever still holds the old refresh token is refused.
        QNetworkAccessManager network;
        Portal::PortalClient stale(network, m_portal.baseUrl());
        stale.setRefreshToken(before);
        QSignalSpy expired(&stale, &Portal::PortalClient::sessionExpired);
        const auto refused = await<Portal::TokenPair>([&](auto done) { stale.refreshSession(this, done); });
        QVERIFY(refused && !refused->ok());
        QCOMPARE(refused->error().code, QStringLiteral("session_expired"));
        QCOMPARE(expired.size(), 1);
    }

    void twoProgramsShareOneSignIn()
    {
        // The app and mmdesk-cli signed in to one account on one computer
        // share the keychain entry; each refresh rotates the token. The one
        // whose token was rotated by the other takes the newer one from the
        // keychain instead of signing both out.
        Client app(m_portal.baseUrl());
        QVERIFY(!registerAndVerify(app, m_portal).isEmpty());
        QTRY_VERIFY(savedSession(app).has_value());
        Client cli(m_portal.baseUrl());
        QVERIFY(await<bool>([&](auto done) { cli.accounts.restore(this, done); })->ok());
        QCOMPARE(cli.accounts.state(), Auth::AccountService::State::SignedIn);
        QTRY_VERIFY(savedSession(cli) && *savedSession(cli) == cli.client.refreshToken());
        QVERIFY(app.client.refreshToken() != cli.client.refreshToken()); // the app's was rotated away

        QSignalSpy appExpired(&app.accounts, &Auth::AccountService::sessionExpired);
        QSignalSpy cliExpired(&cli.accounts, &Auth::AccountService::sessionExpired);
        const auto appRenewed =
            await<Portal::TokenPair>([&](auto done) { app.client.refreshSession(this, done); });
        QVERIFY2(appRenewed && appRenewed->ok(),
                 qPrintable(appRenewed && !appRenewed->ok() ? appRenewed->error().message : QString()));
        // And the other way round.
        const auto cliRenewed =
            await<Portal::TokenPair>([&](auto done) { cli.client.refreshSession(this, done); });
        QVERIFY(cliRenewed && cliRenewed->ok());
        QCOMPARE(appExpired.size(), 0);
        QCOMPARE(cliExpired.size(), 0);
        QCOMPARE(app.accounts.state(), Auth::AccountService::State::SignedIn);
        QTRY_VERIFY(savedSession(cli) && *savedSession(cli) == cli.client.refreshToken());
        QVERIFY(await<Portal::User>([&](auto done) { app.accounts.refreshProfile(this, done); })->ok());
    }

    void refreshAnsweringAfterSignOutSavesNothing()
    {
        // A portal whose second refresh answers late; the person signs out
        // while it is on its way. Its tokens must not bring the session back.
        int refreshes = 0;
        TestSupport::LoopbackHttpServer portal(
            [&refreshes](const TestSupport::LoopbackHttpServer::Request &request) {
                TestSupport::LoopbackHttpServer::Answer answer;
                if (request.target.endsWith(QLatin1String("/auth/logout"))) {
                    answer.status = "204 No Content";
                    return answer;
                }
                ++refreshes;
                answer.contentType = "application/json";
                answer.body =
                    QJsonDocument(
                        QJsonObject {
                            {QStringLiteral("access_token"), QStringLiteral("at-%1").arg(refreshes)},
                            {QStringLiteral("access_expires_in"), 900},
                            {QStringLiteral("refresh_token"), QStringLiteral("rt-%1").arg(refreshes)},
                            {QStringLiteral("user"),
                             QJsonObject {{QStringLiteral("id"), QStringLiteral("u-late")},
                                          {QStringLiteral("email"), QStringLiteral("late@example.org")}}}})
                        .toJson();
                answer.delayMs = refreshes >= 2 ? 1500 : 0;
                return answer;
            });
        QVERIFY(portal.listen());
        Client c(portal.url(QStringLiteral("/api/v1")));
        {
            // A sign-in saved by an earlier run.
            const QByteArray blob =
                QJsonDocument(QJsonObject {{QStringLiteral("refresh_token"), QStringLiteral("rt-0")},
                                           {QStringLiteral("user"),
                                            QJsonObject {{QStringLiteral("id"), QStringLiteral("u-late")},
                                                         {QStringLiteral("email"),
                                                          QStringLiteral("late@example.org")}}}})
                    .toJson();
            std::optional<bool> written;
            c.tokens.write(QStringLiteral("session:") + c.client.baseUrl().toString(), blob, this,
                           [&written](Util::Result<Auth::TokenStore::Where> where) { written = where.ok(); });
            QTRY_VERIFY(written.has_value() && *written);
        }
        QVERIFY(await<bool>([&](auto done) { c.accounts.restore(this, done); })->ok());
        QCOMPARE(c.accounts.state(), Auth::AccountService::State::SignedIn);
        QTRY_COMPARE(savedSession(c), std::optional<QString>(QStringLiteral("rt-1")));

        std::optional<Portal::ApiResult<Portal::TokenPair>> renewed;
        c.client.refreshSession(
            this, [&renewed](Portal::ApiResult<Portal::TokenPair> r) { renewed.emplace(std::move(r)); });
        QTRY_COMPARE(portal.requests(QStringLiteral("/api/v1/auth/refresh")), 2); // on its way
        QVERIFY(await<bool>([&](auto done) { c.accounts.signOut(this, done); })->ok());
        QTRY_VERIFY_WITH_TIMEOUT(renewed.has_value(), 20000);
        bool saved = false;
        c.accounts.whenSaved(this, [&saved] { saved = true; });
        QTRY_VERIFY(saved);
        QCOMPARE(c.accounts.state(), Auth::AccountService::State::SignedOut);
        QVERIFY(c.client.refreshToken().isEmpty());
        QVERIFY(!savedSession(c).has_value());
    }

    void passwordResetEndsOtherSessions()
    {
        Client laptop(m_portal.baseUrl());
        const QString email = registerAndVerify(laptop, m_portal);
        QVERIFY(!email.isEmpty());
        const QString signupCode = m_portal.latestCode(email);

        Client phone(m_portal.baseUrl());
        QVERIFY(
            await<bool>([&](auto done) { phone.accounts.requestPasswordReset(email, this, done); })->ok());
        const QString code = m_portal.latestCode(email, signupCode);
        QVERIFY(!code.isEmpty());
        const auto token = await<Portal::ResetToken>(
            [&](auto done) { phone.accounts.verifyResetCode(email, code, this, done); });
        QVERIFY(token && token->ok());
        const QString newPassword = QStringLiteral("Brand-New-Pass-77");
        QVERIFY(await<bool>([&](auto done) {
                    phone.accounts.completePasswordReset(token->value().token, newPassword, this, done);
                })->ok());

        // The laptop's session was revoked: its next renewal fails and it signs out.
        QSignalSpy expired(&laptop.accounts, &Auth::AccountService::sessionExpired);
        const auto renewed =
            await<Portal::TokenPair>([&](auto done) { laptop.client.refreshSession(this, done); });
        QVERIFY(renewed && !renewed->ok());
        QCOMPARE(expired.size(), 1);
        QCOMPARE(laptop.accounts.state(), Auth::AccountService::State::SignedOut);

        const auto old =
            await<Portal::User>([&](auto done) { phone.accounts.signIn(email, GoodPassword, this, done); });
        QVERIFY(old && !old->ok());
        QCOMPARE(old->error().code, QStringLiteral("invalid_credentials"));
        const auto fresh =
            await<Portal::User>([&](auto done) { phone.accounts.signIn(email, newPassword, this, done); });
        QVERIFY2(fresh && fresh->ok(), qPrintable(describe(fresh)));
    }

    void cliSessionSurvivesRestartWithoutSecretsOnDisk()
    {
        QTemporaryDir data;
        const QString email = uniqueEmail("cli");
        const QByteArray password = "Night-Shift-Editor-9";
        const QUrl portal = m_portal.baseUrl();

        const CliRun registered =
            runCli(data.path(), portal,
                   {QStringLiteral("account"), QStringLiteral("register"), QStringLiteral("--email"), email,
                    QStringLiteral("--name"), QStringLiteral("Night Desk"), QStringLiteral("--newsletter"),
                    QStringLiteral("--password-stdin")},
                   password + '\n');
        QVERIFY2(registered.exitCode == 0, registered.err.constData());
        QCOMPARE(QJsonDocument::fromJson(registered.out).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("code_sent"));

        // A code on the command line would show in the process list: refused, unsent.
        const CliRun onCommandLine =
            runCli(data.path(), portal,
                   {QStringLiteral("account"), QStringLiteral("verify"), QStringLiteral("--email"), email,
                    QStringLiteral("--code"), m_portal.latestCode(email)});
        QCOMPARE(onCommandLine.exitCode, 2);
        QVERIFY2(onCommandLine.out.contains("--code-stdin"), onCommandLine.out.constData());
        // No terminal to ask on and no --code-stdin: said, not guessed.
        const CliRun noTerminal =
            runCli(data.path(), portal,
                   {QStringLiteral("account"), QStringLiteral("verify"), QStringLiteral("--email"), email});
        QCOMPARE(noTerminal.exitCode, 2);
        QVERIFY2(noTerminal.out.contains("no terminal"), noTerminal.out.constData());

        const CliRun wrong = runCli(data.path(), portal,
                                    {QStringLiteral("account"), QStringLiteral("verify"),
                                     QStringLiteral("--email"), email, QStringLiteral("--code-stdin")},
                                    "12345x\n");
        QCOMPARE(wrong.exitCode, 1);

        const CliRun verified = runCli(data.path(), portal,
                                       {QStringLiteral("account"), QStringLiteral("verify"),
                                        QStringLiteral("--email"), email, QStringLiteral("--code-stdin")},
                                       m_portal.latestCode(email).toUtf8() + '\n');
        QVERIFY2(verified.exitCode == 0, verified.err.constData());

        // A later process finds the session in the keychain.
        const CliRun me = runCli(data.path(), portal, {QStringLiteral("account"), QStringLiteral("me")});
        QVERIFY2(me.exitCode == 0, me.err.constData());
        const QJsonObject user =
            QJsonDocument::fromJson(me.out).object().value(QStringLiteral("user")).toObject();
        QCOMPARE(user.value(QStringLiteral("email")).toString(), email);
        QCOMPARE(user.value(QStringLiteral("newsletter")).toBool(), true);

        const CliRun changed = runCli(data.path(), portal,
                                      {QStringLiteral("account"), QStringLiteral("me"),
                                       QStringLiteral("--newsletter"), QStringLiteral("off")});
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(changed.out)
                     .object()
                     .value(QStringLiteral("user"))
                     .toObject()
                     .value(QStringLiteral("newsletter")),
                 QJsonValue(false));

        // A reset with the code and the new password on standard input, in that order.
        const CliRun requested =
            runCli(data.path(), portal,
                   {QStringLiteral("account"), QStringLiteral("reset"), QStringLiteral("--email"), email});
        QVERIFY2(requested.exitCode == 0, requested.err.constData());
        const QByteArray newPassword = "Morning-Desk-Editor-8";
        const CliRun reset =
            runCli(data.path(), portal,
                   {QStringLiteral("account"), QStringLiteral("reset"), QStringLiteral("--email"), email,
                    QStringLiteral("--code-stdin"), QStringLiteral("--password-stdin")},
                   m_portal.latestCode(email).toUtf8() + '\n' + newPassword + '\n');
        QVERIFY2(reset.exitCode == 0, QByteArray(reset.out + reset.err).constData());
        const CliRun oldRefused =
            runCli(data.path(), portal,
                   {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--email"), email,
                    QStringLiteral("--password-stdin")},
                   password + '\n');
        QCOMPARE(oldRefused.exitCode, 3);

        const CliRun login = runCli(data.path(), portal,
                                    {QStringLiteral("account"), QStringLiteral("login"),
                                     QStringLiteral("--email"), email, QStringLiteral("--password-stdin")},
                                    newPassword + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());

        // The tokens are in the keychain, and nowhere under the data folder
        // (settings, logs, caches); neither is the password.
        Auth::TokenStore store(QStringLiteral("mmdesk"));
        std::optional<Util::Result<QByteArray>> saved;
        store.read(QStringLiteral("session:") + portal.toString(), this,
                   [&saved](Util::Result<QByteArray> r) { saved.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
        QVERIFY(saved->ok());
        const QJsonObject session = QJsonDocument::fromJson(saved->value()).object();
        const QByteArray refreshToken = session.value(QStringLiteral("refresh_token")).toString().toUtf8();
        const QByteArray accessToken = session.value(QStringLiteral("access_token")).toString().toUtf8();
        QVERIFY(refreshToken.size() >= 16);
        QVERIFY(accessToken.size() >= 16);
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("logs/mmdesk-cli.log"))));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("mmdesk.conf"))));
        for (const QByteArray &secret : {refreshToken, accessToken, password, newPassword})
            QVERIFY2(filesContaining(data.path(), secret).isEmpty(),
                     qPrintable(filesContaining(data.path(), secret).join(u' ')));

        const CliRun logout =
            runCli(data.path(), portal, {QStringLiteral("account"), QStringLiteral("logout")});
        QCOMPARE(logout.exitCode, 0);
        const CliRun after = runCli(data.path(), portal, {QStringLiteral("account"), QStringLiteral("me")});
        QCOMPARE(after.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(after.out)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code")),
                 QJsonValue(QStringLiteral("not_signed_in")));
    }

    void concurrentCallsShareOneRefresh_data()
    {
        QTest::addColumn<bool>("clientKnowsItExpired");
        QTest::newRow("expiry known in advance") << true;
        QTest::newRow("portal refuses the token") << false;
    }

    void concurrentCallsShareOneRefresh()
    {
        QFETCH(bool, clientKnowsItExpired);
        TestSupport::PortalProcess portal;
        QVERIFY(portal.start(m_content.path(), {QStringLiteral("--access-lifetime"), QStringLiteral("3")}));
        Client c(portal.baseUrl());
        QVERIFY(!registerAndVerify(c, portal).isEmpty());
        // Tokens live 3 s: long enough that the renewed one outlasts five calls on a
        // loaded machine, short enough to wait out here.
        // Until the access token has expired at the portal (whole seconds).
        const QDateTime expired = c.client.accessExpiresAt().addSecs(1);
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > expired, 10000);
        if (!clientKnowsItExpired) {
            // The client believes its token is good for an hour: the portal's
            // 401 token_expired is what triggers the refresh.
            Portal::TokenPair believed;
            believed.accessToken = QStringLiteral("no-longer-accepted");
            believed.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
            believed.refreshToken = c.client.refreshToken();
            believed.user = *c.accounts.user();
            c.client.setTokens(believed);
        }
        const int refreshesBefore = c.client.refreshCount();

        Portal::AccountApi api(c.client);
        std::vector<std::optional<Portal::ApiResult<Portal::User>>> results(5);
        for (auto &slot : results)
            api.me(this, [&slot](Portal::ApiResult<Portal::User> r) { slot.emplace(std::move(r)); });
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(results.begin(), results.end(), [](const auto &r) { return r.has_value(); }), 20000);
        for (const auto &r : results)
            QVERIFY2(r->ok(), qPrintable(r->ok() ? QString() : r->error().code));
        QCOMPARE(c.client.refreshCount() - refreshesBefore, 1);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
