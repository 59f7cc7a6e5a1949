#include "tests/portal/server/requestlog.h"

#include <QDateTime>
#include <QString>

#include <httplib.h>

#include <chrono>
#include <cstdio>

namespace RefPortal {

namespace {
// httplib runs a request's routing, handler, body and logger on one thread.
thread_local std::chrono::steady_clock::time_point t_start;
thread_local qint64 t_streamed = 0;

std::string redactedQuery(const httplib::Request &req)
{
    // From the request target only: req.params also holds form bodies.
    const size_t mark = req.target.find('?');
    if (mark == std::string::npos)
        return {};
    std::string query;
    size_t start = mark + 1;
    while (start <= req.target.size()) {
        size_t end = req.target.find('&', start);
        if (end == std::string::npos)
            end = req.target.size();
        const std::string pair = req.target.substr(start, end - start);
        const std::string key = pair.substr(0, pair.find('='));
        const bool secret = key == "sig" || key == "md5" || key.find("token") != std::string::npos
            || key.find("password") != std::string::npos || key == "code";
        if (!pair.empty())
            query += (query.empty() ? "?" : "&") + (secret ? key + "=REDACTED" : pair);
        start = end + 1;
    }
    return query;
}
} // namespace

void RequestLog::addStreamedBytes(qint64 bytes)
{
    t_streamed += bytes;
}

void RequestLog::begin()
{
    t_start = std::chrono::steady_clock::now();
    t_streamed = 0;
}

void RequestLog::install(httplib::Server &server)
{
    server.set_logger([](const httplib::Request &req, const httplib::Response &res) {
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t_start);
        const qint64 bytes = req.method == "HEAD" ? 0 : static_cast<qint64>(res.body.size()) + t_streamed;
        const QByteArray time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        // What a resume asked for and what version answered, so that a test
        // can tell from the log that a fault happened and how it was met.
        std::string validators;
        const auto note = [&](const char *name, const std::string &value) {
            if (!value.empty())
                validators += std::string(" ") + name + "=" + value;
        };
        note("range", req.get_header_value("Range"));
        note("if-range", req.get_header_value("If-Range"));
        note("etag", res.get_header_value("ETag"));
        const std::string line = std::string(time.constData()) + " " + req.method + " " + req.path
            + redactedQuery(req) + " " + std::to_string(res.status) + " " + std::to_string(bytes) + " B "
            + std::to_string(ms.count()) + " ms" + validators + "\n";
        std::fputs(line.c_str(), stderr);
    });
}

} // namespace RefPortal
