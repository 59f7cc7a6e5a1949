#include "tests/portal/server/apiresponse.h"

#include "tests/portal/server/jsoncompression.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <httplib.h>

#include <algorithm>

namespace RefPortal::Api {

void sendJson(httplib::Response &res, int status, const QJsonObject &body)
{
    res.status = status;
    setJsonContent(res, QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString());
}

void sendNoContent(httplib::Response &res)
{
    res.status = 204;
    res.body.clear();
}

void sendError(httplib::Response &res, int status, const QString &code, const QString &message,
               const FieldErrors &fields)
{
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fields.isEmpty()) {
        QJsonObject fieldObject;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            fieldObject.insert(it.key(), QJsonArray::fromStringList(it.value()));
        error.insert(QStringLiteral("fields"), fieldObject);
    }
    sendJson(res, status, QJsonObject {{QStringLiteral("error"), error}});
}

void sendRetryLater(httplib::Response &res, int status, const QString &code, const QString &message,
                    qint64 retryAfterSecs)
{
    res.set_header("Retry-After", std::to_string(std::max<qint64>(1, retryAfterSecs)));
    sendError(res, status, code, message);
}

Util::Result<QJsonObject> jsonBody(const httplib::Request &req, httplib::Response &res)
{
    // No body at all (a bodyless POST) carries no members: each call then
    // answers as for missing fields (logout with nothing to revoke: 204).
    if (req.body.empty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        sendError(res, 400, QStringLiteral("invalid_json"),
                  QStringLiteral("The request body must be a JSON object."));
        return Util::makeError(QStringLiteral("invalid_json"), parseError.errorString());
    }
    return doc.object();
}

QString header(const httplib::Request &req, const char *name)
{
    return QString::fromStdString(req.get_header_value(name));
}

QString param(const httplib::Request &req, const char *name)
{
    return QString::fromStdString(req.get_param_value(name));
}

bool hasParam(const httplib::Request &req, const char *name)
{
    return req.has_param(name);
}

QString pathArg(const httplib::Request &req, int index)
{
    if (index < 0 || static_cast<size_t>(index) >= req.matches.size())
        return {};
    return QString::fromStdString(req.matches[static_cast<size_t>(index)].str());
}

} // namespace RefPortal::Api

namespace RefPortal::Api {

void sendInternalError(httplib::Response &res, const Util::Error &error)
{
    qWarning("internal error: %s: %s", qPrintable(error.code), qPrintable(error.message));
    sendError(res, 500, QStringLiteral("internal_error"),
              QStringLiteral("The server could not complete the request."));
}

QString stringMember(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (!value.isString())
        return {};
    return value.toString().trimmed();
}

} // namespace RefPortal::Api
