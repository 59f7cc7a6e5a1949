#include "tests/portal/server/authlimits.h"

#include "tests/portal/server/apiresponse.h"

#include <httplib.h>

#include <arpa/inet.h>

namespace RefPortal {

AuthLimits::AuthLimits(const Options &options)
    : m_perClient(options.perClientPerMinute, 60),
      m_perAccount(options.perAccountPerMinute, 60),
      m_wrongCodes(options.wrongCodesPerClientPerHour, 3600)
{ }

QString AuthLimits::clientKey(const httplib::Request &req)
{
    in6_addr v6 {};
    if (inet_pton(AF_INET6, req.remote_addr.c_str(), &v6) == 1) {
        // One IPv6 subscriber usually holds a whole /64.
        const QByteArray prefix(reinterpret_cast<const char *>(v6.s6_addr), 8);
        const bool v4Mapped = IN6_IS_ADDR_V4MAPPED(&v6);
        if (!v4Mapped)
            return QStringLiteral("v6:") + QString::fromLatin1(prefix.toHex());
        char text[INET_ADDRSTRLEN] = {};
        if (inet_ntop(AF_INET, v6.s6_addr + 12, text, sizeof text))
            return QString::fromLatin1(text);
    }
    return QString::fromStdString(req.remote_addr);
}

AuthLimits::Handler AuthLimits::perClient(Handler handler)
{
    return [this, handler = std::move(handler)](const httplib::Request &req, httplib::Response &res) {
        if (admitClient(req, res))
            handler(req, res);
    };
}

bool AuthLimits::admitClient(const httplib::Request &req, httplib::Response &res)
{
    const qint64 wait = m_perClient.take(clientKey(req));
    if (wait == 0)
        return true;
    Api::sendRetryLater(res, 429, QStringLiteral("rate_limited"),
                        QStringLiteral("Too many requests from this network; try again later."), wait);
    return false;
}

bool AuthLimits::admitAccount(const QString &email, httplib::Response &res)
{
    const qint64 wait = m_perAccount.take(email);
    if (wait == 0)
        return true;
    Api::sendRetryLater(res, 429, QStringLiteral("rate_limited"),
                        QStringLiteral("Too many requests for this account; try again later."), wait);
    return false;
}

bool AuthLimits::admitCodeEntry(const httplib::Request &req, httplib::Response &res)
{
    const qint64 wait = m_wrongCodes.waitFor(clientKey(req));
    if (wait == 0)
        return true;
    Api::sendRetryLater(res, 429, QStringLiteral("too_many_attempts"),
                        QStringLiteral("Too many wrong codes from this network; try again later."), wait);
    return false;
}

void AuthLimits::noteWrongCode(const httplib::Request &req)
{
    (void)m_wrongCodes.take(clientKey(req));
}

} // namespace RefPortal
