#pragma once

#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/contentmodel.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace httplib {
struct Request;
}

namespace RefPortal {

// The query of a list call: limit/cursor pagination, filters and
// updated_since. Two orders: newest first by (published_at, id), or with
// updated_since oldest first by (updated_at, id) with deletions mixed in.
// The cursor is opaque to clients: base64url JSON of the order and the last
// item's sort key, so pages stay stable while items are added.
class ListQuery final
{
public:
    enum class Collection {
        News,
        Videos,
    };

    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 200;

    // The query of a request, or the field errors to answer 400 with.
    static std::optional<ListQuery> parse(const httplib::Request &req, Collection collection,
                                          Api::FieldErrors *errors);

    struct Entry
    {
        const ContentItem *item = nullptr; // null for a deletion
        const Deletion *deletion = nullptr; // null for an item
    };

    struct Page
    {
        QList<Entry> entries;
        QString nextCursor; // empty at the end
    };

    Page run(const QList<ContentItem> &items, const QList<Deletion> &deletions) const;

    bool matches(const ContentItem &item) const;

private:
    struct Key
    {
        qint64 timeMs = 0;
        QString id;
    };

    static QString encodeCursor(bool incremental, const Key &key);
    static std::optional<Key> decodeCursor(const QString &cursor, bool incremental);

    int m_limit = DefaultLimit;
    std::optional<Key> m_after;
    QStringList m_words;
    QStringList m_tags;
    QString m_kind;
    QDateTime m_from;
    QDateTime m_to;
    QDateTime m_updatedSince;
};

} // namespace RefPortal
