#pragma once

#include "tests/portal/server/ratelimiter.h"

#include <QString>

#include <functional>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

// The request limits of /auth/* (docs/portal-server.md, "Limits"): token
// buckets per client address and per account (e-mail address), and a
// separate allowance of wrong codes per client address. Each check writes
// the 429 itself (with Retry-After) and returns false when over the limit.
// The client address is the TCP peer, an IPv6 one counted by its /64.
class AuthLimits final
{
public:
    struct Options
    {
        int perClientPerMinute = 300;
        int perAccountPerMinute = 30;
        int wrongCodesPerClientPerHour = 30;
    };

    explicit AuthLimits(const Options &options);

    using Handler = std::function<void(const httplib::Request &, httplib::Response &)>;

    static QString clientKey(const httplib::Request &req);

    // The handler behind admitClient(): for every /auth/* route.
    Handler perClient(Handler handler);

    // Every /auth/* request, before anything else.
    bool admitClient(const httplib::Request &req, httplib::Response &res);
    // Requests that name an account, before any work for it.
    bool admitAccount(const QString &email, httplib::Response &res);
    // Code entry, refused while this client's wrong codes are used up.
    bool admitCodeEntry(const httplib::Request &req, httplib::Response &res);
    void noteWrongCode(const httplib::Request &req);

private:
    RateLimiter m_perClient;
    RateLimiter m_perAccount;
    RateLimiter m_wrongCodes;
};

} // namespace RefPortal
