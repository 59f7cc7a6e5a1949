#pragma once

#include "core/library/libraryquery.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace Library {

// A Query as SQL: written from fixed fragments, every value bound (qint64 or
// QString). `match` is the query's text as a MATCH expression (see
// SearchText::matchExpression); empty: no text filter.
struct QuerySql
{
    QString sql;
    QVariantList bindings;
    // The type of the last column of page() rows: the sort value for keyset
    // paging (relevance pages by offset and has none).
    enum class SortValue { None, Integer, Text };
    SortValue sortValue = SortValue::None;

    // How a tag or collection filter meets the rows of a page when no search
    // text drives: Drive starts from the set's members and sorts them (cheap
    // when the set is small); Probe walks the sort order's index and checks
    // each row until the page is full (cheap when the set is large). With
    // search text the FTS index drives and sets are always probed.
    enum class SetFilter { Drive, Probe };

    // `limit` > 0: counts no further than that; 0: all.
    static QuerySql count(const Query &query, const QString &match, qint64 limit = 0);
    // `after` null: plain offset paging.
    static QuerySql page(const Query &query, const QString &match, const PageCursor *after, qint64 offset,
                         int limit, SetFilter sets = SetFilter::Drive);
    // How many members the query's tag or collection has, counted up to
    // `limit` (with both, the smaller set): what decides between Drive and
    // Probe. Null when the query has neither filter.
    static std::optional<QuerySql> setSize(const Query &query, int limit);
};

} // namespace Library
