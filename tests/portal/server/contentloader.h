#pragma once

#include "tests/portal/server/contentmodel.h"

#include <QDir>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace RefPortal {

class FileHashCache;

// What the content folder holds: the items and media to serve, and the
// tombstones its files declare. The snapshot's deletions are left empty: the
// ContentStore fills them in from the tombstones and the ids it saw vanish.
struct LoadedContent
{
    ContentSnapshot snapshot;
    QList<Deletion> newsTombstones;
    QList<Deletion> videoTombstones;
};

// Reads the content folder (docs/portal-server.md, "Content folder"):
// news/<id>.json and videos/<id>.json with media paths relative to the folder.
// An item that breaks the format is skipped with a warning, never half-served.
//
// A file may instead hold a tombstone, in the contract's own form for a
// deletion: {"id": "...", "deleted": true, "updated_at": "<RFC 3339>"} (id
// defaults to the file's base name; other fields are ignored). One id, one
// outcome, decided by updated_at, newest wins: a tombstone newer than the
// item's file withdraws the item, an older one is stale and dropped; on a tie
// the tombstone wins, so that a withdrawal never fails to hide an item. Of
// several tombstones for one id only the newest counts.
class ContentLoader final
{
public:
    ContentLoader(const QString &contentDir, FileHashCache &hashes) : m_dir(contentDir), m_hashes(hashes) { }

    LoadedContent load(QStringList *warnings);

private:
    using ItemLoader = std::optional<ContentItem> (ContentLoader::*)(const QString &, QJsonObject,
                                                                     QStringList *);
    // The items and tombstones of one folder ("news", "videos"), resolved
    // to one outcome per id.
    void loadFolder(const QString &folder, ItemLoader loadItem, QList<ContentItem> *items,
                    QList<Deletion> *tombstones, QStringList *warnings);
    std::optional<QJsonObject> readObject(const QString &path, QStringList *warnings);
    std::optional<Deletion> loadTombstone(const QString &path, const QJsonObject &json,
                                          QStringList *warnings);
    std::optional<ContentItem> loadNews(const QString &path, QJsonObject json, QStringList *warnings);
    std::optional<ContentItem> loadVideo(const QString &path, QJsonObject json, QStringList *warnings);
    // Common fields of both kinds; false (with a warning) when unusable.
    bool loadCommon(const QString &path, QJsonObject json, ContentItem *item, QStringList *warnings);
    bool loadRenditions(const QString &path, ContentItem *item, QStringList *warnings);
    // conditions.json: the contract's fields; empty (and a warning) when
    // the file is there but incomplete.
    QJsonObject loadConditions(QStringList *warnings);
    // Absolute path of a content-relative file that exists inside the
    // folder; empty otherwise.
    QString resolve(const QString &relative) const;

    QDir m_dir;
    FileHashCache &m_hashes;
};

} // namespace RefPortal
