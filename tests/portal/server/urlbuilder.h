#pragma once

#include <QString>

namespace httplib {
struct Request;
}

namespace RefPortal {

// Absolute URLs in answers start with --public-url when given, else with the
// scheme and the request's Host header (how the client reached us).
class UrlBuilder final
{
public:
    UrlBuilder(QString publicUrl, bool tls, QString fallbackHost);

    // "http://127.0.0.1:8080" or the public URL, without a trailing slash.
    QString base(const httplib::Request &req) const;
    // base + the URL path, each segment percent-encoded.
    QString absolute(const httplib::Request &req, const QString &path) const;

    // Where we listen; set once the port is bound, before serving.
    void setFallbackHost(const QString &host) { m_fallbackHost = host; }

    static QString encodePath(const QString &path);

private:
    QString m_publicUrl;
    bool m_tls = false;
    QString m_fallbackHost;
};

} // namespace RefPortal
