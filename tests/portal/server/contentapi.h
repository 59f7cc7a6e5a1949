#pragma once

#include <QJsonObject>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal {

class ContentStore;
class UrlBuilder;
struct ContentItem;

// GET /news, /news/{id}, /videos, /videos/{id}, /tags, /conditions: public.
class ContentApi final
{
public:
    ContentApi(ContentStore &content, const UrlBuilder &urls) : m_content(content), m_urls(urls) { }

    void registerRoutes(httplib::Server &server);

    QJsonObject newsJson(const httplib::Request &req, const ContentItem &item) const;
    QJsonObject videoJson(const httplib::Request &req, const ContentItem &item) const;

private:
    void listNews(const httplib::Request &req, httplib::Response &res);
    void showNews(const httplib::Request &req, httplib::Response &res);
    void listVideos(const httplib::Request &req, httplib::Response &res);
    void showVideo(const httplib::Request &req, httplib::Response &res);
    void tags(const httplib::Request &req, httplib::Response &res);
    void conditions(const httplib::Request &req, httplib::Response &res);

    ContentStore &m_content;
    const UrlBuilder &m_urls;
};

} // namespace RefPortal
