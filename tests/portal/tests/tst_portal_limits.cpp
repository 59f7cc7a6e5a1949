// The limits of /auth/* against the reference portal over loopback: requests
// per client address and per account, password hashing kept off the other
// checks' path and capped in concurrency, and the hash's default strength.

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "tests/portal/tests/accountflow.h"
#include "tests/portal/tests/httpclient.h"
#include "tests/portal/tests/smallcontent.h"
#include "tests/support/portalprocess.h"

#include <QDir>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <vector>

using namespace PortalTest;
using TestSupport::PortalProcess;

class TestPortalLimits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void requestsPerClient();
    void requestsPerAccount();
    void checksComeBeforeHashing();
    void hashingConcurrency_data();
    void hashingConcurrency();
    void defaultIterations();
    void loginUpgradesWeakerHashes();

private:
    // The stored password hash of an address, split at '$'.
    static QStringList storedHash(const PortalProcess &portal, const QString &email);

    QTemporaryDir m_content;
    HttpClient m_http;
};

void TestPortalLimits::initTestCase()
{
    QVERIFY(m_content.isValid());
    QVERIFY(SmallContent::write(m_content.path()));
}

QStringList TestPortalLimits::storedHash(const PortalProcess &portal, const QString &email)
{
    auto db = Storage::Database::open(QDir(portal.stateDir()).filePath(QStringLiteral("portal.sqlite")));
    if (!db)
        return {};
    auto select = db.value()->prepare(QStringLiteral("SELECT password_hash FROM users WHERE email = ?"));
    if (!select || !select.value().bind(1, email).step().valueOr(false))
        return {};
    return select.value().columnText(0).split(u'$');
}

void TestPortalLimits::requestsPerClient()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(),
                         QStringList {QStringLiteral("--auth-rate-per-client"), QStringLiteral("5")}
                             + FastHashing));
    const auto refresh = [&](const HttpClient &client) {
        return client.post(portal.url(QStringLiteral("auth/refresh")),
                           {{QStringLiteral("refresh_token"), QStringLiteral("unknown")}});
    };
    for (int call = 1; call <= 5; ++call)
        QCOMPARE(refresh(m_http).status, 401);
    const HttpReply limited = refresh(m_http);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    // 5 a minute: the next token comes within 12 s.
    const int retryAfter = limited.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 12, limited.header("retry-after").constData());
    // Every /auth/ call counts, whatever the account.
    QCOMPARE(m_http
                 .post(portal.url(QStringLiteral("auth/login")),
                       {{QStringLiteral("email"), uniqueEmail(QStringLiteral("any"))},
                        {QStringLiteral("password"), GoodPassword}})
                 .status,
             429);
    // The rest of the API is not limited, nor is another client address.
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news"))).status, 200);
    HttpClient elsewhere;
    elsewhere.localAddress = "127.0.0.2";
    QCOMPARE(refresh(elsewhere).status, 401);
    // Once Retry-After has passed, a call gets through again.
    QVERIFY(advanceClock(portal, m_http, retryAfter));
    QCOMPARE(refresh(m_http).status, 401);
}

void TestPortalLimits::requestsPerAccount()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(),
                         QStringList {QStringLiteral("--auth-rate-per-account"), QStringLiteral("3")}
                             + FastHashing));
    const QString target = uniqueEmail(QStringLiteral("target"));
    const auto login = [&](const HttpClient &client, const QString &email) {
        return client.post(portal.url(QStringLiteral("auth/login")),
                           {{QStringLiteral("email"), email},
                            {QStringLiteral("password"), QStringLiteral("Guess-Horse-1")}});
    };
    for (int guess = 1; guess <= 3; ++guess)
        QCOMPARE(login(m_http, target).errorCode(), QStringLiteral("invalid_credentials"));
    HttpReply limited = login(m_http, target);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    QVERIFY(limited.header("retry-after").toInt() >= 1);
    // Per account: another client address meets the same limit (addresses
    // are compared normalised)...
    HttpClient elsewhere;
    elsewhere.localAddress = "127.0.0.2";
    limited = login(elsewhere, target.toUpper());
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
    // ... while another account is not affected.
    QCOMPARE(login(m_http, uniqueEmail(QStringLiteral("other"))).errorCode(),
             QStringLiteral("invalid_credentials"));
}

void TestPortalLimits::checksComeBeforeHashing()
{
    PortalProcess portal;
    QVERIFY(
        portal.start(m_content.path(),
                     QStringList {QStringLiteral("--resend-cooldown"), QStringLiteral("0")} + FastHashing));
    const QString verified = uniqueEmail(QStringLiteral("verified"));
    QVERIFY(!signUp(portal, m_http, verified).isEmpty());
    const QString pending = uniqueEmail(QStringLiteral("pending"));
    QCOMPARE(m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(pending)).status, 201);

    // From now on every request that needs a password hash finds no slot.
    QVERIFY(portal.setFaults({{QStringLiteral("hashing_busy"), true}}));
    const auto registration = [&](const QString &email, const QString &password = GoodPassword) {
        return m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(email, password));
    };
    HttpReply busy = registration(uniqueEmail(QStringLiteral("new")));
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.errorCode(), QStringLiteral("server_busy"));
    QCOMPARE(busy.header("retry-after"), QByteArray("1"));
    busy = m_http.post(portal.url(QStringLiteral("auth/login")),
                       {{QStringLiteral("email"), verified}, {QStringLiteral("password"), GoodPassword}});
    QCOMPARE(busy.status, 503);
    QCOMPARE(busy.header("retry-after"), QByteArray("1"));

    // Everything decided without a hash is answered as usual.
    QCOMPARE(registration(verified).errorCode(), QStringLiteral("email_taken"));
    QCOMPARE(registration(pending).status, 201);
    QCOMPARE(registration(uniqueEmail(QStringLiteral("weak")), QStringLiteral("weak")).errorCode(),
             QStringLiteral("weak_password"));
    QCOMPARE(registration(QStringLiteral("not-an-address")).errorCode(), QStringLiteral("invalid_email"));
    QCOMPARE(m_http
                 .post(portal.url(QStringLiteral("auth/password-reset/complete")),
                       {{QStringLiteral("reset_token"), QStringLiteral("bogus")},
                        {QStringLiteral("password"), GoodPassword}})
                 .errorCode(),
             QStringLiteral("invalid_reset_token"));

    QVERIFY(portal.setFaults({}));
    QCOMPARE(registration(uniqueEmail(QStringLiteral("new"))).status, 201);
}

void TestPortalLimits::hashingConcurrency_data()
{
    QTest::addColumn<QString>("queue");
    QTest::addColumn<bool>("someRefused");
    QTest::newRow("no queue") << QStringLiteral("0") << true;
    QTest::newRow("queue of 4") << QStringLiteral("4") << false;
}

void TestPortalLimits::hashingConcurrency()
{
    QFETCH(QString, queue);
    QFETCH(bool, someRefused);
    // One slot, and hashes slow enough (about 0.5 s) that three registrations
    // sent together meet while the first is hashing. Those in the queue wait
    // as long as it takes: in the sanitizer build with tests in parallel, the
    // third one once waited out the default 5 s and got 503.
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(),
                         {QStringLiteral("--hash-concurrency"), QStringLiteral("1"),
                          QStringLiteral("--hash-queue"), queue, QStringLiteral("--hash-wait-ms"),
                          QStringLiteral("120000"), QStringLiteral("--dev-pbkdf2-iterations"),
                          QStringLiteral("2000000")}));
    constexpr int Requests = 3;
    std::vector<HttpReply> replies(Requests);
    std::vector<std::thread> threads;
    for (int i = 0; i < Requests; ++i) {
        const QUrl url = portal.url(QStringLiteral("auth/register"));
        const QJsonObject body = registerBody(uniqueEmail(QStringLiteral("together")));
        threads.emplace_back(
            [url, body, reply = &replies[static_cast<size_t>(i)]] { *reply = HttpClient().post(url, body); });
    }
    for (std::thread &thread : threads)
        thread.join();

    int created = 0;
    int refused = 0;
    for (const HttpReply &reply : replies) {
        if (reply.status == 201) {
            ++created;
        } else {
            QCOMPARE(reply.status, 503);
            QCOMPARE(reply.errorCode(), QStringLiteral("server_busy"));
            QVERIFY(reply.header("retry-after").toInt() >= 1);
            ++refused;
        }
    }
    QVERIFY(created >= 1);
    if (someRefused)
        QVERIFY2(refused >= 1, "three hashes at once with one slot and no queue");
    else
        QCOMPARE(created, Requests); // they waited their turn
}

void TestPortalLimits::defaultIterations()
{
    // No FastHashing: the server's own default.
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path()));
    const QString email = uniqueEmail(QStringLiteral("strong"));
    QCOMPARE(m_http.post(portal.url(QStringLiteral("auth/register")), registerBody(email)).status, 201);
    const QStringList parts = storedHash(portal, email);
    QCOMPARE(parts.size(), 4);
    QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
    QCOMPARE(parts.at(1), QStringLiteral("600000"));
    QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
}

void TestPortalLimits::loginUpgradesWeakerHashes()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(), FastHashing));
    const QString email = uniqueEmail(QStringLiteral("upgrade"));
    QVERIFY(!signUp(portal, m_http, email).isEmpty());
    QCOMPARE(storedHash(portal, email).value(1), FastHashing.last());
    // The same state with the default strength: the next login rehashes.
    QVERIFY(portal.restart(QStringList()));
    QCOMPARE(m_http
                 .post(portal.url(QStringLiteral("auth/login")),
                       {{QStringLiteral("email"), email}, {QStringLiteral("password"), GoodPassword}})
                 .status,
             200);
    QCOMPARE(storedHash(portal, email).value(1), QStringLiteral("600000"));
    QCOMPARE(m_http
                 .post(portal.url(QStringLiteral("auth/login")),
                       {{QStringLiteral("email"), email}, {QStringLiteral("password"), GoodPassword}})
                 .status,
             200);
}

QTEST_GUILESS_MAIN(TestPortalLimits)
#include "tst_portal_limits.moc"
