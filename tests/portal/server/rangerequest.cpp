#include "tests/portal/server/rangerequest.h"

#include "tests/portal/server/timeutil.h"

#include <QRegularExpression>

namespace RefPortal {

namespace {
bool parseNumber(const QString &digits, qint64 *value)
{
    // 18 digits always fit in a qint64.
    if (digits.isEmpty() || digits.size() > 18)
        return false;
    bool ok = false;
    *value = digits.toLongLong(&ok);
    return ok;
}

// If-Range holds when it names the current representation: an ETag by
// strong comparison (a weak one never matches) or the exact Last-Modified date.
bool ifRangeHolds(const QString &ifRange, const QString &etag, const QDateTime &lastModified)
{
    const QString value = ifRange.trimmed();
    if (value.startsWith(QLatin1String("W/")))
        return false;
    if (value.startsWith(u'"'))
        return !etag.isEmpty() && !etag.startsWith(QLatin1String("W/")) && value == etag;
    const QDateTime date = TimeUtil::parseHttpDate(value);
    return date.isValid() && date.toSecsSinceEpoch() == lastModified.toSecsSinceEpoch();
}
} // namespace

QString RangeRequest::etagFor(qint64 mtimeSecs, qint64 size)
{
    return QStringLiteral("\"%1-%2\"").arg(mtimeSecs, 0, 16).arg(size, 0, 16);
}

RangeRequest RangeRequest::evaluate(const QString &range, const QString &ifRange, qint64 size,
                                    const QString &etag, const QDateTime &lastModified)
{
    RangeRequest full;
    if (range.trimmed().isEmpty())
        return full;
    if (!ifRange.isEmpty() && !ifRangeHolds(ifRange, etag, lastModified))
        return full;

    static const QRegularExpression pattern(QStringLiteral(R"(^\s*bytes\s*=\s*(\d*)\s*-\s*(\d*)\s*$)"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(range);
    if (!match.hasMatch())
        return full; // other units, several ranges, garbage
    const QString firstText = match.captured(1);
    const QString lastText = match.captured(2);

    RangeRequest result;
    result.kind = Kind::Partial;
    if (firstText.isEmpty()) {
        qint64 suffix = 0;
        if (!parseNumber(lastText, &suffix))
            return full;
        if (suffix == 0 || size == 0)
            return RangeRequest {Kind::Unsatisfiable};
        result.first = std::max<qint64>(0, size - suffix);
        result.last = size - 1;
        return result;
    }
    if (!parseNumber(firstText, &result.first))
        return full;
    if (lastText.isEmpty()) {
        result.last = size - 1;
    } else {
        if (!parseNumber(lastText, &result.last) || result.last < result.first)
            return full; // invalid range-spec: ignored
        result.last = std::min(result.last, size - 1);
    }
    if (result.first >= size)
        return RangeRequest {Kind::Unsatisfiable};
    return result;
}

} // namespace RefPortal
