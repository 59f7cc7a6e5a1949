#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Auth {

// The portal's password rules (Portal API v1, "Accounts"). The server enforces
// them and the client mirrors them as live feedback, so both use this class.
class PasswordPolicy final
{
public:
    enum class Rule {
        TooShort,
        HasWhitespace,
        NoUpper,
        NoLower,
        NoDigit,
        NoSymbol,
    };

    static constexpr int MinimumLength = 12;

    // Every rule, in the order the contract lists them.
    static QList<Rule> rules();

    // The rules the password breaks; empty when it is acceptable.
    static QList<Rule> check(const QString &password);

    // The same, as the contract's codes ("too_short", "no_digit", ...).
    static QStringList violations(const QString &password);

    static bool isAcceptable(const QString &password) { return check(password).isEmpty(); }

    // The contract's code of a rule, e.g. Rule::NoSymbol -> "no_symbol".
    static QString code(Rule rule);

    // The rule of a contract code; false when the code is unknown.
    static bool ruleFromCode(const QString &code, Rule *rule);
};

} // namespace Auth
