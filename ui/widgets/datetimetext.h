#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Ui {

// The one way the application writes a date or a time: in the person's
// time zone and locale, minutes without seconds (a newsroom reads the
// clock to the minute). Every section uses these, so that the same moment
// reads the same in News, Videos, Downloads and the Library.
class DateTimeText final
{
    Q_DECLARE_TR_FUNCTIONS(Ui::DateTimeText)

public:
    // "05/12/2026" (the locale's short date). Empty when invalid.
    static QString date(const QDateTime &when);
    // "Saturday 5 December 2026" (the locale's long date).
    static QString longDate(const QDateTime &when);
    // "10:30" (the locale's short time, without seconds).
    static QString time(const QDateTime &when);
    // "05/12/2026 10:30".
    static QString dateTime(const QDateTime &when);
    // "Saturday 5 December 2026, 10:30".
    static QString longDateTime(const QDateTime &when);
    // The time alone when `when` is on `today`, else the date and the time:
    // a clock on a queue or a status bar.
    static QString clock(const QDateTime &when, const QDate &today = QDate::currentDate());
    // "2 h ago", "3 days ago", "just now".
    static QString age(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
    // The date and time with the zone, and the age, as a newsroom writes a
    // moment: "05/12/2026 10:30 CET · 2 h ago".
    static QString moment(const QDateTime &when, const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace Ui
