#pragma once

#include "core/portal/accounttypes.h"
#include "ui/account/accountform.h"

#include <QDateTime>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace Auth {
class AccountService;
}
namespace Portal {
struct ApiError;
}

namespace Ui {

class CodeInput;

// Enter the 6-digit code the portal e-mailed, to confirm a new account or
// to reset a password. Shows where the code went and how long it stays
// valid, and offers a new code once the portal allows one.
class CodePage final : public AccountForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodePage)

public:
    // The portal accepts one new code a minute per address.
    static constexpr int ResendCooldownSeconds = 60;

    explicit CodePage(Auth::AccountService &account, QWidget *parent = nullptr);

    // expiresAt: when the code sent last expires, if known. justSent: a code
    // went out a moment ago, so a new one has to wait for the cooldown.
    void start(Portal::CodePurpose purpose, const QString &email, std::optional<QDateTime> expiresAt,
               bool justSent, Words notice = {});
    Portal::CodePurpose purpose() const { return m_purpose; }
    QString email() const { return m_email; }
    void focusFirstField() override;

    // "mm:ss" for a number of seconds.
    static QString clock(qint64 seconds);

signals:
    // Registration confirmed: the account service has signed in.
    void registrationConfirmed();
    void resetCodeAccepted(const QString &email, const QString &resetToken);

private:
    void tick();
    void autoSubmit(const QString &code);
    void submit();
    void resend();
    void showVerifyError(const Portal::ApiError &error);
    void startCooldown(qint64 seconds);
    void busyChanged(bool busy) override;
    void retranslate() override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

    Auth::AccountService &m_account;
    Portal::CodePurpose m_purpose = Portal::CodePurpose::Register;
    QString m_email;
    std::optional<QDateTime> m_expiresAt;
    QDateTime m_cooldownUntil;
    bool m_burned = false;
    // The last code sent for checking, so that a stray key does not send it again.
    QString m_lastTried;
    QLabel *m_sentTo;
    CodeInput *m_code;
    QLabel *m_timeLeft;
    QPushButton *m_confirm;
    QPushButton *m_resend;
    QPushButton *m_back;
    QLabel *m_codeLabel;
    QTimer *m_timer;
    // What the line above the field says about the code's e-mail.
    enum class Sent { Nothing, Before, Now, Again };
    Sent m_sent = Sent::Nothing;
};

} // namespace Ui
