#include "tests/portal/server/codestore.h"

#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "tests/portal/server/crypto.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/timeutil.h"

namespace RefPortal {

CodeStore::CodeStore(PortalDatabase &database, QByteArray secret, qint64 lifetimeSecs, qint64 cooldownSecs)
    : m_database(database),
      m_secret(std::move(secret)),
      m_lifetimeSecs(lifetimeSecs),
      m_cooldownSecs(cooldownSecs)
{ }

QString CodeStore::codeHash(const QString &email, const QString &purpose, const QString &code) const
{
    // Keyed: a million possible codes would fall to a plain hash at once.
    const QByteArray message = (email + u'\n' + purpose + u'\n' + code).toUtf8();
    return QString::fromLatin1(Crypto::hmacSha256(m_secret, message).toHex());
}

Util::Result<qint64> CodeStore::cooldownRemaining(const QString &email)
{
    auto guard = m_database.lock();
    auto stmt =
        m_database.db().prepare(QStringLiteral("SELECT last_sent_at FROM mail_cooldown WHERE email = ?"));
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().bind(1, email).step();
    if (!row)
        return row.error();
    if (!row.value())
        return qint64(0);
    const qint64 allowedAt = stmt.value().columnInt64(0) + m_cooldownSecs;
    return std::max<qint64>(0, allowedAt - TimeUtil::nowSecs());
}

Util::Result<void> CodeStore::touchCooldown(const QString &email)
{
    auto guard = m_database.lock();
    auto stmt = m_database.db().prepare(
        QStringLiteral("INSERT INTO mail_cooldown (email, last_sent_at) VALUES (?, ?) "
                       "ON CONFLICT (email) DO UPDATE SET last_sent_at = excluded.last_sent_at"));
    if (!stmt)
        return stmt.error();
    return stmt.value().bindAll(email, TimeUtil::nowSecs()).exec();
}

Util::Result<CodeStore::Issued> CodeStore::issue(const QString &email, const QString &purpose)
{
    auto guard = m_database.lock();
    auto tx = Storage::Transaction::begin(m_database.db());
    if (!tx)
        return tx.error();
    Issued issued {Crypto::randomDigits(6), TimeUtil::nowSecs() + m_lifetimeSecs};
    auto stmt = m_database.db().prepare(QStringLiteral(
        "INSERT INTO codes (email, purpose, code_hash, expires_at, attempts, used) VALUES (?, ?, ?, ?, 0, 0) "
        "ON CONFLICT (email, purpose) DO UPDATE SET code_hash = excluded.code_hash, "
        "expires_at = excluded.expires_at, attempts = 0, used = 0"));
    if (!stmt)
        return stmt.error();
    if (auto done = stmt.value()
                        .bindAll(email, purpose, codeHash(email, purpose, issued.code), issued.expiresAt)
                        .exec();
        !done)
        return done.error();
    if (auto touched = touchCooldown(email); !touched)
        return touched.error();
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return issued;
}

Util::Result<CodeStore::Check> CodeStore::check(const QString &email, const QString &purpose,
                                                const QString &code)
{
    auto guard = m_database.lock();
    auto select = m_database.db().prepare(QStringLiteral(
        "SELECT code_hash, expires_at, attempts, used FROM codes WHERE email = ? AND purpose = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bindAll(email, purpose).step();
    if (!row)
        return row.error();
    if (!row.value() || select.value().columnBool(3))
        return Check::Invalid;
    const QString storedHash = select.value().columnText(0);
    const qint64 expiresAt = select.value().columnInt64(1);
    const int attempts = select.value().columnInt(2);
    if (attempts >= MaxAttempts)
        return Check::TooManyAttempts;
    if (TimeUtil::nowSecs() >= expiresAt)
        return Check::Expired;

    const bool matches = Crypto::constantTimeEquals(codeHash(email, purpose, code.trimmed()).toLatin1(),
                                                    storedHash.toLatin1());
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
    return attempts + 1 >= MaxAttempts ? Check::TooManyAttempts : Check::Invalid;
}

} // namespace RefPortal
