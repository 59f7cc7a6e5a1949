// Resetting a forgotten password in the Account area, against a real
// reference portal and keyring: a wrong password, "Forgot password?", the
// code, the new password with its live checklist, and back to where the
// reset began.

#include "tests/gui/accounttestkit.h"
#include "ui/account/codeinput.h"
#include "ui/translations.h"

#include <QApplication>
#include <QPushButton>
#include <QTest>

using namespace TestSupport;

namespace {

const QString NewPassword = QStringLiteral("Battery#Staple-77");

} // namespace

class TestAccountReset final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Ui::Translations::install(*qApp, QStringLiteral("en")); }

    void resetForgottenPassword()
    {
        TestSupport::AccountKit kit;
        // A reset mails a code at once, so no cooldown after the registration's.
        QVERIFY(kit.start({QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
        const QString email = uniqueEmail("emil");
        createVerified(kit, QStringLiteral("Emil Berg"), email);

        Ui::AccountPage area(*kit.account);
        area.resize(900, 760);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(current(area), QStringLiteral("signedInPage"));
        click(page(area, "signedInPage"), "signOutButton");
        QTRY_COMPARE(current(area), QStringLiteral("signInPage"));

        QWidget *signIn = page(area, "signInPage");
        type(signIn, "emailEdit", email);
        type(signIn, "passwordField", QStringLiteral("Not-the-password-1"));
        click(signIn, "signInButton");
        QTRY_COMPARE(message(area), QStringLiteral("The e-mail or password is wrong."));
        QCOMPARE(child<QLineEdit>(signIn, QStringLiteral("emailEdit"))->text(), email);

        // Escape goes back from the reset.
        click(signIn, "forgotPasswordLink");
        QCOMPARE(current(area), QStringLiteral("forgotPasswordPage"));
        QWidget *forgot = page(area, "forgotPasswordPage");
        QCOMPARE(child<QLineEdit>(forgot, QStringLiteral("emailEdit"))->text(), email);
        QTest::keyClick(child<QLineEdit>(forgot, QStringLiteral("emailEdit")), Qt::Key_Escape);
        QCOMPARE(current(area), QStringLiteral("signInPage"));

        click(signIn, "forgotPasswordLink");
        QTest::keyClick(child<QLineEdit>(forgot, QStringLiteral("emailEdit")), Qt::Key_Return);
        QTRY_COMPARE(current(area), QStringLiteral("codePage"));
        QWidget *codePage = page(area, "codePage");
        QVERIFY(labelText(codePage, QStringLiteral("sentTo")).contains(email));
        // The client's reset call does not pass on an expiry: the contract's rule is shown.
        QCOMPARE(labelText(codePage, QStringLiteral("timeLeft")),
                 QStringLiteral("A code stays valid for 30 minutes after it is sent."));
        const QString code = kit.portal.latestCode(email);
        QTest::keyClicks(child<Ui::CodeInput>(codePage, QStringLiteral("codeInput")), code);
        QTRY_COMPARE(current(area), QStringLiteral("newPasswordPage"));

        QWidget *choose = page(area, "newPasswordPage");
        auto *save = child<QPushButton>(choose, QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        type(choose, "passwordField", QStringLiteral("short"));
        QVERIFY(!ruleMet(choose, "too_short"));
        QVERIFY(!ruleMet(choose, "no_upper"));
        child<Ui::PasswordField>(choose, QStringLiteral("passwordField"))->lineEdit()->clear();
        type(choose, "passwordField", NewPassword);
        for (const char *rule :
             {"too_short", "has_whitespace", "no_upper", "no_lower", "no_digit", "no_symbol"})
            QVERIFY2(ruleMet(choose, rule), rule);
        type(choose, "confirmField", NewPassword.left(5));
        QVERIFY(child<QLabel>(choose, QStringLiteral("confirmNote"))->isVisible());
        type(choose, "confirmField", NewPassword.mid(5));
        QVERIFY(save->isEnabled());
        QTest::keyClick(child<Ui::PasswordField>(choose, QStringLiteral("confirmField"))->lineEdit(),
                        Qt::Key_Return);
        QTRY_COMPARE(current(area), QStringLiteral("resetDonePage"));

        // Back to where the reset began: signing in, with the address kept.
        click(page(area, "resetDonePage"), "continueButton");
        QCOMPARE(current(area), QStringLiteral("signInPage"));
        QCOMPARE(message(area), QStringLiteral("Your password has been changed. Sign in with the new one."));
        QCOMPARE(child<QLineEdit>(signIn, QStringLiteral("emailEdit"))->text(), email);
        type(signIn, "passwordField", NewPassword);
        QTest::keyClick(child<Ui::PasswordField>(signIn, QStringLiteral("passwordField"))->lineEdit(),
                        Qt::Key_Return);
        QTRY_COMPARE(current(area), QStringLiteral("signedInPage"));
        QCOMPARE(labelText(page(area, "signedInPage"), QStringLiteral("nameValue")),
                 QStringLiteral("Emil Berg"));
    }
};

QTEST_MAIN(TestAccountReset)
#include "tst_accountreset.moc"
