// Settings → Configure Multimedia Desk…: every setting with its control,
// saved together or not at all, applied at once where it can be, and the
// portal address tried against the reference portal and against a server
// that is no portal.

#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/support/loopbackhttpserver.h"
#include "tests/support/portalprocess.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/translations.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    QNetworkAccessManager m_network;

    template<class T>
    static T *control(Ui::SettingsDialog &dialog, const char *name)
    {
        QWidget *widget = dialog.control(QLatin1String(name));
        if (auto *typed = qobject_cast<T *>(widget))
            return typed;
        return widget ? widget->findChild<T *>() : nullptr;
    }

    static void ok(Ui::SettingsDialog &dialog)
    {
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
    }

private slots:
    void initTestCase() { Ui::Translations::install(*qApp, QStringLiteral("en")); }
    // A test that saves another language switches the application to it.
    void cleanup() { Ui::Translations::install(*qApp, QStringLiteral("en")); }

    void savesEverySettingTogether()
    {
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.path());
        Settings::AppSettings settings(paths.settingsFile());
        Ui::SettingsDialog dialog(settings, m_network);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Automatic by default, said in words.
        QCOMPARE(control<QSpinBox>(dialog, "downloads.connections")->value(), 0);
        QCOMPARE(control<QSpinBox>(dialog, "downloads.connections")->text(), QStringLiteral("Automatic"));
        QCOMPARE(control<QComboBox>(dialog, "ui.language")->currentData().toString(),
                 QStringLiteral("system"));

        control<QSpinBox>(dialog, "downloads.connections")->setValue(8);
        control<QCheckBox>(dialog, "library.sidecars")->setChecked(true);
        auto *language = control<QComboBox>(dialog, "ui.language");
        language->setCurrentIndex(language->findData(QStringLiteral("fr")));
        QLineEdit *folder = control<QLineEdit>(dialog, "downloads.folder");
        folder->setText(m_profile.filePath(QStringLiteral("Deliveries")));
        // One refused value: nothing is saved, and it is said.
        QLineEdit *portal = control<QLineEdit>(dialog, "portal.url");
        portal->setText(QStringLiteral("http://portal.example.org/api/v1"));
        QSignalSpy changed(&dialog, &Ui::SettingsDialog::settingsChanged);
        ok(dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemLabel()->isVisible());
        QVERIFY2(
            dialog.problemLabel()->text().startsWith(QStringLiteral("Nothing was saved. Portal address:")),
            qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(Settings::AppSettings(paths.settingsFile()).connectionsPerFile(),
                 Settings::AppSettings::AutomaticConnections);
        QVERIFY(changed.isEmpty());

        portal->setText(QStringLiteral("https://portal.example.org/api/v1"));
        ok(dialog);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toStringList(),
                 (QStringList {QStringLiteral("portal.url"), QStringLiteral("ui.language"),
                               QStringLiteral("downloads.folder"), QStringLiteral("downloads.connections"),
                               QStringLiteral("library.sidecars")}));
        // On disk, as the application and mmdesk-cli read it.
        const Settings::AppSettings reread(paths.settingsFile());
        QCOMPARE(reread.connectionsPerFile(), 8);
        QVERIFY(reread.writeSidecars());
        QCOMPARE(reread.uiLanguage(), QStringLiteral("fr"));
        // At once, not from the next start.
        QCOMPARE(Ui::Translations::current(), QStringLiteral("fr"));
        QCOMPARE(reread.downloadFolder(), m_profile.filePath(QStringLiteral("Deliveries")));
        QCOMPARE(reread.portalUrl(), QUrl(QStringLiteral("https://portal.example.org/api/v1")));
    }

    void theMainWindowAppliesWhatItCan()
    {
        QTemporaryDir profile;
        const Settings::Paths paths = Settings::Paths::resolve(profile.path());
        Settings::AppSettings settings(paths.settingsFile());
        Ui::MainWindow window(settings, paths, QUrl(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy options(&window, &Ui::MainWindow::downloadOptionsChanged);
        QSignalSpy applied(&window, &Ui::MainWindow::settingsApplied);
        auto *configure = window.findChild<QAction *>(QStringLiteral("configureAction"));
        QVERIFY(configure);
        QCOMPARE(configure->text(), QStringLiteral("&Configure Multimedia Desk…"));
        configure->trigger();
        Ui::SettingsDialog *dialog = window.findChild<Ui::SettingsDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        control<QCheckBox>(*dialog, "library.hash-history")->setChecked(true);
        control<QSpinBox>(*dialog, "downloads.concurrent")->setValue(5);
        control<QLineEdit>(*dialog, "downloads.bandwidth")->setText(QStringLiteral("20M 07:00-19:00"));
        ok(*dialog);
        QTRY_COMPARE(options.size(), 1);
        QCOMPARE(options.first().at(1).toBool(), true);
        // What the window does not own is told to whoever owns it (main()
        // hands the schedule to the download manager, and downloads at once).
        QTRY_COMPARE(applied.size(), 1);
        const QStringList names = applied.first().first().toStringList();
        for (const char *name : {"library.hash-history", "downloads.concurrent", "downloads.bandwidth"})
            QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(u", ")));
        QCOMPARE(settings.concurrentDownloads(), 5);
        // The menu's switch follows.
        QVERIFY(window.findChild<QAction *>(QStringLiteral("hashHistoryAction"))->isChecked());
    }

    void testConnectionTellsAPortalFromAnythingElse()
    {
        QTemporaryDir content;
        QVERIFY(QDir(content.path()).mkpath(QStringLiteral("news")));
        TestSupport::PortalProcess portal;
        QVERIFY(portal.start(content.path()));
        TestSupport::LoopbackHttpServer web([](const TestSupport::LoopbackHttpServer::Request &) {
            TestSupport::LoopbackHttpServer::Answer answer;
            answer.contentType = "text/html";
            answer.body = "<html><body>Welcome to our web site</body></html>";
            return answer;
        });
        QVERIFY(web.listen());

        QTemporaryDir profile;
        Settings::AppSettings settings(Settings::Paths::resolve(profile.path()).settingsFile());
        Ui::SettingsDialog dialog(settings, m_network);
        dialog.show();
        QLineEdit *address = control<QLineEdit>(dialog, "portal.url");

        address->setText(portal.baseUrl().toString());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.testButton()->isEnabled());
        QVERIFY2(dialog.connectionLabel()->text().endsWith(QStringLiteral("answers like a portal.")),
                 qPrintable(dialog.connectionLabel()->text()));

        address->setText(web.url(QStringLiteral("/api/v1")).toString());
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog.testButton()->isEnabled());
        QVERIFY2(dialog.connectionLabel()->text().contains(QStringLiteral("does not answer like a portal")),
                 qPrintable(dialog.connectionLabel()->text()));

        address->setText(QStringLiteral("not an address"));
        QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
        QVERIFY(!dialog.connectionLabel()->text().isEmpty());
        QVERIFY(portal.stop());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
