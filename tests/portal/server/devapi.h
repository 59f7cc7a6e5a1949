#pragma once

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

class ContentStore;
class FaultInjector;
class Mailer;

// Development mode only: GET /dev/outbox?email=, GET/POST/DELETE /dev/faults,
// POST /dev/reload (reread the content folder), GET/POST /dev/clock (move
// the server's clock forward).
class DevApi final
{
public:
    DevApi(Mailer &mailer, FaultInjector &faults, ContentStore &content)
        : m_mailer(mailer), m_faults(faults), m_content(content)
    { }

    void registerRoutes(httplib::Server &server);

private:
    void outbox(const httplib::Request &req, httplib::Response &res);
    void showFaults(const httplib::Request &req, httplib::Response &res);
    void setFaults(const httplib::Request &req, httplib::Response &res);
    void clearFaults(const httplib::Request &req, httplib::Response &res);
    void reload(const httplib::Request &req, httplib::Response &res);
    void showClock(const httplib::Request &req, httplib::Response &res);
    void advanceClock(const httplib::Request &req, httplib::Response &res);

    Mailer &m_mailer;
    FaultInjector &m_faults;
    ContentStore &m_content;
};

} // namespace RefPortal
