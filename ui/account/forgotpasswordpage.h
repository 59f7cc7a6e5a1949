#pragma once

#include "ui/account/accountform.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace Auth {
class AccountService;
}

namespace Ui {

// The first step of a password reset: the address to send a code to.
class ForgotPasswordPage final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForgotPasswordPage)

public:
    explicit ForgotPasswordPage(Auth::AccountService &account, QWidget *parent = nullptr);

    void start(const QString &email);
    void focusFirstField() override;

signals:
    void codeSent(const QString &email);

protected:
    void retranslate() override;

private:
    void submit();

    Auth::AccountService &m_account;
    QLineEdit *m_email;
    QPushButton *m_send;
    QPushButton *m_back;
    QLabel *m_emailLabel;
};

} // namespace Ui
