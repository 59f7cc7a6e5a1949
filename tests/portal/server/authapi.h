#pragma once

#include "tests/portal/server/authservices.h"

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

struct User;

// POST /auth/register, /auth/verify, /auth/resend, /auth/login,
// /auth/refresh, /auth/logout.
class AuthApi final
{
public:
    explicit AuthApi(AuthServices services) : m(services) { }

    void registerRoutes(httplib::Server &server);

private:
    // Registering an address whose account exists: 409 when verified; for a
    // pending one a new code (subject to the cooldown) and the answer of a
    // first registration, the pending password and details unchanged.
    void answerExisting(httplib::Response &res, const User &existing);

    void registerAccount(const httplib::Request &req, httplib::Response &res);
    void verify(const httplib::Request &req, httplib::Response &res);
    void resend(const httplib::Request &req, httplib::Response &res);
    void login(const httplib::Request &req, httplib::Response &res);
    void refresh(const httplib::Request &req, httplib::Response &res);
    void logout(const httplib::Request &req, httplib::Response &res);

    AuthServices m;
};

} // namespace RefPortal
