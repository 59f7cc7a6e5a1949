#pragma once

#include <atomic>
#include <string>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

class ContentStore;
class FaultInjector;
class MediaSigner;

// GET and HEAD /media/...: thumbnails, news images and previews are public,
// renditions need a valid signed link. Range, If-Range, ETag and
// Last-Modified are handled here (cpp-httplib's own range handling is
// switched off per request, see serve()). Bodies stream from disk with pread.
class MediaServer final
{
public:
    // faults is null outside development mode; stopping interrupts stalls.
    MediaServer(ContentStore &content, const MediaSigner &signer, FaultInjector *faults,
                const std::atomic<bool> &stopping)
        : m_content(content), m_signer(signer), m_faults(faults), m_stopping(stopping)
    { }

    void registerRoutes(httplib::Server &server);

    // Also called for requests cpp-httplib answered 416 before routing
    // because it could not parse their Range (RFC 9110 says to ignore such a
    // header: here it gets the whole file).
    static bool handles(const std::string &path);
    void serve(const httplib::Request &req, httplib::Response &res);

private:
    ContentStore &m_content;
    const MediaSigner &m_signer;
    FaultInjector *m_faults;
    const std::atomic<bool> &m_stopping;
};

} // namespace RefPortal
