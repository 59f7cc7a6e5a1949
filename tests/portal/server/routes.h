#pragma once

#include <httplib.h>

#include <string>

namespace RefPortal::Routes {

// Base path of the API; every call of the contract lives below it.
inline constexpr const char *ApiBase = "/api/v1";

inline std::string api(const char *path)
{
    return std::string(ApiBase) + path;
}

// A member function as a route handler.
template<class T>
httplib::Server::Handler handler(T *object, void (T::*method)(const httplib::Request &, httplib::Response &))
{
    return [object, method](const httplib::Request &req, httplib::Response &res) {
        (object->*method)(req, res);
    };
}

} // namespace RefPortal::Routes
