#pragma once

#include "ui/account/accountform.h"

class QCheckBox;
class QLabel;
class QPushButton;

namespace Auth {
class AccountService;
}

namespace Ui {

// Who is signed in, the newsletter choice, and signing out. Says plainly
// when no keychain keeps the sign-in beyond this session.
class SignedInPage final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignedInPage)

public:
    explicit SignedInPage(Auth::AccountService &account, QWidget *parent = nullptr);

    void focusFirstField() override;

signals:
    void changePasswordRequested(const QString &email);

protected:
    void retranslate() override;

private:
    void showUser();
    void showPersistence(bool persistent);
    void setNewsletter(bool wanted);
    void signOut();

    Auth::AccountService &m_account;
    QLabel *m_keychainWarning;
    QLabel *m_name;
    QLabel *m_email;
    QLabel *m_organisation;
    QCheckBox *m_newsletter;
    QPushButton *m_changePassword;
    QPushButton *m_signOut;
    QLabel *m_nameLabel;
    QLabel *m_emailLabel;
    QLabel *m_organisationLabel;
};

} // namespace Ui
