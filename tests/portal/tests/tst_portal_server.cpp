// The reference portal as a program and an HTTP server: what its command
// line refuses, the modes of its state files whatever the umask, and request
// framing (a POST without a body), and accounts made from the command line.

#include "tests/portal/tests/accountflow.h"
#include "tests/portal/tests/httpclient.h"
#include "tests/portal/tests/smallcontent.h"
#include "tests/support/portalprocess.h"
#include "tests/support/testpaths.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace PortalTest;
using TestSupport::PortalProcess;

namespace {

// mmdesk-portal run directly (PortalProcess always adds --dev, --port and
// its own state folder): the listening URL, or the exit code and stderr.
struct ServerRun
{
    QProcess process;
    QUrl url;

    bool start(const QStringList &args)
    {
        process.start(TestSupport::program(QStringLiteral("mmdesk-portal")),
                      QStringList {QStringLiteral("serve")} + args);
        if (!process.waitForStarted())
            return false;
        static const QRegularExpression listening(QStringLiteral(R"(listening on (\S+))"));
        QByteArray out;
        const QDeadlineTimer deadline(30'000);
        while (!out.contains('\n') && process.state() == QProcess::Running && !deadline.hasExpired()) {
            process.waitForReadyRead(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
            out += process.readAllStandardOutput();
        }
        const auto match = listening.match(QString::fromUtf8(out));
        url = match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
        return url.isValid();
    }

    // True once the process has ended (it may have already).
    bool ended() { return process.state() == QProcess::NotRunning || process.waitForFinished(15'000); }

    // SIGTERM and the exit code (-1 when it did not end).
    int stop()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(15'000))
                return -1;
        }
        return process.exitCode();
    }
};

// The permission bits as ls shows them; -1 when the file is missing.
int modeOf(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

bool setMode(const QString &path, mode_t mode)
{
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

QByteArray describe(const QString &path)
{
    return (path + QStringLiteral(": ") + QString::number(modeOf(path), 8)).toUtf8();
}

} // namespace

class TestPortalServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void devListensOnLoopbackOnly_data();
    void devListensOnLoopbackOnly();
    void devOptionsNeedDev();
    void stateIsPrivate_data();
    void stateIsPrivate();
    void postWithoutBody_data();
    void postWithoutBody();
    void addAccountGivesADemoAccount();

private:
    QTemporaryDir m_content;
    PortalProcess m_portal;
    HttpClient m_http;
};

void TestPortalServer::initTestCase()
{
    QVERIFY(m_content.isValid());
    QVERIFY(SmallContent::write(m_content.path()));
    QVERIFY(m_portal.start(m_content.path(), FastHashing));
}

void TestPortalServer::cleanupTestCase()
{
    QVERIFY(m_portal.stop());
}

void TestPortalServer::devListensOnLoopbackOnly_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("dev");
    QTest::addColumn<bool>("starts");
    QTest::newRow("--dev on 0.0.0.0") << QStringLiteral("0.0.0.0") << true << false;
    QTest::newRow("--dev on ::") << QStringLiteral("::") << true << false;
    QTest::newRow("--dev on a LAN address") << QStringLiteral("192.0.2.10") << true << false;
    QTest::newRow("--dev on a host name") << QStringLiteral("portal.example.org") << true << false;
    QTest::newRow("--dev on 127.0.0.2") << QStringLiteral("127.0.0.2") << true << true;
    QTest::newRow("0.0.0.0 without --dev") << QStringLiteral("0.0.0.0") << false << true;
}

void TestPortalServer::devListensOnLoopbackOnly()
{
    QFETCH(QString, address);
    QFETCH(bool, dev);
    QFETCH(bool, starts);
    QTemporaryDir state;
    QStringList args {
        QStringLiteral("--content"), m_content.path(),    QStringLiteral("--state"),  state.path(),
        QStringLiteral("--port"),    QStringLiteral("0"), QStringLiteral("--listen"), address};
    if (dev)
        args.append(QStringLiteral("--dev"));
    ServerRun run;
    QCOMPARE(run.start(args), starts);
    if (starts) {
        QCOMPARE(run.stop(), 0);
        return;
    }
    QVERIFY(run.ended());
    // A wrong command line (2), said in words, before anything listened.
    QCOMPARE(run.process.exitCode(), 2);
    const QByteArray err = run.process.readAllStandardError();
    QVERIFY2(err.contains("--dev serves every mailed code at /dev/outbox"), err.constData());
    QVERIFY2(err.contains(QByteArray(QByteArray("refusing --listen ") + address.toUtf8())), err.constData());
}

void TestPortalServer::devOptionsNeedDev()
{
    QTemporaryDir state;
    ServerRun run;
    QVERIFY(!run.start({QStringLiteral("--content"), m_content.path(), QStringLiteral("--state"),
                        state.path(), QStringLiteral("--port"), QStringLiteral("0"),
                        QStringLiteral("--dev-pbkdf2-iterations"), QStringLiteral("1000")}));
    QVERIFY(run.ended());
    QCOMPARE(run.process.exitCode(), 2);
    QVERIFY(run.process.readAllStandardError().contains("--dev-pbkdf2-iterations needs --dev"));
}

void TestPortalServer::stateIsPrivate_data()
{
    QTest::addColumn<bool>("looseBefore");
    QTest::newRow("created under umask 000") << false;
    QTest::newRow("left loose by someone else") << true;
}

void TestPortalServer::stateIsPrivate()
{
    QFETCH(bool, looseBefore);
    QTemporaryDir parent;
    const QString stateDir = QDir(parent.path()).filePath(QStringLiteral("state"));
    const QString outboxDir = QDir(stateDir).filePath(QStringLiteral("outbox"));
    const auto registerUrl = [](const ServerRun &server) {
        return QUrl(server.url.toString() + QStringLiteral("/auth/register"));
    };
    const QStringList args {
        QStringLiteral("--content"), m_content.path(),    QStringLiteral("--state"), stateDir,
        QStringLiteral("--port"),    QStringLiteral("0"), QStringLiteral("--dev")};
    const QStringList files {QStringLiteral("portal.sqlite"), QStringLiteral("portal.sqlite-wal"),
                             QStringLiteral("portal.sqlite-shm"), QStringLiteral("server.key")};
    if (looseBefore) {
        ServerRun first;
        QVERIFY(first.start(args));
        QCOMPARE(m_http.post(registerUrl(first), registerBody(uniqueEmail(QStringLiteral("loose")))).status,
                 201);
        QCOMPARE(first.stop(), 0);
        for (const QString &dir : {stateDir, outboxDir})
            QVERIFY(setMode(dir, 0777));
        for (const QString &name : QDir(stateDir).entryList(QDir::Files))
            QVERIFY(setMode(QDir(stateDir).filePath(name), 0666));
    }

    // The server and everything it creates inherit the test's umask.
    const mode_t previous = ::umask(0);
    ServerRun run;
    const bool started = run.start(args);
    ::umask(previous);
    QVERIFY(started);
    const QString email = uniqueEmail(QStringLiteral("private"));
    QCOMPARE(m_http.post(registerUrl(run), registerBody(email)).status, 201);

    for (const QString &dir : {stateDir, outboxDir})
        QVERIFY2(modeOf(dir) == 0700, describe(dir).constData());
    QStringList paths;
    for (const QString &name : files)
        paths.append(QDir(stateDir).filePath(name));
    const QDir outbox(outboxDir);
    const QStringList mails = outbox.entryList({QStringLiteral("*.eml")});
    QCOMPARE(mails.size(), looseBefore ? 2 : 1);
    for (const QString &name : mails)
        paths.append(outbox.filePath(name));
    for (const QString &path : paths)
        QVERIFY2(modeOf(path) == 0600, describe(path).constData());
    QCOMPARE(run.stop(), 0);
}

void TestPortalServer::postWithoutBody_data()
{
    // What `curl -X POST URL` sends: no body, no Content-Length (RFC 9112
    // 6.3: the body is empty).
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("link without a token")
        << QStringLiteral("videos/v1/renditions/hd/link") << 401 << QStringLiteral("invalid_token");
    QTest::newRow("logout") << QStringLiteral("auth/logout") << 204 << QString();
    QTest::newRow("refresh") << QStringLiteral("auth/refresh") << 401
                             << QStringLiteral("invalid_refresh_token");
    QTest::newRow("register") << QStringLiteral("auth/register") << 422 << QStringLiteral("invalid_email");
    QTest::newRow("verify") << QStringLiteral("auth/verify") << 422 << QStringLiteral("validation_failed");
}

void TestPortalServer::postWithoutBody()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    HttpClient client;
    client.timeoutMs = 10'000; // the library used to wait 30 s for a body
    const HttpReply reply = client.request("POST", m_portal.url(path), nullptr, {});
    QCOMPARE(reply.curlCode, 0);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
}

void TestPortalServer::addAccountGivesADemoAccount()
{
    QTemporaryDir parent;
    const QString stateDir = QDir(parent.path()).filePath(QStringLiteral("state"));
    const auto addAccount = [&stateDir](const QByteArray &password, QByteArray *out = nullptr) {
        QProcess process;
        process.start(TestSupport::program(QStringLiteral("mmdesk-portal")),
                      {QStringLiteral("add-account"), QStringLiteral("--state"), stateDir,
                       QStringLiteral("--email"), QStringLiteral("Demo@Example.org"),
                       QStringLiteral("--name"), QStringLiteral("Demo Producer"),
                       QStringLiteral("--organisation"), QStringLiteral("Newsroom")});
        process.write(password + '\n');
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    const auto login = [this](const ServerRun &server, const QString &password) {
        return m_http
            .post(QUrl(server.url.toString() + QStringLiteral("/auth/login")),
                  {{QStringLiteral("email"), QStringLiteral("demo@example.org")},
                   {QStringLiteral("password"), password}})
            .status;
    };
    // The portal's password policy holds here too.
    QByteArray said;
    QCOMPARE(addAccount("short", &said), 2);
    QVERIFY2(said.contains("policy"), said.constData());
    QCOMPARE(addAccount("Demo-Desk-2026!", &said), 0);
    QVERIFY2(said.contains("demo@example.org: account created and verified"), said.constData());
    QVERIFY2(modeOf(stateDir) == 0700, describe(stateDir).constData());

    const QStringList args {QStringLiteral("--content"), m_content.path(),
                            QStringLiteral("--state"),   stateDir,
                            QStringLiteral("--port"),    QStringLiteral("0")};
    {
        ServerRun run;
        QVERIFY(run.start(args));
        // Verified already: the account signs in at once, no code needed.
        QCOMPARE(login(run, QStringLiteral("Demo-Desk-2026!")), 200);
        QCOMPARE(run.stop(), 0);
    }
    // Run again (a demo started twice), the password printed is the one that works.
    QCOMPARE(addAccount("Other-Desk-2026?", &said), 0);
    QVERIFY2(said.contains("password set"), said.constData());
    ServerRun run;
    QVERIFY(run.start(args));
    QCOMPARE(login(run, QStringLiteral("Demo-Desk-2026!")), 401);
    QCOMPARE(login(run, QStringLiteral("Other-Desk-2026?")), 200);
    QCOMPARE(run.stop(), 0);
}

QTEST_GUILESS_MAIN(TestPortalServer)
#include "tst_portal_server.moc"
