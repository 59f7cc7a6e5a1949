// The Account pages for people who use a keyboard or a screen reader: every
// control has an accessible name, every field label a buddy, Tab follows the
// reading order, Return submits and Escape goes back. The small widgets
// (code field, password checklist) are checked on their own. No portal is
// needed: nothing here is sent.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/portal/portalclient.h"
#include "tests/gui/accounttestkit.h"
#include "ui/account/accountform.h"
#include "ui/account/accountpage.h"
#include "ui/account/codeinput.h"
#include "ui/account/codepage.h"
#include "ui/account/passwordchecklist.h"
#include "ui/account/passwordfield.h"
#include "ui/translations.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using TestSupport::child;

class TestAccountAccess final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    // Nothing listens on port 9: the pages are only looked at.
    Portal::PortalClient m_client {m_network, QUrl(QStringLiteral("http://127.0.0.1:9/api/v1"))};
    Auth::TokenStore m_tokens {QStringLiteral("mmdesk-gui-test-access")};
    Auth::AccountService m_account {m_client, m_tokens};

private slots:
    void initTestCase() { Ui::Translations::install(*qApp, QStringLiteral("en")); }

    void everyControlIsNamedAndLabelled()
    {
        Ui::AccountPage area(m_account);
        const auto forms = area.findChildren<Ui::AccountForm *>();
        QVERIFY(forms.size() >= 7);
        for (const Ui::AccountForm *form : forms) {
            QVERIFY2(!form->accessibleName().isEmpty(), qPrintable(form->objectName()));
            for (QWidget *widget : form->findChildren<QWidget *>()) {
                const bool control = qobject_cast<QAbstractButton *>(widget)
                    || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget);
                if (!control)
                    continue;
                const auto *button = qobject_cast<QAbstractButton *>(widget);
                const bool named =
                    !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
                QVERIFY2(named, qPrintable(form->objectName() + u'/' + widget->objectName()));
            }
            for (const QLabel *label : form->findChildren<QLabel *>()) {
                if (label->text().contains(u'&'))
                    QVERIFY2(label->buddy(), qPrintable(form->objectName() + u'/' + label->text()));
            }
        }
    }

    void signInByKeyboard()
    {
        Ui::AccountPage area(m_account);
        area.show();
        area.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&area));
        QWidget *signIn = area.currentWidget();
        QCOMPARE(signIn->objectName(), QStringLiteral("signInPage"));
        auto *email = child<QLineEdit>(signIn, QStringLiteral("emailEdit"));
        QVERIFY(email->hasFocus());
        auto *signInButton = child<QAbstractButton>(signIn, QStringLiteral("signInButton"));
        QVERIFY(!signInButton->isEnabled());
        QTest::keyClicks(email, QStringLiteral("someone@example.org"));
        // Alt+P jumps to the password through its label's buddy.
        QTest::keyClick(email, Qt::Key_P, Qt::AltModifier);
        auto *password = child<Ui::PasswordField>(signIn, QStringLiteral("passwordField"));
        QVERIFY2(password->lineEdit()->hasFocus(), qPrintable(QApplication::focusWidget()->objectName()));
        QTest::keyClicks(password->lineEdit(), QStringLiteral("x"));
        QVERIFY(signInButton->isEnabled());

        email->setFocus();
        const QStringList order {QStringLiteral("passwordEdit"), QStringLiteral("revealButton"),
                                 QStringLiteral("signInButton"), QStringLiteral("createAccountLink"),
                                 QStringLiteral("forgotPasswordLink")};
        for (const QString &next : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget()->objectName(), next);
        }
        // The links work from the keyboard, and Escape comes back.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(area.currentWidget()->objectName(), QStringLiteral("forgotPasswordPage"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(area.currentWidget()->objectName(), QStringLiteral("signInPage"));
        QCOMPARE(email->text(), QStringLiteral("someone@example.org"));
    }

    void codeFieldKeepsSixDigits_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QString>("kept");
        QTest::addColumn<bool>("complete");
        QTest::newRow("spaced") << QStringLiteral("123 456") << QStringLiteral("123456") << true;
        QTest::newRow("plain") << QStringLiteral("654321") << QStringLiteral("654321") << true;
        QTest::newRow("dashed, padded") << QStringLiteral("  042-917 ") << QStringLiteral("042917") << true;
        QTest::newRow("letters dropped") << QStringLiteral("12ab3") << QStringLiteral("123") << false;
        QTest::newRow("too long") << QStringLiteral("12345678") << QStringLiteral("123456") << true;
    }

    void codeFieldKeepsSixDigits()
    {
        QFETCH(QString, pasted);
        QFETCH(QString, kept);
        QFETCH(bool, complete);
        Ui::CodeInput input;
        QSignalSpy completed(&input, &Ui::CodeInput::completed);
        QTest::keyClicks(&input, pasted);
        QCOMPARE(input.text(), kept);
        QCOMPARE(input.isComplete(), complete);
        QCOMPARE(completed.isEmpty(), !complete);
        if (complete)
            QCOMPARE(completed.last().at(0).toString(), kept);
    }

    void checklistSaysEachRuleInWords()
    {
        Ui::PasswordChecklist checklist;
        using Rule = Auth::PasswordPolicy::Rule;
        checklist.setPassword(QStringLiteral("tiny pass"));
        QVERIFY(!checklist.isAcceptable());
        QCOMPARE(checklist.lineText(Rule::TooShort), QStringLiteral("✗ At least 12 characters"));
        QCOMPARE(checklist.lineText(Rule::HasWhitespace), QStringLiteral("✗ No spaces"));
        QCOMPARE(checklist.lineText(Rule::NoLower), QStringLiteral("✓ A lower-case letter"));
        checklist.setPassword(QStringLiteral("Tiny-Pass-2024"));
        QVERIFY(checklist.isAcceptable());
        for (const Rule rule : Auth::PasswordPolicy::rules())
            QVERIFY(checklist.lineText(rule).startsWith(QStringLiteral("✓ ")));
    }

    void countdownClock()
    {
        QCOMPARE(Ui::CodePage::clock(1800), QStringLiteral("30:00"));
        QCOMPARE(Ui::CodePage::clock(61), QStringLiteral("01:01"));
        QCOMPARE(Ui::CodePage::clock(9), QStringLiteral("00:09"));
        QCOMPARE(Ui::CodePage::clock(-3), QStringLiteral("00:00"));
    }

    void frenchDefaultsTheAccountLanguage()
    {
        QCOMPARE(Ui::Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        {
            Ui::AccountPage area(m_account);
            auto *language = child<QComboBox>(area.findChild<QWidget *>(QStringLiteral("registerPage")),
                                              QStringLiteral("languageCombo"));
            QCOMPARE(language->currentData().toString(), QStringLiteral("fr"));
            QCOMPARE(area.currentForm()->heading(), QStringLiteral("Connexion"));
        }
        Ui::Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestAccountAccess)
#include "tst_accountaccess.moc"
