#include "tests/portal/server/codeanswers.h"

#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/mailer.h"

#include <httplib.h>

namespace RefPortal::CodeAnswers {

bool sendRejection(httplib::Response &res, CodeStore::Check check)
{
    switch (check) {
    case CodeStore::Check::Accepted:
        return false;
    case CodeStore::Check::Invalid:
        Api::sendError(res, 400, QStringLiteral("invalid_code"), QStringLiteral("The code is not valid."));
        return true;
    case CodeStore::Check::Expired:
        Api::sendError(res, 410, QStringLiteral("code_expired"),
                       QStringLiteral("The code has expired; ask for a new one."));
        return true;
    case CodeStore::Check::TooManyAttempts:
        Api::sendError(res, 429, QStringLiteral("too_many_attempts"),
                       QStringLiteral("Too many wrong attempts; ask for a new code."));
        return true;
    }
    return false;
}

std::optional<User> acceptCode(httplib::Response &res, CodeStore &codes, AccountStore &accounts,
                               const QString &email, const QString &purpose, const QString &code)
{
    auto check = codes.check(email, purpose, code);
    if (!check) {
        Api::sendInternalError(res, check.error());
        return std::nullopt;
    }
    if (sendRejection(res, check.value()))
        return std::nullopt;
    auto user = accounts.findByEmail(email);
    if (!user) {
        Api::sendInternalError(res, user.error());
        return std::nullopt;
    }
    if (!user.value())
        sendRejection(res, CodeStore::Check::Invalid);
    return user.value();
}

bool sendIfCoolingDown(httplib::Response &res, CodeStore &codes, const QString &email)
{
    auto remaining = codes.cooldownRemaining(email);
    if (!remaining) {
        Api::sendInternalError(res, remaining.error());
        return true;
    }
    if (remaining.value() > 0) {
        Api::sendRetryLater(
            res, 429, QStringLiteral("rate_limited"),
            QStringLiteral("A code was sent to this address moments ago; wait before asking again."),
            remaining.value());
        return true;
    }
    return false;
}

Util::Result<qint64> issueAndMail(CodeStore &codes, Mailer &mailer, const User &user, const QString &purpose)
{
    auto issued = codes.issue(user.email, purpose);
    if (!issued)
        return issued.error();
    auto sent = mailer.sendCode(user.email, purpose, user.locale, issued.value().code, codes.lifetimeSecs());
    if (!sent)
        return sent.error();
    return issued.value().expiresAt;
}

} // namespace RefPortal::CodeAnswers
