#pragma once

#include "tests/portal/server/codestore.h"

#include <optional>

namespace httplib {
struct Response;
}

namespace RefPortal {

class AccountStore;
class Mailer;
struct User;

namespace CodeAnswers {

// Writes the contract's answer to a rejected code (400 invalid_code,
// 410 code_expired, 429 too_many_attempts). False when the code was accepted.
bool sendRejection(httplib::Response &res, CodeStore::Check check);

// Checks a code for `purpose` and finds the account it belongs to. Writes
// the answer itself (rejection, unknown account, internal error) and returns
// nothing in those cases.
std::optional<User> acceptCode(httplib::Response &res, CodeStore &codes, AccountStore &accounts,
                               const QString &email, const QString &purpose, const QString &code);

// 429 rate_limited with Retry-After when the address is in its cooldown.
// Returns true when the answer was written (cooldown or internal error).
bool sendIfCoolingDown(httplib::Response &res, CodeStore &codes, const QString &email);

// Issues a code for the account and mails it; the code's expiry or an error.
Util::Result<qint64> issueAndMail(CodeStore &codes, Mailer &mailer, const User &user, const QString &purpose);

} // namespace CodeAnswers
} // namespace RefPortal
