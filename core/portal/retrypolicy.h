#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

namespace Portal {

// When to try an idempotent request again: exponential backoff with full
// jitter, never sooner than the server's Retry-After.
class RetryPolicy final
{
public:
    int maxAttempts = 4; // the first try and three retries
    std::chrono::milliseconds baseDelay {500};
    std::chrono::milliseconds maxDelay {30000};

    // Whether a failure with this HTTP status (0: no answer) is worth retrying.
    static bool isRetryable(int httpStatus);

    // The wait before attempt number `attempt` (1 for the first retry).
    // `random01` is a number in [0, 1) for the jitter (injected for tests).
    std::chrono::milliseconds delay(int attempt, std::optional<int> retryAfterSeconds, double random01) const;

    // A Retry-After header: delta-seconds or an HTTP date. Past dates give 0.
    static std::optional<int> parseRetryAfter(const QByteArray &value, const QDateTime &now);
};

} // namespace Portal
