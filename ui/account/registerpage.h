#pragma once

#include "ui/account/accountform.h"

#include <QDateTime>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Auth {
class AccountService;
}
namespace Portal {
struct ApiError;
}

namespace Ui {

class PasswordChecklist;
class PasswordField;

// Create a portal account: who you are, a password checked live against the
// portal's rules, the newsletter and the language of the portal's e-mails.
// Create is enabled only once everything is valid.
class RegisterPage final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPage)

public:
    explicit RegisterPage(Auth::AccountService &account, QWidget *parent = nullptr);

    // The interface's language ("en" or "fr"), the default for the account.
    static QString interfaceLanguage();

signals:
    void codeSent(const QString &email, const QDateTime &expiresAt);
    void forgotPasswordRequested(const QString &email);

private:
    // Its label, to be named by retranslate().
    QLabel *addRow(QWidget *field, QLabel *note = nullptr);
    void retranslate() override;
    QStringList missing() const;
    void validate();
    void submit();
    void showServerError(const Portal::ApiError &error);

    Auth::AccountService &m_account;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_organisation;
    PasswordField *m_password;
    PasswordChecklist *m_checklist;
    PasswordField *m_confirm;
    QCheckBox *m_newsletter;
    QComboBox *m_language;
    QPushButton *m_create;
    QPushButton *m_back;
    QPushButton *m_reset;
    QLabel *m_nameNote;
    QLabel *m_emailNote;
    QLabel *m_passwordNote;
    QLabel *m_confirmNote;
    QLabel *m_missing;
    QLabel *m_nameLabel = nullptr;
    QLabel *m_emailLabel = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
};

} // namespace Ui
