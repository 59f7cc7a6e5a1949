#pragma once

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

class Authenticator;
class ContentStore;
class FaultInjector;
class MediaSigner;
class UrlBuilder;

// POST /videos/{id}/renditions/{rendition_id}/link: a signed, expiring URL.
class LinkApi final
{
public:
    // faults: development mode's fault injector (link_fail_next), or null.
    LinkApi(ContentStore &content, Authenticator &authenticator, const MediaSigner &signer,
            const UrlBuilder &urls, FaultInjector *faults)
        : m_content(content), m_authenticator(authenticator), m_signer(signer), m_urls(urls), m_faults(faults)
    { }

    void registerRoutes(httplib::Server &server);

private:
    void link(const httplib::Request &req, httplib::Response &res);

    ContentStore &m_content;
    Authenticator &m_authenticator;
    const MediaSigner &m_signer;
    const UrlBuilder &m_urls;
    FaultInjector *m_faults;
};

} // namespace RefPortal
