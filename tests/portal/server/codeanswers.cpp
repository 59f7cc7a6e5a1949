#include "tests/portal/server/codeanswers.h"

#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/authlimits.h"
#include "tests/portal/server/codelock.h"
#include "tests/portal/server/mailcooldown.h"
#include "tests/portal/server/mailer.h"
#include "tests/portal/server/passwordhashing.h"
#include "tests/portal/server/timeutil.h"

#include <httplib.h>

namespace RefPortal::CodeAnswers {

namespace {
void sendLocked(httplib::Response &res, qint64 secs)
{
    Api::sendRetryLater(res, 429, QStringLiteral("too_many_attempts"),
                        QStringLiteral("Too many wrong codes for this address today; code entry is "
                                       "blocked for now."),
                        secs);
}

// A wrong code: counted per client and per address. True when the answer
// was written (the address is locked now, or an internal error).
bool countWrongCode(const httplib::Request &req, httplib::Response &res, const AuthServices &m,
                    const QString &email, const std::optional<User> &user, int maxFailures)
{
    m.limits.noteWrongCode(req);
    auto locked = m.codeLock.recordFailure(email);
    if (!locked) {
        Api::sendInternalError(res, locked.error());
        return true;
    }
    if (!locked.value())
        return false;
    // The owner hears of it once per lock; an unknown address has nobody to tell.
    if (user) {
        if (auto sent = m.mailer.sendCodeLockNotice(user->email, user->locale, maxFailures, *locked.value());
            !sent)
            qWarning("cannot mail the lock notice: %s", qPrintable(sent.error().message));
    }
    sendLocked(res, *locked.value() - TimeUtil::nowSecs());
    return true;
}
} // namespace

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
    case CodeStore::Check::Burned:
    case CodeStore::Check::TooManyAttempts:
        Api::sendError(res, 429, QStringLiteral("too_many_attempts"),
                       QStringLiteral("Too many wrong attempts; ask for a new code."));
        return true;
    }
    return false;
}

std::optional<User> acceptCode(const httplib::Request &req, httplib::Response &res, const AuthServices &m,
                               const QString &email, const QString &purpose, const QString &code)
{
    if (!m.limits.admitCodeEntry(req, res))
        return std::nullopt;
    auto locked = m.codeLock.lockedFor(email);
    if (!locked) {
        Api::sendInternalError(res, locked.error());
        return std::nullopt;
    }
    if (locked.value() > 0) {
        sendLocked(res, locked.value());
        return std::nullopt;
    }
    auto user = m.accounts.findByEmail(email);
    if (!user) {
        Api::sendInternalError(res, user.error());
        return std::nullopt;
    }
    const QString userId = user.value() ? user.value()->id : QString();
    auto check = m.codes.check(email, userId, purpose, code);
    if (!check) {
        Api::sendInternalError(res, check.error());
        return std::nullopt;
    }
    const bool guess =
        check.value() == CodeStore::Check::Invalid || check.value() == CodeStore::Check::Burned;
    if (guess && countWrongCode(req, res, m, email, user.value(), m.codeLock.maxFailures()))
        return std::nullopt;
    if (sendRejection(res, check.value()))
        return std::nullopt;
    return user.value();
}

bool sendIfCoolingDown(httplib::Response &res, MailCooldown &cooldown, const QString &email)
{
    auto remaining = cooldown.remaining(email);
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

Util::Result<qint64> issueAndMail(const AuthServices &m, const User &user, const QString &purpose)
{
    auto issued = m.codes.issue(user.email, user.id, purpose);
    if (!issued)
        return issued.error();
    if (auto recorded = m.cooldown.record(user.email); !recorded)
        return recorded.error();
    auto sent =
        m.mailer.sendCode(user.email, purpose, user.locale, issued.value().code, m.codes.lifetimeSecs());
    if (!sent)
        return sent.error();
    return issued.value().expiresAt;
}

void sendBusy(httplib::Response &res)
{
    Api::sendRetryLater(res, 503, QStringLiteral("server_busy"),
                        QStringLiteral("The server is busy; try again in a moment."),
                        PasswordHashing::RetryAfterSecs);
}

} // namespace RefPortal::CodeAnswers
