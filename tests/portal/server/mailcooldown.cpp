#include "tests/portal/server/mailcooldown.h"

#include "core/storage/statement.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/timeutil.h"

#include <algorithm>

namespace RefPortal {

qint64 MailCooldown::waitAfter(qint64 mailsInSeries) const
{
    if (m_baseSecs <= 0)
        return 0;
    const qint64 cap = std::max(m_baseSecs, MaxWaitSecs);
    qint64 wait = m_baseSecs;
    for (qint64 n = 1; n < mailsInSeries && wait < cap; ++n)
        wait *= 2;
    return std::min(wait, cap);
}

Util::Result<qint64> MailCooldown::remaining(const QString &email)
{
    auto guard = m_database.lock();
    auto stmt = m_database.db().prepare(
        QStringLiteral("SELECT last_sent_at, series_start, series_count FROM mail_cooldown WHERE email = ?"));
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().bind(1, email).step();
    if (!row)
        return row.error();
    if (!row.value())
        return qint64(0);
    const qint64 now = TimeUtil::nowSecs();
    const qint64 lastSent = stmt.value().columnInt64(0);
    const bool seriesOver = now - stmt.value().columnInt64(1) >= SeriesSecs;
    // After a series the next mail waits the base time only.
    const qint64 wait = waitAfter(seriesOver ? 1 : stmt.value().columnInt64(2));
    return std::max<qint64>(0, lastSent + wait - now);
}

Util::Result<void> MailCooldown::record(const QString &email)
{
    auto guard = m_database.lock();
    const qint64 now = TimeUtil::nowSecs();
    auto stmt = m_database.db().prepare(QStringLiteral(
        "INSERT INTO mail_cooldown (email, last_sent_at, series_start, series_count) VALUES (?1, ?2, ?2, 1) "
        "ON CONFLICT (email) DO UPDATE SET last_sent_at = ?2, "
        "series_count = CASE WHEN ?2 - series_start >= ?3 THEN 1 ELSE series_count + 1 END, "
        "series_start = CASE WHEN ?2 - series_start >= ?3 THEN ?2 ELSE series_start END"));
    if (!stmt)
        return stmt.error();
    return stmt.value().bindAll(email, now, SeriesSecs).exec();
}

} // namespace RefPortal
