#include "core/news/htmlentities.h"

#include <QHash>

#include <array>

namespace News {

namespace {

struct NamedCharacter
{
    char32_t codePoint = 0;
    bool withoutSemicolon = false; // a legacy name, read even when the ';' is missing
};

// U+00A0 to U+00FF in order: every one of them is also read without its
// semicolon.
constexpr std::array<const char *, 96> Latin1Names = {
    "nbsp",   "iexcl",  "cent",   "pound",  "curren", "yen",    "brvbar", "sect",   "uml",    "copy",
    "ordf",   "laquo",  "not",    "shy",    "reg",    "macr",   "deg",    "plusmn", "sup2",   "sup3",
    "acute",  "micro",  "para",   "middot", "cedil",  "sup1",   "ordm",   "raquo",  "frac14", "frac12",
    "frac34", "iquest", "Agrave", "Aacute", "Acirc",  "Atilde", "Auml",   "Aring",  "AElig",  "Ccedil",
    "Egrave", "Eacute", "Ecirc",  "Euml",   "Igrave", "Iacute", "Icirc",  "Iuml",   "ETH",    "Ntilde",
    "Ograve", "Oacute", "Ocirc",  "Otilde", "Ouml",   "times",  "Oslash", "Ugrave", "Uacute", "Ucirc",
    "Uuml",   "Yacute", "THORN",  "szlig",  "agrave", "aacute", "acirc",  "atilde", "auml",   "aring",
    "aelig",  "ccedil", "egrave", "eacute", "ecirc",  "euml",   "igrave", "iacute", "icirc",  "iuml",
    "eth",    "ntilde", "ograve", "oacute", "ocirc",  "otilde", "ouml",   "divide", "oslash", "ugrave",
    "uacute", "ucirc",  "uuml",   "yacute", "thorn",  "yuml",
};

struct OtherName
{
    const char *name;
    char32_t codePoint;
    bool withoutSemicolon;
};

// Punctuation and symbols news text uses, and the ASCII names that hide
// "javascript&colon;" from a naive filter (they must decode to be refused).
constexpr OtherName OtherNames[] = {
    {"amp", U'&', true},       {"AMP", U'&', true},       {"lt", U'<', true},
    {"LT", U'<', true},        {"gt", U'>', true},        {"GT", U'>', true},
    {"quot", U'"', true},      {"QUOT", U'"', true},      {"COPY", 0xA9, true},
    {"REG", 0xAE, true},       {"apos", U'\'', false},    {"Tab", U'\t', false},
    {"NewLine", U'\n', false}, {"excl", U'!', false},     {"num", U'#', false},
    {"dollar", U'$', false},   {"percnt", U'%', false},   {"lpar", U'(', false},
    {"rpar", U')', false},     {"ast", U'*', false},      {"plus", U'+', false},
    {"comma", U',', false},    {"period", U'.', false},   {"sol", U'/', false},
    {"colon", U':', false},    {"semi", U';', false},     {"equals", U'=', false},
    {"quest", U'?', false},    {"commat", U'@', false},   {"lsqb", U'[', false},
    {"bsol", U'\\', false},    {"rsqb", U']', false},     {"lowbar", U'_', false},
    {"grave", U'`', false},    {"lcub", U'{', false},     {"verbar", U'|', false},
    {"rcub", U'}', false},     {"OElig", 0x152, false},   {"oelig", 0x153, false},
    {"Scaron", 0x160, false},  {"scaron", 0x161, false},  {"Yuml", 0x178, false},
    {"fnof", 0x192, false},    {"circ", 0x2C6, false},    {"tilde", 0x2DC, false},
    {"ensp", 0x2002, false},   {"emsp", 0x2003, false},   {"thinsp", 0x2009, false},
    {"hairsp", 0x200A, false}, {"zwnj", 0x200C, false},   {"zwj", 0x200D, false},
    {"lrm", 0x200E, false},    {"rlm", 0x200F, false},    {"ndash", 0x2013, false},
    {"mdash", 0x2014, false},  {"lsquo", 0x2018, false},  {"rsquo", 0x2019, false},
    {"sbquo", 0x201A, false},  {"ldquo", 0x201C, false},  {"rdquo", 0x201D, false},
    {"bdquo", 0x201E, false},  {"dagger", 0x2020, false}, {"Dagger", 0x2021, false},
    {"bull", 0x2022, false},   {"bullet", 0x2022, false}, {"hellip", 0x2026, false},
    {"mldr", 0x2026, false},   {"permil", 0x2030, false}, {"prime", 0x2032, false},
    {"Prime", 0x2033, false},  {"lsaquo", 0x2039, false}, {"rsaquo", 0x203A, false},
    {"oline", 0x203E, false},  {"frasl", 0x2044, false},  {"euro", 0x20AC, false},
    {"numero", 0x2116, false}, {"trade", 0x2122, false},  {"TRADE", 0x2122, false},
    {"larr", 0x2190, false},   {"uarr", 0x2191, false},   {"rarr", 0x2192, false},
    {"darr", 0x2193, false},   {"harr", 0x2194, false},   {"minus", 0x2212, false},
    {"infin", 0x221E, false},  {"asymp", 0x2248, false},  {"ne", 0x2260, false},
    {"le", 0x2264, false},     {"ge", 0x2265, false},     {"loz", 0x25CA, false},
    {"starf", 0x2605, false},  {"star", 0x2606, false},   {"spades", 0x2660, false},
    {"clubs", 0x2663, false},  {"hearts", 0x2665, false}, {"diams", 0x2666, false},
    {"check", 0x2713, false},
};

// The longest name read without a semicolon ("frac14", "Ccedil").
constexpr qsizetype LongestLegacyName = 6;
// Longer than any name in the tables: a run past it is no name.
constexpr qsizetype LongestName = 32;

const QHash<QString, NamedCharacter> &namedCharacters()
{
    static const QHash<QString, NamedCharacter> table = [] {
        QHash<QString, NamedCharacter> names;
        for (std::size_t i = 0; i < Latin1Names.size(); ++i)
            names.insert(QLatin1String(Latin1Names[i]), {char32_t(0xA0 + i), true});
        for (const OtherName &other : OtherNames)
            names.insert(QLatin1String(other.name), {other.codePoint, other.withoutSemicolon});
        return names;
    }();
    return table;
}

// What browsers make of &#128; to &#159;: the Windows-1252 characters at
// those bytes (0 where that byte has none and the number stays as it is).
constexpr std::array<char16_t, 32> Windows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

int decimalValue(QChar c)
{
    const char16_t u = c.unicode();
    return u >= u'0' && u <= u'9' ? u - u'0' : -1;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

void appendCodePoint(QString &out, char32_t codePoint)
{
    if (QChar::requiresSurrogates(codePoint)) {
        out += QChar(QChar::highSurrogate(codePoint));
        out += QChar(QChar::lowSurrogate(codePoint));
    } else {
        out += QChar(char16_t(codePoint));
    }
}

char32_t numericCharacter(char32_t value, bool tooLarge)
{
    if (tooLarge || value == 0 || value > 0x10FFFF || QChar::isSurrogate(value))
        return QChar::ReplacementCharacter;
    if (value >= 0x80 && value <= 0x9F && Windows1252[value - 0x80] != 0)
        return Windows1252[value - 0x80];
    return value;
}

// A reference at text[at] (the '&'): how many characters it spans, 0 when
// there is none, and what it stands for, appended to `out`.
qsizetype readReference(QStringView text, qsizetype at, ReferenceContext context, QString &out)
{
    const qsizetype size = text.size();
    qsizetype pos = at + 1;
    if (pos < size && text[pos] == u'#') {
        ++pos;
        const bool hex = pos < size && (text[pos] == u'x' || text[pos] == u'X');
        if (hex)
            ++pos;
        const qsizetype digitsStart = pos;
        char32_t value = 0;
        bool tooLarge = false;
        for (; pos < size; ++pos) {
            const int digit = hex ? hexValue(text[pos]) : decimalValue(text[pos]);
            if (digit < 0)
                break;
            // Zero padding of any length is fine; a value past Unicode only
            // needs to be known as such.
            if (!tooLarge) {
                value = value * (hex ? 16 : 10) + char32_t(digit);
                tooLarge = value > 0x10FFFF;
            }
        }
        if (pos == digitsStart)
            return 0;
        if (pos < size && text[pos] == u';')
            ++pos;
        appendCodePoint(out, numericCharacter(value, tooLarge));
        return pos - at;
    }

    qsizetype end = pos;
    while (end < size && end - pos <= LongestName && isAsciiAlnum(text[end]))
        ++end;
    if (end == pos)
        return 0;
    const auto &names = namedCharacters();
    if (end < size && text[end] == u';') {
        const auto found = names.constFind(text.sliced(pos, end - pos).toString());
        if (found != names.cend()) {
            appendCodePoint(out, found->codePoint);
            return end + 1 - at;
        }
    }
    // A legacy name without its semicolon: the longest that fits.
    for (qsizetype length = std::min(end - pos, LongestLegacyName); length >= 2; --length) {
        const auto found = names.constFind(text.sliced(pos, length).toString());
        if (found == names.cend() || !found->withoutSemicolon)
            continue;
        const qsizetype after = pos + length;
        if (context == ReferenceContext::Attribute && after < size
            && (isAsciiAlnum(text[after]) || text[after] == u'='))
            return 0;
        appendCodePoint(out, found->codePoint);
        return after - at;
    }
    return 0;
}

} // namespace

QString decodeCharacterReferences(QStringView text, ReferenceContext context)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (amp >= 0) {
        out += text.sliced(from, amp - from);
        const qsizetype length = readReference(text, amp, context, out);
        if (length == 0) {
            out += u'&';
            from = amp + 1;
        } else {
            from = amp + length;
        }
        amp = text.indexOf(u'&', from);
    }
    out += text.sliced(from);
    return out;
}

void appendHtmlEscaped(QString &out, QStringView text)
{
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QLatin1String("&amp;");
            break;
        case u'<':
            out += QLatin1String("&lt;");
            break;
        case u'>':
            out += QLatin1String("&gt;");
            break;
        case u'"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
}

} // namespace News
