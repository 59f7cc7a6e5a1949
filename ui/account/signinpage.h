#pragma once

#include "ui/account/accountform.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace Auth {
class AccountService;
}

namespace Ui {

class PasswordField;

// Sign in with e-mail and password, with the ways out to creating an
// account and resetting a forgotten password.
class SignInPage final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPage)

public:
    explicit SignInPage(Auth::AccountService &account, QWidget *parent = nullptr);

    QString email() const;
    // Fills in the address (after a reset, for instance) and shows a notice.
    void prefill(const QString &email, Words notice = {});
    // The saved sign-in ended: say why.
    void showSessionEnded(const QString &message);
    void focusFirstField() override;

signals:
    void verificationNeeded(const QString &email);
    void createAccountRequested();
    void forgotPasswordRequested(const QString &email);

protected:
    void retranslate() override;

private:
    void submit();
    void updateButton();

    Auth::AccountService &m_account;
    QLineEdit *m_email;
    PasswordField *m_password;
    QPushButton *m_signIn;
    QPushButton *m_create;
    QPushButton *m_forgot;
    QLabel *m_emailLabel;
    QLabel *m_passwordLabel;
};

} // namespace Ui
