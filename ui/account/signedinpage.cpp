#include "ui/account/signedinpage.h"

#include "core/auth/accountservice.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Ui {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

SignedInPage::SignedInPage(Auth::AccountService &account, QWidget *parent)
    : AccountForm(parent),
      m_account(account),
      m_keychainWarning(new QLabel(body())),
      m_name(valueLabel(QStringLiteral("nameValue"), body())),
      m_email(valueLabel(QStringLiteral("emailValue"), body())),
      m_organisation(valueLabel(QStringLiteral("organisationValue"), body())),
      m_newsletter(new QCheckBox(body())),
      m_changePassword(new QPushButton(body())),
      m_signOut(new QPushButton(body())),
      m_nameLabel(new QLabel(body())),
      m_emailLabel(new QLabel(body())),
      m_organisationLabel(new QLabel(body()))
{
    setObjectName(QStringLiteral("signedInPage"));

    m_keychainWarning->setObjectName(QStringLiteral("keychainWarning"));
    m_keychainWarning->setWordWrap(true);
    m_keychainWarning->setStyleSheet(
        QStringLiteral("QLabel { color: #5c4400; background: #fff4d6; border: 1px "
                       "solid #e0c46c; border-radius: 4px; padding: 6px; }"));

    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    m_organisationLabel->setBuddy(m_organisation);
    // First, where it cannot be missed.
    form()->addRow(m_keychainWarning);
    form()->addRow(m_nameLabel, m_name);
    form()->addRow(m_emailLabel, m_email);
    form()->addRow(m_organisationLabel, m_organisation);
    form()->addRow(QString(), m_newsletter);

    m_newsletter->setObjectName(QStringLiteral("newsletterCheck"));
    m_changePassword->setObjectName(QStringLiteral("changePasswordLink"));
    makeLinkButton(m_changePassword);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_changePassword);
    buttons->addStretch();
    buttons->addWidget(m_signOut);
    extras()->addSpacing(12);
    extras()->addLayout(buttons);
    setTabOrder(m_newsletter, m_changePassword);
    setTabOrder(m_changePassword, m_signOut);

    connect(&m_account, &Auth::AccountService::userChanged, this, &SignedInPage::showUser);
    connect(&m_account, &Auth::AccountService::persistenceChanged, this, &SignedInPage::showPersistence);
    // clicked, not toggled: only a person's choice goes to the portal.
    connect(m_newsletter, &QCheckBox::clicked, this, &SignedInPage::setNewsletter);
    connect(m_changePassword, &QPushButton::clicked, this,
            [this] { emit changePasswordRequested(m_email->text()); });
    connect(m_signOut, &QPushButton::clicked, this, &SignedInPage::signOut);
    showPersistence(m_account.tokensPersistent());
    retranslate();
}

void SignedInPage::retranslate()
{
    AccountForm::retranslate();
    setHeading(tr("Your account"));
    m_keychainWarning->setText(
        tr("No keychain is available, so this sign-in lasts only until Multimedia Desk "
           "closes. Start the system keychain (GNOME Keyring or KWallet) to stay signed "
           "in."));
    m_keychainWarning->setAccessibleName(tr("Warning"));
    m_keychainWarning->setAccessibleDescription(m_keychainWarning->text());
    m_name->setAccessibleName(tr("Name"));
    m_email->setAccessibleName(tr("E-mail address"));
    m_organisation->setAccessibleName(tr("Organisation"));
    m_nameLabel->setText(tr("Name:"));
    m_emailLabel->setText(tr("E-mail:"));
    m_organisationLabel->setText(tr("Organisation:"));
    m_newsletter->setText(tr("Send me the portal's &newsletter"));
    m_newsletter->setAccessibleName(tr("Send me the portal's newsletter"));
    m_newsletter->setAccessibleDescription(tr("News of the portal by e-mail; the change is saved at once"));
    m_changePassword->setText(tr("Change Password…"));
    m_changePassword->setAccessibleName(tr("Change Password…"));
    m_changePassword->setAccessibleDescription(tr("E-mails you a code to choose a new password"));
    m_signOut->setText(tr("Sign Out"));
    m_signOut->setAccessibleName(tr("Sign Out"));
    m_signOut->setAccessibleDescription(
        tr("Ends the sign-in on this computer and removes it from the keychain"));
    // "(none)" for a missing organisation.
    showUser();
}

void SignedInPage::focusFirstField()
{
    m_newsletter->setFocus();
}

void SignedInPage::showUser()
{
    const auto user = m_account.user();
    if (!user)
        return;
    m_name->setText(user->displayName);
    m_email->setText(user->email);
    m_organisation->setText(user->organisation.isEmpty() ? tr("(none)") : user->organisation);
    const QSignalBlocker blocker(m_newsletter);
    m_newsletter->setChecked(user->newsletter);
}

void SignedInPage::showPersistence(bool persistent)
{
    m_keychainWarning->setVisible(!persistent);
}

void SignedInPage::setNewsletter(bool wanted)
{
    if (isBusy())
        return;
    Portal::ProfileChanges changes;
    changes.newsletter = wanted;
    setBusy(true, tr("Saving…"));
    m_account.updateProfile(changes, this, [this, wanted](Portal::ApiResult<Portal::User> result) {
        setBusy(false);
        if (result.ok()) {
            showNotice([wanted] {
                return wanted ? tr("You will receive the newsletter.")
                              : tr("You will no longer receive the newsletter.");
            });
            return;
        }
        const QSignalBlocker blocker(m_newsletter);
        m_newsletter->setChecked(!wanted);
        showError([reason = result.error().message] {
            return tr("The newsletter choice was not saved: %1").arg(reason);
        });
    });
}

void SignedInPage::signOut()
{
    if (isBusy())
        return;
    setBusy(true, tr("Signing out…"));
    m_account.signOut(this, [this](Portal::ApiResult<bool>) { setBusy(false); });
}

} // namespace Ui
