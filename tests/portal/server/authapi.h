#pragma once

#include "tests/portal/server/authservices.h"

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

// POST /auth/register, /auth/verify, /auth/resend, /auth/login,
// /auth/refresh, /auth/logout.
class AuthApi final
{
public:
    explicit AuthApi(AuthServices services) : m(services) { }

    void registerRoutes(httplib::Server &server);

private:
    void registerAccount(const httplib::Request &req, httplib::Response &res);
    void verify(const httplib::Request &req, httplib::Response &res);
    void resend(const httplib::Request &req, httplib::Response &res);
    void login(const httplib::Request &req, httplib::Response &res);
    void refresh(const httplib::Request &req, httplib::Response &res);
    void logout(const httplib::Request &req, httplib::Response &res);

    AuthServices m;
};

} // namespace RefPortal
