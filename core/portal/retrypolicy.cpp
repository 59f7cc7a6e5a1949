#include "core/portal/retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

namespace Portal {

bool RetryPolicy::isRetryable(int httpStatus)
{
    return httpStatus == 0 || httpStatus == 408 || httpStatus == 429 || httpStatus == 500 || httpStatus == 502
        || httpStatus == 503 || httpStatus == 504;
}

std::chrono::milliseconds RetryPolicy::delay(int attempt, std::optional<int> retryAfterSeconds,
                                             double random01) const
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const auto ceiling = std::min<long long>(maxDelay.count(), baseDelay.count() << exponent);
    // Full jitter: anywhere in [ceiling/2, ceiling), so clients that failed
    // together do not come back together.
    auto wait = std::chrono::milliseconds(
        static_cast<long long>(static_cast<double>(ceiling) * (0.5 + 0.5 * std::clamp(random01, 0.0, 1.0))));
    if (retryAfterSeconds)
        wait = std::max(wait, std::chrono::milliseconds(static_cast<long long>(*retryAfterSeconds) * 1000));
    return wait;
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const long long seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional<int>(static_cast<int>(std::min(seconds, 86400LL)));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::utc());
    const qint64 delta = now.secsTo(date);
    return static_cast<int>(std::clamp<qint64>(delta, 0, 86400));
}

} // namespace Portal
