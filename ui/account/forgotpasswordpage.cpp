#include "ui/account/forgotpasswordpage.h"

#include "core/auth/accountservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ForgotPasswordPage::ForgotPasswordPage(Auth::AccountService &account, QWidget *parent)
    : AccountForm(parent),
      m_account(account),
      m_email(new QLineEdit(body())),
      m_send(new QPushButton(body())),
      m_back(new QPushButton(body())),
      m_emailLabel(new QLabel(body()))
{
    setObjectName(QStringLiteral("forgotPasswordPage"));

    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly | Qt::ImhNoAutoUppercase);
    m_emailLabel->setBuddy(m_email);
    form()->addRow(m_emailLabel, m_email);

    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_back->setObjectName(QStringLiteral("backLink"));
    makeLinkButton(m_back);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_send);
    extras()->addLayout(buttons);
    setTabOrder(m_email, m_send);
    setTabOrder(m_send, m_back);

    connect(m_email, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_send->setEnabled(Auth::AccountService::looksLikeEmail(text)); });
    connect(m_email, &QLineEdit::returnPressed, this, &ForgotPasswordPage::submit);
    connect(m_send, &QPushButton::clicked, this, &ForgotPasswordPage::submit);
    connect(m_back, &QPushButton::clicked, this, &ForgotPasswordPage::backRequested);
    m_send->setEnabled(false);
    retranslate();
}

void ForgotPasswordPage::retranslate()
{
    AccountForm::retranslate();
    setHeading(tr("Forgot your password?"));
    setIntro(tr("Enter the address of your account. The portal e-mails you a 6-digit code, and then you "
                "choose a new password."));
    m_email->setAccessibleName(tr("E-mail address"));
    m_email->setAccessibleDescription(tr("The address of the account whose password you want to change"));
    m_emailLabel->setText(tr("&E-mail:"));
    m_send->setText(tr("Send Code"));
    m_send->setAccessibleName(tr("Send Code"));
    m_send->setAccessibleDescription(tr("E-mails a code to this address"));
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(tr("Back"));
}

void ForgotPasswordPage::start(const QString &email)
{
    if (!email.isEmpty())
        m_email->setText(email);
    clearMessage();
}

void ForgotPasswordPage::focusFirstField()
{
    m_email->setFocus();
    m_email->selectAll();
}

void ForgotPasswordPage::submit()
{
    if (isBusy() || !m_send->isEnabled())
        return;
    const QString address = m_email->text().trimmed();
    setBusy(true, tr("Sending the code…"));
    m_account.requestPasswordReset(address, this, [this, address](Portal::ApiResult<bool> result) {
        setBusy(false);
        if (result.ok()) {
            emit codeSent(address);
            return;
        }
        const Portal::ApiError &error = result.error();
        if (error.httpStatus == 429 && error.retryAfterSeconds)
            showError([wait = *error.retryAfterSeconds] {
                return tr("The portal asks to wait before it sends another code. Try again in %1.")
                    .arg(Portal::ApiError::waitText(wait));
            });
        else
            showError(error.message);
    });
}

} // namespace Ui
