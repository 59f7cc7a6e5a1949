#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

namespace News {

// The dates feeds write, as a UTC QDateTime; nullopt when the text is no date
// (or names a day that does not exist, such as 31 June).
//
// RFC 822 / RFC 2822 (RSS pubDate): "Tue, 10 Jun 2003 04:00:00 GMT" with or
// without the weekday, seconds or zone, full month and weekday names, a
// two-digit year (below 50: 20xx, else 19xx, as RFC 2822 §4.3 reads it), a
// trailing comment such as "(EDT)", and asctime's "Tue Jun 10 04:00:00 2003".
// Zones: +hhmm / +hh:mm, GMT, UT, UTC, Z, the US names (EST...PDT), a few
// European and Pacific ones, and the military letters, which count as UTC:
// RFC 822 gave them the wrong signs and RFC 2822 says to read them as -0000.
// An unknown zone name is read as UTC too: the day is still right.
//
// ISO 8601 / W3C-DTF (Atom, dc:date): "2003", "2003-06", "2003-06-10",
// "2003-06-10T04:00Z", with seconds and a fraction, "T" or a space between
// date and time, zones Z, +hh:mm, +hhmm or +hh, and the basic form
// "20030610T040000Z". Without a zone the time is taken as UTC; a date alone is
// its midnight UTC.
//
// Either form is accepted in either place: feeds mix them up.
std::optional<QDateTime> parseFeedDate(QStringView text);

std::optional<QDateTime> parseRfc822Date(QStringView text);
std::optional<QDateTime> parseIsoDate(QStringView text);

} // namespace News
