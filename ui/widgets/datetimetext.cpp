#include "ui/widgets/datetimetext.h"

#include <QLocale>
#include <QRegularExpression>

namespace Ui {

namespace {

// The locale's short time form without its seconds, whatever separates them.
QString minutesFormat(const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]s+"));
    return locale.timeFormat(QLocale::ShortFormat).remove(seconds);
}

} // namespace

QString DateTimeText::date(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat) : QString();
}

QString DateTimeText::longDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : QString();
}

QString DateTimeText::time(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    const QLocale locale;
    return locale.toString(when.toLocalTime().time(), minutesFormat(locale));
}

QString DateTimeText::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return tr("%1 %2", "short date, then time").arg(date(when), time(when));
}

QString DateTimeText::longDateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return tr("%1, %2", "long date, then time").arg(longDate(when), time(when));
}

QString DateTimeText::clock(const QDateTime &when, const QDate &today)
{
    if (!when.isValid())
        return {};
    return when.toLocalTime().date() == today ? time(when) : dateTime(when);
}

QString DateTimeText::age(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid() || !now.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0)
        return tr("in the future");
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, static_cast<int>(seconds / 60));
    if (seconds < 48 * 3600)
        return tr("%n h ago", nullptr, static_cast<int>(seconds / 3600));
    return tr("%n day(s) ago", nullptr, static_cast<int>(seconds / 86400));
}

QString DateTimeText::moment(const QDateTime &when, const QDateTime &now)
{
    if (!when.isValid())
        return {};
    // The zone by its abbreviation ("CEST"), as a newsroom writes it.
    const QString zone = when.toLocalTime().timeZoneAbbreviation();
    const QString at = zone.isEmpty()
        ? dateTime(when)
        : tr("%1 %2", "date and time, then the time zone").arg(dateTime(when), zone);
    const QString ago = age(when, now);
    return ago.isEmpty() ? at : at + QStringLiteral(" · ") + ago;
}

} // namespace Ui
