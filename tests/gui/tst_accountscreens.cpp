// Every Account screen in English and French, in the main window, checked
// for controls cut off or pushed outside the window. With
// MMDESK_SCREENSHOT_DIR set, each screen is also saved there as
// account-<screen>-<language>.png (the pictures in docs/screenshots).

#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/accounttestkit.h"
#include "tests/gui/screencheck.h"
#include "ui/account/accountform.h"
#include "ui/account/accountpage.h"
#include "ui/account/codeinput.h"
#include "ui/account/passwordfield.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>

using namespace TestSupport;

namespace {

const QString Password = AccountPassword;

} // namespace

class TestAccountScreens final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<Settings::Paths> m_paths;
    std::unique_ptr<Settings::AppSettings> m_settings;

    static void capture(QWidget *window, const QString &screen, const QString &language)
    {
        ScreenCheck::capture(window, screen, QStringLiteral("account-%1-%2.png").arg(screen, language));
    }

private slots:
    void initTestCase()
    {
        m_paths = std::make_unique<Settings::Paths>(Settings::Paths::resolve(m_profile.path()));
        QCOMPARE(m_paths->ensureCreated(), QString());
        m_settings = std::make_unique<Settings::AppSettings>(m_paths->settingsFile());
        QVERIFY(m_settings->migrate().ok());
    }

    void cleanupTestCase() { Ui::Translations::install(*qApp, QStringLiteral("en")); }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("fr") << QStringLiteral("fr");
    }

    void screens()
    {
        QFETCH(QString, language);
        QCOMPARE(Ui::Translations::install(*qApp, language), language);
        TestSupport::AccountKit kit;
        QVERIFY(kit.start({QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
        const QString email = QStringLiteral("claire.martin.%1@redaction.example.org").arg(language);

        {
            Ui::MainWindow window(*m_settings, *m_paths, QUrl(), nullptr);
            window.resize(1000, 760);
            window.show();
            window.showSection(Ui::Section::Account);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            capture(&window, QStringLiteral("noportal"), language);
        }

        // The status bar shows an address as a person would have it, not the test's port.
        Ui::MainWindow window(*m_settings, *m_paths,
                              QUrl(QStringLiteral("https://portal.example.org/api/v1")), kit.account.get());
        window.resize(1000, 760);
        window.show();
        window.showSection(Ui::Section::Account);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *area = qobject_cast<Ui::AccountPage *>(window.page(Ui::Section::Account));
        QVERIFY(area);
        const auto page = [area](const char *name) {
            return area->findChild<QWidget *>(QString::fromLatin1(name));
        };

        QWidget *signIn = page("signInPage");
        type(signIn, "emailEdit", email);
        type(signIn, "passwordField", QStringLiteral("Guess-1234!"));
        click(signIn, "signInButton");
        QTRY_VERIFY(!area->currentForm()->message().isEmpty());
        capture(&window, QStringLiteral("signin"), language);
        child<QLineEdit>(signIn, QStringLiteral("emailEdit"))->clear();

        click(signIn, "createAccountLink");
        QWidget *form = page("registerPage");
        type(form, "nameEdit", QStringLiteral("Claire Martin"));
        type(form, "emailEdit", email);
        type(form, "organisationEdit", QStringLiteral("Agence Exemple"));
        type(form, "passwordField", QStringLiteral("Correct-Hor"));
        type(form, "confirmField", QStringLiteral("Correct"));
        capture(&window, QStringLiteral("register"), language);
        type(form, "passwordField", QStringLiteral("se-42"));
        child<Ui::PasswordField>(form, QStringLiteral("confirmField"))->lineEdit()->setText(Password);
        click(form, "createButton");
        QTRY_COMPARE(area->currentWidget()->objectName(), QStringLiteral("codePage"));

        QWidget *codePage = page("codePage");
        auto *input = child<Ui::CodeInput>(codePage, QStringLiteral("codeInput"));
        const QString code = kit.portal.latestCode(email);
        QTest::keyClicks(input, code == u"000000" ? QStringLiteral("111111") : QStringLiteral("000000"));
        QTRY_VERIFY(!area->currentForm()->isBusy() && !area->currentForm()->message().isEmpty());
        capture(&window, QStringLiteral("code"), language);
        input->clear();
        QTest::keyClicks(input, code);
        QTRY_COMPARE(area->currentWidget()->objectName(), QStringLiteral("welcomePage"));
        capture(&window, QStringLiteral("welcome"), language);
        click(page("welcomePage"), "continueButton");
        QTRY_COMPARE(area->currentWidget()->objectName(), QStringLiteral("signedInPage"));
        capture(&window, QStringLiteral("signedin"), language);

        click(page("signedInPage"), "changePasswordLink");
        QCOMPARE(area->currentWidget()->objectName(), QStringLiteral("forgotPasswordPage"));
        capture(&window, QStringLiteral("forgot"), language);
        click(page("forgotPasswordPage"), "sendButton");
        QTRY_COMPARE(area->currentWidget()->objectName(), QStringLiteral("codePage"));
        QTest::keyClicks(input, kit.portal.latestCode(email, code));
        QTRY_COMPARE(area->currentWidget()->objectName(), QStringLiteral("newPasswordPage"));
        QWidget *choose = page("newPasswordPage");
        type(choose, "passwordField", QStringLiteral("battery staple"));
        capture(&window, QStringLiteral("newpassword"), language);
        child<Ui::PasswordField>(choose, QStringLiteral("passwordField"))
            ->lineEdit()
            ->setText(Password + u'!');
        type(choose, "confirmField", Password + u'!');
        click(choose, "saveButton");
        QTRY_COMPARE(area->currentWidget()->objectName(), QStringLiteral("resetDonePage"));
        capture(&window, QStringLiteral("resetdone"), language);
        click(page("resetDonePage"), "continueButton");
        // The reset ended the session, so it goes on to signing in.
        QCOMPARE(area->currentWidget()->objectName(), QStringLiteral("signInPage"));
    }
};

QTEST_MAIN(TestAccountScreens)
#include "tst_accountscreens.moc"
