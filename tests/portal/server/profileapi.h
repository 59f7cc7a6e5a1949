#pragma once

#include "tests/portal/server/authservices.h"

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

// GET /me and PATCH /me.
class ProfileApi final
{
public:
    explicit ProfileApi(AuthServices services) : m(services) { }

    void registerRoutes(httplib::Server &server);

private:
    void show(const httplib::Request &req, httplib::Response &res);
    void update(const httplib::Request &req, httplib::Response &res);

    AuthServices m;
};

} // namespace RefPortal
