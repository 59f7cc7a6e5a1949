#include "ui/account/codepage.h"

#include "core/auth/accountservice.h"
#include "ui/account/codeinput.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

namespace {

qint64 secondsUntil(const QDateTime &when)
{
    // Rounded up, so that "00:00" is shown only once the time is really over.
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

} // namespace

CodePage::CodePage(Auth::AccountService &account, QWidget *parent)
    : AccountForm(parent),
      m_account(account),
      m_sentTo(new QLabel(body())),
      m_code(new CodeInput(body())),
      m_timeLeft(new QLabel(body())),
      m_confirm(new QPushButton(body())),
      m_resend(new QPushButton(body())),
      m_back(new QPushButton(body())),
      m_codeLabel(new QLabel(body())),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("codePage"));
    m_sentTo->setObjectName(QStringLiteral("sentTo"));
    m_sentTo->setWordWrap(true);
    m_sentTo->setTextFormat(Qt::PlainText);
    m_sentTo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_timeLeft->setObjectName(QStringLiteral("timeLeft"));
    m_timeLeft->setWordWrap(true);

    m_codeLabel->setBuddy(m_code);
    form()->addRow(m_sentTo);
    form()->addRow(m_codeLabel, m_code);
    form()->addRow(QString(), m_timeLeft);

    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_confirm->setDefault(true);
    m_resend->setObjectName(QStringLiteral("resendButton"));
    m_back->setObjectName(QStringLiteral("backLink"));
    makeLinkButton(m_back);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_resend);
    buttons->addWidget(m_confirm);
    extras()->addSpacing(6);
    extras()->addLayout(buttons);

    // Reading order, whatever order the controls were made in.
    setTabOrder(m_code, m_confirm);
    setTabOrder(m_confirm, m_resend);
    setTabOrder(m_resend, m_back);

    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &CodePage::tick);
    connect(m_code, &CodeInput::completed, this, &CodePage::autoSubmit);
    // Typing the code again, even the same one, is a new try.
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        if (!m_code->isComplete())
            m_lastTried.clear();
    });
    connect(m_code, &QLineEdit::returnPressed, this, &CodePage::submit);
    connect(m_code, &QLineEdit::textChanged, this, [this] { m_confirm->setEnabled(m_code->isComplete()); });
    connect(m_confirm, &QPushButton::clicked, this, &CodePage::submit);
    connect(m_resend, &QPushButton::clicked, this, &CodePage::resend);
    connect(m_back, &QPushButton::clicked, this, &CodePage::backRequested);
    retranslate();
}

void CodePage::retranslate()
{
    AccountForm::retranslate();
    setHeading(tr("Enter the code"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setAccessibleDescription(
        tr("The 6 digits from the e-mail; it is checked as soon as all six are in"));
    m_codeLabel->setText(tr("&Code:"));
    m_confirm->setText(tr("Confirm"));
    m_confirm->setAccessibleName(tr("Confirm"));
    m_confirm->setAccessibleDescription(tr("Checks the code"));
    m_resend->setAccessibleDescription(tr("E-mails a new code; the previous one then stops working"));
    m_back->setText(tr("Back"));
    m_back->setAccessibleName(tr("Back"));
    if (!m_email.isEmpty())
        setIntro(m_purpose == Portal::CodePurpose::Register
                     ? tr("Confirm your e-mail address to finish creating your account.")
                     : tr("Confirm that this address is yours to choose a new password."));
    switch (m_sent) {
    case Sent::Before:
        m_sentTo->setText(tr("The code was sent to %1.").arg(m_email));
        break;
    case Sent::Now:
        m_sentTo->setText(tr("We sent a 6-digit code to %1.").arg(m_email));
        break;
    case Sent::Again:
        m_sentTo->setText(tr("We sent a new 6-digit code to %1.").arg(m_email));
        break;
    case Sent::Nothing:
        break;
    }
    // The time left and the resend button, from the clock.
    tick();
}

QString CodePage::clock(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void CodePage::start(Portal::CodePurpose purpose, const QString &email, std::optional<QDateTime> expiresAt,
                     bool justSent, Words notice)
{
    m_purpose = purpose;
    m_email = email;
    m_expiresAt = std::move(expiresAt);
    m_burned = false;
    m_lastTried.clear();
    m_code->clear();
    m_code->setEnabled(true);
    m_sent = justSent ? Sent::Now : Sent::Before;
    m_cooldownUntil = justSent ? QDateTime::currentDateTimeUtc().addSecs(ResendCooldownSeconds) : QDateTime();
    if (notice)
        showNotice(std::move(notice));
    else
        clearMessage();
    m_timer->start();
    retranslate();
}

void CodePage::focusFirstField()
{
    m_code->setFocus();
}

void CodePage::showEvent(QShowEvent *event)
{
    AccountForm::showEvent(event);
    if (!m_email.isEmpty()) {
        m_timer->start();
        tick();
    }
}

void CodePage::hideEvent(QHideEvent *event)
{
    // Nothing to count down for while nobody sees it; start() and showEvent() catch up.
    m_timer->stop();
    AccountForm::hideEvent(event);
}

void CodePage::busyChanged(bool busy)
{
    if (!busy)
        tick();
}

void CodePage::tick()
{
    if (!m_expiresAt || !m_expiresAt->isValid()) {
        m_timeLeft->setText(tr("A code stays valid for 30 minutes after it is sent."));
        m_timeLeft->setAccessibleName(m_timeLeft->text());
    } else if (const qint64 left = secondsUntil(*m_expiresAt); left > 0) {
        m_timeLeft->setText(tr("Time left: %1").arg(clock(left)));
        m_timeLeft->setAccessibleName(
            tr("The code expires in %n minute(s)", nullptr, static_cast<int>((left + 59) / 60)));
    } else {
        m_timeLeft->setText(tr("This code has expired. Send a new code."));
        m_timeLeft->setAccessibleName(m_timeLeft->text());
    }

    const qint64 wait = m_cooldownUntil.isValid() ? secondsUntil(m_cooldownUntil) : 0;
    if (wait > 0) {
        m_resend->setText(tr("Send New Code (%1)").arg(clock(wait)));
        m_resend->setAccessibleName(
            tr("Send new code, possible in %n second(s)", nullptr, static_cast<int>(wait)));
    } else {
        m_resend->setText(tr("Send New Code"));
        m_resend->setAccessibleName(m_resend->text());
    }
    m_resend->setEnabled(wait == 0);
    m_confirm->setEnabled(m_code->isComplete() && !m_burned);
}

void CodePage::startCooldown(qint64 seconds)
{
    m_cooldownUntil = QDateTime::currentDateTimeUtc().addSecs(seconds);
    m_timer->start();
    tick();
}

void CodePage::autoSubmit(const QString &code)
{
    if (code != m_lastTried)
        submit();
}

void CodePage::submit()
{
    if (isBusy() || !m_code->isComplete() || m_burned)
        return;
    const QString code = m_code->code();
    m_lastTried = code;
    setBusy(true, tr("Checking the code…"));
    if (m_purpose == Portal::CodePurpose::Register) {
        m_account.verifyRegistration(m_email, code, this, [this](Portal::ApiResult<Portal::User> result) {
            setBusy(false);
            if (result.ok())
                emit registrationConfirmed();
            else
                showVerifyError(result.error());
        });
    } else {
        m_account.verifyResetCode(m_email, code, this, [this](Portal::ApiResult<Portal::ResetToken> result) {
            setBusy(false);
            if (result.ok())
                emit resetCodeAccepted(m_email, result.value().token);
            else
                showVerifyError(result.error());
        });
    }
}

void CodePage::showVerifyError(const Portal::ApiError &error)
{
    if (error.code == u"invalid_code") {
        showError([] { return tr("That code is wrong. Check the latest e-mail and type it again."); });
        m_code->setFocus();
        m_code->selectAll();
    } else if (error.code == u"code_expired") {
        m_expiresAt = QDateTime::currentDateTimeUtc();
        showError([] { return tr("This code has expired. Send a new code and enter that one."); });
        m_resend->setFocus();
    } else if (error.code == u"too_many_attempts") {
        m_burned = true;
        m_code->setEnabled(false);
        if (error.retryAfterSeconds && *error.retryAfterSeconds > 0)
            showError([wait = *error.retryAfterSeconds] {
                return tr("Too many wrong codes for this address: the portal takes codes again in %1.")
                    .arg(Portal::ApiError::waitText(wait));
            });
        else
            showError(
                [] { return tr("Too many wrong attempts: this code no longer works. Send a new code."); });
        m_resend->setFocus();
    } else {
        showError(error.message);
    }
    tick();
}

void CodePage::resend()
{
    if (isBusy() || !m_resend->isEnabled())
        return;
    setBusy(true, tr("Sending a new code…"));
    m_account.resendCode(m_email, m_purpose, this, [this](Portal::ApiResult<Portal::CodeSent> result) {
        setBusy(false);
        if (result.ok()) {
            m_expiresAt = result.value().codeExpiresAt;
            m_burned = false;
            m_lastTried.clear();
            m_code->setEnabled(true);
            m_code->clear();
            m_sent = Sent::Again;
            retranslate();
            showNotice([] { return tr("A new code is on its way. The previous one no longer works."); });
            startCooldown(ResendCooldownSeconds);
            m_code->setFocus();
            return;
        }
        const Portal::ApiError &error = result.error();
        if (error.httpStatus == 429) {
            const qint64 wait = error.retryAfterSeconds.value_or(ResendCooldownSeconds);
            showError([wait] {
                return tr("The portal asks to wait before it sends another code. You can ask for a new one "
                          "in %1.")
                    .arg(Portal::ApiError::waitText(wait));
            });
            startCooldown(wait);
        } else {
            showError(error.message);
        }
    });
}

} // namespace Ui
