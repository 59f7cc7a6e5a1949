// The signed-in side of the Account area against a real reference portal and
// keyring: the name in the main window, the newsletter switch (saved, or put
// back with a message when the portal cannot be reached), signing out, and a
// sign-in that the portal stops accepting.

#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/accounttestkit.h"
#include "ui/account/accountform.h"
#include "ui/account/accountpage.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace TestSupport;

class TestAccountSession final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<Settings::Paths> m_paths;
    std::unique_ptr<Settings::AppSettings> m_settings;

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        m_paths = std::make_unique<Settings::Paths>(Settings::Paths::resolve(m_profile.path()));
        QCOMPARE(m_paths->ensureCreated(), QString());
        m_settings = std::make_unique<Settings::AppSettings>(m_paths->settingsFile());
        QVERIFY(m_settings->migrate().ok());
    }

    void windowShowsWhoIsSignedIn()
    {
        TestSupport::AccountKit kit;
        QVERIFY(kit.start());
        Ui::MainWindow window(*m_settings, *m_paths, kit.portal.baseUrl(), kit.account.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showSection(Ui::Section::Account);
        auto *area = qobject_cast<Ui::AccountPage *>(window.page(Ui::Section::Account));
        QVERIFY(area);
        QCOMPARE(area->currentWidget()->objectName(), QStringLiteral("signInPage"));
        QCOMPARE(labelText(&window, QStringLiteral("accountLabel")), QStringLiteral("Not signed in"));

        const QString email = uniqueEmail("farah");
        createVerified(kit, QStringLiteral("Farah Haddad"), email, QStringLiteral("Desk Agency"));
        QTRY_COMPARE(area->currentWidget()->objectName(), QStringLiteral("signedInPage"));
        QCOMPARE(labelText(&window, QStringLiteral("accountLabel")),
                 QStringLiteral("Signed in as Farah Haddad"));
        const QListWidgetItem *item = window.findChild<QListWidget *>(QStringLiteral("navigation"))
                                          ->item(static_cast<int>(Ui::Section::Account));
        QVERIFY(item->toolTip().contains(QStringLiteral("Farah Haddad")));
        QWidget *signedIn = area->currentWidget();
        QCOMPARE(labelText(signedIn, QStringLiteral("organisationValue")), QStringLiteral("Desk Agency"));

        QTest::mouseClick(child<QPushButton>(signedIn, QStringLiteral("signOutButton")), Qt::LeftButton);
        QTRY_COMPARE(area->currentWidget()->objectName(), QStringLiteral("signInPage"));
        QCOMPARE(labelText(&window, QStringLiteral("accountLabel")), QStringLiteral("Not signed in"));
    }

    void newsletterSavedOrPutBack()
    {
        TestSupport::AccountKit kit;
        QVERIFY(kit.start());
        createVerified(kit, QStringLiteral("Goran Ilic"), uniqueEmail("goran"));
        Ui::AccountPage area(*kit.account);
        area.resize(900, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QWidget *signedIn = area.currentWidget();
        QCOMPARE(signedIn->objectName(), QStringLiteral("signedInPage"));
        auto *newsletter = child<QCheckBox>(signedIn, QStringLiteral("newsletterCheck"));
        QVERIFY(!newsletter->isChecked());

        // By keyboard: the focus starts on the switch.
        QVERIFY(newsletter->hasFocus());
        QTest::keyClick(newsletter, Qt::Key_Space);
        QTRY_COMPARE(area.currentForm()->message(), QStringLiteral("You will receive the newsletter."));
        QVERIFY(newsletter->isChecked());
        QVERIFY(kit.account->user()->newsletter);

        // The portal is gone: the switch goes back and says why.
        kit.portal.stop();
        QTest::keyClick(newsletter, Qt::Key_Space);
        QTRY_VERIFY(
            area.currentForm()->message().startsWith(QStringLiteral("The newsletter choice was not saved")));
        QVERIFY(newsletter->isChecked());
        QVERIFY(newsletter->isEnabled());
    }

    void endedSessionReturnsToSignIn()
    {
        TestSupport::AccountKit kit;
        QVERIFY(kit.start({QStringLiteral("--access-lifetime"), QStringLiteral("1"),
                           QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
        const QString email = uniqueEmail("hana");
        createVerified(kit, QStringLiteral("Hana Sato"), email);
        Ui::AccountPage area(*kit.account);
        area.resize(900, 700);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(area.currentWidget()->objectName(), QStringLiteral("signedInPage"));

        // Elsewhere, the password is reset: the portal revokes every sign-in.
        Portal::PortalClient otherClient(kit.network, kit.portal.baseUrl());
        Auth::TokenStore otherTokens(QStringLiteral("mmdesk-gui-test-other"));
        Auth::AccountService other(otherClient, otherTokens);
        bool requested = false;
        other.requestPasswordReset(email, qApp, [&requested](auto result) { requested = result.ok(); });
        QTRY_VERIFY(requested);
        QString token;
        other.verifyResetCode(email, kit.portal.latestCode(email), qApp, [&token](auto result) {
            if (result.ok())
                token = result.value().token;
        });
        QTRY_VERIFY(!token.isEmpty());
        bool completed = false;
        other.completePasswordReset(token, QStringLiteral("Another-Pass-99"), qApp,
                                    [&completed](auto result) { completed = result.ok(); });
        QTRY_VERIFY(completed);
        QTest::qWait(1500); // the access token runs out

        QTest::keyClick(child<QCheckBox>(area.currentWidget(), QStringLiteral("newsletterCheck")),
                        Qt::Key_Space);
        QTRY_COMPARE(area.currentWidget()->objectName(), QStringLiteral("signInPage"));
        QVERIFY2(area.currentForm()->message().startsWith(QStringLiteral("Your sign-in has ended")),
                 qPrintable(area.currentForm()->message()));
    }
};

QTEST_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
