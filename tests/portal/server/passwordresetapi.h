#pragma once

#include "tests/portal/server/authservices.h"

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

// The three-step password reset: POST /auth/password-reset (mail a code),
// /auth/password-reset/verify (code -> reset token),
// /auth/password-reset/complete (reset token + new password).
class PasswordResetApi final
{
public:
    explicit PasswordResetApi(AuthServices services) : m(services) { }

    void registerRoutes(httplib::Server &server);

private:
    void start(const httplib::Request &req, httplib::Response &res);
    void verify(const httplib::Request &req, httplib::Response &res);
    void complete(const httplib::Request &req, httplib::Response &res);

    AuthServices m;
};

} // namespace RefPortal
