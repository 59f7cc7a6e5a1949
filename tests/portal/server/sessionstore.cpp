#include "tests/portal/server/sessionstore.h"

#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "tests/portal/server/crypto.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/timeutil.h"

#include <algorithm>

namespace RefPortal {

namespace {
constexpr qint64 KeepExpiredSecs = 24 * 3600;

QString tokenHash(const QString &token)
{
    return Crypto::sha256Hex(token.toUtf8());
}
} // namespace

SessionStore::SessionStore(PortalDatabase &database, const Lifetimes &lifetimes)
    : m_database(database), m_lifetimes(lifetimes)
{ }

Util::Result<std::pair<QString, qint64>> SessionStore::issueAccessToken(const QString &sessionId,
                                                                        qint64 sessionEnd)
{
    const QString token = Crypto::randomToken(32);
    const qint64 now = TimeUtil::nowSecs();
    const qint64 expiresAt = std::min(now + m_lifetimes.accessSecs, sessionEnd);
    auto insert = m_database.db().prepare(
        QStringLiteral("INSERT INTO access_tokens (token_hash, session_id, expires_at) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto done = insert.value().bindAll(tokenHash(token), sessionId, expiresAt).exec(); !done)
        return done.error();
    auto prune = m_database.db().prepare(QStringLiteral("DELETE FROM access_tokens WHERE expires_at < ?"));
    if (!prune)
        return prune.error();
    if (auto done = prune.value().bind(1, now - KeepExpiredSecs).exec(); !done)
        return done.error();
    return std::pair(token, std::max<qint64>(1, expiresAt - now));
}

Util::Result<void> SessionStore::pruneEnded()
{
    // Sessions past their end, with their tokens and refresh history
    // (ON DELETE CASCADE); a token of theirs is then merely unknown.
    auto prune = m_database.db().prepare(QStringLiteral("DELETE FROM sessions WHERE created_at < ?"));
    if (!prune)
        return prune.error();
    return prune.value()
        .bind(1, TimeUtil::nowSecs() - m_lifetimes.sessionMaxAgeSecs - KeepExpiredSecs)
        .exec();
}

Util::Result<SessionStore::Tokens> SessionStore::createSession(const QString &userId)
{
    auto guard = m_database.lock();
    auto tx = Storage::Transaction::begin(m_database.db());
    if (!tx)
        return tx.error();
    if (auto pruned = pruneEnded(); !pruned)
        return pruned.error();
    const QString sessionId = QStringLiteral("ses_") + QString::fromLatin1(Crypto::randomBytes(10).toHex());
    const QString refreshToken = Crypto::randomToken(32);
    const qint64 now = TimeUtil::nowSecs();
    const qint64 end = now + m_lifetimes.sessionMaxAgeSecs;
    auto insert =
        m_database.db().prepare(QStringLiteral("INSERT INTO sessions (id, user_id, refresh_hash, "
                                               "refresh_expires_at, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto done = insert.value()
                        .bindAll(sessionId, userId, tokenHash(refreshToken),
                                 std::min(now + m_lifetimes.refreshSecs, end), now)
                        .exec();
        !done)
        return done.error();
    auto access = issueAccessToken(sessionId, end);
    if (!access)
        return access.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return Tokens {access.value().first, access.value().second, refreshToken};
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

    // Any token this session already rotated away: someone else holds a copy.
    auto reused = m_database.db().prepare(
        QStringLiteral("SELECT session_id FROM refresh_history WHERE token_hash = ?"));
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
        "SELECT id, user_id, refresh_expires_at, revoked, created_at FROM sessions WHERE refresh_hash = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, hash).step();
    if (!row)
        return row.error();
    const qint64 now = TimeUtil::nowSecs();
    if (!row.value() || select.value().columnBool(3) || select.value().columnInt64(2) <= now)
        return Answer();
    const QString sessionId = select.value().columnText(0);
    const QString userId = select.value().columnText(1);
    const qint64 end = select.value().columnInt64(4) + m_lifetimes.sessionMaxAgeSecs;
    if (end <= now)
        return Answer();

    auto remember = m_database.db().prepare(
        QStringLiteral("INSERT OR IGNORE INTO refresh_history (token_hash, session_id) VALUES (?, ?)"));
    if (!remember)
        return remember.error();
    if (auto done = remember.value().bindAll(hash, sessionId).exec(); !done)
        return done.error();
    const QString newRefresh = Crypto::randomToken(32);
    auto update = m_database.db().prepare(
        QStringLiteral("UPDATE sessions SET refresh_hash = ?, refresh_expires_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    if (auto done =
            update.value()
                .bindAll(tokenHash(newRefresh), std::min(now + m_lifetimes.refreshSecs, end), sessionId)
                .exec();
        !done)
        return done.error();
    auto access = issueAccessToken(sessionId, end);
    if (!access)
        return access.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return Answer(std::pair(userId, Tokens {access.value().first, access.value().second, newRefresh}));
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
    // The current token or any earlier one of the family ends the session.
    auto select = m_database.db().prepare(
        QStringLiteral("SELECT id FROM sessions WHERE refresh_hash = ?1 "
                       "UNION SELECT session_id FROM refresh_history WHERE token_hash = ?1"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, hash).step();
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
    ResetToken reset {Crypto::randomToken(32), TimeUtil::nowSecs() + m_lifetimes.resetSecs};
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
