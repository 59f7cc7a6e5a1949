#pragma once

#include "core/util/result.h"
#include "tests/portal/server/contentmodel.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>

namespace RefPortal {

class FileHashCache;
class PortalDatabase;
struct LoadedContent;

// The content being served: loaded at start (and on the development reload),
// swapped atomically so that requests in flight keep their snapshot. The
// server records every id it has served in its database; an id missing from
// a later load is reported as deleted, from that moment on. A tombstone in the
// content files takes the same path: its id is recorded as deleted at the
// tombstone's updated_at, or at the moment of the load if the id was being
// served until then (clients that synced in between hold the item). Each id
// has one row, so each deletion is reported once, at its newest time.
class ContentStore final
{
public:
    ContentStore(QString contentDir, PortalDatabase &database, FileHashCache &hashes);

    // Loads the folder; warnings name the files that were skipped.
    Util::Result<QStringList> reload();

    std::shared_ptr<const ContentSnapshot> snapshot() const;
    QString contentDir() const { return m_contentDir; }

private:
    // Fills in the snapshot's deletions.
    Util::Result<void> recordSeen(LoadedContent *loaded);

    QString m_contentDir;
    PortalDatabase &m_database;
    FileHashCache &m_hashes;
    mutable std::mutex m_mutex;
    std::shared_ptr<const ContentSnapshot> m_snapshot;
};

} // namespace RefPortal
