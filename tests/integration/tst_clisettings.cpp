// mmdesk-cli settings: every setting the desktop app reads, changed from a
// script in the same file and checked the same way; a value out of range
// changes nothing and says what would be right.

#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/support/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;

    TestSupport::CliRun cli(const QStringList &arguments)
    {
        return TestSupport::runCli(QStringList {QStringLiteral("--data-dir"), m_data.path()} + arguments);
    }

    TestSupport::CliRun set(const QString &key, const QString &value)
    {
        return cli({QStringLiteral("settings"), QStringLiteral("set"), key, value});
    }

    QString get(const QString &key)
    {
        const TestSupport::CliRun run = cli({QStringLiteral("settings"), QStringLiteral("get"), key});
        return run.exitCode == 0 ? QString::fromUtf8(run.out).trimmed()
                                 : QStringLiteral("<exit %1>").arg(run.exitCode);
    }

    // The file as the desktop application reads it.
    Settings::AppSettings app() const
    {
        return Settings::AppSettings(Settings::Paths::resolve(m_data.path()).settingsFile());
    }

private slots:
    void listsEverySettingWithItsDefault()
    {
        const TestSupport::CliRun run =
            cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QStringList keys;
        for (const QJsonValue item :
             QJsonDocument::fromJson(run.out).object().value(QStringLiteral("items")).toArray()) {
            const QJsonObject option = item.toObject();
            keys << option.value(QStringLiteral("key")).toString();
            QVERIFY(!option.value(QStringLiteral("accepts")).toString().isEmpty());
            QVERIFY(!option.value(QStringLiteral("description")).toString().isEmpty());
        }
        QCOMPARE(
            keys,
            (QStringList {QStringLiteral("portal.url"), QStringLiteral("portal.max-response-mib"),
                          QStringLiteral("ui.language"), QStringLiteral("downloads.folder"),
                          QStringLiteral("downloads.deliver-to"), QStringLiteral("downloads.bandwidth"),
                          QStringLiteral("downloads.house-format"), QStringLiteral("downloads.connections"),
                          QStringLiteral("downloads.concurrent"), QStringLiteral("library.sidecars"),
                          QStringLiteral("library.hash-history"), QStringLiteral("network.proxy"),
                          QStringLiteral("network.offline"), QStringLiteral("ui.close-to-tray"),
                          QStringLiteral("news.refresh-minutes")}));
        QCOMPARE(get(QStringLiteral("downloads.connections")), QStringLiteral("auto"));
        QCOMPARE(get(QStringLiteral("ui.language")), QStringLiteral("system"));
        QCOMPARE(get(QStringLiteral("news.refresh-minutes")), QStringLiteral("15"));
        QCOMPARE(get(QStringLiteral("network.offline")), QStringLiteral("off"));
    }

    void numbersWithinTheirRange()
    {
        QCOMPARE(set(QStringLiteral("downloads.connections"), QStringLiteral("8")).exitCode, 0);
        QCOMPARE(app().connectionsPerFile(), 8);
        QCOMPARE(get(QStringLiteral("downloads.connections")), QStringLiteral("8"));
        const TestSupport::CliRun refused =
            set(QStringLiteral("downloads.connections"), QStringLiteral("17"));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("auto, or a whole number from 1 to 16"), refused.err.constData());
        QCOMPARE(app().connectionsPerFile(), 8);
        QCOMPARE(set(QStringLiteral("downloads.connections"), QStringLiteral("Auto")).exitCode, 0);
        QCOMPARE(app().connectionsPerFile(), Settings::AppSettings::AutomaticConnections);
        QCOMPARE(get(QStringLiteral("downloads.connections")), QStringLiteral("auto"));
        QCOMPARE(set(QStringLiteral("downloads.connections"), QStringLiteral("1")).exitCode, 0);
        QCOMPARE(set(QStringLiteral("news.refresh-minutes"), QStringLiteral("0")).exitCode, 0);
        QCOMPARE(app().newsRefreshMinutes(), 0);
        QCOMPARE(set(QStringLiteral("portal.max-response-mib"), QStringLiteral("many")).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("reset"),
                      QStringLiteral("downloads.connections")})
                     .exitCode,
                 0);
        QCOMPARE(app().connectionsPerFile(), Settings::AppSettings::AutomaticConnections);
    }

    void switchesAndLanguage()
    {
        QCOMPARE(set(QStringLiteral("library.sidecars"), QStringLiteral("on")).exitCode, 0);
        QVERIFY(app().writeSidecars());
        QCOMPARE(set(QStringLiteral("library.sidecars"), QStringLiteral("maybe")).exitCode, 2);
        QVERIFY(app().writeSidecars());
        QCOMPARE(set(QStringLiteral("ui.language"), QStringLiteral("fr")).exitCode, 0);
        QCOMPARE(app().uiLanguage(), QStringLiteral("fr"));
        QCOMPARE(set(QStringLiteral("ui.language"), QStringLiteral("de")).exitCode, 2);
        QCOMPARE(set(QStringLiteral("ui.language"), QStringLiteral("system")).exitCode, 0);
        QCOMPARE(app().uiLanguage(), QString());
    }

    void portalAndFolderAreChecked()
    {
        // A portal on another computer needs https, as on the command line.
        const TestSupport::CliRun insecure =
            set(QStringLiteral("portal.url"), QStringLiteral("http://portal.example.org/api/v1"));
        QCOMPARE(insecure.exitCode, 2);
        QVERIFY(app().portalUrl().isEmpty());
        QCOMPARE(
            set(QStringLiteral("portal.url"), QStringLiteral("https://portal.example.org/api/v1/")).exitCode,
            0);
        QCOMPARE(app().portalUrl(), QUrl(QStringLiteral("https://portal.example.org/api/v1")));
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("reset"), QStringLiteral("portal.url")}).exitCode,
            0);
        QVERIFY(app().portalUrl().isEmpty());

        QCOMPARE(set(QStringLiteral("downloads.folder"), QStringLiteral("relative/folder")).exitCode, 2);
        QCOMPARE(
            set(QStringLiteral("downloads.folder"), m_data.filePath(QStringLiteral("Deliveries"))).exitCode,
            0);
        QCOMPARE(app().downloadFolder(), m_data.filePath(QStringLiteral("Deliveries")));
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("reset"), QStringLiteral("downloads.folder")})
                .exitCode,
            0);
        QCOMPARE(app().downloadFolder(), Settings::AppSettings::defaultDownloadFolder());
    }

    void unknownKeysAndActions()
    {
        const TestSupport::CliRun unknown =
            cli({QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("downloads.speed")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("downloads.connections"), unknown.err.constData());
        QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("delete"), QStringLiteral("ui.language")})
                     .exitCode,
                 2);
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ui.language")}).exitCode,
            2);
        const TestSupport::CliRun json =
            cli({QStringLiteral("--json"), QStringLiteral("settings"), QStringLiteral("set"),
                 QStringLiteral("downloads.connections"), QStringLiteral("0")});
        QCOMPARE(json.exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code")),
                 QStringLiteral("invalid_value"));
    }
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "tst_clisettings.moc"
