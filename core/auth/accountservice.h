#pragma once

#include "core/portal/accountapi.h"
#include "core/portal/accounttypes.h"
#include "core/portal/apierror.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>
#include <vector>

namespace Portal {
class PortalClient;
}

namespace Auth {

class TokenStore;

// The account journey over the portal, shared by the desktop app and the
// CLI: sign in, create an account and confirm its e-mailed code, reset a
// password, sign out, and the signed-in state across restarts. The session
// (tokens and the user) is kept in the keychain under one entry per portal;
// each rotation of the refresh token is written back at once.
class AccountService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountService)

public:
    enum class State { SignedOut, Restoring, SignedIn };
    Q_ENUM(State)

    template<class T>
    using Done = std::function<void(Portal::ApiResult<T>)>;

    AccountService(Portal::PortalClient &client, TokenStore &tokens, QObject *parent = nullptr);
    ~AccountService() override;

    State state() const { return m_state; }
    std::optional<Portal::User> user() const { return m_user; }
    // False when no keychain answered: the sign-in then lasts only as long as
    // this process.
    bool tokensPersistent() const;
    QString keychainProblem() const;

    // At start: reads the saved session and renews it. Ends SignedIn, or
    // SignedOut when there is none or the portal no longer accepts it.
    void restore(QObject *context, Done<bool> done);

    void signIn(const QString &email, const QString &password, QObject *context, Done<Portal::User> done);
    // Checks the password policy and the e-mail form before sending anything.
    void registerAccount(const Portal::Registration &registration, QObject *context,
                         Done<Portal::CodeSent> done);
    // Confirms the registration code; signs in on success.
    void verifyRegistration(const QString &email, const QString &code, QObject *context,
                            Done<Portal::User> done);
    void resendCode(const QString &email, Portal::CodePurpose purpose, QObject *context,
                    Done<Portal::CodeSent> done);
    void requestPasswordReset(const QString &email, QObject *context, Done<bool> done);
    void verifyResetCode(const QString &email, const QString &code, QObject *context,
                         Done<Portal::ResetToken> done);
    // Checks the policy first. The portal then ends every session of the
    // account, so the local one is ended too.
    void completePasswordReset(const QString &resetToken, const QString &newPassword, QObject *context,
                               Done<bool> done);
    void refreshProfile(QObject *context, Done<Portal::User> done);
    void updateProfile(const Portal::ProfileChanges &changes, QObject *context, Done<Portal::User> done);
    // Ends the session locally whatever the portal answers.
    void signOut(QObject *context, Done<bool> done);

    // Runs `done` once every keychain write under way has finished (at once
    // when none is). A process about to exit waits for this, so that a
    // rotated refresh token is never lost.
    void whenSaved(QObject *context, std::function<void()> done);

    // The contract's e-mail check, loosely: one @, something on both sides, a dot in the domain.
    static bool looksLikeEmail(const QString &email);
    // A weak_password error listing the unmet rules, made without asking the portal.
    static std::optional<Portal::ApiError> checkPassword(const QString &password);

signals:
    void stateChanged(Auth::AccountService::State state);
    void userChanged();
    // The portal no longer accepts the saved sign-in.
    void sessionExpired(const QString &message);
    void persistenceChanged(bool persistent);

private:
    QString keychainKey() const;
    void setState(State state);
    void startSession(const Portal::TokenPair &tokens);
    void saveSession(const Portal::TokenPair &tokens);
    void forgetSession();
    void forgetSession(const QString &refused);
    void removeSaved();
    void writeStarted();
    void writeFinished();

    Portal::PortalClient &m_client;
    Portal::AccountApi m_api;
    TokenStore &m_tokens;
    State m_state = State::SignedOut;
    std::optional<Portal::User> m_user;
    int m_pendingWrites = 0;
    std::vector<std::pair<QPointer<QObject>, std::function<void()>>> m_savedWaiters;
};

} // namespace Auth
