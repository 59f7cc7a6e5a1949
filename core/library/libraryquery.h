#pragma once

#include "core/library/clip.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Library {

enum class SortColumn {
    DownloadedAt,
    PublishedAt,
    Title,
    Format,
    Size,
    Duration,
    Status,
    // bm25 over the search text; without search text, DownloadedAt.
    Relevance,
};

// What the library view asks for: every filter is optional and they combine
// with AND.
struct Query
{
    enum class DateField { DownloadedAt, PublishedAt };

    QString text; // what the person typed; see SearchText::matchExpression
    DateField dateField = DateField::DownloadedAt;
    QDateTime from; // inclusive; invalid: open
    QDateTime to; // exclusive; invalid: open
    QString tag; // a portal or user tag, case-insensitive (ASCII)
    QString container; // "mxf", "mp4", "mov"
    qint64 collectionId = 0; // 0: any
    std::optional<Status> status;
    SortColumn sort = SortColumn::DownloadedAt;
    Qt::SortOrder order = Qt::DescendingOrder;
};

// The little a list row shows; the whole Clip comes from find(id).
struct ClipRow
{
    qint64 id = 0;
    QString title;
    QDateTime downloadedAt;
    QString container;
    qint64 sizeBytes = -1;
    qint64 durationMs = 0;
    Status status = Status::Unverified;
    // The portal video id: thumbnails are per video, not per file.
    QString thumbnailKey;
};

// Where the next page starts, for keyset paging: opaque to callers. A
// default-constructed cursor asks for the first page.
struct PageCursor
{
    QVariant value; // the sort column's value in the last row
    qint64 id = 0; // the last row's id, for ties
    qint64 offset = 0; // relevance order has no key: it pages by offset
    bool atEnd = false;
};

struct Page
{
    QList<ClipRow> rows;
    PageCursor next; // atEnd once the last row has been returned
};

} // namespace Library
