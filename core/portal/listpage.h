#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Portal {

// An item an incremental sync reports as deleted, and when.
struct Deletion
{
    QString id;
    QDateTime updatedAt;
};

// One page of a contract list call: {"items": [...], "next_cursor"}. With
// updated_since, deleted items come among the others as {"id", "deleted":
// true, "updated_at"}; they are set apart here.
struct ListPage
{
    QList<QJsonObject> items;
    QList<Deletion> deletions;
    QString nextCursor; // empty on the last page
};

// nullopt when the answer has no "items" array.
std::optional<ListPage> parseListPage(const QJsonObject &answer);

} // namespace Portal
