#include "tests/portal/server/timeutil.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <atomic>
#include <chrono>

namespace RefPortal::TimeUtil {

namespace {
std::atomic<qint64> g_devOffsetSecs {0};
} // namespace

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch() + g_devOffsetSecs.load();
}

qint64 monotonicMs()
{
    const auto sinceStart = std::chrono::steady_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::milliseconds>(sinceStart).count()
        + g_devOffsetSecs.load() * 1000;
}

void advanceDevClock(qint64 secs)
{
    g_devOffsetSecs.fetch_add(secs);
}

qint64 devClockOffsetSecs()
{
    return g_devOffsetSecs.load();
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString rfc3339FromSecs(qint64 secs)
{
    return rfc3339(QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()));
}

QDateTime parseRfc3339(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"));
    if (!pattern.match(text).hasMatch())
        return {};
    QDateTime parsed = QDateTime::fromString(text.toUpper(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

QString httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        + QStringLiteral(" GMT");
}

QDateTime parseHttpDate(const QString &text)
{
    const QLocale c = QLocale::c();
    const QString trimmed = text.trimmed();
    // IMF-fixdate, then the obsolete RFC 850 and asctime forms.
    for (const QString &format :
         {QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"), QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
          QStringLiteral("ddd MMM d HH:mm:ss yyyy")}) {
        QDateTime parsed = c.toDateTime(trimmed.simplified(), format);
        if (parsed.isValid()) {
            if (parsed.date().year() < 1970)
                parsed = parsed.addYears(100);
            parsed.setTimeZone(QTimeZone::utc());
            return parsed;
        }
    }
    return {};
}

QString mailDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        + QStringLiteral(" +0000");
}

} // namespace RefPortal::TimeUtil
