#pragma once

#include <QDateTime>
#include <QString>

namespace RefPortal {

// What to answer to a GET with Range / If-Range (RFC 9110 §14): the whole
// representation (200), one byte range (206) or 416. Only single ranges;
// a multi-range or malformed Range is ignored (allowed by the RFC) and gets
// the whole file.
struct RangeRequest
{
    enum class Kind {
        Full,
        Partial,
        Unsatisfiable,
    };

    Kind kind = Kind::Full;
    qint64 first = 0; // inclusive
    qint64 last = -1; // inclusive

    qint64 length(qint64 size) const { return kind == Kind::Partial ? last - first + 1 : size; }

    // etag: the current strong ETag (with quotes); lastModified: second precision.
    static RangeRequest evaluate(const QString &range, const QString &ifRange, qint64 size,
                                 const QString &etag, const QDateTime &lastModified);

    // Strong ETag in nginx's form: "<mtime hex>-<size hex>".
    static QString etagFor(qint64 mtimeSecs, qint64 size);
};

} // namespace RefPortal
