#include "tests/portal/server/profileapi.h"

#include "tests/portal/server/accountjson.h"
#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/authenticator.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/routes.h"

#include <httplib.h>

namespace RefPortal {

void ProfileApi::registerRoutes(httplib::Server &server)
{
    server.Get(Routes::api("/me"), Routes::handler(this, &ProfileApi::show));
    server.Patch(Routes::api("/me"), Routes::handler(this, &ProfileApi::update));
}

void ProfileApi::show(const httplib::Request &req, httplib::Response &res)
{
    const auto user = m.authenticator.requireUser(req, res);
    if (user)
        Api::sendJson(res, 200, AccountJson::user(*user));
}

void ProfileApi::update(const httplib::Request &req, httplib::Response &res)
{
    auto user = m.authenticator.requireUser(req, res);
    if (!user)
        return;
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QJsonObject &o = body.value();

    Api::FieldErrors fields;
    if (o.contains(QStringLiteral("display_name"))) {
        const QJsonValue v = o.value(QStringLiteral("display_name"));
        const QString name = v.toString().trimmed();
        if (!v.isString() || name.isEmpty())
            fields.insert(QStringLiteral("display_name"), {QStringLiteral("required")});
        else if (name.size() > 200)
            fields.insert(QStringLiteral("display_name"), {QStringLiteral("too_long")});
        else
            user->displayName = name;
    }
    if (o.contains(QStringLiteral("organisation"))) {
        const QJsonValue v = o.value(QStringLiteral("organisation"));
        if (v.isNull())
            user->organisation.clear();
        else if (!v.isString())
            fields.insert(QStringLiteral("organisation"), {QStringLiteral("invalid")});
        else if (v.toString().trimmed().size() > 200)
            fields.insert(QStringLiteral("organisation"), {QStringLiteral("too_long")});
        else
            user->organisation = v.toString().trimmed();
    }
    if (o.contains(QStringLiteral("newsletter"))) {
        const QJsonValue v = o.value(QStringLiteral("newsletter"));
        if (v.isBool())
            user->newsletter = v.toBool();
        else
            fields.insert(QStringLiteral("newsletter"), {QStringLiteral("invalid")});
    }
    if (o.contains(QStringLiteral("locale"))) {
        const QString locale = o.value(QStringLiteral("locale")).toString();
        if (locale == QLatin1String("en") || locale == QLatin1String("fr"))
            user->locale = locale;
        else
            fields.insert(QStringLiteral("locale"), {QStringLiteral("invalid")});
    }
    if (!fields.isEmpty())
        return Api::sendError(res, 422, QStringLiteral("validation_failed"),
                              QStringLiteral("Some fields are not valid."), fields);

    auto guard = m.database.lock();
    if (auto done = m.accounts.updateProfile(*user); !done)
        return Api::sendInternalError(res, done.error());
    Api::sendJson(res, 200, AccountJson::user(*user));
}

} // namespace RefPortal
