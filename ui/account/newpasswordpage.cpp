#include "ui/account/newpasswordpage.h"

#include "core/auth/accountservice.h"
#include "core/auth/passwordpolicy.h"
#include "ui/account/passwordchecklist.h"
#include "ui/account/passwordfield.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

NewPasswordPage::NewPasswordPage(Auth::AccountService &account, QWidget *parent)
    : AccountForm(parent),
      m_account(account),
      m_for(new QLabel(body())),
      m_password(new PasswordField(body())),
      m_checklist(new PasswordChecklist(body())),
      m_confirm(new PasswordField(body())),
      m_passwordNote(addFieldNote(QStringLiteral("passwordNote"))),
      m_confirmNote(addFieldNote(QStringLiteral("confirmNote"))),
      m_save(new QPushButton(body())),
      m_passwordLabel(new QLabel(body())),
      m_confirmLabel(new QLabel(body()))
{
    setObjectName(QStringLiteral("newPasswordPage"));

    m_for->setObjectName(QStringLiteral("accountEmail"));
    m_for->setTextFormat(Qt::PlainText);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_confirm->setObjectName(QStringLiteral("confirmField"));

    m_passwordLabel->setBuddy(m_password->lineEdit());
    m_confirmLabel->setBuddy(m_confirm->lineEdit());
    form()->addRow(m_for);
    form()->addRow(m_passwordLabel, m_password);
    form()->addRow(QString(), m_passwordNote);
    form()->addRow(QString(), m_checklist);
    form()->addRow(m_confirmLabel, m_confirm);
    form()->addRow(QString(), m_confirmNote);

    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    extras()->addLayout(buttons);

    setTabOrder(m_password->lineEdit(), m_password->toggleButton());
    setTabOrder(m_password->toggleButton(), m_confirm->lineEdit());
    setTabOrder(m_confirm->lineEdit(), m_confirm->toggleButton());
    setTabOrder(m_confirm->toggleButton(), m_save);

    connect(m_password, &PasswordField::textChanged, this, [this](const QString &text) {
        m_checklist->setPassword(text);
        setFieldNote(m_passwordNote, {});
        validate();
    });
    connect(m_confirm, &PasswordField::textChanged, this, &NewPasswordPage::validate);
    connect(m_password, &PasswordField::returnPressed, this, &NewPasswordPage::submit);
    connect(m_confirm, &PasswordField::returnPressed, this, &NewPasswordPage::submit);
    connect(m_save, &QPushButton::clicked, this, &NewPasswordPage::submit);
    retranslate();
}

void NewPasswordPage::retranslate()
{
    AccountForm::retranslate();
    setHeading(tr("Choose a new password"));
    setIntro(tr("Every device signed in to this account is signed out once the password changes."));
    m_password->setAccessibleTexts(
        tr("New password"),
        tr("At least %n characters, no spaces, with an upper-case and a lower-case "
           "letter, a digit and a symbol",
           nullptr, Auth::PasswordPolicy::MinimumLength));
    m_confirm->setAccessibleTexts(tr("Confirm new password"), tr("The same password once more"));
    m_passwordLabel->setText(tr("&New password:"));
    m_confirmLabel->setText(tr("Con&firm password:"));
    m_save->setText(tr("Change Password"));
    m_save->setAccessibleName(tr("Change Password"));
    if (!m_email.isEmpty())
        m_for->setText(tr("Account: %1").arg(m_email));
    validate();
}

void NewPasswordPage::start(const QString &email, const QString &resetToken)
{
    m_email = email;
    m_resetToken = resetToken;
    m_for->setText(tr("Account: %1").arg(email));
    m_password->lineEdit()->clear();
    m_confirm->lineEdit()->clear();
    m_password->setRevealed(false);
    m_confirm->setRevealed(false);
    clearMessage();
}

void NewPasswordPage::focusFirstField()
{
    m_password->setFocus();
}

void NewPasswordPage::validate()
{
    const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != m_password->text();
    setFieldNote(m_confirmNote, mismatch ? tr("The two passwords are not the same.") : QString());
    const bool ready = m_checklist->isAcceptable() && m_confirm->text() == m_password->text();
    m_save->setEnabled(ready);
    m_save->setAccessibleDescription(ready ? tr("Saves the new password")
                                           : tr("Available once the password meets every rule and is "
                                                "typed twice"));
}

void NewPasswordPage::submit()
{
    if (isBusy() || !m_save->isEnabled())
        return;
    setBusy(true, tr("Changing the password…"));
    m_account.completePasswordReset(
        m_resetToken, m_password->text(), this, [this](Portal::ApiResult<bool> result) {
            setBusy(false);
            if (result.ok()) {
                m_resetToken.clear();
                m_password->lineEdit()->clear();
                m_confirm->lineEdit()->clear();
                emit passwordChanged(m_email);
                return;
            }
            const Portal::ApiError &error = result.error();
            if (error.code == u"invalid_reset_token") {
                showError([] {
                    return tr("This reset took too long and has expired. Ask for a new code to start again.");
                });
            } else if (error.code == u"weak_password") {
                QStringList rules;
                for (const QString &code : error.fields.value(QStringLiteral("password"))) {
                    Auth::PasswordPolicy::Rule rule;
                    if (Auth::PasswordPolicy::ruleFromCode(code, &rule))
                        rules << PasswordChecklist::ruleText(rule);
                }
                setFieldNote(
                    m_passwordNote,
                    rules.isEmpty()
                        ? error.message
                        : tr("The portal refused this password. Missing: %1.").arg(rules.join(tr(", "))));
                showError([] { return tr("The password was not changed."); });
            } else {
                showError(error.message);
            }
        });
}

} // namespace Ui
