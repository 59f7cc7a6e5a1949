#include "tests/portal/server/urlbuilder.h"

#include "tests/portal/server/apiresponse.h"

#include <QRegularExpression>
#include <QUrl>

#include <httplib.h>

namespace RefPortal {

UrlBuilder::UrlBuilder(QString publicUrl, bool tls, QString fallbackHost)
    : m_publicUrl(std::move(publicUrl)), m_tls(tls), m_fallbackHost(std::move(fallbackHost))
{
    while (m_publicUrl.endsWith(u'/'))
        m_publicUrl.chop(1);
}

QString UrlBuilder::base(const httplib::Request &req) const
{
    if (!m_publicUrl.isEmpty())
        return m_publicUrl;
    QString host = Api::header(req, "Host");
    // A Host header is a host and an optional port, nothing else.
    static const QRegularExpression valid(
        QStringLiteral(R"(^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$)"));
    if (!valid.match(host).hasMatch())
        host = m_fallbackHost;
    return (m_tls ? QStringLiteral("https://") : QStringLiteral("http://")) + host;
}

QString UrlBuilder::encodePath(const QString &path)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QString UrlBuilder::absolute(const httplib::Request &req, const QString &path) const
{
    return base(req) + encodePath(path);
}

} // namespace RefPortal
