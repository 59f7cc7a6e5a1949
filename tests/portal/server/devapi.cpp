#include "tests/portal/server/devapi.h"

#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/contentstore.h"
#include "tests/portal/server/faultinjector.h"
#include "tests/portal/server/mailer.h"
#include "tests/portal/server/routes.h"
#include "tests/portal/server/timeutil.h"

#include <httplib.h>

namespace RefPortal {

void DevApi::registerRoutes(httplib::Server &server)
{
    server.Get(Routes::api("/dev/outbox"), Routes::handler(this, &DevApi::outbox));
    server.Get(Routes::api("/dev/faults"), Routes::handler(this, &DevApi::showFaults));
    server.Post(Routes::api("/dev/faults"), Routes::handler(this, &DevApi::setFaults));
    server.Delete(Routes::api("/dev/faults"), Routes::handler(this, &DevApi::clearFaults));
    server.Post(Routes::api("/dev/reload"), Routes::handler(this, &DevApi::reload));
    server.Get(Routes::api("/dev/clock"), Routes::handler(this, &DevApi::showClock));
    server.Post(Routes::api("/dev/clock"), Routes::handler(this, &DevApi::advanceClock));
}

void DevApi::outbox(const httplib::Request &req, httplib::Response &res)
{
    const QString email = AccountStore::normaliseEmail(Api::param(req, "email"));
    if (email.isEmpty())
        return Api::sendError(res, 400, QStringLiteral("invalid_parameter"),
                              QStringLiteral("email is required."),
                              {{QStringLiteral("email"), {QStringLiteral("required")}}});
    QJsonArray items;
    for (const Mailer::Mail &mail : m_mailer.latestFor(email, 20)) {
        items.append(QJsonObject {
            {QStringLiteral("to"), mail.to},
            {QStringLiteral("subject"), mail.subject},
            {QStringLiteral("body"), mail.body},
            {QStringLiteral("date"), TimeUtil::rfc3339(mail.date)},
            {QStringLiteral("code"), mail.code.isEmpty() ? QJsonValue() : QJsonValue(mail.code)},
            {QStringLiteral("file"), mail.fileName},
        });
    }
    Api::sendJson(res, 200, {{QStringLiteral("items"), items}});
}

void DevApi::showFaults(const httplib::Request &, httplib::Response &res)
{
    Api::sendJson(res, 200, m_faults.toJson());
}

void DevApi::setFaults(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    Api::FieldErrors errors;
    if (!m_faults.apply(body.value(), &errors))
        return Api::sendError(res, 422, QStringLiteral("validation_failed"),
                              QStringLiteral("Some faults are not valid."), errors);
    Api::sendJson(res, 200, m_faults.toJson());
}

void DevApi::clearFaults(const httplib::Request &, httplib::Response &res)
{
    m_faults.clear();
    Api::sendJson(res, 200, m_faults.toJson());
}

void DevApi::reload(const httplib::Request &, httplib::Response &res)
{
    auto warnings = m_content.reload();
    if (!warnings)
        return Api::sendInternalError(res, warnings.error());
    for (const QString &warning : warnings.value())
        qWarning("content: %s", qPrintable(warning));
    const auto snapshot = m_content.snapshot();
    Api::sendJson(res, 200,
                  {{QStringLiteral("news"), snapshot->news.size()},
                   {QStringLiteral("videos"), snapshot->videos.size()},
                   {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings.value())}});
}

void DevApi::showClock(const httplib::Request &, httplib::Response &res)
{
    Api::sendJson(res, 200,
                  {{QStringLiteral("now"), TimeUtil::rfc3339FromSecs(TimeUtil::nowSecs())},
                   {QStringLiteral("offset_seconds"), TimeUtil::devClockOffsetSecs()}});
}

void DevApi::advanceClock(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QJsonValue v = body.value().value(QStringLiteral("advance_seconds"));
    // Forward only: expiries and locks never have to run backwards.
    if (!v.isDouble() || v.toDouble() != static_cast<double>(v.toInteger()) || v.toInteger() < 0
        || v.toInteger() > 10LL * 365 * 24 * 3600)
        return Api::sendError(res, 422, QStringLiteral("validation_failed"),
                              QStringLiteral("advance_seconds must be a whole number of seconds, 0 or more."),
                              {{QStringLiteral("advance_seconds"), {QStringLiteral("invalid")}}});
    TimeUtil::advanceDevClock(v.toInteger());
    showClock(req, res);
}

} // namespace RefPortal
