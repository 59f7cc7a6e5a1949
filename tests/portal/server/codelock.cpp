#include "tests/portal/server/codelock.h"

#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/timeutil.h"

#include <algorithm>

namespace RefPortal {

Util::Result<qint64> CodeLock::lockedFor(const QString &email)
{
    if (m_maxFailures <= 0)
        return qint64(0);
    auto guard = m_database.lock();
    auto stmt = m_database.db().prepare(QStringLiteral(
        "SELECT locked_until FROM code_failures WHERE email = ? AND locked_until IS NOT NULL"));
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().bind(1, email).step();
    if (!row)
        return row.error();
    if (!row.value())
        return qint64(0);
    return std::max<qint64>(0, stmt.value().columnInt64(0) - TimeUtil::nowSecs());
}

Util::Result<std::optional<qint64>> CodeLock::recordFailure(const QString &email)
{
    using Answer = std::optional<qint64>;
    if (m_maxFailures <= 0)
        return Answer();
    auto guard = m_database.lock();
    auto tx = Storage::Transaction::begin(m_database.db());
    if (!tx)
        return tx.error();
    const qint64 now = TimeUtil::nowSecs();
    // A window that has ended starts over with this failure.
    auto count = m_database.db().prepare(
        QStringLiteral("INSERT INTO code_failures (email, window_start, failures) VALUES (?1, ?2, 1) "
                       "ON CONFLICT (email) DO UPDATE SET "
                       "failures = CASE WHEN ?2 - window_start >= ?3 THEN 1 ELSE failures + 1 END, "
                       "locked_until = CASE WHEN ?2 - window_start >= ?3 THEN NULL ELSE locked_until END, "
                       "window_start = CASE WHEN ?2 - window_start >= ?3 THEN ?2 ELSE window_start END"));
    if (!count)
        return count.error();
    if (auto done = count.value().bindAll(email, now, WindowSecs).exec(); !done)
        return done.error();

    auto select = m_database.db().prepare(
        QStringLiteral("SELECT window_start, failures, locked_until FROM code_failures WHERE email = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, email).step();
    if (!row)
        return row.error();
    Answer lockedNow;
    if (row.value() && select.value().isNull(2) && select.value().columnInt(1) >= m_maxFailures) {
        const qint64 until = select.value().columnInt64(0) + WindowSecs;
        auto lock = m_database.db().prepare(
            QStringLiteral("UPDATE code_failures SET locked_until = ? WHERE email = ?"));
        if (!lock)
            return lock.error();
        if (auto done = lock.value().bindAll(until, email).exec(); !done)
            return done.error();
        lockedNow = until;
    }
    if (auto committed = tx.value().commit(); !committed)
        return committed.error();
    return lockedNow;
}

} // namespace RefPortal
