#pragma once

#include <QPointer>
#include <QStackedWidget>

namespace Auth {
class AccountService;
}

namespace Ui {

class AccountForm;
class CodePage;
class ForgotPasswordPage;
class NewPasswordPage;
class RegisterPage;
class ResetDonePage;
class SignedInPage;
class SignInPage;
class WelcomePage;

// The Account section: one page at a time (sign in, create an account, enter
// a code, reset a password, the signed-in account), following the account
// service's state. It only moves between pages; each page does its own work.
class AccountPage final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPage)

public:
    explicit AccountPage(Auth::AccountService &account, QWidget *parent = nullptr);
    ~AccountPage() override;

    AccountForm *currentForm() const;

signals:
    // A journey is over (signed in, or an account created and welcomed):
    // the person may go back to where they were before the Account section.
    void journeyFinished();

private:
    void connectPages();
    void followState();
    // Shows a page, remembering the current one for Escape and Back.
    void go(AccountForm *page);
    void back();
    void showPage(AccountForm *page);
    void startReset(const QString &email);
    void finishReset(const QString &email);

    Auth::AccountService &m_account;
    AccountForm *m_restoring;
    SignInPage *m_signIn;
    RegisterPage *m_register;
    CodePage *m_code;
    ForgotPasswordPage *m_forgot;
    NewPasswordPage *m_newPassword;
    ResetDonePage *m_resetDone;
    SignedInPage *m_signedIn;
    WelcomePage *m_welcome;
    QList<AccountForm *> m_history;
    // A registration's code is being entered: its sign-in leads to the welcome.
    bool m_registering = false;
    // Where a password reset started, to go back there once it is done.
    QPointer<AccountForm> m_resetReturn;
};

} // namespace Ui
