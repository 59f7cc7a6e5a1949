#include "tests/portal/server/contentstore.h"

#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "tests/portal/server/contentloader.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/timeutil.h"

#include <QSet>
#include <QTimeZone>

namespace RefPortal {

ContentStore::ContentStore(QString contentDir, PortalDatabase &database, FileHashCache &hashes)
    : m_contentDir(std::move(contentDir)),
      m_database(database),
      m_hashes(hashes),
      m_snapshot(std::make_shared<ContentSnapshot>())
{ }

std::shared_ptr<const ContentSnapshot> ContentStore::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_snapshot;
}

Util::Result<QStringList> ContentStore::reload()
{
    QStringList warnings;
    ContentLoader loader(m_contentDir, m_hashes);
    LoadedContent loaded = loader.load(&warnings);
    if (auto recorded = recordSeen(&loaded); !recorded)
        return recorded.error();
    auto snapshot = std::make_shared<const ContentSnapshot>(std::move(loaded.snapshot));
    std::lock_guard lock(m_mutex);
    m_snapshot = std::move(snapshot);
    return warnings;
}

Util::Result<void> ContentStore::recordSeen(LoadedContent *loaded)
{
    ContentSnapshot *snapshot = &loaded->snapshot;
    auto guard = m_database.lock();
    Storage::Database &db = m_database.db();
    auto tx = Storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    const qint64 now = TimeUtil::nowSecs();

    struct Collection
    {
        QString kind;
        QList<ContentItem> &items;
        QList<Deletion> &deletions;
        const QList<Deletion> &tombstones;
    };
    for (const Collection &c :
         {Collection {QStringLiteral("news"), snapshot->news, snapshot->deletedNews, loaded->newsTombstones},
          Collection {QStringLiteral("video"), snapshot->videos, snapshot->deletedVideos,
                      loaded->videoTombstones}}) {
        // An item that comes back after a deletion counts as updated when it
        // came back, so that clients which dropped it fetch it again.
        auto present = db.prepare(QStringLiteral(
            "INSERT INTO content_seen (kind, id, deleted_at, revived_at) VALUES (?1, ?2, NULL, NULL) "
            "ON CONFLICT (kind, id) DO UPDATE SET "
            "revived_at = CASE WHEN deleted_at IS NOT NULL THEN ?3 ELSE revived_at END, deleted_at = NULL "
            "RETURNING revived_at"));
        if (!present)
            return present.error();
        QSet<QString> ids;
        for (ContentItem &item : c.items) {
            ids.insert(item.id);
            present.value().reset();
            auto row = present.value().bindAll(c.kind, item.id, now).step();
            if (!row)
                return row.error();
            if (row.value() && !present.value().isNull(0)) {
                const QDateTime revived =
                    QDateTime::fromSecsSinceEpoch(present.value().columnInt64(0), QTimeZone::utc());
                if (revived > item.updatedAt) {
                    item.updatedAt = revived;
                    item.json.insert(QStringLiteral("updated_at"), TimeUtil::rfc3339(revived));
                }
            }
            if (auto done = present.value().exec(); !done)
                return done;
        }

        // A tombstone is a deletion the content files announce: never served,
        // it is deleted at its own time; served until now, it is deleted now
        // (as if it had vanished); already deleted, the later time stands.
        auto withdrawn = db.prepare(QStringLiteral(
            "INSERT INTO content_seen (kind, id, deleted_at, revived_at) VALUES (?1, ?2, ?3, NULL) "
            "ON CONFLICT (kind, id) DO UPDATE SET deleted_at = MAX(COALESCE(deleted_at, ?4), ?3)"));
        if (!withdrawn)
            return withdrawn.error();
        for (const Deletion &tombstone : c.tombstones) {
            // Rounded up to the second: never earlier than the files say.
            const qint64 at = (tombstone.updatedAt.toMSecsSinceEpoch() + 999) / 1000;
            withdrawn.value().reset();
            if (auto done = withdrawn.value().bindAll(c.kind, tombstone.id, at, now).exec(); !done)
                return done;
        }

        auto known = db.prepare(QStringLiteral("SELECT id, deleted_at FROM content_seen WHERE kind = ?"));
        if (!known)
            return known.error();
        known.value().bind(1, c.kind);
        QStringList vanished;
        for (;;) {
            auto row = known.value().step();
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const QString id = known.value().columnText(0);
            if (ids.contains(id))
                continue;
            if (known.value().isNull(1))
                vanished.append(id);
            else
                c.deletions.append(
                    {id, QDateTime::fromSecsSinceEpoch(known.value().columnInt64(1), QTimeZone::utc())});
        }

        auto markDeleted =
            db.prepare(QStringLiteral("UPDATE content_seen SET deleted_at = ? WHERE kind = ? AND id = ?"));
        if (!markDeleted)
            return markDeleted.error();
        for (const QString &id : vanished) {
            markDeleted.value().reset();
            if (auto done = markDeleted.value().bindAll(now, c.kind, id).exec(); !done)
                return done;
            c.deletions.append({id, QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc())});
        }
    }
    return tx.value().commit();
}

} // namespace RefPortal
