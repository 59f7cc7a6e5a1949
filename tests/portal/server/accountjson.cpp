#include "tests/portal/server/accountjson.h"

#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/timeutil.h"

namespace RefPortal::AccountJson {

QJsonObject user(const User &user)
{
    return QJsonObject {
        {QStringLiteral("id"), user.id},
        {QStringLiteral("email"), user.email},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("organisation"),
         user.organisation.isEmpty() ? QJsonValue() : QJsonValue(user.organisation)},
        {QStringLiteral("newsletter"), user.newsletter},
        {QStringLiteral("locale"), user.locale},
        {QStringLiteral("created_at"), TimeUtil::rfc3339FromSecs(user.createdAt)},
    };
}

QJsonObject tokenPair(const SessionStore::Tokens &tokens, const User &u)
{
    return QJsonObject {
        {QStringLiteral("access_token"), tokens.accessToken},
        {QStringLiteral("access_expires_in"), tokens.accessExpiresIn},
        {QStringLiteral("refresh_token"), tokens.refreshToken},
        {QStringLiteral("user"), user(u)},
    };
}

} // namespace RefPortal::AccountJson
