// The two account journeys in the whole window, each started from Videos,
// Downloads and News, against a real reference portal and keyring: creating
// an account ends on the portal's welcome and goes back to the section the
// person came from; resetting a forgotten password ends on "Your password has
// been updated", signs in with the new password and goes back too.

#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/accounttestkit.h"
#include "ui/account/codeinput.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QPushButton>

using namespace TestSupport;

Q_DECLARE_METATYPE(Ui::Section)

class TestAccountJourneys final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;

    struct Window
    {
        Settings::Paths paths;
        Settings::AppSettings settings;
        Ui::MainWindow window;

        Window(const QString &profile, AccountKit &kit)
            : paths(Settings::Paths::resolve(profile)),
              settings(paths.settingsFile()),
              window(settings, paths, kit.portal.baseUrl(), kit.account.get())
        { }

        Ui::AccountPage &area()
        {
            return *window.findChild<Ui::AccountPage *>(QStringLiteral("accountPage"));
        }
    };

    static void sections_data()
    {
        QTest::addColumn<Ui::Section>("from");
        QTest::newRow("from Videos") << Ui::Section::Videos;
        QTest::newRow("from Downloads") << Ui::Section::Downloads;
        QTest::newRow("from News") << Ui::Section::News;
    }

private slots:
    void initTestCase() { Ui::Translations::install(*qApp, QStringLiteral("en")); }

    void createAccountThenBack_data() { sections_data(); }
    void createAccountThenBack()
    {
        QFETCH(Ui::Section, from);
        AccountKit kit;
        QVERIFY(kit.start());
        QTemporaryDir profile;
        Window w(profile.path(), kit);
        w.window.resize(1100, 760);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.window.showSection(from);
        w.window.showSection(Ui::Section::Account);
        Ui::AccountPage &area = w.area();
        QTRY_COMPARE(current(area), QStringLiteral("signInPage"));

        click(page(area, "signInPage"), "createAccountLink");
        QWidget *form = page(area, "registerPage");
        const QString email = uniqueEmail("journey");
        type(form, "nameEdit", QStringLiteral("Ines Duarte"));
        type(form, "emailEdit", email);
        type(form, "passwordField", AccountPassword);
        type(form, "confirmField", AccountPassword);
        // Asked for on the form: the welcome does not offer it again.
        child<QCheckBox>(form, QStringLiteral("newsletterCheck"))->setChecked(true);
        click(form, "createButton");
        QTRY_COMPARE(current(area), QStringLiteral("codePage"));
        QTest::keyClicks(child<Ui::CodeInput>(page(area, "codePage"), QStringLiteral("codeInput")),
                         kit.portal.latestCode(email));
        QTRY_COMPARE(current(area), QStringLiteral("welcomePage"));
        QWidget *welcome = page(area, "welcomePage");
        QVERIFY(labelText(welcome, QStringLiteral("intro"))
                    .startsWith(QStringLiteral("You have successfully created")));
        QVERIFY(!child<QPushButton>(welcome, QStringLiteral("subscribeButton"))->isVisible());
        // Still here: the welcome is read before going on.
        QCOMPARE(w.window.currentSection(), Ui::Section::Account);
        click(welcome, "continueButton");
        QTRY_COMPARE(w.window.currentSection(), from);
        QCOMPARE(kit.account->state(), Auth::AccountService::State::SignedIn);
    }

    void resetPasswordThenBack_data() { sections_data(); }
    void resetPasswordThenBack()
    {
        QFETCH(Ui::Section, from);
        AccountKit kit;
        QVERIFY(kit.start({QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
        const QString email = uniqueEmail("reset");
        createVerified(kit, QStringLiteral("Jonas Weber"), email);
        QTemporaryDir profile;
        Window w(profile.path(), kit);
        w.window.resize(1100, 760);
        w.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        Ui::AccountPage &area = w.area();
        QTRY_COMPARE(current(area), QStringLiteral("signedInPage"));
        bool signedOut = false;
        kit.account->signOut(this, [&signedOut](Portal::ApiResult<bool>) { signedOut = true; });
        QTRY_VERIFY(signedOut);

        w.window.showSection(from);
        w.window.showSection(Ui::Section::Account);
        QTRY_COMPARE(current(area), QStringLiteral("signInPage"));
        QWidget *signIn = page(area, "signInPage");
        type(signIn, "emailEdit", email);
        click(signIn, "forgotPasswordLink");
        click(page(area, "forgotPasswordPage"), "sendButton");
        QTRY_COMPARE(current(area), QStringLiteral("codePage"));
        QTest::keyClicks(child<Ui::CodeInput>(page(area, "codePage"), QStringLiteral("codeInput")),
                         kit.portal.latestCode(email));
        QTRY_COMPARE(current(area), QStringLiteral("newPasswordPage"));
        const QString fresh = QStringLiteral("Battery#Staple-77");
        QWidget *choose = page(area, "newPasswordPage");
        type(choose, "passwordField", fresh);
        type(choose, "confirmField", fresh);
        click(choose, "saveButton");
        QTRY_COMPARE(current(area), QStringLiteral("resetDonePage"));
        QWidget *done = page(area, "resetDonePage");
        QCOMPARE(labelText(done, QStringLiteral("heading")), QStringLiteral("Password updated"));
        QVERIFY(labelText(done, QStringLiteral("intro"))
                    .startsWith(QStringLiteral("Your password has been updated.")));

        // Back to the sign-in it started from, ready for the new password.
        click(done, "continueButton");
        QCOMPARE(current(area), QStringLiteral("signInPage"));
        QCOMPARE(child<QLineEdit>(signIn, QStringLiteral("emailEdit"))->text(), email);
        type(signIn, "passwordField", fresh);
        click(signIn, "signInButton");
        QTRY_COMPARE(kit.account->state(), Auth::AccountService::State::SignedIn);
        QTRY_COMPARE(w.window.currentSection(), from);
    }
};

QTEST_MAIN(TestAccountJourneys)
#include "tst_accountjourneys.moc"
