#pragma once

#include "core/util/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

namespace RefPortal::Api {

using FieldErrors = QMap<QString, QStringList>;

void sendJson(httplib::Response &res, int status, const QJsonObject &body);
void sendNoContent(httplib::Response &res);
// The contract's error body: {"error": {"code", "message", "fields"?}}.
void sendError(httplib::Response &res, int status, const QString &code, const QString &message,
               const FieldErrors &fields = {});
// 429/503 with Retry-After in seconds (at least 1).
void sendRetryLater(httplib::Response &res, int status, const QString &code, const QString &message,
                    qint64 retryAfterSecs);

// The request body as a JSON object (an empty body is an empty object); on
// failure the error response is already written and the Result carries its code.
Util::Result<QJsonObject> jsonBody(const httplib::Request &req, httplib::Response &res);

QString header(const httplib::Request &req, const char *name);
QString param(const httplib::Request &req, const char *name);
bool hasParam(const httplib::Request &req, const char *name);
// The n-th regex capture of the route, e.g. the {id} in /news/{id}.
QString pathArg(const httplib::Request &req, int index);

} // namespace RefPortal::Api

namespace RefPortal::Api {

// 500 for a failure that is the server's own (database, disk); logged.
void sendInternalError(httplib::Response &res, const Util::Error &error);

// A string member, trimmed; null when absent or not a string.
QString stringMember(const QJsonObject &object, const QString &key);

} // namespace RefPortal::Api
