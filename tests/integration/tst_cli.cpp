// mmdesk-cli as a script would use it: exit codes, --help, --version,
// global options, --json, and that it needs no GUI libraries.

#include "tests/support/clirun.h"
#include "tests/support/testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

using TestSupport::CliRun;

CliRun runCli(const QStringList &arguments,
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              const QByteArray &input = {})
{
    return TestSupport::runCli(arguments, input, environment, 30000);
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void version()
    {
        const CliRun run = runCli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray("mmdesk-cli " MMDESK_VERSION));
    }

    void helpListsOptionsAndExitCodes()
    {
        const CliRun run = runCli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *expected : {"--portal URL", "--data-dir DIR", "--json", "Exit codes:",
                                     "3  not permitted", "4  network", "5  integrity", "6  disk"})
            QVERIFY2(run.out.contains(expected), expected);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList {} << QByteArray("Usage:");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << QByteArray("unknown command");
        QTest::newRow("unknown option")
            << QStringList {QStringLiteral("--frobnicate"), QStringLiteral("info")}
            << QByteArray("frobnicate");
        QTest::newRow("bad portal") << QStringList {QStringLiteral("--portal"), QStringLiteral("ftp://x"),
                                                    QStringLiteral("info")}
                                    << QByteArray("https://");
        QTest::newRow("info with argument")
            << QStringList {QStringLiteral("info"), QStringLiteral("extra")} << QByteArray("no arguments");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        QTemporaryDir data;
        const CliRun run = runCli(QStringList {QStringLiteral("--data-dir"), data.path()} + arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void infoAsJson()
    {
        QTemporaryDir data;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("MMDESK_PORTAL"), QStringLiteral("http://127.0.0.1:9/api/v1/"));
        const CliRun run = runCli(
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--json"), QStringLiteral("info")},
            environment);
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject info = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(info.value(QStringLiteral("version")).toString(), QStringLiteral(MMDESK_VERSION));
        QCOMPARE(info.value(QStringLiteral("portal")).toString(),
                 QStringLiteral("http://127.0.0.1:9/api/v1"));
        QCOMPARE(info.value(QStringLiteral("data_dir")).toString(), data.path());
        QCOMPARE(info.value(QStringLiteral("settings_file")).toString(),
                 data.filePath(QStringLiteral("mmdesk.conf")));
        // The test runs with a private unlocked keyring.
        QVERIFY(
            info.value(QStringLiteral("keychain")).toObject().value(QStringLiteral("available")).toBool());
        // The process that holds tokens and passwords dumps no core.
        QCOMPARE(info.value(QStringLiteral("core_dumps")), QJsonValue(false));
        // The data folder was set up, with a log and a versioned settings file.
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("logs/mmdesk-cli.log"))));
        QVERIFY(QFile::exists(data.filePath(QStringLiteral("mmdesk.conf"))));
    }

    void infoSaysWhenNoKeychainAnswers()
    {
        QTemporaryDir data;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        environment.remove(QStringLiteral("DISPLAY"));
        const CliRun run =
            runCli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("info")}, environment);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("Keychain:      No keychain service answered"), run.out.constData());
    }

    void accountNeedsAPortal()
    {
        QTemporaryDir data;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("MMDESK_PORTAL"));
        const CliRun run = runCli(
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("account"), QStringLiteral("me")},
            environment);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("No portal is set"), run.err.constData());
    }

    // Nothing listens on port 9 of the loopback: had a request been sent, the
    // answer would be a network failure (exit 4), not a usage error.
    void weakPasswordIsRefusedBeforeAnyRequest()
    {
        QTemporaryDir data;
        const CliRun run = runCli(
            {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--portal"),
             QStringLiteral("http://127.0.0.1:9/api/v1"), QStringLiteral("--json"), QStringLiteral("account"),
             QStringLiteral("register"), QStringLiteral("--email"), QStringLiteral("ana@example.org"),
             QStringLiteral("--name"), QStringLiteral("Ana"), QStringLiteral("--password-stdin")},
            QProcessEnvironment::systemEnvironment(), "short pass\n");
        QCOMPARE(run.exitCode, 2);
        const QJsonObject error =
            QJsonDocument::fromJson(run.out).object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("weak_password"));
        const QJsonArray rules =
            error.value(QStringLiteral("fields")).toObject().value(QStringLiteral("password")).toArray();
        QVERIFY(rules.contains(QStringLiteral("too_short")));
        QVERIFY(rules.contains(QStringLiteral("has_whitespace")));
        QVERIFY(rules.contains(QStringLiteral("no_upper")));
        QVERIFY(rules.contains(QStringLiteral("no_digit")));
        QVERIFY(rules.contains(QStringLiteral("no_symbol")));
        QVERIFY(!rules.contains(QStringLiteral("no_lower")));
    }

    void passwordIsNeverAnArgument()
    {
        QTemporaryDir data;
        const QStringList common {QStringLiteral("--data-dir"), data.path(),
                                  QStringLiteral("--portal"),   QStringLiteral("http://127.0.0.1:9/api/v1"),
                                  QStringLiteral("account"),    QStringLiteral("login"),
                                  QStringLiteral("--email"),    QStringLiteral("ana@example.org")};
        const CliRun asArgument =
            runCli(common + QStringList {QStringLiteral("--password"), QStringLiteral("Secret-123456")});
        QCOMPARE(asArgument.exitCode, 2);
        QVERIFY2(asArgument.err.contains("password"), asArgument.err.constData());
        // No terminal to prompt on and no --password-stdin: refuse, do not hang.
        const CliRun noTerminal = runCli(common);
        QCOMPARE(noTerminal.exitCode, 2);
        QVERIFY2(noTerminal.err.contains("--password-stdin"), noTerminal.err.constData());
    }

    void networkFailureIsExitCodeFour()
    {
        QTemporaryDir data;
        const CliRun run = runCli({QStringLiteral("--data-dir"), data.path(), QStringLiteral("--portal"),
                                   QStringLiteral("http://127.0.0.1:9/api/v1"), QStringLiteral("account"),
                                   QStringLiteral("login"), QStringLiteral("--email"),
                                   QStringLiteral("ana@example.org"), QStringLiteral("--password-stdin")},
                                  QProcessEnvironment::systemEnvironment(), "Correct-Horse-42\n");
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains("could not be reached"), run.err.constData());
    }

    void needsNoWidgets()
    {
        // Qt GUI is linked for PDF export alone, drawn offscreen
        // (tst_clinews writes one with no display at all); widgets never.
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {TestSupport::program(QStringLiteral("mmdesk-cli"))});
        QVERIFY(ldd.waitForFinished(30000));
        const QByteArray libraries = ldd.readAllStandardOutput();
        QVERIFY(libraries.contains("libQt6Core"));
        QVERIFY2(!libraries.contains("libQt6Widgets"), libraries.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
