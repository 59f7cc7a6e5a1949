#include "core/settings/paths.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class TestPaths final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("MMDESK_DATA_DIR");
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
            qunsetenv(name);
    }

    void xdgDefaultsBelowHome()
    {
        const auto paths = Settings::Paths::resolve();
        QVERIFY(!paths.isProfileFolder());
        QCOMPARE(paths.dataDir(), m_home.path() + QStringLiteral("/.local/share/mmdesk"));
        QCOMPARE(paths.configDir(), m_home.path() + QStringLiteral("/.config/mmdesk"));
        QCOMPARE(paths.cacheDir(), m_home.path() + QStringLiteral("/.cache/mmdesk"));
        QCOMPARE(paths.logDir(), m_home.path() + QStringLiteral("/.local/state/mmdesk/logs"));
        QCOMPARE(paths.settingsFile(), m_home.path() + QStringLiteral("/.config/mmdesk/mmdesk.conf"));
    }

    void xdgVariablesWin()
    {
        qputenv("XDG_DATA_HOME", "/srv/data");
        qputenv("XDG_CACHE_HOME", "relative/ignored");
        const auto paths = Settings::Paths::resolve();
        QCOMPARE(paths.dataDir(), QStringLiteral("/srv/data/mmdesk"));
        // The XDG specification says relative values are invalid.
        QCOMPARE(paths.cacheDir(), m_home.path() + QStringLiteral("/.cache/mmdesk"));
    }

    void environmentProfileFolder()
    {
        qputenv("MMDESK_DATA_DIR", "/tmp/profile-from-env/");
        const auto paths = Settings::Paths::resolve();
        QVERIFY(paths.isProfileFolder());
        QCOMPARE(paths.dataDir(), QStringLiteral("/tmp/profile-from-env"));
        QCOMPARE(paths.settingsFile(), QStringLiteral("/tmp/profile-from-env/mmdesk.conf"));
        QCOMPARE(paths.logFile(QStringLiteral("mmdesk")),
                 QStringLiteral("/tmp/profile-from-env/logs/mmdesk.log"));
    }

    void commandLineBeatsEnvironment()
    {
        qputenv("MMDESK_DATA_DIR", "/tmp/profile-from-env");
        const auto paths = Settings::Paths::resolve(QStringLiteral("/tmp/from-command-line"));
        QCOMPARE(paths.dataDir(), QStringLiteral("/tmp/from-command-line"));
    }

    void createsFoldersOwnerOnly()
    {
        const auto paths = Settings::Paths::resolve(m_home.filePath(QStringLiteral("profile")));
        QCOMPARE(paths.ensureCreated(), QString());
        for (const QString &dir : {paths.dataDir(), paths.cacheDir(), paths.logDir()}) {
            const QFileInfo info(dir);
            QVERIFY2(info.isDir(), qPrintable(dir));
            QVERIFY(!(info.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
        }
    }

    void reportsAFileInTheWay()
    {
        const QString blocked = m_home.filePath(QStringLiteral("blocked"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const auto paths = Settings::Paths::resolve(blocked);
        const QString problem = paths.ensureCreated();
        QVERIFY(problem.contains(QStringLiteral("not a folder")));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
