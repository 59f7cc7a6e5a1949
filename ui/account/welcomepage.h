#pragma once

#include "ui/account/accountform.h"

class QLabel;
class QPushButton;

namespace Auth {
class AccountService;
}

namespace Ui {

// After a confirmed registration: the portal's welcome ("from now on you can
// download videos"), the newsletter offered to whoever did not ask for it on
// the form (subscribed at once, on the portal), and a way back to where the
// person was.
class WelcomePage final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(Auth::AccountService &account, QWidget *parent = nullptr);

    // Shows the page for the account just signed in.
    void start();
    void focusFirstField() override;

signals:
    void continueRequested();

protected:
    void retranslate() override;

private:
    void subscribe();

    Auth::AccountService &m_account;
    QLabel *m_newsletterTitle;
    QLabel *m_newsletterText;
    QPushButton *m_subscribe;
    QPushButton *m_continue;
};

} // namespace Ui
