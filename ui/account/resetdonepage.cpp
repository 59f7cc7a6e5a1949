#include "ui/account/resetdonepage.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

ResetDonePage::ResetDonePage(QWidget *parent)
    : AccountForm(tr("Password updated"), parent), m_continue(new QPushButton(tr("Continue"), body()))
{
    setObjectName(QStringLiteral("resetDonePage"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);
    m_continue->setAccessibleDescription(tr("Goes back to where you were before resetting the password"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);
    extras()->addLayout(buttons);
    connect(m_continue, &QPushButton::clicked, this, &ResetDonePage::continueRequested);
    // Going back from here means going on: the reset cannot be undone.
    connect(this, &AccountForm::backRequested, this, &ResetDonePage::continueRequested);
}

void ResetDonePage::start(const QString &email)
{
    setIntro(tr("Your password has been updated. Every device that was signed in to %1 has been signed out; "
                "sign in again with the new password.")
                 .arg(email));
}

void ResetDonePage::focusFirstField()
{
    m_continue->setFocus();
}

} // namespace Ui
