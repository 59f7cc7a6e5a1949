// The Account area as a person meets it, against a real reference portal
// and a real keyring: creating an account with the live password checklist,
// entering the mailed code (wrong, expired, burned, pasted with a space),
// the countdowns, and the address that already has an account.

#include "tests/gui/accounttestkit.h"
#include "ui/account/accountform.h"
#include "ui/account/accountpage.h"
#include "ui/account/codeinput.h"
#include "ui/account/passwordfield.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

using namespace TestSupport;

namespace {

const QString Password = AccountPassword;

} // namespace

class TestAccountFlows final : public QObject
{
    Q_OBJECT

private:
    // Fills the form to create an account, through the keyboard.
    static void fillRegistration(Ui::AccountPage &area, const QString &name, const QString &email)
    {
        QWidget *form = page(area, "registerPage");
        type(form, "nameEdit", name);
        type(form, "emailEdit", email);
        type(form, "passwordField", Password);
        type(form, "confirmField", Password);
    }

private slots:
    void initTestCase() { Ui::Translations::install(*qApp, QStringLiteral("en")); }

    void createAccountWithChecklistAndCode()
    {
        TestSupport::AccountKit kit;
        QVERIFY(kit.start());
        Ui::AccountPage area(*kit.account);
        area.resize(900, 760);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QCOMPARE(current(area), QStringLiteral("signInPage"));

        click(page(area, "signInPage"), "createAccountLink");
        QCOMPARE(current(area), QStringLiteral("registerPage"));
        QWidget *form = page(area, "registerPage");
        auto *create = child<QPushButton>(form, QStringLiteral("createButton"));
        QVERIFY(!create->isEnabled());
        QVERIFY(!child<QCheckBox>(form, QStringLiteral("newsletterCheck"))->isChecked());
        QCOMPARE(child<QComboBox>(form, QStringLiteral("languageCombo"))->currentData().toString(),
                 QStringLiteral("en"));

        const QString email = uniqueEmail("ana");
        type(form, "nameEdit", QStringLiteral("Ana Ribeiro"));
        type(form, "emailEdit", email);
        type(form, "organisationEdit", QStringLiteral("Lusa"));

        // The checklist follows each key.
        QVERIFY(!ruleMet(form, "too_short"));
        QVERIFY(ruleMet(form, "has_whitespace")); // nothing typed has no space
        type(form, "passwordField", QStringLiteral("abc"));
        QVERIFY(ruleMet(form, "no_lower"));
        QVERIFY(!ruleMet(form, "no_upper"));
        QVERIFY(!ruleMet(form, "no_digit"));
        QCOMPARE(labelText(form, QStringLiteral("rule_no_upper")), QStringLiteral("✗ An upper-case letter"));
        QCOMPARE(child<QLabel>(form, QStringLiteral("rule_no_upper"))->accessibleName(),
                 QStringLiteral("Not met: An upper-case letter"));
        type(form, "passwordField", QStringLiteral("DEF "));
        QVERIFY(ruleMet(form, "no_upper"));
        QVERIFY(!ruleMet(form, "has_whitespace"));
        QTest::keyClick(child<Ui::PasswordField>(form, QStringLiteral("passwordField"))->lineEdit(),
                        Qt::Key_Backspace);
        QVERIFY(ruleMet(form, "has_whitespace"));
        type(form, "passwordField", QStringLiteral("123456"));
        QVERIFY(ruleMet(form, "no_digit"));
        QVERIFY(ruleMet(form, "too_short"));
        QVERIFY(!ruleMet(form, "no_symbol"));
        QVERIFY(!create->isEnabled());
        type(form, "passwordField", QStringLiteral("!"));
        for (const char *rule :
             {"too_short", "has_whitespace", "no_upper", "no_lower", "no_digit", "no_symbol"})
            QVERIFY2(ruleMet(form, rule), rule);
        QCOMPARE(child<QLabel>(form, QStringLiteral("rule_no_symbol"))->accessibleName(),
                 QStringLiteral("Met: A symbol, such as ! ? # or %"));

        // The confirmation says when it differs, live.
        type(form, "confirmField", QStringLiteral("abcDEF123456"));
        QVERIFY(child<QLabel>(form, QStringLiteral("confirmNote"))->isVisible());
        QCOMPARE(labelText(form, QStringLiteral("confirmNote")),
                 QStringLiteral("The two passwords are not the same."));
        QVERIFY(!create->isEnabled());
        type(form, "confirmField", QStringLiteral("!"));
        QVERIFY(!child<QLabel>(form, QStringLiteral("confirmNote"))->isVisible());
        QVERIFY(create->isEnabled());

        // Show/hide the password.
        auto *field = child<Ui::PasswordField>(form, QStringLiteral("passwordField"));
        QCOMPARE(field->lineEdit()->echoMode(), QLineEdit::Password);
        QTest::mouseClick(field->toggleButton(), Qt::LeftButton);
        QCOMPARE(field->lineEdit()->echoMode(), QLineEdit::Normal);
        QCOMPARE(field->toggleButton()->text(), QStringLiteral("Hide"));

        // Return submits.
        QTest::keyClick(child<Ui::PasswordField>(form, QStringLiteral("confirmField"))->lineEdit(),
                        Qt::Key_Return);
        QTRY_COMPARE(current(area), QStringLiteral("codePage"));
        QWidget *codePage = page(area, "codePage");
        QVERIFY(labelText(codePage, QStringLiteral("sentTo")).contains(email));
        const QRegularExpression timeLeft(QStringLiteral(R"(^Time left: (29:5\d|30:00)$)"));
        QVERIFY2(timeLeft.match(labelText(codePage, QStringLiteral("timeLeft"))).hasMatch(),
                 qPrintable(labelText(codePage, QStringLiteral("timeLeft"))));
        auto *resend = child<QPushButton>(codePage, QStringLiteral("resendButton"));
        QVERIFY(!resend->isEnabled());
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^Send New Code \((01:00|00:5\d)\)$)"))
                     .match(resend->text())
                     .hasMatch(),
                 qPrintable(resend->text()));

        // A wrong code: said so, and what was typed stays.
        const QString code = kit.portal.latestCode(email);
        QCOMPARE(code.size(), 6);
        const QString wrong =
            code.at(0) == u'9' ? QStringLiteral("1") + code.mid(1) : QStringLiteral("9") + code.mid(1);
        auto *input = child<Ui::CodeInput>(codePage, QStringLiteral("codeInput"));
        QVERIFY(input->hasFocus());
        QTest::keyClicks(input, wrong); // the sixth digit submits
        QTRY_COMPARE(message(area),
                     QStringLiteral("That code is wrong. Check the latest e-mail and type it again."));
        QCOMPARE(input->text(), wrong);
        QCOMPARE(current(area), QStringLiteral("codePage"));

        // The right one, pasted as the e-mail shows it: "123 456".
        QApplication::clipboard()->setText(code.left(3) + u' ' + code.mid(3));
        input->selectAll();
        QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
        // The portal's welcome, then the newsletter for whoever did not ask
        // for it on the form: subscribed at once, on the portal.
        QTRY_COMPARE(current(area), QStringLiteral("welcomePage"));
        QWidget *welcome = page(area, "welcomePage");
        QCOMPARE(labelText(welcome, QStringLiteral("intro")),
                 QStringLiteral("You have successfully created your account — from now on you can download "
                                "videos."));
        QVERIFY(child<QLabel>(welcome, QStringLiteral("newsletterTitle"))->isVisible());
        QVERIFY(!kit.account->user()->newsletter);
        click(welcome, "subscribeButton");
        QTRY_COMPARE(message(area), QStringLiteral("You are subscribed to the newsletter."));
        QVERIFY(kit.account->user()->newsletter);
        QVERIFY(!child<QPushButton>(welcome, QStringLiteral("subscribeButton"))->isVisible());
        click(welcome, "continueButton");
        QTRY_COMPARE(current(area), QStringLiteral("signedInPage"));
        QWidget *signedIn = page(area, "signedInPage");
        QVERIFY(child<QCheckBox>(signedIn, QStringLiteral("newsletterCheck"))->isChecked());
        QCOMPARE(labelText(signedIn, QStringLiteral("nameValue")), QStringLiteral("Ana Ribeiro"));
        QCOMPARE(labelText(signedIn, QStringLiteral("emailValue")), email);
        QCOMPARE(labelText(signedIn, QStringLiteral("organisationValue")), QStringLiteral("Lusa"));
        // The keyring of the test answers: no warning about a lost sign-in.
        QVERIFY(kit.account->tokensPersistent());
        QVERIFY(!child<QLabel>(signedIn, QStringLiteral("keychainWarning"))->isVisible());
    }

    void serverRefusesTakenAddress()
    {
        TestSupport::AccountKit kit;
        QVERIFY(kit.start());
        const QString email = uniqueEmail("taken");
        createVerified(kit, QStringLiteral("First Owner"), email);
        bool out = false;
        kit.account->signOut(qApp, [&out](auto) { out = true; });
        QTRY_VERIFY(out);

        Ui::AccountPage area(*kit.account);
        area.resize(900, 760);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        click(page(area, "signInPage"), "createAccountLink");
        fillRegistration(area, QStringLiteral("Second Owner"), email);
        QWidget *form = page(area, "registerPage");
        click(form, "createButton");
        QTRY_VERIFY(child<QLabel>(form, QStringLiteral("emailNote"))->isVisible());
        QVERIFY(labelText(form, QStringLiteral("emailNote")).contains(QStringLiteral("already exists")));
        QCOMPARE(current(area), QStringLiteral("registerPage"));
        // Nothing typed is lost, the password included.
        QCOMPARE(child<QLineEdit>(form, QStringLiteral("nameEdit"))->text(), QStringLiteral("Second Owner"));
        QCOMPARE(child<Ui::PasswordField>(form, QStringLiteral("passwordField"))->text(), Password);
        QVERIFY(child<QWidget>(form, QStringLiteral("forgotPasswordLink"))->isVisible());
    }

    void expiredCodeAndCountdowns()
    {
        TestSupport::AccountKit kit;
        QVERIFY(kit.start({QStringLiteral("--code-lifetime"), QStringLiteral("6"),
                           QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
        Ui::AccountPage area(*kit.account);
        area.resize(900, 760);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        click(page(area, "signInPage"), "createAccountLink");
        const QString email = uniqueEmail("ben");
        fillRegistration(area, QStringLiteral("Ben Okafor"), email);
        click(page(area, "registerPage"), "createButton");
        QTRY_COMPARE(current(area), QStringLiteral("codePage"));
        QWidget *codePage = page(area, "codePage");

        // The time left counts down to the portal's code_expires_at.
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^Time left: 00:0[1-6]$)"))
                     .match(labelText(codePage, QStringLiteral("timeLeft")))
                     .hasMatch(),
                 qPrintable(labelText(codePage, QStringLiteral("timeLeft"))));
        QTRY_COMPARE_WITH_TIMEOUT(labelText(codePage, QStringLiteral("timeLeft")),
                                  QStringLiteral("This code has expired. Send a new code."), 10000);

        const QString expired = kit.portal.latestCode(email);
        auto *input = child<Ui::CodeInput>(codePage, QStringLiteral("codeInput"));
        QTest::keyClicks(input, expired);
        QTRY_COMPARE(message(area),
                     QStringLiteral("This code has expired. Send a new code and enter that one."));

        // The client's own minute between two codes, shown on the button.
        auto *resend = child<QPushButton>(codePage, QStringLiteral("resendButton"));
        QVERIFY(!resend->isEnabled());
        const QRegularExpression cooldown(QStringLiteral(R"(^Send New Code \(00:(\d\d)\)$)"));
        const auto first = cooldown.match(resend->text());
        QVERIFY2(first.hasMatch(), qPrintable(resend->text()));
        QTRY_VERIFY_WITH_TIMEOUT(
            cooldown.match(resend->text()).captured(1).toInt() < first.captured(1).toInt(), 3000);
    }

    void resendHonoursRetryAfterThenConfirms()
    {
        TestSupport::AccountKit kit;
        QVERIFY(kit.start({QStringLiteral("--resend-cooldown"), QStringLiteral("3")}));
        // An account created elsewhere and never confirmed.
        const QString email = uniqueEmail("chen");
        Portal::Registration registration;
        registration.displayName = QStringLiteral("Chen Wei");
        registration.email = email;
        registration.password = Password;
        bool sent = false;
        kit.account->registerAccount(registration, qApp, [&sent](auto result) { sent = result.ok(); });
        QTRY_VERIFY(sent);
        const QString firstCode = kit.portal.latestCode(email);

        Ui::AccountPage area(*kit.account);
        area.resize(900, 760);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        QWidget *signIn = page(area, "signInPage");
        type(signIn, "emailEdit", email);
        type(signIn, "passwordField", Password);
        QTest::keyClick(child<Ui::PasswordField>(signIn, QStringLiteral("passwordField"))->lineEdit(),
                        Qt::Key_Return);
        // not_verified: straight to the code for that address.
        QTRY_COMPARE(current(area), QStringLiteral("codePage"));
        QWidget *codePage = page(area, "codePage");
        QVERIFY(labelText(codePage, QStringLiteral("sentTo")).contains(email));
        QVERIFY(message(area).contains(QStringLiteral("not confirmed yet")));

        // The portal's cooldown is still running: its Retry-After shows on the button.
        auto *resend = child<QPushButton>(codePage, QStringLiteral("resendButton"));
        QVERIFY(resend->isEnabled());
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_VERIFY(message(area).startsWith(
            QStringLiteral("The portal asks to wait before it sends another code.")));
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^Send New Code \(00:0[1-3]\)$)"))
                     .match(resend->text())
                     .hasMatch(),
                 qPrintable(resend->text()));
        QVERIFY(!resend->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(resend->isEnabled(), 5000);
        QCOMPARE(resend->text(), QStringLiteral("Send New Code"));
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_COMPARE(message(area),
                     QStringLiteral("A new code is on its way. The previous one no longer works."));
        QVERIFY(labelText(codePage, QStringLiteral("timeLeft")).startsWith(QStringLiteral("Time left: ")));
        const QString secondCode = kit.portal.latestCode(email, firstCode);
        QVERIFY(!secondCode.isEmpty());
        QTest::keyClicks(child<Ui::CodeInput>(codePage, QStringLiteral("codeInput")), secondCode);
        QTRY_COMPARE(current(area), QStringLiteral("welcomePage"));
        click(page(area, "welcomePage"), "continueButton");
        QTRY_COMPARE(current(area), QStringLiteral("signedInPage"));
        QCOMPARE(labelText(page(area, "signedInPage"), QStringLiteral("nameValue")),
                 QStringLiteral("Chen Wei"));
    }

    void tooManyWrongCodes()
    {
        TestSupport::AccountKit kit;
        QVERIFY(kit.start({QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
        Ui::AccountPage area(*kit.account);
        area.resize(900, 760);
        area.show();
        QVERIFY(QTest::qWaitForWindowExposed(&area));
        click(page(area, "signInPage"), "createAccountLink");
        const QString email = uniqueEmail("dana");
        fillRegistration(area, QStringLiteral("Dana Novak"), email);
        click(page(area, "registerPage"), "createButton");
        QTRY_COMPARE(current(area), QStringLiteral("codePage"));
        QWidget *codePage = page(area, "codePage");
        const QString code = kit.portal.latestCode(email);
        const QString wrong = code == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000");
        auto *input = child<Ui::CodeInput>(codePage, QStringLiteral("codeInput"));
        const QString burned =
            QStringLiteral("Too many wrong attempts: this code no longer works. Send a new code.");
        for (int attempt = 0; attempt < 6 && message(area) != burned; ++attempt) {
            input->clear();
            QTest::keyClicks(input, wrong);
            QTRY_VERIFY(!area.currentForm()->isBusy() && !message(area).isEmpty());
        }
        QCOMPARE(message(area), burned);
        QVERIFY(!input->isEnabled());
        // Only a new code helps now; the button says when one can be sent.
        auto *resend = child<QPushButton>(codePage, QStringLiteral("resendButton"));
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^Send New Code \((01:00|00:\d\d)\)$)"))
                     .match(resend->text())
                     .hasMatch(),
                 qPrintable(resend->text()));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(message(area), burned);
        QCOMPARE(current(area), QStringLiteral("codePage"));
    }
};

QTEST_MAIN(TestAccountFlows)
#include "tst_accountflows.moc"
