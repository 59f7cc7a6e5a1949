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
    static void install(httplib::Server &server);
    // Streamed bodies report what they really sent (a dropped transfer
    // sends less than announced).
    static void addStreamedBytes(qint64 bytes);
};

} // namespace RefPortal
