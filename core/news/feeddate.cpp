#include "core/news/feeddate.h"

#include <QList>

#include <array>

namespace News {

namespace {

constexpr std::array<const char *, 12> MonthNames = {"jan", "feb", "mar", "apr", "may", "jun",
                                                     "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<const char *, 7> DayNames = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

struct ZoneName
{
    const char *name;
    int minutes;
};

// Names seen in feeds: RFC 822's, then some that servers in Europe and the
// Pacific write although no RFC has them.
constexpr ZoneName ZoneNames[] = {
    {"gmt", 0},        {"ut", 0},         {"utc", 0},           {"z", 0},          {"est", -5 * 60},
    {"edt", -4 * 60},  {"cst", -6 * 60},  {"cdt", -5 * 60},     {"mst", -7 * 60},  {"mdt", -6 * 60},
    {"pst", -8 * 60},  {"pdt", -7 * 60},  {"akst", -9 * 60},    {"akdt", -8 * 60}, {"hst", -10 * 60},
    {"wet", 0},        {"west", 60},      {"bst", 60},          {"cet", 60},       {"cest", 2 * 60},
    {"met", 60},       {"mest", 2 * 60},  {"mez", 60},          {"mesz", 2 * 60},  {"eet", 2 * 60},
    {"eest", 3 * 60},  {"msk", 3 * 60},   {"ist", 5 * 60 + 30}, {"jst", 9 * 60},   {"aest", 10 * 60},
    {"aedt", 11 * 60}, {"nzst", 12 * 60}, {"nzdt", 13 * 60},
};

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool allDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

bool allLetters(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isAsciiLetter(c))
            return false;
    }
    return true;
}

// The index of `word` in `names` by its first three letters ("June", "Thurs"), or -1.
template<std::size_t N>
int indexByPrefix(QStringView word, const std::array<const char *, N> &names)
{
    if (word.size() < 3 || !allLetters(word))
        return -1;
    for (std::size_t i = 0; i < N; ++i) {
        if (word.first(3).compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

std::optional<int> zoneByName(QStringView word)
{
    for (const ZoneName &zone : ZoneNames) {
        if (word.compare(QLatin1String(zone.name), Qt::CaseInsensitive) == 0)
            return zone.minutes;
    }
    // Military letters other than Z (J is not one): see the header.
    if (word.size() == 1 && isAsciiLetter(word[0]) && word[0].toLower() != u'j')
        return 0;
    return std::nullopt;
}

// "+hhmm", "+hh:mm" or "+hh" (and '-'), in minutes east of UTC.
std::optional<int> numericZone(QStringView text)
{
    if (text.size() < 2 || (text[0] != u'+' && text[0] != u'-'))
        return std::nullopt;
    const int sign = text[0] == u'-' ? -1 : 1;
    QString digits = text.sliced(1).toString();
    digits.remove(u':');
    if (!allDigits(digits) || (digits.size() != 2 && digits.size() != 4))
        return std::nullopt;
    const int hours = digits.first(2).toInt();
    const int minutes = digits.size() == 4 ? digits.sliced(2).toInt() : 0;
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 60 + minutes);
}

std::optional<int> zone(QStringView text)
{
    if (text.isEmpty())
        return 0;
    if (const auto numeric = numericZone(text))
        return numeric;
    // "GMT+0100", "UTC-5".
    const qsizetype sign = std::max(text.indexOf(u'+'), text.indexOf(u'-'));
    if (sign > 0) {
        const auto base = zoneByName(text.first(sign));
        const auto offset = numericZone(text.sliced(sign));
        if (base && offset)
            return *base + *offset;
        return std::nullopt;
    }
    return zoneByName(text);
}

std::optional<QDateTime> makeUtc(int year, int month, int day, QTime time, int zoneMinutes)
{
    const QDate date(year, month, day);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC).addSecs(-qint64(zoneMinutes) * 60);
}

// "04:00", "04:00:00", "4:00:00.25": the time, or an invalid QTime.
QTime clockTime(QStringView text)
{
    const QList<QStringView> parts = text.split(u':');
    if (parts.size() < 2 || parts.size() > 3)
        return {};
    QStringView secondsText = parts.size() == 3 ? parts[2] : QStringView(u"0");
    int msec = 0;
    if (const qsizetype dot = secondsText.indexOf(u'.'); dot >= 0) {
        const QStringView fraction = secondsText.sliced(dot + 1);
        if (!allDigits(fraction))
            return {};
        msec = fraction.left(3).toString().leftJustified(3, u'0').toInt();
        secondsText = secondsText.first(dot);
    }
    if (!allDigits(parts[0]) || !allDigits(parts[1]) || !allDigits(secondsText) || parts[0].size() > 2
        || parts[1].size() != 2 || secondsText.size() > 2)
        return {};
    // A leap second is the last second of its minute here.
    return QTime(parts[0].toInt(), parts[1].toInt(), std::min(secondsText.toInt(), 59), msec);
}

int fourDigitYear(QStringView digits)
{
    const int year = digits.toInt();
    if (digits.size() == 2)
        return year < 50 ? 2000 + year : 1900 + year;
    if (digits.size() == 3)
        return 1900 + year;
    return year;
}

// Reads `count` digits at `pos` and advances past them; -1 when they are not there.
int readDigits(QStringView text, qsizetype &pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = text[pos + i];
        if (!isDigit(c))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    pos += count;
    return value;
}

} // namespace

std::optional<QDateTime> parseRfc822Date(QStringView text)
{
    // Drop a trailing comment: "... -0400 (EDT)".
    QString cleaned = text.toString();
    if (const qsizetype paren = cleaned.indexOf(u'('); paren >= 0)
        cleaned.truncate(paren);
    cleaned.replace(u',', u' ');
    const QList<QStringView> tokens = QStringView(cleaned).split(u' ', Qt::SkipEmptyParts);

    QList<int> numbers;
    QList<QStringView> numberTexts;
    int month = -1;
    QTime time(0, 0);
    bool timeSeen = false;
    std::optional<int> zoneMinutes;
    for (QStringView token : tokens) {
        token = token.trimmed();
        if (token.isEmpty())
            continue;
        if (token.contains(u':') && !timeSeen && isDigit(token[0])) {
            // A zone may be stuck to the time: "04:00:00GMT", "04:00:00+0000".
            qsizetype end = 0;
            while (end < token.size() && (isDigit(token[end]) || token[end] == u':' || token[end] == u'.'))
                ++end;
            time = clockTime(token.first(end));
            if (!time.isValid())
                return std::nullopt;
            timeSeen = true;
            if (end < token.size()) {
                zoneMinutes = zone(token.sliced(end));
                if (!zoneMinutes)
                    return std::nullopt;
            }
        } else if (allDigits(token)) {
            numbers.append(token.toInt());
            numberTexts.append(token);
        } else if (const int m = indexByPrefix(token, MonthNames); m >= 0 && token.size() <= 9) {
            if (month >= 0)
                return std::nullopt;
            month = m + 1;
        } else if (indexByPrefix(token, DayNames) >= 0) {
            continue;
        } else if (const auto minutes = zone(token); minutes && !zoneMinutes) {
            zoneMinutes = minutes;
        } else if (allLetters(token) && !zoneMinutes) {
            zoneMinutes = 0; // a zone name nobody standardised: see the header
        } else {
            return std::nullopt;
        }
    }
    if (month < 0 || numbers.size() != 2)
        return std::nullopt;
    qsizetype dayIndex = 0;
    // "2003 Jun 10": the year first.
    if (numberTexts[0].size() == 4 && numbers[1] <= 31)
        dayIndex = 1;
    const int day = numbers[dayIndex];
    const QStringView yearText = numberTexts[1 - dayIndex];
    if (yearText.size() < 2 || yearText.size() > 4)
        return std::nullopt;
    return makeUtc(fourDigitYear(yearText), month, day, time, zoneMinutes.value_or(0));
}

std::optional<QDateTime> parseIsoDate(QStringView text)
{
    const QStringView s = text.trimmed();
    qsizetype pos = 0;
    const int year = readDigits(s, pos, 4);
    if (year < 0)
        return std::nullopt;
    int month = 1;
    int day = 1;
    if (pos < s.size() && s[pos] == u'-') {
        ++pos;
        month = readDigits(s, pos, 2);
        if (month < 0)
            return std::nullopt;
        if (pos < s.size() && s[pos] == u'-') {
            ++pos;
            day = readDigits(s, pos, 2);
            if (day < 0)
                return std::nullopt;
        }
    } else if (pos < s.size() && isDigit(s[pos])) {
        // The basic form: 20030610.
        month = readDigits(s, pos, 2);
        day = readDigits(s, pos, 2);
        if (month < 0 || day < 0)
            return std::nullopt;
    }
    if (pos == s.size())
        return makeUtc(year, month, day, QTime(0, 0), 0);

    if (s[pos] != u'T' && s[pos] != u't' && s[pos] != u' ')
        return std::nullopt;
    ++pos;
    const int hour = readDigits(s, pos, 2);
    if (hour < 0)
        return std::nullopt;
    const bool extended = pos < s.size() && s[pos] == u':';
    if (extended)
        ++pos;
    const int minute = readDigits(s, pos, 2);
    if (minute < 0)
        return std::nullopt;
    int second = 0;
    int msec = 0;
    if (pos < s.size() && (extended ? s[pos] == u':' : isDigit(s[pos]))) {
        if (extended)
            ++pos;
        second = readDigits(s, pos, 2);
        if (second < 0)
            return std::nullopt;
        if (pos < s.size() && (s[pos] == u'.' || s[pos] == u',')) {
            ++pos;
            const qsizetype start = pos;
            while (pos < s.size() && isDigit(s[pos]))
                ++pos;
            if (pos == start)
                return std::nullopt;
            msec = s.sliced(start, std::min<qsizetype>(pos - start, 3))
                       .toString()
                       .leftJustified(3, u'0')
                       .toInt();
        }
    }
    while (pos < s.size() && s[pos] == u' ')
        ++pos;
    const auto minutes = zone(s.sliced(pos));
    if (!minutes)
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    return makeUtc(year, month, day, QTime(hour, minute, std::min(second, 59), msec), *minutes);
}

std::optional<QDateTime> parseFeedDate(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return std::nullopt;
    // ISO dates start with their four-digit year and have no letters but T and Z.
    if (s.size() >= 4 && allDigits(s.first(4))) {
        if (auto iso = parseIsoDate(s))
            return iso;
    }
    if (auto rfc = parseRfc822Date(s))
        return rfc;
    return parseIsoDate(s);
}

} // namespace News
