#pragma once

#include <QHash>
#include <QString>

#include <mutex>

namespace RefPortal {

// Token buckets by key (a client address, an e-mail address): each holds up
// to `capacity` tokens and gains `capacity` per `periodSecs`, evenly. A
// request takes one token; with none left it is refused and told how long
// until the next. capacity 0 means no limit. Kept in memory (a restart
// forgets them); safe from any thread. Times come from TimeUtil::monotonicMs.
class RateLimiter final
{
public:
    RateLimiter(int capacity, qint64 periodSecs);

    // Takes a token: 0 when allowed, otherwise the seconds until one is
    // available (nothing is taken then).
    qint64 take(const QString &key);
    // The seconds until a token is available for key, taking none.
    qint64 waitFor(const QString &key) const;

    bool enabled() const { return m_capacity > 0; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };

    double refilled(const Bucket &bucket, qint64 nowMs) const;
    qint64 secondsUntilOne(double tokens) const;
    void pruneFull(qint64 nowMs);

    const int m_capacity;
    const double m_tokensPerMs;
    mutable std::mutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    qsizetype m_pruneAt;
};

} // namespace RefPortal
