#include "core/library/librarystore.h"

#include "core/downloads/downloadrecord.h"
#include "core/library/clipwriter.h"
#include "core/library/libraryschema.h"
#include "core/library/libraryvalues.h"
#include "core/library/querysql.h"
#include "core/library/searchtext.h"
#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "core/util/logging.h"

#include <QDir>
#include <QScopeGuard>

#include <algorithm>

namespace Library {

namespace {

const QString ClipColumns = QStringLiteral(
    "id, video_id, rendition_id, title, description, location, credit, usage_terms, published_at, "
    "downloaded_at, file_path, size_bytes, sha256, container, video_codec, width, height, frame_rate, "
    "duration_ms, note, metadata, status, last_verified_at");

constexpr int MaxPageSize = 10'000;
constexpr int CacheKiB = 32 * 1024;
// A tag or collection with fewer members is fetched whole and sorted (at
// most this many row lookups); a larger one is checked row by row along the
// sort order, which fills a page after about 200 * clips / members rows.
constexpr int ProbeFromSetSize = 5000;
// A word being typed is completed into at most this many indexed words.
constexpr int MaxCompletions = 64;

void bindValues(Storage::Statement &statement, const QVariantList &values)
{
    int index = 0;
    for (const QVariant &value : values) {
        ++index;
        if (value.typeId() == QMetaType::QString)
            statement.bind(index, value.toString());
        else
            statement.bind(index, value.toLongLong());
    }
}

Clip readClip(const Storage::Statement &row)
{
    Clip c;
    c.id = row.columnInt64(0);
    c.videoId = row.columnText(1);
    c.renditionId = row.columnText(2);
    c.title = row.columnText(3);
    c.description = row.columnText(4);
    c.location = row.columnText(5);
    c.credit = row.columnText(6);
    c.usageTerms = row.columnText(7);
    c.publishedAt = Values::fromMillis(row.columnInt64(8));
    c.downloadedAt = Values::fromMillis(row.columnInt64(9));
    c.filePath = row.columnText(10);
    c.sizeBytes = row.columnInt64(11);
    c.sha256 = row.columnText(12).toLatin1();
    c.container = row.columnText(13);
    c.videoCodec = row.columnText(14);
    c.width = row.columnInt(15);
    c.height = row.columnInt(16);
    c.frameRate = row.columnText(17);
    c.durationMs = row.columnInt64(18);
    c.note = row.columnText(19);
    c.metadataJson = row.columnBlob(20);
    statusFromKey(row.columnText(21), &c.status);
    c.lastVerifiedAt = row.isNull(22) ? QDateTime() : Values::fromMillis(row.columnInt64(22));
    return c;
}

ClipRow readRow(const Storage::Statement &row)
{
    ClipRow r;
    r.id = row.columnInt64(0);
    r.title = row.columnText(1);
    r.downloadedAt = Values::fromMillis(row.columnInt64(2));
    r.container = row.columnText(3);
    r.sizeBytes = row.columnInt64(4);
    r.durationMs = row.columnInt64(5);
    statusFromKey(row.columnText(6), &r.status);
    r.thumbnailKey = row.columnText(7);
    return r;
}

} // namespace

LibraryStore::LibraryStore(std::unique_ptr<Storage::Database> db, std::unique_ptr<ClipWriter> writer)
    : m_db(std::move(db)), m_writer(std::move(writer))
{ }

LibraryStore::~LibraryStore()
{
    m_writer.reset();
    // Keeps the planner's statistics current so that filters and sorts pick
    // their indexes; the limit bounds the work on a large library.
    (void)m_db->exec(QStringLiteral("PRAGMA analysis_limit=400; PRAGMA optimize;"));
}

Util::Result<std::unique_ptr<LibraryStore>> LibraryStore::open(const QString &path)
{
    auto db = Storage::Database::open(path);
    if (!db)
        return db.error();
    // SQLite's default 2 MB cache holds little of a library's indexes: a
    // bulk import then re-reads a leaf page for nearly every index entry.
    if (auto cached = db.value()->exec(QStringLiteral("PRAGMA cache_size=-%1").arg(CacheKiB)); !cached)
        return cached.error();
    const Storage::Migrator migrator(schemaMigrations());
    auto migrated = migrator.migrate(*db.value());
    if (!migrated)
        return migrated.error();
    if (migrated.value().fromVersion > 0 && migrated.value().fromVersion != migrated.value().toVersion)
        qCInfo(lcLibrary) << "Library schema" << migrated.value().fromVersion << "->"
                          << migrated.value().toVersion << "backup:" << migrated.value().backupPath;
    auto writer = ClipWriter::create(*db.value());
    if (!writer)
        return writer.error();
    return std::unique_ptr<LibraryStore>(new LibraryStore(std::move(db).value(), std::move(writer).value()));
}

Util::Result<Clip> LibraryStore::addClip(const Clip &clip)
{
    const auto resetStatements = qScopeGuard([this] { m_writer->resetStatements(); });
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto id = m_writer->write(clip);
    if (!id)
        return id.error();
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    auto stored = find(id.value());
    if (!stored)
        return stored.error();
    return *stored.value();
}

Util::Result<Clip> LibraryStore::addFromDownload(const Downloads::DownloadRecord &record)
{
    auto clip = Clip::fromDownload(record);
    if (!clip)
        return clip.error();
    return addClip(clip.value());
}

Util::Result<void> LibraryStore::addClips(const QList<Clip> &clips)
{
    const auto resetStatements = qScopeGuard([this] { m_writer->resetStatements(); });
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    for (const Clip &clip : clips) {
        if (auto id = m_writer->write(clip); !id)
            return id.error();
    }
    return transaction.value().commit();
}

Util::Result<QString> LibraryStore::matchExpression(const QString &userText)
{
    const SearchText::Words words = SearchText::words(userText);
    if (!words.lastIsPrefix)
        return SearchText::matchExpression(words);
    // Too many completions (a short or very common start) or none: FTS5's
    // own prefix query, which finds nothing without reading a posting in
    // the second case.
    auto completions = m_writer->completions(words.words.last(), MaxCompletions);
    if (!completions)
        return completions.error();
    return SearchText::matchExpression(words, completions.value());
}

Util::Result<QList<Clip>> LibraryStore::selectClips(const QString &where, const QVariant &value)
{
    auto select = m_db->prepare(QStringLiteral("SELECT ") + ClipColumns + QStringLiteral(" FROM clips WHERE ")
                                + where + QStringLiteral(" ORDER BY id"));
    if (!select)
        return select.error();
    bindValues(select.value(), {value});
    QList<Clip> clips;
    if (auto read = select.value().forEachRow([&](const Storage::Statement &row) { clips << readClip(row); });
        !read)
        return read.error();
    for (Clip &clip : clips) {
        auto portal = m_writer->tags(clip.id, QStringLiteral("portal"));
        if (!portal)
            return portal.error();
        auto user = m_writer->tags(clip.id, QStringLiteral("user"));
        if (!user)
            return user.error();
        clip.tags = portal.value();
        clip.userTags = user.value();
    }
    return clips;
}

Util::Result<std::optional<Clip>> LibraryStore::find(qint64 id)
{
    auto clips = selectClips(QStringLiteral("id = ?"), id);
    if (!clips)
        return clips.error();
    return clips.value().isEmpty() ? std::optional<Clip>() : clips.value().first();
}

Util::Result<std::optional<Clip>> LibraryStore::findByFilePath(const QString &path)
{
    auto clips = selectClips(QStringLiteral("file_path = ?"), Values::cleanPath(path));
    if (!clips)
        return clips.error();
    return clips.value().isEmpty() ? std::optional<Clip>() : clips.value().first();
}

Util::Result<QList<Clip>> LibraryStore::findBySha256(const QByteArray &sha256)
{
    return selectClips(QStringLiteral("sha256 = ?"), QString::fromLatin1(sha256.toLower()));
}

Util::Result<void> LibraryStore::remove(qint64 id)
{
    // Tags and collection places go with the clip (ON DELETE CASCADE), its
    // words leave the search index (trigger): one statement, one transaction.
    auto remove = m_db->prepare(QStringLiteral("DELETE FROM clips WHERE id = ?"));
    if (!remove)
        return remove.error();
    remove.value().bind(1, id);
    return remove.value().exec();
}

Util::Result<void> LibraryStore::requireChanged(const QString &what)
{
    if (m_db->changes() > 0)
        return {};
    return Util::makeError(QStringLiteral("not_found"), what);
}

Util::Result<void> LibraryStore::setUserTags(qint64 id, const QStringList &tags)
{
    const auto resetStatements = qScopeGuard([this] { m_writer->resetStatements(); });
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto replaced = m_writer->replaceUserTags(id, tags);
    if (!replaced)
        return replaced.error();
    if (!replaced.value())
        return Util::makeError(QStringLiteral("not_found"), tr("That clip is no longer in the library."));
    return transaction.value().commit();
}

Util::Result<void> LibraryStore::setNote(qint64 id, const QString &note)
{
    const auto resetStatements = qScopeGuard([this] { m_writer->resetStatements(); });
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto update = m_db->prepare(QStringLiteral("UPDATE clips SET note = IFNULL(?, '') WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(SearchText::normalized(note), id);
    if (auto done = update.value().exec(); !done)
        return done;
    if (auto found = requireChanged(tr("That clip is no longer in the library.")); !found)
        return found;
    if (auto recorded = m_writer->addSearchTerms({note}); !recorded)
        return recorded;
    return transaction.value().commit();
}

Util::Result<void> LibraryStore::setStatus(qint64 id, Status status, const QDateTime &verifiedAt)
{
    auto update =
        m_db->prepare(QStringLiteral("UPDATE clips SET status = ?, last_verified_at = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bind(1, statusKey(status));
    if (verifiedAt.isValid())
        update.value().bind(2, Values::toMillis(verifiedAt));
    else
        update.value().bind(2, nullptr);
    update.value().bind(3, id);
    if (auto done = update.value().exec(); !done)
        return done;
    return requireChanged(tr("That clip is no longer in the library."));
}

Util::Result<void> LibraryStore::setFilePath(qint64 id, const QString &path)
{
    const QString cleaned = Values::cleanPath(path);
    if (cleaned.isEmpty())
        return Util::makeError(QStringLiteral("invalid_path"), tr("Choose the file's new place."));
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto other = m_db->prepare(QStringLiteral("SELECT id FROM clips WHERE file_path = ? AND id <> ?"));
    if (!other)
        return other.error();
    other.value().bindAll(cleaned, id);
    auto taken = other.value().step();
    if (!taken)
        return taken.error();
    if (taken.value())
        return Util::makeError(QStringLiteral("path_in_use"),
                               tr("Another clip in the library is already that file: %1")
                                   .arg(QDir::toNativeSeparators(cleaned)));
    auto update =
        m_db->prepare(QStringLiteral("UPDATE clips SET file_path = ?, status = 'unverified' WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(cleaned, id);
    if (auto done = update.value().exec(); !done)
        return done;
    if (auto found = requireChanged(tr("That clip is no longer in the library.")); !found)
        return found;
    return transaction.value().commit();
}

Util::Result<Collection> LibraryStore::createCollection(const QString &name)
{
    const QString cleaned = SearchText::normalized(name.simplified());
    if (cleaned.isEmpty())
        return Util::makeError(QStringLiteral("invalid_name"), tr("Give the collection a name."));
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto exists = m_db->prepare(QStringLiteral("SELECT 1 FROM collections WHERE name = ?"));
    if (!exists)
        return exists.error();
    exists.value().bind(1, cleaned);
    auto taken = exists.value().step();
    if (!taken)
        return taken.error();
    if (taken.value())
        return Util::makeError(QStringLiteral("collection_exists"),
                               tr("There is already a collection called \"%1\".").arg(cleaned));
    Collection collection {0, cleaned, QDateTime::currentDateTimeUtc(), 0};
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO collections (name, created_at) VALUES (?, ?)"));
    if (!insert)
        return insert.error();
    insert.value().bindAll(cleaned, Values::toMillis(collection.createdAt));
    if (auto done = insert.value().exec(); !done)
        return done.error();
    collection.id = m_db->lastInsertRowId();
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    collection.createdAt = Values::fromMillis(Values::toMillis(collection.createdAt));
    return collection;
}

Util::Result<void> LibraryStore::renameCollection(qint64 id, const QString &name)
{
    const QString cleaned = SearchText::normalized(name.simplified());
    if (cleaned.isEmpty())
        return Util::makeError(QStringLiteral("invalid_name"), tr("Give the collection a name."));
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto exists = m_db->prepare(QStringLiteral("SELECT 1 FROM collections WHERE name = ? AND id <> ?"));
    if (!exists)
        return exists.error();
    exists.value().bindAll(cleaned, id);
    auto taken = exists.value().step();
    if (!taken)
        return taken.error();
    if (taken.value())
        return Util::makeError(QStringLiteral("collection_exists"),
                               tr("There is already a collection called \"%1\".").arg(cleaned));
    auto update = m_db->prepare(QStringLiteral("UPDATE collections SET name = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(cleaned, id);
    if (auto done = update.value().exec(); !done)
        return done;
    if (auto found = requireChanged(tr("That collection no longer exists.")); !found)
        return found;
    return transaction.value().commit();
}

Util::Result<void> LibraryStore::deleteCollection(qint64 id)
{
    auto remove = m_db->prepare(QStringLiteral("DELETE FROM collections WHERE id = ?"));
    if (!remove)
        return remove.error();
    remove.value().bind(1, id);
    return remove.value().exec();
}

Util::Result<void> LibraryStore::changeCollectionMembers(qint64 collectionId, const QList<qint64> &clipIds,
                                                         bool add)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto exists = m_db->prepare(QStringLiteral("SELECT 1 FROM collections WHERE id = ?"));
    if (!exists)
        return exists.error();
    exists.value().bind(1, collectionId);
    auto found = exists.value().step();
    if (!found)
        return found.error();
    if (!found.value())
        return Util::makeError(QStringLiteral("not_found"), tr("That collection no longer exists."));
    // A clip removed meanwhile is simply not added.
    auto change = m_db->prepare(
        add ? QStringLiteral("INSERT OR IGNORE INTO clip_collections (collection_id, clip_id, added_at) "
                             "SELECT ?, id, ? FROM clips WHERE id = ?")
            : QStringLiteral("DELETE FROM clip_collections WHERE collection_id = ? AND clip_id = ?"));
    if (!change)
        return change.error();
    const qint64 now = Values::toMillis(QDateTime::currentDateTimeUtc());
    for (const qint64 clipId : clipIds) {
        change.value().reset();
        if (add)
            change.value().bindAll(collectionId, now, clipId);
        else
            change.value().bindAll(collectionId, clipId);
        if (auto done = change.value().exec(); !done)
            return done;
    }
    return transaction.value().commit();
}

Util::Result<void> LibraryStore::addToCollection(qint64 collectionId, const QList<qint64> &clipIds)
{
    return changeCollectionMembers(collectionId, clipIds, true);
}

Util::Result<void> LibraryStore::removeFromCollection(qint64 collectionId, const QList<qint64> &clipIds)
{
    return changeCollectionMembers(collectionId, clipIds, false);
}

Util::Result<QList<Collection>> LibraryStore::collections()
{
    auto select = m_db->prepare(QStringLiteral(
        "SELECT id, name, created_at, "
        "(SELECT count(*) FROM clip_collections AS cc WHERE cc.collection_id = collections.id) "
        "FROM collections ORDER BY name COLLATE NOCASE, id"));
    if (!select)
        return select.error();
    QList<Collection> result;
    auto read = select.value().forEachRow([&](const Storage::Statement &row) {
        result << Collection {row.columnInt64(0), row.columnText(1), Values::fromMillis(row.columnInt64(2)),
                              row.columnInt64(3)};
    });
    if (!read)
        return read.error();
    return result;
}

Util::Result<QList<qint64>> LibraryStore::collectionsOf(qint64 clipId)
{
    auto select = m_db->prepare(QStringLiteral(
        "SELECT collection_id FROM clip_collections WHERE clip_id = ? ORDER BY collection_id"));
    if (!select)
        return select.error();
    select.value().bind(1, clipId);
    QList<qint64> ids;
    if (auto read =
            select.value().forEachRow([&](const Storage::Statement &row) { ids << row.columnInt64(0); });
        !read)
        return read.error();
    return ids;
}

Util::Result<qint64> LibraryStore::count(const Query &query)
{
    return countRows(query, 0);
}

Util::Result<qint64> LibraryStore::countUpTo(const Query &query, qint64 limit)
{
    if (limit <= 0)
        return qint64(0);
    return countRows(query, limit);
}

Util::Result<qint64> LibraryStore::countRows(const Query &query, qint64 limit)
{
    auto match = matchExpression(query.text);
    if (!match)
        return match.error();
    const QuerySql built = QuerySql::count(query, match.value(), limit);
    auto select = m_db->prepare(built.sql);
    if (!select)
        return select.error();
    bindValues(select.value(), built.bindings);
    auto row = select.value().step();
    if (!row)
        return row.error();
    return select.value().columnInt64(0);
}

Util::Result<QList<ClipRow>> LibraryStore::page(const Query &query, qint64 offset, int limit)
{
    auto result = pageAfter(query, PageCursor {{}, 0, offset, false}, limit);
    if (!result)
        return result.error();
    return result.value().rows;
}

Util::Result<Page> LibraryStore::pageAfter(const Query &query, const PageCursor &after, int limit)
{
    Page page;
    page.next = after;
    if (after.atEnd)
        return page;
    limit = std::clamp(limit, 1, MaxPageSize);
    QuerySql::SetFilter sets = QuerySql::SetFilter::Drive;
    if (const std::optional<QuerySql> sizeSql = QuerySql::setSize(query, ProbeFromSetSize)) {
        auto size = m_db->prepare(sizeSql->sql);
        if (!size)
            return size.error();
        bindValues(size.value(), sizeSql->bindings);
        if (auto row = size.value().step(); !row)
            return row.error();
        if (size.value().columnInt64(0) >= ProbeFromSetSize)
            sets = QuerySql::SetFilter::Probe;
    }
    auto match = matchExpression(query.text);
    if (!match)
        return match.error();
    const QuerySql built = QuerySql::page(query, match.value(), &after, after.offset, limit, sets);
    auto select = m_db->prepare(built.sql);
    if (!select)
        return select.error();
    bindValues(select.value(), built.bindings);
    constexpr int sortColumn = 8;
    for (;;) {
        auto row = select.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        page.rows << readRow(select.value());
        if (built.sortValue == QuerySql::SortValue::Integer)
            page.next.value = select.value().columnInt64(sortColumn);
        else if (built.sortValue == QuerySql::SortValue::Text)
            page.next.value = select.value().columnText(sortColumn);
    }
    if (!page.rows.isEmpty())
        page.next.id = page.rows.last().id;
    page.next.offset = after.offset + page.rows.size();
    page.next.atEnd = page.rows.size() < limit;
    return page;
}

Util::Result<QList<FileEntry>> LibraryStore::files(qint64 afterId, int limit)
{
    auto select = m_db->prepare(QStringLiteral(
        "SELECT id, file_path, size_bytes, sha256, status FROM clips WHERE id > ? ORDER BY id LIMIT ?"));
    if (!select)
        return select.error();
    select.value().bindAll(afterId, static_cast<qint64>(std::clamp(limit, 1, MaxPageSize)));
    QList<FileEntry> entries;
    auto read = select.value().forEachRow([&](const Storage::Statement &row) {
        FileEntry entry {row.columnInt64(0), row.columnText(1), row.columnInt64(2),
                         row.columnText(3).toLatin1(), Status::Unverified};
        statusFromKey(row.columnText(4), &entry.status);
        entries << entry;
    });
    if (!read)
        return read.error();
    return entries;
}

Util::Result<QList<Holding>> LibraryStore::holdings()
{
    auto select = m_db->prepare(QStringLiteral(
        "SELECT id, video_id, rendition_id, status FROM clips WHERE video_id <> '' ORDER BY id"));
    if (!select)
        return select.error();
    QList<Holding> found;
    auto read = select.value().forEachRow([&](const Storage::Statement &row) {
        Holding holding {row.columnInt64(0), row.columnText(1), row.columnText(2), Status::Unverified};
        statusFromKey(row.columnText(3), &holding.status);
        found << holding;
    });
    if (!read)
        return read.error();
    return found;
}

Util::Result<void> LibraryStore::requestDelivery(qint64 clipId, const QString &folder)
{
    auto upsert = m_db->prepare(QStringLiteral(
        "INSERT INTO deliveries (clip_id, folder, requested_at) VALUES (?, ?, ?) "
        "ON CONFLICT (clip_id) DO UPDATE SET folder = excluded.folder, "
        "requested_at = excluded.requested_at, delivered_path = '', delivered_at = 0, problem = ''"));
    if (!upsert)
        return upsert.error();
    upsert.value().bindAll(clipId, Values::cleanPath(folder),
                           Values::toMillis(QDateTime::currentDateTimeUtc()));
    return upsert.value().exec();
}

Util::Result<void> LibraryStore::recordDelivered(qint64 clipId, const QString &path)
{
    auto update = m_db->prepare(QStringLiteral(
        "UPDATE deliveries SET delivered_path = ?, delivered_at = ?, problem = '' WHERE clip_id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(Values::cleanPath(path), Values::toMillis(QDateTime::currentDateTimeUtc()),
                           clipId);
    return update.value().exec();
}

Util::Result<void> LibraryStore::recordDeliveryProblem(qint64 clipId, const QString &problem)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE deliveries SET problem = ? WHERE clip_id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(problem, clipId);
    return update.value().exec();
}

namespace {

const QString DeliveryColumns = QStringLiteral(
    "SELECT clip_id, folder, requested_at, delivered_path, delivered_at, problem FROM deliveries ");

DeliveryState deliveryState(const Storage::Statement &row)
{
    DeliveryState state;
    state.clipId = row.columnInt64(0);
    state.folder = row.columnText(1);
    state.requestedAt = Values::fromMillis(row.columnInt64(2));
    state.deliveredPath = row.columnText(3);
    if (const qint64 at = row.columnInt64(4); at > 0)
        state.deliveredAt = Values::fromMillis(at);
    state.problem = row.columnText(5);
    return state;
}

} // namespace

Util::Result<QList<DeliveryState>> LibraryStore::pendingDeliveries()
{
    auto select = m_db->prepare(DeliveryColumns
                                + QStringLiteral("WHERE delivered_at = 0 ORDER BY requested_at, clip_id"));
    if (!select)
        return select.error();
    QList<DeliveryState> found;
    auto read =
        select.value().forEachRow([&](const Storage::Statement &row) { found << deliveryState(row); });
    if (!read)
        return read.error();
    return found;
}

Util::Result<std::optional<DeliveryState>> LibraryStore::delivery(qint64 clipId)
{
    auto select = m_db->prepare(DeliveryColumns + QStringLiteral("WHERE clip_id = ?"));
    if (!select)
        return select.error();
    select.value().bindAll(clipId);
    std::optional<DeliveryState> found;
    auto read = select.value().forEachRow([&](const Storage::Statement &row) { found = deliveryState(row); });
    if (!read)
        return read.error();
    return found;
}

Util::Result<QStringList> LibraryStore::checkIntegrity()
{
    QStringList problems;
    auto check = m_db->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!check)
        return check.error();
    for (;;) {
        auto row = check.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString line = check.value().columnText(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    // Compares the index with the clips it was built from, not only with itself.
    if (auto fts = m_db->exec(
            QStringLiteral("INSERT INTO clips_fts (clips_fts, rank) VALUES ('integrity-check', 1)"));
        !fts)
        problems << fts.error().message;
    return problems;
}

} // namespace Library
