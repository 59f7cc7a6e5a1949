#include "core/settings/appsettings.h"
#include "core/settings/settingskeys.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void valuesSurviveAReopen()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mmdesk.conf"));
        {
            Settings::AppSettings settings(file);
            QVERIFY(settings.migrate().ok());
            settings.setPortalUrl(QUrl(QStringLiteral("https://portal.example.org/api/v1")));
            settings.setUiLanguage(QStringLiteral("fr"));
            settings.setCurrentSection(QStringLiteral("library"));
            settings.setMainWindowGeometry(QByteArray("\x01\x02\x00\xff", 4));
            QVERIFY(settings.sync().ok());
        }
        Settings::AppSettings reopened(file);
        QCOMPARE(reopened.portalUrl(), QUrl(QStringLiteral("https://portal.example.org/api/v1")));
        QCOMPARE(reopened.uiLanguage(), QStringLiteral("fr"));
        QCOMPARE(reopened.currentSection(), QStringLiteral("library"));
        QCOMPARE(reopened.mainWindowGeometry(), QByteArray("\x01\x02\x00\xff", 4));
    }

    void newFileIsStampedWithTheCurrentVersion()
    {
        QTemporaryDir dir;
        Settings::AppSettings settings(dir.filePath(QStringLiteral("mmdesk.conf")));
        QCOMPARE(settings.version(), 0);
        QVERIFY(settings.migrate().ok());
        QCOMPARE(settings.version(), Settings::Keys::CurrentVersion);
    }

    void connectionCountsOfFormat1_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("expected");
        const int automatic = Settings::AppSettings::AutomaticConnections;
        // Format 1 started a download with the count and let it grow: its
        // default, or none, is automatic; another count was chosen, and kept.
        QTest::newRow("none") << QVariant() << automatic;
        QTest::newRow("the default, 4") << QVariant(4) << automatic;
        QTest::newRow("one") << QVariant(1) << 1;
        QTest::newRow("eight") << QVariant(8) << 8;
        QTest::newRow("sixteen") << QVariant(16) << 16;
        QTest::newRow("over the range") << QVariant(40) << 16;
        QTest::newRow("damaged") << QVariant(QStringLiteral("many")) << automatic;
    }

    void connectionCountsOfFormat1()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mmdesk.conf"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(Settings::Keys::Version, 1);
            if (stored.isValid())
                raw.setValue(Settings::Keys::LegacyDownloadConnections, stored);
            raw.setValue(Settings::Keys::DownloadConcurrent, 5);
        }
        {
            Settings::AppSettings settings(file);
            QVERIFY(settings.migrate().ok());
            QCOMPARE(settings.version(), 2);
            QCOMPARE(settings.connectionsPerFile(), expected);
            QCOMPARE(settings.concurrentDownloads(), 5);
        }
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY(!raw.contains(Settings::Keys::LegacyDownloadConnections));
        QCOMPARE(raw.value(Settings::Keys::Version).toInt(), 2);
        // Migrated once: a second run changes nothing.
        Settings::AppSettings again(file);
        QVERIFY(again.migrate().ok());
        QCOMPARE(again.connectionsPerFile(), expected);
    }

    void refusesAFileFromANewerVersion()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("mmdesk.conf"));
        {
            QSettings raw(file, QSettings::IniFormat);
            raw.setValue(Settings::Keys::Version, Settings::Keys::CurrentVersion + 1);
            raw.setValue(Settings::Keys::PortalUrl, QStringLiteral("https://kept.example.org/api/v1"));
        }
        Settings::AppSettings settings(file);
        const auto migrated = settings.migrate();
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.error().code, QStringLiteral("settings_too_new"));
        // Nothing of the newer file was touched.
        QSettings raw(file, QSettings::IniFormat);
        QCOMPARE(raw.value(Settings::Keys::Version).toInt(), Settings::Keys::CurrentVersion + 1);
        QCOMPARE(raw.value(Settings::Keys::PortalUrl).toString(),
                 QStringLiteral("https://kept.example.org/api/v1"));
    }

    void reportsAnUnwritableFile()
    {
        // A settings file "inside" a regular file cannot be written, even by root.
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("plain-file"));
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        Settings::AppSettings settings(notAFolder + QStringLiteral("/mmdesk.conf"));
        settings.setUiLanguage(QStringLiteral("fr"));
        const auto synced = settings.sync();
        QVERIFY(!synced.ok());
        QCOMPARE(synced.error().code, QStringLiteral("settings_not_writable"));
        QVERIFY(synced.error().message.contains(QStringLiteral("mmdesk.conf")));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
