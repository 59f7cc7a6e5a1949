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
    LinkApi(ContentStore &content, Authenticator &authenticator, const MediaSigner &signer,
            const UrlBuilder &urls)
        : m_content(content), m_authenticator(authenticator), m_signer(signer), m_urls(urls)
    { }

    void registerRoutes(httplib::Server &server);

private:
    void link(const httplib::Request &req, httplib::Response &res);

    ContentStore &m_content;
    Authenticator &m_authenticator;
    const MediaSigner &m_signer;
    const UrlBuilder &m_urls;
};

} // namespace RefPortal
