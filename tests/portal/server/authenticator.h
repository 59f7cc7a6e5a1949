#pragma once

#include "tests/portal/server/accountstore.h"

#include <optional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

class SessionStore;

// Resolves "Authorization: Bearer <access token>" to the account.
class Authenticator final
{
public:
    Authenticator(SessionStore &sessions, AccountStore &accounts) : m_sessions(sessions), m_accounts(accounts)
    { }

    // The account of a valid token; otherwise the 401 (token_expired or
    // invalid_token, with WWW-Authenticate) is written and nullopt returned.
    std::optional<User> requireUser(const httplib::Request &req, httplib::Response &res);

private:
    SessionStore &m_sessions;
    AccountStore &m_accounts;
};

} // namespace RefPortal
