#pragma once

#include "core/util/result.h"

#include <QString>

#include <optional>

namespace RefPortal {

class PortalDatabase;

// Sessions with their tokens. Access and refresh tokens are opaque random
// strings; only their SHA-256 is stored. Each refresh rotates the refresh
// token and remembers the old one: presenting any earlier token of a session
// (its family) revokes the whole session, since someone holds a copy. A
// session ends maxAgeSecs after its login whatever the refreshes; no token
// outlives it. Expired access tokens are kept for a day so that they answer
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

    struct Lifetimes
    {
        qint64 accessSecs = 15 * 60;
        qint64 refreshSecs = 30 * 24 * 3600; // since the last refresh
        qint64 sessionMaxAgeSecs = 30 * 24 * 3600; // since the login
        qint64 resetSecs = 15 * 60;
    };

    SessionStore(PortalDatabase &database, const Lifetimes &lifetimes);

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

private:
    // The access token and its lifetime, never past the session's end.
    Util::Result<std::pair<QString, qint64>> issueAccessToken(const QString &sessionId, qint64 sessionEnd);
    Util::Result<void> revokeSession(const QString &sessionId);
    Util::Result<void> pruneEnded();

    PortalDatabase &m_database;
    Lifetimes m_lifetimes;
};

} // namespace RefPortal
