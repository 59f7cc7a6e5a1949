#pragma once

#include "core/util/result.h"
#include "tests/portal/server/authservices.h"
#include "tests/portal/server/codestore.h"

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

struct User;

// The answers around mailed codes that /auth/verify, /auth/resend,
// /auth/register and the password reset share.
namespace CodeAnswers {

// Writes the contract's answer to a rejected code (400 invalid_code,
// 410 code_expired, 429 too_many_attempts). False when the code was accepted.
bool sendRejection(httplib::Response &res, CodeStore::Check check);

// Checks a code for `purpose` and finds the account it belongs to, after the
// limits on code entry (per client, per address and day). Counts a wrong
// code against both; the one that locks the address mails its owner. Writes
// the answer itself (limit, rejection, internal error) and returns nothing
// in those cases. The caller holds the database lock.
std::optional<User> acceptCode(const httplib::Request &req, httplib::Response &res, const AuthServices &m,
                               const QString &email, const QString &purpose, const QString &code);

// 429 rate_limited with Retry-After when the address is in its mail cooldown.
// Returns true when the answer was written (cooldown or internal error).
bool sendIfCoolingDown(httplib::Response &res, MailCooldown &cooldown, const QString &email);

// Issues a code for the account, mails it and starts the cooldown; the
// code's expiry or an error.
Util::Result<qint64> issueAndMail(const AuthServices &m, const User &user, const QString &purpose);

// 503 server_busy with Retry-After: no hashing slot came free.
void sendBusy(httplib::Response &res);

} // namespace CodeAnswers
} // namespace RefPortal
