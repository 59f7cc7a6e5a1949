// Without a keychain the sign-in still works but lasts only as long as the
// application: the signed-in page says so plainly. The test points D-Bus at
// nowhere, so that no Secret Service can answer.

#include "tests/gui/accounttestkit.h"
#include "ui/account/accountform.h"
#include "ui/account/accountpage.h"
#include "ui/translations.h"

#include <QApplication>
#include <QDir>
#include <QTest>

using TestSupport::child;

class TestAccountNoKeychain final : public QObject
{
    Q_OBJECT

private slots:
    void warnsThatTheSignInIsNotKept_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("warningStart");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("No keychain is available");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Aucun trousseau n’est disponible");
    }

    void warnsThatTheSignInIsNotKept()
    {
        QFETCH(QString, language);
        QFETCH(QString, warningStart);
        QCOMPARE(Ui::Translations::install(*qApp, language), language);
        TestSupport::AccountKit kit;
        QVERIFY(kit.start());
        Ui::AccountPage area(*kit.account);
        area.resize(900, 600);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));

        const QString email = QStringLiteral("ines.%1@desk.example.org").arg(language);
        Portal::Registration registration;
        registration.displayName = QStringLiteral("Inès Duarte");
        registration.email = email;
        registration.password = QStringLiteral("Correct-Horse-42");
        bool sent = false;
        kit.account->registerAccount(registration, qApp, [&sent](auto result) { sent = result.ok(); });
        QTRY_VERIFY(sent);
        bool verified = false;
        kit.account->verifyRegistration(email, kit.portal.latestCode(email), qApp,
                                        [&verified](auto result) { verified = result.ok(); });
        QTRY_VERIFY(verified);

        QCOMPARE(area.currentWidget()->objectName(), QStringLiteral("signedInPage"));
        QTRY_VERIFY_WITH_TIMEOUT(!kit.account->tokensPersistent(), 30000);
        auto *warning = child<QLabel>(area.currentWidget(), QStringLiteral("keychainWarning"));
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().startsWith(warningStart), qPrintable(warning->text()));
        QCOMPARE(TestSupport::labelText(area.currentWidget(), QStringLiteral("nameValue")),
                 QStringLiteral("Inès Duarte"));

        if (const QString folder = qEnvironmentVariable("MMDESK_SCREENSHOT_DIR"); !folder.isEmpty()) {
            QVERIFY(QDir().mkpath(folder));
            const QString file =
                QDir(folder).filePath(QStringLiteral("account-signedin-nokeychain-%1.png").arg(language));
            QVERIFY(area.grab().save(file));
        }
    }

    void cleanupTestCase() { Ui::Translations::install(*qApp, QStringLiteral("en")); }
};

int main(int argc, char *argv[])
{
    // Before anything opens the session bus: a bus that does not exist.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mmdesk-no-bus");
    QApplication app(argc, argv);
    TestAccountNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accountnokeychain.moc"
