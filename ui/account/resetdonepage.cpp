#include "ui/account/resetdonepage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ResetDonePage::ResetDonePage(QWidget *parent) : AccountForm(parent), m_continue(new QPushButton(body()))
{
    setObjectName(QStringLiteral("resetDonePage"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);
    extras()->addLayout(buttons);
    connect(m_continue, &QPushButton::clicked, this, &ResetDonePage::continueRequested);
    // Going back from here means going on: the reset cannot be undone.
    connect(this, &AccountForm::backRequested, this, &ResetDonePage::continueRequested);
    retranslate();
}

void ResetDonePage::retranslate()
{
    AccountForm::retranslate();
    setHeading(tr("Password updated"));
    m_continue->setText(tr("Continue"));
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setAccessibleDescription(tr("Goes back to where you were before resetting the password"));
    if (!m_email.isEmpty())
        setIntro(tr("Your password has been updated. Every device that was signed in to %1 has been signed "
                    "out; sign in again with the new password.")
                     .arg(m_email));
}

void ResetDonePage::start(const QString &email)
{
    m_email = email;
    retranslate();
}

void ResetDonePage::focusFirstField()
{
    m_continue->setFocus();
}

} // namespace Ui
