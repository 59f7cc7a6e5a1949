#pragma once

#include <QtGlobal>

namespace httplib {
class Server;
}

namespace RefPortal {

// One line per request on stderr: time, method, path (query secrets
// redacted), status, body bytes sent, milliseconds.
class RequestLog final
{
public:
    // Logs every answer; begin() must run before each route (pre-routing).
    static void install(httplib::Server &server);
    static void begin();
    // Streamed bodies report what they really sent (a dropped transfer
    // sends less than announced).
    static void addStreamedBytes(qint64 bytes);
};

} // namespace RefPortal
