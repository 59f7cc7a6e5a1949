#pragma once

#include "core/portal/accounttypes.h"
#include "core/portal/apierror.h"

#include <functional>

class QObject;

namespace Portal {

class PortalClient;

// The contract's account calls, typed. Each callback runs on the thread of
// `context`, and not at all once `context` is gone.
class AccountApi final
{
public:
    template<class T>
    using Done = std::function<void(ApiResult<T>)>;

    explicit AccountApi(PortalClient &client) : m_client(client) { }

    void registerAccount(const Registration &registration, QObject *context, Done<CodeSent> done);
    void verify(const QString &email, const QString &code, QObject *context, Done<TokenPair> done);
    void resend(const QString &email, CodePurpose purpose, QObject *context, Done<CodeSent> done);
    void login(const QString &email, const QString &password, QObject *context, Done<TokenPair> done);
    void logout(const QString &refreshToken, QObject *context, Done<bool> done);
    void requestPasswordReset(const QString &email, QObject *context, Done<bool> done);
    void verifyPasswordReset(const QString &email, const QString &code, QObject *context,
                             Done<ResetToken> done);
    void completePasswordReset(const QString &resetToken, const QString &password, QObject *context,
                               Done<bool> done);
    void me(QObject *context, Done<User> done);
    void updateMe(const ProfileChanges &changes, QObject *context, Done<User> done);

private:
    PortalClient &m_client;
};

} // namespace Portal
