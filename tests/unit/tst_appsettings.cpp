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
