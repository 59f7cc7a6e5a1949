#include "ui/account/signinpage.h"

#include "core/auth/accountservice.h"
#include "ui/account/passwordfield.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

SignInPage::SignInPage(Auth::AccountService &account, QWidget *parent)
    : AccountForm(parent),
      m_account(account),
      m_email(new QLineEdit(body())),
      m_password(new PasswordField(body())),
      m_signIn(new QPushButton(body())),
      m_create(new QPushButton(body())),
      m_forgot(new QPushButton(body())),
      m_emailLabel(new QLabel(body())),
      m_passwordLabel(new QLabel(body()))
{
    setObjectName(QStringLiteral("signInPage"));

    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_password->setObjectName(QStringLiteral("passwordField"));

    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password->lineEdit());
    form()->addRow(m_emailLabel, m_email);
    form()->addRow(m_passwordLabel, m_password);

    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_signIn);
    extras()->addLayout(buttons);

    m_create->setObjectName(QStringLiteral("createAccountLink"));
    m_forgot->setObjectName(QStringLiteral("forgotPasswordLink"));
    makeLinkButton(m_create);
    makeLinkButton(m_forgot);
    auto *links = new QHBoxLayout;
    links->addWidget(m_create);
    links->addStretch();
    links->addWidget(m_forgot);
    extras()->addSpacing(12);
    extras()->addLayout(links);

    setTabOrder(m_email, m_password->lineEdit());
    setTabOrder(m_password->lineEdit(), m_password->toggleButton());
    setTabOrder(m_password->toggleButton(), m_signIn);
    setTabOrder(m_signIn, m_create);
    setTabOrder(m_create, m_forgot);

    connect(m_email, &QLineEdit::textChanged, this, &SignInPage::updateButton);
    connect(m_password, &PasswordField::textChanged, this, &SignInPage::updateButton);
    connect(m_email, &QLineEdit::returnPressed, this, &SignInPage::submit);
    connect(m_password, &PasswordField::returnPressed, this, &SignInPage::submit);
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::submit);
    connect(m_create, &QPushButton::clicked, this, &SignInPage::createAccountRequested);
    connect(m_forgot, &QPushButton::clicked, this, [this] { emit forgotPasswordRequested(email()); });
    updateButton();
    retranslate();
}

void SignInPage::retranslate()
{
    AccountForm::retranslate();
    setHeading(tr("Sign in"));
    setIntro(tr("Sign in with your portal account to download broadcast-quality files."));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setAccessibleDescription(tr("The address of your portal account"));
    m_password->setAccessibleTexts(tr("Password"), tr("The password of your portal account"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_signIn->setText(tr("Sign In"));
    m_signIn->setAccessibleName(tr("Sign In"));
    m_signIn->setAccessibleDescription(tr("Signs in with this e-mail address and password"));
    m_create->setText(tr("Create Account"));
    m_create->setAccessibleName(tr("Create Account"));
    m_create->setAccessibleDescription(tr("Opens the form to register a new portal account"));
    m_forgot->setText(tr("Forgot Password?"));
    m_forgot->setAccessibleName(tr("Forgot Password?"));
    m_forgot->setAccessibleDescription(tr("Sends a code to your e-mail address to choose a new password"));
}

QString SignInPage::email() const
{
    return m_email->text().trimmed();
}

void SignInPage::prefill(const QString &address, Words notice)
{
    if (!address.isEmpty())
        m_email->setText(address);
    m_password->lineEdit()->clear();
    if (notice)
        showNotice(std::move(notice));
    else
        clearMessage();
}

void SignInPage::showSessionEnded(const QString &message)
{
    showError([message] {
        return message.isEmpty() ? tr("Your sign-in has ended. Please sign in again.")
                                 : tr("Your sign-in has ended: %1 Please sign in again.").arg(message);
    });
}

void SignInPage::focusFirstField()
{
    if (m_email->text().isEmpty())
        m_email->setFocus();
    else
        m_password->setFocus();
}

void SignInPage::updateButton()
{
    m_signIn->setEnabled(!email().isEmpty() && !m_password->text().isEmpty());
}

void SignInPage::submit()
{
    if (isBusy() || !m_signIn->isEnabled())
        return;
    const QString address = email();
    setBusy(true, tr("Signing in…"));
    m_account.signIn(address, m_password->text(), this,
                     [this, address](Portal::ApiResult<Portal::User> result) {
                         setBusy(false);
                         if (result.ok()) {
                             // The account area follows the service into the signed-in page.
                             m_password->lineEdit()->clear();
                             return;
                         }
                         const Portal::ApiError &error = result.error();
                         if (error.code == u"invalid_credentials") {
                             showError([] { return tr("The e-mail or password is wrong."); });
                             m_password->lineEdit()->selectAll();
                             m_password->setFocus();
                         } else if (error.code == u"not_verified") {
                             emit verificationNeeded(address);
                         } else {
                             showError(error.message);
                         }
                     });
}

} // namespace Ui
