#include "tests/portal/server/mediaserver.h"

#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/contentstore.h"
#include "tests/portal/server/faultinjector.h"
#include "tests/portal/server/filestreamer.h"
#include "tests/portal/server/mediasigner.h"
#include "tests/portal/server/rangerequest.h"
#include "tests/portal/server/timeutil.h"

#include <QFile>
#include <QTimeZone>

#include <httplib.h>

#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace RefPortal {

namespace {
std::string contentType(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".mp4")))
        return "video/mp4";
    if (lower.endsWith(QLatin1String(".mov")))
        return "video/quicktime";
    if (lower.endsWith(QLatin1String(".mxf")))
        return "application/mxf";
    if (lower.endsWith(QLatin1String(".jpg")) || lower.endsWith(QLatin1String(".jpeg")))
        return "image/jpeg";
    if (lower.endsWith(QLatin1String(".png")))
        return "image/png";
    if (lower.endsWith(QLatin1String(".webp")))
        return "image/webp";
    return "application/octet-stream";
}
} // namespace

void MediaServer::registerRoutes(httplib::Server &server)
{
    // cpp-httplib routes HEAD to the GET handlers and sends no body for it.
    server.Get("/media/(.+)",
               [this](const httplib::Request &req, httplib::Response &res) { serve(req, res); });
}

bool MediaServer::handles(const std::string &path)
{
    return path.rfind("/media/", 0) == 0;
}

void MediaServer::serve(const httplib::Request &req, httplib::Response &res)
{
    // cpp-httplib 0.11 re-applies the parsed Range to whatever the handler
    // answers (a 200 cut to the range, a 206 ranged twice, no 416). Range is
    // decided here, so the library's copy goes. The object is the library's
    // own non-const Request, handed to handlers as const.
    const_cast<httplib::Request &>(req).ranges.clear();
    res.status = 200;

    const FaultInjector::Plan plan = m_faults ? m_faults->next() : FaultInjector::Plan();
    if (plan.failStatus) {
        const int status = *plan.failStatus;
        if (status == 429 || status == 503)
            return Api::sendRetryLater(
                res, status, status == 429 ? QStringLiteral("rate_limited") : QStringLiteral("unavailable"),
                QStringLiteral("Injected failure; try again later."), plan.retryAfter);
        return Api::sendError(res, status, QStringLiteral("internal_error"),
                              QStringLiteral("Injected failure."));
    }

    const auto snapshot = m_content.snapshot();
    const QString urlPath = QString::fromStdString(req.path);
    const auto entry = snapshot->media.constFind(urlPath);
    if (entry == snapshot->media.cend())
        return Api::sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("No such file."));

    if (entry->needsSignature) {
        const auto verdict =
            m_signer.verify(urlPath, Api::param(req, "expires"), Api::param(req, "sig"), TimeUtil::nowSecs());
        if (verdict == MediaSigner::Verdict::BadSignature)
            return Api::sendError(res, 403, QStringLiteral("invalid_signature"),
                                  QStringLiteral("The link is not valid; ask the portal for a new one."));
        if (verdict == MediaSigner::Verdict::Expired || plan.expireLinks)
            return Api::sendError(res, plan.expiredStatus, QStringLiteral("link_expired"),
                                  QStringLiteral("The link has expired; ask the portal for a new one."));
    }

    const int fd = ::open(QFile::encodeName(entry->file).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st
    {
    };
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        if (fd >= 0)
            ::close(fd);
        return Api::sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("The file is gone."));
    }
    auto guard = std::unique_ptr<int, void (*)(int *)>(new int(fd), [](int *p) {
        if (*p >= 0)
            ::close(*p);
        delete p;
    });

    const qint64 size = st.st_size;
    const QDateTime modified = QDateTime::fromSecsSinceEpoch(st.st_mtim.tv_sec, QTimeZone::utc());
    QString etag = RangeRequest::etagFor(st.st_mtim.tv_sec, size);
    if (plan.etagGeneration != 0)
        etag.insert(etag.size() - 1, QStringLiteral("-g%1").arg(plan.etagGeneration));

    // A weak validator never matches If-Range (RFC 9110 §13.1.5), and none
    // leaves Last-Modified as the only one: both are what real hosts do.
    if (plan.etagMode == FaultInjector::EtagMode::Weak)
        etag.prepend(QStringLiteral("W/"));
    else if (plan.etagMode == FaultInjector::EtagMode::None)
        etag.clear();
    res.set_header("Accept-Ranges", "bytes");
    if (!etag.isEmpty())
        res.set_header("ETag", etag.toStdString());
    res.set_header("Last-Modified", TimeUtil::httpDate(modified).toStdString());
    res.set_header("Cache-Control", entry->needsSignature ? "private, no-store" : "public, max-age=300");

    RangeRequest range;
    if (!plan.ignoreRange)
        range = RangeRequest::evaluate(Api::header(req, "Range"), Api::header(req, "If-Range"), size, etag,
                                       modified);

    if (range.kind == RangeRequest::Kind::Unsatisfiable) {
        res.set_header("Content-Range", "bytes */" + std::to_string(size));
        return Api::sendError(res, 416, QStringLiteral("range_not_satisfiable"),
                              QStringLiteral("The range starts beyond the end of the file."));
    }
    const qint64 first = range.kind == RangeRequest::Kind::Partial ? range.first : 0;
    const qint64 length = range.length(size);
    res.status = range.kind == RangeRequest::Kind::Partial ? 206 : 200;
    if (range.kind == RangeRequest::Kind::Partial)
        res.set_header("Content-Range",
                       "bytes " + std::to_string(range.first) + "-" + std::to_string(range.last) + "/"
                           + std::to_string(size));
    if (length == 0) {
        res.set_content(std::string(), contentType(urlPath));
        return;
    }

    FileStreamer::Faults faults;
    faults.dropAfterBytes = plan.dropAfterBytes;
    faults.stallSeconds = plan.stallSeconds;
    faults.stallAfterBytes = plan.stallAfterBytes;
    faults.rateBytesPerSecond = plan.rateBytesPerSecond;
    auto streamer = std::make_shared<FileStreamer>(*guard, first, faults, m_stopping);
    *guard = -1; // the streamer owns the descriptor now
    res.set_content_provider(static_cast<size_t>(length), contentType(urlPath),
                             [streamer](size_t offset, size_t chunk, httplib::DataSink &sink) {
                                 return streamer->provide(offset, chunk, sink);
                             });
}

} // namespace RefPortal
