#include "tests/portal/server/sessionstore.h"

#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "tests/portal/server/crypto.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/timeutil.h"

namespace RefPortal {

namespace {
constexpr qint64 KeepExpiredSecs = 24 * 3600;

QString tokenHash(const QString &token)
{
    return Crypto::sha256Hex(token.toUtf8());
}
} // namespace

SessionStore::SessionStore(PortalDatabase &database, qint64 accessLifetimeSecs, qint64 refreshLifetimeSecs,
                           qint64 resetLifetimeSecs)
    : m_database(database),
      m_accessLifetimeSecs(accessLifetimeSecs),
      m_refreshLifetimeSecs(refreshLifetimeSecs),
      m_resetLifetimeSecs(resetLifetimeSecs)
{ }

Util::Result<QString> SessionStore::issueAccessToken(const QString &sessionId)
{
    const QString token = Crypto::randomToken(32);
    auto insert = m_database.db().prepare(
        QStringLiteral("INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto done = insert.value()
                        .bindAll(tokenHash(token), sessionId, TimeUtil::nowSecs() + m_accessLifetimeSecs)
                        .exec();
        !done)
        return done.error();
    auto prune = m_database.db().prepare(QStringLiteral("DELETE FROM access_tokens WHERE expires_at < ?"));
    if (!prune)
        return prune.error();
    if (auto done = prune.value().bind(1, TimeUtil::nowSecs() - KeepExpiredSecs).exec(); !done)
        return done.error();
    return token;
}

Util::Result<SessionStore::Tokens> SessionStore::createSession(const QString &userId)
{
    auto guard = m_database.lock();
    auto tx = Storage::Transaction::begin(m_database.db());
    if (!tx)
        return tx.error();
    const QString sessionId = QStringLiteral("ses_") + QString::fromLatin1(Crypto::randomBytes(10).toHex());
    const QString refreshToken = Crypto::randomToken(32);
    const qint64 now = TimeUtil::nowSecs();
    auto insert =
        m_database.db().prepare(QStringLiteral("INSERT INTO sessions (id, user_id, refresh_hash, "
                                               "refresh_expires_at, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto done = insert.value()
                        .bindAll(sessionId, userId, tokenHash(refreshToken), now + m_refreshLifetimeSecs, now)
                        .exec();
        !done)
        return done.error();
    auto access = issueAccessToken(sessionId);
    if (!access)
        return access.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return Tokens {access.value(), m_accessLifetimeSecs, refreshToken};
}

Util::Result<std::optional<std::pair<QString, SessionStore::Tokens>>>
SessionStore::rotate(const QString &refreshToken)
{
    using Answer = std::optional<std::pair<QString, Tokens>>;
    auto guard = m_database.lock();
    auto tx = Storage::Transaction::begin(m_database.db());
    if (!tx)
        return tx.error();
    const QString hash = tokenHash(refreshToken);

    // A token that was already rotated away: someone else holds a copy.
    auto reused =
        m_database.db().prepare(QStringLiteral("SELECT id FROM sessions WHERE previous_refresh_hash = ?"));
    if (!reused)
        return reused.error();
    auto reusedRow = reused.value().bind(1, hash).step();
    if (!reusedRow)
        return reusedRow.error();
    if (reusedRow.value()) {
        if (auto revoked = revokeSession(reused.value().columnText(0)); !revoked)
            return revoked.error();
        if (auto committed = tx.value().commit(); !committed)
            return committed.error();
        return Answer();
    }

    auto select = m_database.db().prepare(QStringLiteral(
        "SELECT id, user_id, refresh_expires_at, revoked FROM sessions WHERE refresh_hash = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, hash).step();
    if (!row)
        return row.error();
    if (!row.value() || select.value().columnBool(3) || select.value().columnInt64(2) <= TimeUtil::nowSecs())
        return Answer();
    const QString sessionId = select.value().columnText(0);
    const QString userId = select.value().columnText(1);

    const QString newRefresh = Crypto::randomToken(32);
    auto update =
        m_database.db().prepare(QStringLiteral("UPDATE sessions SET previous_refresh_hash = refresh_hash, "
                                               "refresh_hash = ?, refresh_expires_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    if (auto done =
            update.value()
                .bindAll(tokenHash(newRefresh), TimeUtil::nowSecs() + m_refreshLifetimeSecs, sessionId)
                .exec();
        !done)
        return done.error();
    auto access = issueAccessToken(sessionId);
    if (!access)
        return access.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return Answer(std::pair(userId, Tokens {access.value(), m_accessLifetimeSecs, newRefresh}));
}

Util::Result<void> SessionStore::revokeSession(const QString &sessionId)
{
    auto update = m_database.db().prepare(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE id = ?"));
    if (!update)
        return update.error();
    if (auto done = update.value().bind(1, sessionId).exec(); !done)
        return done;
    auto drop = m_database.db().prepare(QStringLiteral("DELETE FROM access_tokens WHERE session_id = ?"));
    if (!drop)
        return drop.error();
    return drop.value().bind(1, sessionId).exec();
}

Util::Result<void> SessionStore::revokeByRefreshToken(const QString &refreshToken)
{
    auto guard = m_database.lock();
    auto tx = Storage::Transaction::begin(m_database.db());
    if (!tx)
        return tx.error();
    const QString hash = tokenHash(refreshToken);
    auto select = m_database.db().prepare(
        QStringLiteral("SELECT id FROM sessions WHERE refresh_hash = ? OR previous_refresh_hash = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bindAll(hash, hash).step();
    if (!row)
        return row.error();
    if (row.value()) {
        if (auto revoked = revokeSession(select.value().columnText(0)); !revoked)
            return revoked;
    }
    return tx.value().commit();
}

Util::Result<void> SessionStore::revokeAllForUser(const QString &userId)
{
    auto guard = m_database.lock();
    auto tx = Storage::Transaction::begin(m_database.db());
    if (!tx)
        return tx.error();
    auto drop = m_database.db().prepare(QStringLiteral(
        "DELETE FROM access_tokens WHERE session_id IN (SELECT id FROM sessions WHERE user_id = ?)"));
    if (!drop)
        return drop.error();
    if (auto done = drop.value().bind(1, userId).exec(); !done)
        return done;
    auto update =
        m_database.db().prepare(QStringLiteral("UPDATE sessions SET revoked = 1 WHERE user_id = ?"));
    if (!update)
        return update.error();
    if (auto done = update.value().bind(1, userId).exec(); !done)
        return done;
    return tx.value().commit();
}

Util::Result<SessionStore::Access> SessionStore::checkAccess(const QString &accessToken)
{
    auto guard = m_database.lock();
    auto select =
        m_database.db().prepare(QStringLiteral("SELECT s.user_id, a.expires_at, s.revoked FROM access_tokens "
                                               "a JOIN sessions s ON s.id = a.session_id "
                                               "WHERE a.token_hash = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, tokenHash(accessToken)).step();
    if (!row)
        return row.error();
    if (!row.value() || select.value().columnBool(2))
        return Access {AccessState::Invalid, {}};
    const QString userId = select.value().columnText(0);
    if (select.value().columnInt64(1) <= TimeUtil::nowSecs())
        return Access {AccessState::Expired, userId};
    return Access {AccessState::Valid, userId};
}

Util::Result<SessionStore::ResetToken> SessionStore::createResetToken(const QString &userId)
{
    auto guard = m_database.lock();
    ResetToken reset {Crypto::randomToken(32), TimeUtil::nowSecs() + m_resetLifetimeSecs};
    auto insert = m_database.db().prepare(
        QStringLiteral("INSERT INTO reset_tokens (token_hash, user_id, expires_at) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto done = insert.value().bindAll(tokenHash(reset.token), userId, reset.expiresAt).exec(); !done)
        return done.error();
    return reset;
}

Util::Result<std::optional<QString>> SessionStore::resetTokenUser(const QString &token)
{
    auto guard = m_database.lock();
    auto select = m_database.db().prepare(QStringLiteral(
        "SELECT user_id FROM reset_tokens WHERE token_hash = ? AND used = 0 AND expires_at > ?"));
    if (!select)
        return select.error();
    auto row = select.value().bindAll(tokenHash(token), TimeUtil::nowSecs()).step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QString>();
    return std::optional<QString>(select.value().columnText(0));
}

Util::Result<void> SessionStore::consumeResetToken(const QString &token)
{
    auto guard = m_database.lock();
    auto update =
        m_database.db().prepare(QStringLiteral("UPDATE reset_tokens SET used = 1 WHERE token_hash = ?"));
    if (!update)
        return update.error();
    return update.value().bind(1, tokenHash(token)).exec();
}

} // namespace RefPortal
