#include "ui/account/welcomepage.h"

#include "core/auth/accountservice.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

WelcomePage::WelcomePage(Auth::AccountService &account, QWidget *parent)
    : AccountForm(parent),
      m_account(account),
      m_newsletterTitle(new QLabel(body())),
      m_newsletterText(new QLabel(body())),
      m_subscribe(new QPushButton(body())),
      m_continue(new QPushButton(body()))
{
    setObjectName(QStringLiteral("welcomePage"));
    QFont heading = m_newsletterTitle->font();
    heading.setBold(true);
    m_newsletterTitle->setFont(heading);
    m_newsletterTitle->setObjectName(QStringLiteral("newsletterTitle"));
    m_newsletterText->setWordWrap(true);
    m_subscribe->setObjectName(QStringLiteral("subscribeButton"));
    m_continue->setObjectName(QStringLiteral("continueButton"));
    m_continue->setDefault(true);

    auto *newsletter = new QVBoxLayout;
    newsletter->addWidget(m_newsletterTitle);
    newsletter->addWidget(m_newsletterText);
    auto *subscribeRow = new QHBoxLayout;
    subscribeRow->addWidget(m_subscribe);
    subscribeRow->addStretch();
    newsletter->addLayout(subscribeRow);
    form()->addRow(newsletter);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);
    extras()->addSpacing(12);
    extras()->addLayout(buttons);

    connect(m_subscribe, &QPushButton::clicked, this, &WelcomePage::subscribe);
    connect(m_continue, &QPushButton::clicked, this, &WelcomePage::continueRequested);
    // Going back from here means going on: the account exists now.
    connect(this, &AccountForm::backRequested, this, &WelcomePage::continueRequested);
    retranslate();
}

void WelcomePage::retranslate()
{
    AccountForm::retranslate();
    setHeading(tr("Account created"));
    setIntro(tr("You have successfully created your account — from now on you can download videos."));
    m_newsletterTitle->setText(tr("Subscribe to our newsletter"));
    m_newsletterText->setText(
        tr("The portal's news by e-mail. You can unsubscribe at any time in your account."));
    m_subscribe->setText(tr("Subscribe"));
    m_subscribe->setAccessibleName(tr("Subscribe"));
    m_subscribe->setAccessibleDescription(tr("Subscribes this account to the portal's newsletter at once"));
    m_continue->setText(tr("Continue"));
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setAccessibleDescription(tr("Goes back to where you were before creating the account"));
}

void WelcomePage::start()
{
    clearMessage();
    const auto user = m_account.user();
    const bool offer = user && !user->newsletter;
    m_newsletterTitle->setVisible(offer);
    m_newsletterText->setVisible(offer);
    m_subscribe->setVisible(offer);
    m_subscribe->setEnabled(true);
}

void WelcomePage::focusFirstField()
{
    m_continue->setFocus();
}

void WelcomePage::subscribe()
{
    if (isBusy())
        return;
    Portal::ProfileChanges changes;
    changes.newsletter = true;
    setBusy(true, tr("Subscribing…"));
    m_account.updateProfile(changes, this, [this](Portal::ApiResult<Portal::User> result) {
        setBusy(false);
        if (!result.ok()) {
            showError(
                [reason = result.error().message] { return tr("You were not subscribed: %1").arg(reason); });
            return;
        }
        m_subscribe->setEnabled(false);
        m_subscribe->hide();
        m_newsletterText->hide();
        showNotice([] { return tr("You are subscribed to the newsletter."); });
        m_continue->setFocus();
    });
}

} // namespace Ui
