#include "core/library/querysql.h"

#include "core/library/libraryschema.h"
#include "core/library/searchtext.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace Library {

namespace {

qint64 millis(const QDateTime &when)
{
    return when.toMSecsSinceEpoch();
}

// The download key of the first clip downloaded at or after `ms`.
qint64 firstKeyAt(qint64 ms)
{
    constexpr qint64 maxMs = std::numeric_limits<qint64>::max() / DownloadKeySlots - 1;
    return std::clamp<qint64>(ms, 0, maxMs) * DownloadKeySlots;
}

struct Parts
{
    bool text = false;
    QString from;
    QStringList where;
    QVariantList bindings;
    // Whether a filter needs the clips row (not just the FTS index).
    bool needsClips = false;
};

enum class Use { Count, Page };

QString tagName(const Query &query)
{
    return SearchText::normalized(query.tag.trimmed());
}

Parts filters(const Query &query, const QString &match, Use use, QuerySql::SetFilter sets)
{
    Parts p;
    p.text = !match.isEmpty();
    // The search index drives the join: its posting lists are walked in
    // download-key order, and the planner must not pick a clips index and
    // probe the index once per clip.
    p.from = p.text ? QStringLiteral("clips_fts CROSS JOIN clips AS c ON c.download_key = clips_fts.rowid")
                    : QStringLiteral("clips AS c");
    if (p.text) {
        p.where << QStringLiteral("clips_fts MATCH ?");
        p.bindings << match;
    }
    const bool probe = p.text || (use == Use::Page && sets == QuerySql::SetFilter::Probe);
    // On a page, a status or format that most clips share would otherwise
    // lead the planner to fetch and sort nearly every clip: the unary plus
    // keeps it off those indexes, so that the sort order's index is walked
    // and the page stops when full. Counts use the indexes.
    const QString unindexed = use == Use::Page ? QStringLiteral("+") : QString();

    if (query.from.isValid() || query.to.isValid()) {
        if (query.dateField == Query::DateField::DownloadedAt) {
            const QString key = p.text ? QStringLiteral("clips_fts.rowid") : QStringLiteral("c.download_key");
            if (query.from.isValid()) {
                p.where << key + QStringLiteral(" >= ?");
                p.bindings << firstKeyAt(millis(query.from));
            }
            if (query.to.isValid()) {
                p.where << key + QStringLiteral(" < ?");
                p.bindings << firstKeyAt(millis(query.to));
            }
        } else {
            if (query.from.isValid()) {
                p.where << QStringLiteral("c.published_at >= ?");
                p.bindings << millis(query.from);
            }
            if (query.to.isValid()) {
                p.where << QStringLiteral("c.published_at < ?");
                p.bindings << millis(query.to);
            }
            p.needsClips = true;
        }
    }
    if (!tagName(query).isEmpty()) {
        p.where << (probe ? QStringLiteral("EXISTS (SELECT 1 FROM clip_tags AS ct WHERE ct.clip_id = c.id "
                                           "AND ct.tag_id = (SELECT t.id FROM tags AS t WHERE t.name = ?))")
                          : QStringLiteral("c.id IN (SELECT ct.clip_id FROM clip_tags AS ct "
                                           "JOIN tags AS t ON t.id = ct.tag_id WHERE t.name = ?)"));
        p.bindings << tagName(query);
        p.needsClips = true;
    }
    if (!query.container.isEmpty()) {
        p.where << unindexed + QStringLiteral("c.container = ?");
        p.bindings << query.container.toLower();
        p.needsClips = true;
    }
    if (query.collectionId > 0) {
        p.where << (probe ? QStringLiteral("EXISTS (SELECT 1 FROM clip_collections AS cc "
                                           "WHERE cc.collection_id = ? AND cc.clip_id = c.id)")
                          : QStringLiteral("c.id IN (SELECT cc.clip_id FROM clip_collections AS cc "
                                           "WHERE cc.collection_id = ?)"));
        p.bindings << query.collectionId;
        p.needsClips = true;
    }
    if (query.status) {
        p.where << unindexed + QStringLiteral("c.status = ?");
        p.bindings << statusKey(*query.status);
        p.needsClips = true;
    }
    return p;
}

QString whereClause(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

QuerySql QuerySql::count(const Query &query, const QString &match, qint64 limit)
{
    QuerySql result;
    const bool others = !match.isEmpty() || query.from.isValid() || query.to.isValid()
        || !query.container.isEmpty() || query.status;
    const bool onlyTag = !tagName(query).isEmpty() && query.collectionId <= 0 && !others;
    const bool onlyCollection = query.collectionId > 0 && tagName(query).isEmpty() && !others;
    // The rows to count: a tag or a collection alone is counted in its own
    // index, without fetching each member (every member is a clip, the
    // foreign keys see to it); matches alone in the FTS index (every FTS row
    // is a clip, the triggers see to that).
    QString rows;
    if (onlyTag) {
        rows = QStringLiteral("SELECT DISTINCT ct.clip_id FROM clip_tags AS ct "
                              "WHERE ct.tag_id = (SELECT t.id FROM tags AS t WHERE t.name = ?)");
        result.bindings << tagName(query);
    } else if (onlyCollection) {
        rows = QStringLiteral("SELECT clip_id FROM clip_collections WHERE collection_id = ?");
        result.bindings << query.collectionId;
    } else {
        Parts p = filters(query, match, Use::Count, SetFilter::Drive);
        const QString from = p.text && !p.needsClips ? QStringLiteral("clips_fts") : p.from;
        rows = QStringLiteral("SELECT 1 FROM ") + from + whereClause(p.where);
        result.bindings << p.bindings;
        // A plain count(*) lets SQLite count index entries without reading them.
        if (limit <= 0) {
            result.sql = QStringLiteral("SELECT count(*) FROM ") + from + whereClause(p.where);
            return result;
        }
    }
    if (limit > 0) {
        // Stops after `limit` rows: FTS5 walks word lists lazily, so that a
        // common word costs no more than a rare one.
        rows += QStringLiteral(" LIMIT ?");
        result.bindings << limit;
    }
    result.sql = QStringLiteral("SELECT count(*) FROM (") + rows + QStringLiteral(")");
    return result;
}

std::optional<QuerySql> QuerySql::setSize(const Query &query, int limit)
{
    QStringList sizes;
    QuerySql result;
    if (!tagName(query).isEmpty()) {
        sizes << QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM clip_tags AS ct WHERE ct.tag_id = "
                                "(SELECT t.id FROM tags AS t WHERE t.name = ?) LIMIT ?))");
        result.bindings << tagName(query) << qint64(limit);
    }
    if (query.collectionId > 0) {
        sizes << QStringLiteral("(SELECT count(*) FROM (SELECT 1 FROM clip_collections "
                                "WHERE collection_id = ? LIMIT ?))");
        result.bindings << query.collectionId << qint64(limit);
    }
    if (sizes.isEmpty())
        return std::nullopt;
    if (sizes.size() == 1)
        result.sql = QStringLiteral("SELECT ") + sizes.first();
    else
        result.sql = QStringLiteral("SELECT min(") + sizes.join(QStringLiteral(", ")) + QStringLiteral(")");
    return result;
}

QuerySql QuerySql::page(const Query &query, const QString &match, const PageCursor *after, qint64 offset,
                        int limit, SetFilter sets)
{
    Parts p = filters(query, match, Use::Page, sets);
    SortColumn sort = query.sort;
    if (sort == SortColumn::Relevance && !p.text)
        sort = SortColumn::DownloadedAt;
    const bool descending = query.order == Qt::DescendingOrder;

    QuerySql result;
    QString sortExpression;
    result.sortValue = SortValue::Integer;
    switch (sort) {
    case SortColumn::DownloadedAt:
        sortExpression = p.text ? QStringLiteral("clips_fts.rowid") : QStringLiteral("c.download_key");
        break;
    case SortColumn::PublishedAt:
        sortExpression = QStringLiteral("c.published_at");
        break;
    case SortColumn::Title:
        sortExpression = QStringLiteral("c.sort_title");
        result.sortValue = SortValue::Text;
        break;
    case SortColumn::Format:
        sortExpression = QStringLiteral("c.container");
        result.sortValue = SortValue::Text;
        break;
    case SortColumn::Size:
        sortExpression = QStringLiteral("c.size_bytes");
        break;
    case SortColumn::Duration:
        sortExpression = QStringLiteral("c.duration_ms");
        break;
    case SortColumn::Status:
        sortExpression = QStringLiteral("c.status");
        result.sortValue = SortValue::Text;
        break;
    case SortColumn::Relevance:
        result.sortValue = SortValue::None;
        break;
    }

    // The download key is unique, so it needs no tie-breaker; the other
    // columns are indexed together with the id, which breaks their ties.
    const bool uniqueKey = sort == SortColumn::DownloadedAt;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString orderBy;
    if (sort == SortColumn::Relevance)
        orderBy = QStringLiteral("clips_fts.rank");
    else if (uniqueKey)
        orderBy = sortExpression + direction;
    else
        orderBy = sortExpression + direction + QStringLiteral(", c.id") + direction;

    if (after && sort != SortColumn::Relevance && after->value.isValid()) {
        const QString comparison = descending ? QStringLiteral(" < ") : QStringLiteral(" > ");
        if (uniqueKey) {
            p.where << sortExpression + comparison + QStringLiteral("?");
            p.bindings << after->value;
        } else {
            p.where << QStringLiteral("(") + sortExpression + QStringLiteral(", c.id)") + comparison
                    + QStringLiteral("(?, ?)");
            p.bindings << after->value << after->id;
        }
        offset = 0;
    } else if (after) {
        offset = after->offset;
    }

    result.sql = QStringLiteral("SELECT c.id, c.title, c.downloaded_at, c.container, c.size_bytes, "
                                "c.duration_ms, c.status, c.video_id, ")
        + (sortExpression.isEmpty() ? QStringLiteral("NULL") : sortExpression) + QStringLiteral(" FROM ")
        + p.from + whereClause(p.where) + QStringLiteral(" ORDER BY ") + orderBy
        + QStringLiteral(" LIMIT ? OFFSET ?");
    result.bindings = p.bindings;
    result.bindings << qint64(limit) << std::max<qint64>(0, offset);
    return result;
}

} // namespace Library
