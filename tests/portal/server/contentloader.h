#pragma once

#include "tests/portal/server/contentmodel.h"

#include <QDir>
#include <QStringList>

#include <optional>

namespace RefPortal {

class FileHashCache;

// Reads the content folder (docs/portal-server.md, "Content folder"):
// news/<id>.json and videos/<id>.json with media paths relative to the folder.
// An item that breaks the format is skipped with a warning, never half-served.
class ContentLoader final
{
public:
    ContentLoader(const QString &contentDir, FileHashCache &hashes) : m_dir(contentDir), m_hashes(hashes) { }

    // Items and media; deletions are the ContentStore's business.
    ContentSnapshot load(QStringList *warnings);

private:
    std::optional<ContentItem> loadNews(const QString &path, QStringList *warnings);
    std::optional<ContentItem> loadVideo(const QString &path, QStringList *warnings);
    // Common fields of both kinds; false (with a warning) when unusable.
    bool loadCommon(const QString &path, ContentItem *item, QStringList *warnings);
    bool loadRenditions(const QString &path, ContentItem *item, QStringList *warnings);
    // Absolute path of a content-relative file that exists inside the
    // folder; empty otherwise.
    QString resolve(const QString &relative) const;

    QDir m_dir;
    FileHashCache &m_hashes;
};

} // namespace RefPortal
