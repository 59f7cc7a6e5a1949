#include "tests/portal/server/faultinjector.h"

#include <QJsonValue>

namespace RefPortal {

FaultInjector::Plan FaultInjector::next()
{
    std::lock_guard lock(m_mutex);
    Plan plan;
    Config &c = m_config;
    if (c.failNext > 0) {
        --c.failNext;
        plan.failStatus = c.failStatus;
        plan.retryAfter = c.retryAfter;
        return plan;
    }
    if (c.dropAfterBytes) {
        plan.dropAfterBytes = c.dropAfterBytes;
        if (c.dropCount > 0 && --c.dropCount == 0)
            c.dropAfterBytes.reset();
    }
    if (c.stallSeconds > 0) {
        plan.stallSeconds = c.stallSeconds;
        plan.stallAfterBytes = c.stallAfterBytes;
        if (c.stallCount > 0 && --c.stallCount == 0)
            c.stallSeconds = 0;
    }
    plan.ignoreRange = c.ignoreRange;
    if (c.changeEtag)
        plan.etagGeneration = ++m_etagGeneration;
    plan.rateBytesPerSecond = c.rateBytesPerSecond;
    plan.expireLinks = c.expireLinks;
    plan.expiredStatus = c.expiredStatus;
    plan.etagMode = c.etagMode;
    return plan;
}

std::optional<int> FaultInjector::nextLinkFailure()
{
    std::lock_guard lock(m_mutex);
    if (m_config.linkFailNext <= 0)
        return std::nullopt;
    --m_config.linkFailNext;
    return m_config.linkRetryAfter;
}

bool FaultInjector::hashingBusy() const
{
    std::lock_guard lock(m_mutex);
    return m_config.hashingBusy;
}

namespace {
const char *etagModeName(FaultInjector::EtagMode mode)
{
    switch (mode) {
    case FaultInjector::EtagMode::Weak:
        return "weak";
    case FaultInjector::EtagMode::None:
        return "none";
    case FaultInjector::EtagMode::Strong:
        break;
    }
    return "strong";
}
} // namespace

QJsonObject FaultInjector::toJson() const
{
    std::lock_guard lock(m_mutex);
    const Config &c = m_config;
    return QJsonObject {
        {QStringLiteral("drop_after_bytes"), c.dropAfterBytes ? QJsonValue(*c.dropAfterBytes) : QJsonValue()},
        {QStringLiteral("drop_count"), c.dropCount},
        {QStringLiteral("stall_seconds"), c.stallSeconds},
        {QStringLiteral("stall_after_bytes"), c.stallAfterBytes},
        {QStringLiteral("stall_count"), c.stallCount},
        {QStringLiteral("ignore_range"), c.ignoreRange},
        {QStringLiteral("change_etag"), c.changeEtag},
        {QStringLiteral("fail_next"), c.failNext},
        {QStringLiteral("fail_status"), c.failStatus},
        {QStringLiteral("retry_after"), c.retryAfter},
        {QStringLiteral("rate_bytes_per_second"), c.rateBytesPerSecond},
        {QStringLiteral("expire_links"), c.expireLinks},
        {QStringLiteral("expired_status"), c.expiredStatus},
        {QStringLiteral("etag"), QString::fromLatin1(etagModeName(c.etagMode))},
        {QStringLiteral("link_fail_next"), c.linkFailNext},
        {QStringLiteral("link_retry_after"), c.linkRetryAfter},
        {QStringLiteral("hashing_busy"), c.hashingBusy},
    };
}

bool FaultInjector::apply(const QJsonObject &json, Api::FieldErrors *errors)
{
    std::lock_guard lock(m_mutex);
    Config c = m_config;
    const Config defaults;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        const bool reset = v.isNull();
        const auto invalid = [&] {
            errors->insert(key, {QStringLiteral("invalid")});
        };
        const auto count = [&](qint64 min, qint64 max) -> std::optional<qint64> {
            if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()) || v.toInteger() < min
                || v.toInteger() > max) {
                invalid();
                return std::nullopt;
            }
            return v.toInteger();
        };
        const auto flag = [&](bool *target, bool fallback) {
            if (reset)
                *target = fallback;
            else if (v.isBool())
                *target = v.toBool();
            else
                invalid();
        };
        constexpr qint64 Big = qint64(1) << 50;
        if (key == QLatin1String("drop_after_bytes")) {
            if (reset)
                c.dropAfterBytes.reset();
            else if (auto n = count(0, Big))
                c.dropAfterBytes = *n;
        } else if (key == QLatin1String("drop_count")) {
            if (auto n = reset ? std::optional<qint64>(0) : count(0, 1'000'000))
                c.dropCount = static_cast<int>(*n);
        } else if (key == QLatin1String("stall_seconds")) {
            if (reset)
                c.stallSeconds = 0;
            else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 3600)
                c.stallSeconds = v.toDouble();
            else
                invalid();
        } else if (key == QLatin1String("stall_after_bytes")) {
            if (auto n = reset ? std::optional<qint64>(0) : count(0, Big))
                c.stallAfterBytes = *n;
        } else if (key == QLatin1String("stall_count")) {
            if (auto n = reset ? std::optional<qint64>(0) : count(0, 1'000'000))
                c.stallCount = static_cast<int>(*n);
        } else if (key == QLatin1String("ignore_range")) {
            flag(&c.ignoreRange, false);
        } else if (key == QLatin1String("change_etag")) {
            flag(&c.changeEtag, false);
        } else if (key == QLatin1String("expire_links")) {
            flag(&c.expireLinks, false);
        } else if (key == QLatin1String("hashing_busy")) {
            flag(&c.hashingBusy, false);
        } else if (key == QLatin1String("fail_next")) {
            if (auto n = reset ? std::optional<qint64>(0) : count(0, 1'000'000))
                c.failNext = static_cast<int>(*n);
        } else if (key == QLatin1String("fail_status")) {
            if (auto n = reset ? std::optional<qint64>(defaults.failStatus) : count(400, 599)) {
                if (*n == 500 || *n == 503 || *n == 429)
                    c.failStatus = static_cast<int>(*n);
                else
                    invalid();
            }
        } else if (key == QLatin1String("retry_after")) {
            if (auto n = reset ? std::optional<qint64>(defaults.retryAfter) : count(0, 86400))
                c.retryAfter = static_cast<int>(*n);
        } else if (key == QLatin1String("rate_bytes_per_second")) {
            if (auto n = reset ? std::optional<qint64>(0) : count(0, Big))
                c.rateBytesPerSecond = *n;
        } else if (key == QLatin1String("expired_status")) {
            if (auto n = reset ? std::optional<qint64>(defaults.expiredStatus) : count(400, 599)) {
                if (*n == 403 || *n == 410)
                    c.expiredStatus = static_cast<int>(*n);
                else
                    invalid();
            }
        } else if (key == QLatin1String("etag")) {
            const QString mode = reset ? QStringLiteral("strong") : v.toString();
            if (mode == u"strong")
                c.etagMode = EtagMode::Strong;
            else if (mode == u"weak")
                c.etagMode = EtagMode::Weak;
            else if (mode == u"none")
                c.etagMode = EtagMode::None;
            else
                invalid();
        } else if (key == QLatin1String("link_fail_next")) {
            if (auto n = reset ? std::optional<qint64>(0) : count(0, 1'000'000))
                c.linkFailNext = static_cast<int>(*n);
        } else if (key == QLatin1String("link_retry_after")) {
            if (auto n = reset ? std::optional<qint64>(defaults.linkRetryAfter) : count(1, 86400))
                c.linkRetryAfter = static_cast<int>(*n);
        } else {
            errors->insert(key, {QStringLiteral("unknown")});
        }
    }
    if (!errors->isEmpty())
        return false;
    m_config = c;
    return true;
}

void FaultInjector::clear()
{
    std::lock_guard lock(m_mutex);
    m_config = Config();
}

void FaultInjector::setConfig(const Config &config)
{
    std::lock_guard lock(m_mutex);
    m_config = config;
}

} // namespace RefPortal
