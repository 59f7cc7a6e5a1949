#include "tests/portal/server/authenticator.h"

#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/sessionstore.h"

#include <httplib.h>

namespace RefPortal {

namespace {
void unauthorized(httplib::Response &res, const QString &code, const QString &message)
{
    // RFC 6750 §3.
    res.set_header("WWW-Authenticate",
                   "Bearer realm=\"portal\", error=\"invalid_token\", error_description=\""
                       + message.toStdString() + "\"");
    Api::sendError(res, 401, code, message);
}
} // namespace

std::optional<User> Authenticator::requireUser(const httplib::Request &req, httplib::Response &res)
{
    const QString authorization = Api::header(req, "Authorization");
    const QLatin1String scheme("Bearer ");
    if (!authorization.startsWith(scheme, Qt::CaseInsensitive) || authorization.size() <= scheme.size()) {
        res.set_header("WWW-Authenticate", "Bearer realm=\"portal\"");
        Api::sendError(res, 401, QStringLiteral("invalid_token"),
                       QStringLiteral("This call needs an access token."));
        return std::nullopt;
    }
    const QString token = authorization.mid(scheme.size()).trimmed();
    auto access = m_sessions.checkAccess(token);
    if (!access) {
        Api::sendInternalError(res, access.error());
        return std::nullopt;
    }
    switch (access.value().state) {
    case SessionStore::AccessState::Expired:
        unauthorized(res, QStringLiteral("token_expired"), QStringLiteral("The access token has expired."));
        return std::nullopt;
    case SessionStore::AccessState::Invalid:
        unauthorized(res, QStringLiteral("invalid_token"), QStringLiteral("The access token is not valid."));
        return std::nullopt;
    case SessionStore::AccessState::Valid:
        break;
    }
    auto user = m_accounts.findById(access.value().userId);
    if (!user) {
        Api::sendInternalError(res, user.error());
        return std::nullopt;
    }
    if (!user.value()) {
        unauthorized(res, QStringLiteral("invalid_token"), QStringLiteral("The access token is not valid."));
        return std::nullopt;
    }
    return user.value();
}

} // namespace RefPortal
