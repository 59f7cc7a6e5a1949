#include "tests/portal/server/codestore.h"

#include "core/storage/statement.h"
#include "tests/portal/server/crypto.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/timeutil.h"

namespace RefPortal {

CodeStore::CodeStore(PortalDatabase &database, QByteArray key, qint64 lifetimeSecs)
    : m_database(database), m_key(std::move(key)), m_lifetimeSecs(lifetimeSecs)
{ }

QString CodeStore::codeHash(const QString &email, const QString &userId, const QString &purpose,
                            const QString &code) const
{
    // Keyed: a million possible codes would fall to a plain hash at once.
    const QByteArray message = (email + u'\n' + userId + u'\n' + purpose + u'\n' + code).toUtf8();
    return QString::fromLatin1(Crypto::hmacSha256(m_key, message).toHex());
}

Util::Result<CodeStore::Issued> CodeStore::issue(const QString &email, const QString &userId,
                                                 const QString &purpose)
{
    auto guard = m_database.lock();
    Issued issued {Crypto::randomDigits(6), TimeUtil::nowSecs() + m_lifetimeSecs};
    auto stmt = m_database.db().prepare(QStringLiteral(
        "INSERT INTO codes (email, purpose, user_id, code_hash, expires_at, attempts, used) "
        "VALUES (?, ?, ?, ?, ?, 0, 0) "
        "ON CONFLICT (email, purpose) DO UPDATE SET user_id = excluded.user_id, "
        "code_hash = excluded.code_hash, expires_at = excluded.expires_at, attempts = 0, used = 0"));
    if (!stmt)
        return stmt.error();
    if (auto done = stmt.value()
                        .bindAll(email, purpose, userId, codeHash(email, userId, purpose, issued.code),
                                 issued.expiresAt)
                        .exec();
        !done)
        return done.error();
    return issued;
}

Util::Result<CodeStore::Check> CodeStore::check(const QString &email, const QString &userId,
                                                const QString &purpose, const QString &code)
{
    auto guard = m_database.lock();
    auto select =
        m_database.db().prepare(QStringLiteral("SELECT code_hash, expires_at, attempts, used, user_id "
                                               "FROM codes WHERE email = ? AND purpose = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bindAll(email, purpose).step();
    if (!row)
        return row.error();
    // No code, a used one, or one mailed for another registration.
    if (!row.value() || select.value().columnBool(3) || userId.isEmpty()
        || select.value().columnText(4) != userId)
        return Check::Invalid;
    const QString storedHash = select.value().columnText(0);
    const qint64 expiresAt = select.value().columnInt64(1);
    const int attempts = select.value().columnInt(2);
    if (attempts >= MaxAttempts)
        return Check::TooManyAttempts;
    if (TimeUtil::nowSecs() >= expiresAt)
        return Check::Expired;

    const bool matches = Crypto::constantTimeEquals(
        codeHash(email, userId, purpose, code.trimmed()).toLatin1(), storedHash.toLatin1());
    auto update = m_database.db().prepare(
        matches ? QStringLiteral("UPDATE codes SET used = 1 WHERE email = ? AND purpose = ?")
                : QStringLiteral("UPDATE codes SET attempts = attempts + 1 WHERE email = ? AND purpose = ?"));
    if (!update)
        return update.error();
    if (auto done = update.value().bindAll(email, purpose).exec(); !done)
        return done.error();
    if (matches)
        return Check::Accepted;
    // The attempt that reaches the limit already burns the code.
    return attempts + 1 >= MaxAttempts ? Check::Burned : Check::Invalid;
}

} // namespace RefPortal
