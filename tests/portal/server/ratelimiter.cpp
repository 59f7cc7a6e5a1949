#include "tests/portal/server/ratelimiter.h"

#include "tests/portal/server/timeutil.h"

#include <algorithm>
#include <cmath>

namespace RefPortal {

namespace {
// Beyond this many keys, buckets that are full again (idle keys) are dropped:
// memory stays bounded under a flood of addresses.
constexpr qsizetype PruneAbove = 100'000;
} // namespace

RateLimiter::RateLimiter(int capacity, qint64 periodSecs)
    : m_capacity(std::max(0, capacity)),
      m_tokensPerMs(periodSecs > 0 ? double(m_capacity) / (double(periodSecs) * 1000.0) : 0.0),
      m_pruneAt(PruneAbove)
{ }

double RateLimiter::refilled(const Bucket &bucket, qint64 nowMs) const
{
    const double gained = double(std::max<qint64>(0, nowMs - bucket.updatedMs)) * m_tokensPerMs;
    return std::min(double(m_capacity), bucket.tokens + gained);
}

qint64 RateLimiter::secondsUntilOne(double tokens) const
{
    if (m_tokensPerMs <= 0)
        return 1;
    const double ms = (1.0 - tokens) / m_tokensPerMs;
    // The epsilon keeps a rounding error from adding a whole second.
    return std::max<qint64>(1, static_cast<qint64>(std::ceil(ms / 1000.0 - 1e-6)));
}

qint64 RateLimiter::take(const QString &key)
{
    if (m_capacity == 0)
        return 0;
    const qint64 now = TimeUtil::monotonicMs();
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > m_pruneAt) {
        pruneFull(now);
        // Amortised: a flood of live keys is not scanned on every request.
        m_pruneAt = std::max(PruneAbove, m_buckets.size() * 2);
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket {double(m_capacity), now});
    it->tokens = refilled(*it, now);
    it->updatedMs = now;
    if (it->tokens < 1.0)
        return secondsUntilOne(it->tokens);
    it->tokens -= 1.0;
    return 0;
}

qint64 RateLimiter::waitFor(const QString &key) const
{
    if (m_capacity == 0)
        return 0;
    const qint64 now = TimeUtil::monotonicMs();
    std::lock_guard lock(m_mutex);
    const auto it = m_buckets.constFind(key);
    if (it == m_buckets.cend())
        return 0;
    const double tokens = refilled(*it, now);
    return tokens >= 1.0 ? 0 : secondsUntilOne(tokens);
}

void RateLimiter::pruneFull(qint64 nowMs)
{
    m_buckets.removeIf([this, nowMs](const QHash<QString, Bucket>::iterator &it) {
        return refilled(it.value(), nowMs) >= double(m_capacity);
    });
}

} // namespace RefPortal
