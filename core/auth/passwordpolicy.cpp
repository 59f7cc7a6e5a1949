#include "core/auth/passwordpolicy.h"

#include <QChar>

namespace Auth {

QList<PasswordPolicy::Rule> PasswordPolicy::rules()
{
    return {Rule::TooShort, Rule::HasWhitespace, Rule::NoUpper, Rule::NoLower, Rule::NoDigit, Rule::NoSymbol};
}

QList<PasswordPolicy::Rule> PasswordPolicy::check(const QString &password)
{
    // Count code points, not UTF-16 units: an emoji is one character to a person.
    qsizetype length = 0;
    bool whitespace = false;
    bool upper = false;
    bool lower = false;
    bool digit = false;
    bool symbol = false;
    for (const char32_t c : password.toUcs4()) {
        ++length;
        if (QChar::isSpace(c)) {
            whitespace = true;
        } else if (QChar::isDigit(c)) {
            digit = true;
        } else if (QChar::isLetter(c)) {
            // Letters without case (CJK, Arabic...) satisfy neither case rule.
            upper = upper || QChar::isUpper(c) || QChar::isTitleCase(c);
            lower = lower || QChar::isLower(c);
        } else {
            // "Any character that is not a letter or digit"; whitespace is
            // refused on its own, so it does not count as a symbol.
            symbol = true;
        }
    }

    QList<Rule> broken;
    if (length < MinimumLength)
        broken.append(Rule::TooShort);
    if (whitespace)
        broken.append(Rule::HasWhitespace);
    if (!upper)
        broken.append(Rule::NoUpper);
    if (!lower)
        broken.append(Rule::NoLower);
    if (!digit)
        broken.append(Rule::NoDigit);
    if (!symbol)
        broken.append(Rule::NoSymbol);
    return broken;
}

QStringList PasswordPolicy::violations(const QString &password)
{
    QStringList codes;
    for (const Rule rule : check(password))
        codes.append(code(rule));
    return codes;
}

QString PasswordPolicy::code(Rule rule)
{
    switch (rule) {
    case Rule::TooShort:
        return QStringLiteral("too_short");
    case Rule::HasWhitespace:
        return QStringLiteral("has_whitespace");
    case Rule::NoUpper:
        return QStringLiteral("no_upper");
    case Rule::NoLower:
        return QStringLiteral("no_lower");
    case Rule::NoDigit:
        return QStringLiteral("no_digit");
    case Rule::NoSymbol:
        return QStringLiteral("no_symbol");
    }
    return {};
}

bool PasswordPolicy::ruleFromCode(const QString &code, Rule *rule)
{
    for (const Rule candidate : rules()) {
        if (PasswordPolicy::code(candidate) == code) {
            if (rule)
                *rule = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Auth
