#include "ui/account/accountpage.h"

#include "core/auth/accountservice.h"
#include "ui/account/accountform.h"
#include "ui/account/codepage.h"
#include "ui/account/forgotpasswordpage.h"
#include "ui/account/newpasswordpage.h"
#include "ui/account/registerpage.h"
#include "ui/account/resetdonepage.h"
#include "ui/account/signedinpage.h"
#include "ui/account/signinpage.h"
#include "ui/account/welcomepage.h"

namespace Ui {

namespace {

// Shown while the saved sign-in is read from the keychain and renewed.
class RestoringPage final : public AccountForm
{
public:
    explicit RestoringPage(QWidget *parent) : AccountForm(parent)
    {
        setObjectName(QStringLiteral("restoringPage"));
        setBusy(true, AccountPage::tr("Checking your saved sign-in…"));
        retranslate();
    }

protected:
    void retranslate() override
    {
        AccountForm::retranslate();
        setHeading(AccountPage::tr("Account"));
        setIntro(AccountPage::tr("Checking your saved sign-in…"));
    }
};

} // namespace

AccountPage::AccountPage(Auth::AccountService &account, QWidget *parent)
    : QStackedWidget(parent),
      m_account(account),
      m_restoring(new RestoringPage(this)),
      m_signIn(new SignInPage(account, this)),
      m_register(new RegisterPage(account, this)),
      m_code(new CodePage(account, this)),
      m_forgot(new ForgotPasswordPage(account, this)),
      m_newPassword(new NewPasswordPage(account, this)),
      m_resetDone(new ResetDonePage(this)),
      m_signedIn(new SignedInPage(account, this)),
      m_welcome(new WelcomePage(account, this))
{
    setObjectName(QStringLiteral("accountPage"));
    for (QWidget *page :
         std::initializer_list<QWidget *> {m_restoring, m_signIn, m_register, m_code, m_forgot, m_newPassword,
                                           m_resetDone, m_signedIn, m_welcome})
        addWidget(page);
    connectPages();
    followState();
}

AccountPage::~AccountPage() = default;

AccountForm *AccountPage::currentForm() const
{
    return qobject_cast<AccountForm *>(currentWidget());
}

void AccountPage::connectPages()
{
    connect(&m_account, &Auth::AccountService::stateChanged, this, &AccountPage::followState);
    connect(&m_account, &Auth::AccountService::sessionExpired, this, [this](const QString &message) {
        m_signIn->showSessionEnded(message);
        if (currentWidget() == m_signedIn || currentWidget() == m_restoring) {
            m_history.clear();
            showPage(m_signIn);
        }
    });

    connect(m_signIn, &SignInPage::createAccountRequested, this, [this] { go(m_register); });
    connect(m_signIn, &SignInPage::forgotPasswordRequested, this, &AccountPage::startReset);
    connect(m_signIn, &SignInPage::verificationNeeded, this, [this](const QString &email) {
        m_registering = true;
        m_code->start(Portal::CodePurpose::Register, email, std::nullopt, false, [] {
            return tr("This account is not confirmed yet. Enter the code from the portal's e-mail, or send a "
                      "new code.");
        });
        go(m_code);
    });

    connect(m_register, &RegisterPage::codeSent, this,
            [this](const QString &email, const QDateTime &expiresAt) {
                m_registering = true;
                m_code->start(Portal::CodePurpose::Register, email, expiresAt, true);
                go(m_code);
            });
    connect(m_register, &RegisterPage::forgotPasswordRequested, this, &AccountPage::startReset);
    // A confirmed registration signs in; followState() then shows the account.

    connect(m_forgot, &ForgotPasswordPage::codeSent, this, [this](const QString &email) {
        m_registering = false;
        m_code->start(Portal::CodePurpose::Reset, email, std::nullopt, true);
        go(m_code);
    });
    connect(m_code, &CodePage::resetCodeAccepted, this, [this](const QString &email, const QString &token) {
        m_newPassword->start(email, token);
        go(m_newPassword);
    });
    connect(m_newPassword, &NewPasswordPage::passwordChanged, this, [this](const QString &email) {
        m_resetDone->start(email);
        m_history.clear();
        showPage(m_resetDone);
    });
    connect(m_resetDone, &ResetDonePage::continueRequested, this, [this] { finishReset(m_code->email()); });

    connect(m_signedIn, &SignedInPage::changePasswordRequested, this, &AccountPage::startReset);
    connect(m_welcome, &WelcomePage::continueRequested, this, [this] {
        m_history.clear();
        showPage(m_signedIn);
        emit journeyFinished();
    });

    for (AccountForm *page : {static_cast<AccountForm *>(m_signIn), static_cast<AccountForm *>(m_register),
                              static_cast<AccountForm *>(m_code), static_cast<AccountForm *>(m_forgot),
                              static_cast<AccountForm *>(m_newPassword)})
        connect(page, &AccountForm::backRequested, this, &AccountPage::back);
}

void AccountPage::followState()
{
    switch (m_account.state()) {
    case Auth::AccountService::State::Restoring:
        m_history.clear();
        showPage(m_restoring);
        break;
    case Auth::AccountService::State::SignedIn: {
        // A confirmed registration is welcomed first; a sign-in typed on the
        // sign-in page ends its journey at once.
        const bool registered = m_registering && currentWidget() == m_code;
        const bool signedInHere = currentWidget() == m_signIn;
        m_registering = false;
        m_history.clear();
        if (registered) {
            m_welcome->start();
            showPage(m_welcome);
            break;
        }
        showPage(m_signedIn);
        if (signedInHere)
            emit journeyFinished();
        break;
    }
    case Auth::AccountService::State::SignedOut:
        // A reset ends every session but should finish where it is.
        if (currentWidget() == m_signedIn || currentWidget() == m_restoring) {
            m_history.clear();
            showPage(m_signIn);
        }
        break;
    }
}

void AccountPage::go(AccountForm *page)
{
    if (auto *current = currentForm(); current && current != page && current != m_restoring)
        m_history.append(current);
    showPage(page);
}

void AccountPage::back()
{
    if (m_history.isEmpty())
        return;
    showPage(m_history.takeLast());
}

void AccountPage::showPage(AccountForm *page)
{
    setCurrentWidget(page);
    page->focusFirstField();
}

void AccountPage::startReset(const QString &email)
{
    m_resetReturn = currentForm();
    m_forgot->start(email);
    go(m_forgot);
}

void AccountPage::finishReset(const QString &email)
{
    AccountForm *target = m_resetReturn ? m_resetReturn.data() : m_signIn;
    m_resetReturn.clear();
    // Pages that only made sense before the reset, or a session it ended, lead to signing in.
    if (target == m_code || target == m_restoring
        || (target == m_signedIn && m_account.state() != Auth::AccountService::State::SignedIn))
        target = m_signIn;
    if (target == m_signIn)
        m_signIn->prefill(email,
                          [] { return tr("Your password has been changed. Sign in with the new one."); });
    m_history.clear();
    showPage(target);
}

} // namespace Ui
