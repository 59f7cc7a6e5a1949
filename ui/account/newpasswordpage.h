#pragma once

#include "ui/account/accountform.h"

class QLabel;
class QPushButton;

namespace Auth {
class AccountService;
}

namespace Ui {

class PasswordChecklist;
class PasswordField;

// The last step of a password reset: the new password, checked live.
class NewPasswordPage final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPasswordPage)

public:
    explicit NewPasswordPage(Auth::AccountService &account, QWidget *parent = nullptr);

    void start(const QString &email, const QString &resetToken);
    void focusFirstField() override;

signals:
    void passwordChanged(const QString &email);

protected:
    void retranslate() override;

private:
    void validate();
    void submit();

    Auth::AccountService &m_account;
    QString m_email;
    QString m_resetToken;
    QLabel *m_for;
    PasswordField *m_password;
    PasswordChecklist *m_checklist;
    PasswordField *m_confirm;
    QLabel *m_passwordNote;
    QLabel *m_confirmNote;
    QPushButton *m_save;
    QLabel *m_passwordLabel;
    QLabel *m_confirmLabel;
};

} // namespace Ui
