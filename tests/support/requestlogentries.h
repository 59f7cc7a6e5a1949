#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace TestSupport {

// One line of the reference portal's request log (stderr): what was asked
// and answered, with the Range / If-Range of the request and the ETag of
// the answer when there were any. Tests read it to prove that the fault
// they set really happened and how the client met it.
struct LoggedRequest
{
    QString method;
    QString path; // without the query
    int status = 0;
    qint64 bytes = 0; // body bytes really sent
    qint64 ms = 0; // from the request to the end of the answer
    QDateTime finished; // when the answer ended (the reference portal: to the millisecond)
    QString range;
    QString ifRange;
    QString etag;
};

QList<LoggedRequest> parseRequestLog(const QString &log);

// The requests whose path starts with `prefix` (e.g. "/media/").
QList<LoggedRequest> requestsUnder(const QList<LoggedRequest> &all, const QString &prefix);

// Requests for download links (POST .../renditions/.../link).
QList<LoggedRequest> linkRequests(const QList<LoggedRequest> &all);

// The most answers that were being sent at the same moment: each spans the
// `ms` before it `finished`. Answers that only touch within a few
// milliseconds (one connection asking again) do not count as together.
int mostAtOnce(const QList<LoggedRequest> &all);

// The sum of the body bytes of the media answers: what the host served.
qint64 mediaBytesServed(const QList<LoggedRequest> &all);

} // namespace TestSupport
