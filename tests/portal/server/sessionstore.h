#pragma once

#include "core/util/result.h"

#include <QString>

#include <optional>

namespace RefPortal {

class PortalDatabase;

// Sessions with their tokens. Access and refresh tokens are opaque random
// strings; only their SHA-256 is stored. Each refresh rotates the refresh
// token; presenting an already rotated one revokes the whole session (it was
// copied). Expired access tokens are kept for a day so that they answer
// token_expired rather than invalid_token.
class SessionStore final
{
public:
    struct Tokens
    {
        QString accessToken;
        qint64 accessExpiresIn = 0;
        QString refreshToken;
    };

    enum class AccessState {
        Valid,
        Expired,
        Invalid,
    };

    struct Access
    {
        AccessState state = AccessState::Invalid;
        QString userId;
    };

    struct ResetToken
    {
        QString token;
        qint64 expiresAt = 0;
    };

    SessionStore(PortalDatabase &database, qint64 accessLifetimeSecs, qint64 refreshLifetimeSecs,
                 qint64 resetLifetimeSecs);

    Util::Result<Tokens> createSession(const QString &userId);
    // New tokens for a valid refresh token, with the user id; nullopt when
    // the refresh token is unknown, rotated, revoked or expired.
    Util::Result<std::optional<std::pair<QString, Tokens>>> rotate(const QString &refreshToken);
    Util::Result<void> revokeByRefreshToken(const QString &refreshToken);
    Util::Result<void> revokeAllForUser(const QString &userId);
    Util::Result<Access> checkAccess(const QString &accessToken);

    Util::Result<ResetToken> createResetToken(const QString &userId);
    // The user id of a live reset token; consume marks it used.
    Util::Result<std::optional<QString>> resetTokenUser(const QString &token);
    Util::Result<void> consumeResetToken(const QString &token);

    qint64 accessLifetimeSecs() const { return m_accessLifetimeSecs; }

private:
    Util::Result<QString> issueAccessToken(const QString &sessionId);
    Util::Result<void> revokeSession(const QString &sessionId);

    PortalDatabase &m_database;
    qint64 m_accessLifetimeSecs;
    qint64 m_refreshLifetimeSecs;
    qint64 m_resetLifetimeSecs;
};

} // namespace RefPortal
