#include "core/downloads/queuestore.h"

#include "core/downloads/safefilename.h"
#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFileInfo>

namespace Downloads {

namespace {

const QString Columns = QStringLiteral("id, video_id, rendition_id, title, label, file_name, dest_dir, "
                                       "size_bytes, sha256, etag, url, url_expires_at, "
                                       "state, position, bytes_done, attempts, corrupt_retries, speed_limit, "
                                       "error_code, error_message, metadata, "
                                       "created_at, finished_at, part_created, needed_by");

QList<Storage::Migration> migrations()
{
    return {
        Storage::Migration::fromSql(1, QStringLiteral(R"(
            CREATE TABLE downloads (
                id              INTEGER PRIMARY KEY,
                video_id        TEXT NOT NULL,
                rendition_id    TEXT NOT NULL,
                title           TEXT NOT NULL DEFAULT '',
                label           TEXT NOT NULL DEFAULT '',
                file_name       TEXT NOT NULL,
                dest_dir        TEXT NOT NULL,
                size_bytes      INTEGER NOT NULL DEFAULT -1,
                sha256          TEXT NOT NULL DEFAULT '',
                etag            TEXT NOT NULL DEFAULT '',
                url             TEXT NOT NULL DEFAULT '',
                url_expires_at  TEXT,
                state           TEXT NOT NULL CHECK (state IN
                                  ('queued','active','paused','failed','corrupt','completed')),
                position        INTEGER NOT NULL,
                bytes_done      INTEGER NOT NULL DEFAULT 0 CHECK (bytes_done >= 0),
                attempts        INTEGER NOT NULL DEFAULT 0,
                corrupt_retries INTEGER NOT NULL DEFAULT 0,
                speed_limit     INTEGER NOT NULL DEFAULT 0,
                error_code      TEXT NOT NULL DEFAULT '',
                error_message   TEXT NOT NULL DEFAULT '',
                metadata        BLOB,
                created_at      TEXT NOT NULL,
                finished_at     TEXT
            );
            CREATE INDEX downloads_by_position ON downloads(position);
            CREATE TABLE segments (
                download_id INTEGER NOT NULL REFERENCES downloads(id) ON DELETE CASCADE,
                idx         INTEGER NOT NULL,
                start       INTEGER NOT NULL CHECK (start >= 0),
                "end"       INTEGER NOT NULL CHECK ("end" >= start),
                done        INTEGER NOT NULL DEFAULT 0 CHECK (done >= 0),
                PRIMARY KEY (download_id, idx)
            );
        )")),
        // Which partial files a download made itself. Queues from before
        // knew only by progress: a download with bytes saved made its file.
        Storage::Migration::fromSql(2, QStringLiteral(R"(
            ALTER TABLE downloads ADD COLUMN part_created INTEGER NOT NULL DEFAULT 0;
            UPDATE downloads SET part_created = 1
                WHERE state <> 'completed'
                  AND (bytes_done > 0 OR id IN (SELECT download_id FROM segments WHERE done > 0));
        )")),
        // When a download is needed by (a deadline), if ever.
        Storage::Migration::fromSql(3, QStringLiteral(R"(
            ALTER TABLE downloads ADD COLUMN needed_by TEXT;
        )")),
    };
}

QString timestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTimestamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

DownloadRecord readRecord(const Storage::Statement &row)
{
    DownloadRecord r;
    r.id = row.columnInt64(0);
    r.videoId = row.columnText(1);
    r.renditionId = row.columnText(2);
    r.title = row.columnText(3);
    r.label = row.columnText(4);
    r.fileName = row.columnText(5);
    r.destDir = row.columnText(6);
    r.sizeBytes = row.columnInt64(7);
    r.sha256 = row.columnText(8).toLatin1();
    r.etag = row.columnText(9).toLatin1();
    r.url = row.columnText(10);
    r.urlExpiresAt = parseTimestamp(row.columnText(11));
    stateFromKey(row.columnText(12), &r.state);
    r.position = row.columnInt(13);
    r.bytesDone = row.columnInt64(14);
    r.attempts = row.columnInt(15);
    r.corruptRetries = row.columnInt(16);
    r.speedLimit = row.columnInt64(17);
    r.errorCode = row.columnText(18);
    r.errorMessage = row.columnText(19);
    r.metadataJson = row.columnBlob(20);
    r.createdAt = parseTimestamp(row.columnText(21));
    r.finishedAt = parseTimestamp(row.columnText(22));
    r.partCreated = row.columnInt(23) != 0;
    r.neededBy = parseTimestamp(row.columnText(24));
    return r;
}

} // namespace

QueueStore::QueueStore(std::unique_ptr<Storage::Database> db) : m_db(std::move(db)) { }

QueueStore::~QueueStore() = default;

Util::Result<std::unique_ptr<QueueStore>> QueueStore::open(const QString &path)
{
    auto db = Storage::openMigrated(path, migrations());
    if (!db)
        return db.error();
    return std::unique_ptr<QueueStore>(new QueueStore(std::move(db).value()));
}

Util::Result<DownloadRecord> QueueStore::add(DownloadRecord record)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto last = m_db->prepare(QStringLiteral("SELECT COALESCE(MAX(position), 0) FROM downloads"));
    if (!last)
        return last.error();
    if (auto row = last.value().step(); !row)
        return row.error();
    record.position = last.value().columnInt(0) + 1;
    record.createdAt = QDateTime::currentDateTimeUtc();

    auto insert = m_db->prepare(
        QStringLiteral("INSERT INTO downloads (video_id, rendition_id, title, label, file_name, dest_dir, "
                       "size_bytes, sha256, etag, "
                       "url, url_expires_at, state, position, bytes_done, speed_limit, metadata, created_at, "
                       "needed_by) "
                       "VALUES (?, ?, IFNULL(?, ''), IFNULL(?, ''), ?, ?, ?, IFNULL(?, ''), IFNULL(?, ''), "
                       "IFNULL(?, ''), ?, ?, ?, "
                       "?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert.value().bindAll(record.videoId, record.renditionId, record.title, record.label, record.fileName,
                           record.destDir, record.sizeBytes, QString::fromLatin1(record.sha256),
                           QString::fromLatin1(record.etag), record.url, timestamp(record.urlExpiresAt),
                           stateKey(record.state), record.position, record.bytesDone, record.speedLimit,
                           record.metadataJson, timestamp(record.createdAt), timestamp(record.neededBy));
    if (auto done = insert.value().exec(); !done)
        return done.error();
    record.id = m_db->lastInsertRowId();
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return record;
}

Util::Result<DownloadRecord> QueueStore::enqueue(DownloadRecord record)
{
    record.state = State::Queued;
    record.fileName = freeFileName(record.destDir, SafeFileName::clean(record.fileName), 0);
    return add(std::move(record));
}

QString QueueStore::freeFileName(const QString &destDir, const QString &wanted, qint64 exceptId)
{
    const QDir folder(destDir);
    // QFileInfo::exists() follows links; a dangling one still takes the name.
    const auto taken = [&folder](const QString &name) {
        const QFileInfo info(folder.filePath(name));
        return info.exists() || info.isSymLink();
    };
    return SafeFileName::unique(wanted, [&](const QString &name) {
        return taken(name) || taken(name + QStringLiteral(".part"))
            || targetInUse(destDir, name, exceptId).valueOr(true);
    });
}

Util::Result<void> QueueStore::setFileName(qint64 id, const QString &fileName)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE downloads SET file_name = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(fileName, id);
    return update.value().exec();
}

Util::Result<QList<DownloadRecord>> QueueStore::all()
{
    auto select = m_db->prepare(QStringLiteral("SELECT ") + Columns
                                + QStringLiteral(" FROM downloads ORDER BY position"));
    if (!select)
        return select.error();
    QList<DownloadRecord> records;
    if (auto read = select.value().forEachRow(
            [&](const Storage::Statement &row) { records.append(readRecord(row)); });
        !read)
        return read.error();
    auto segments = m_db->prepare(QStringLiteral(
        "SELECT download_id, idx, start, \"end\", done FROM segments ORDER BY download_id, idx"));
    if (!segments)
        return segments.error();
    for (;;) {
        auto row = segments.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const qint64 owner = segments.value().columnInt64(0);
        for (DownloadRecord &record : records) {
            if (record.id == owner) {
                record.segments.append(
                    Segment {segments.value().columnInt(1), segments.value().columnInt64(2),
                             segments.value().columnInt64(3), segments.value().columnInt64(4)});
                break;
            }
        }
    }
    return records;
}

Util::Result<std::optional<DownloadRecord>> QueueStore::find(qint64 id)
{
    auto records = all();
    if (!records)
        return records.error();
    for (const DownloadRecord &record : records.value()) {
        if (record.id == id)
            return std::optional<DownloadRecord>(record);
    }
    return std::optional<DownloadRecord>();
}

Util::Result<bool> QueueStore::targetInUse(const QString &destDir, const QString &fileName, qint64 exceptId)
{
    auto select = m_db->prepare(QStringLiteral(
        "SELECT 1 FROM downloads WHERE dest_dir = ? AND file_name = ? AND state <> 'completed' "
        "AND id <> ? LIMIT 1"));
    if (!select)
        return select.error();
    select.value().bindAll(destDir, fileName, exceptId);
    return select.value().step();
}

Util::Result<void> QueueStore::setState(qint64 id, State state, const QString &errorCode,
                                        const QString &errorMessage)
{
    auto update = m_db->prepare(QStringLiteral(
        "UPDATE downloads SET state = ?, error_code = IFNULL(?, ''), error_message = IFNULL(?, '') "
        "WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(stateKey(state), errorCode, errorMessage, id);
    return update.value().exec();
}

Util::Result<void> QueueStore::setLink(qint64 id, const QString &url, const QDateTime &expiresAt,
                                       qint64 sizeBytes, const QByteArray &sha256)
{
    auto update =
        m_db->prepare(QStringLiteral("UPDATE downloads SET url = IFNULL(?, ''), url_expires_at = ?, "
                                     "size_bytes = ?, sha256 = IFNULL(?, '') WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(url, timestamp(expiresAt), sizeBytes, QString::fromLatin1(sha256), id);
    return update.value().exec();
}

Util::Result<void> QueueStore::saveProgress(const DownloadRecord &record)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto update = m_db->prepare(QStringLiteral(
        "UPDATE downloads SET bytes_done = ?, etag = IFNULL(?, ''), part_created = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(record.bytesDone, QString::fromLatin1(record.etag), int(record.partCreated),
                           record.id);
    if (auto done = update.value().exec(); !done)
        return done.error();
    auto clear = m_db->prepare(QStringLiteral("DELETE FROM segments WHERE download_id = ?"));
    if (!clear)
        return clear.error();
    clear.value().bind(1, record.id);
    if (auto done = clear.value().exec(); !done)
        return done.error();
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO segments (download_id, idx, start, \"end\", done) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const Segment &segment : record.segments) {
        insert.value().reset();
        insert.value().bindAll(record.id, segment.index, segment.start, segment.end, segment.done);
        if (auto done = insert.value().exec(); !done)
            return done.error();
    }
    return transaction.value().commit();
}

Util::Result<void> QueueStore::setSpeedLimit(qint64 id, qint64 bytesPerSecond)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE downloads SET speed_limit = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(std::max<qint64>(0, bytesPerSecond), id);
    return update.value().exec();
}

Util::Result<void> QueueStore::countAttempt(qint64 id, bool corrupt)
{
    auto update = m_db->prepare(
        corrupt ? QStringLiteral("UPDATE downloads SET corrupt_retries = corrupt_retries + 1 WHERE id = ?")
                : QStringLiteral("UPDATE downloads SET attempts = attempts + 1 WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bind(1, id);
    return update.value().exec();
}

Util::Result<void> QueueStore::markCompleted(qint64 id, const QString &finalFileName)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto update = m_db->prepare(QStringLiteral(
        "UPDATE downloads SET state = 'completed', file_name = ?, finished_at = ?, error_code = '', "
        "error_message = '', bytes_done = CASE WHEN size_bytes >= 0 THEN size_bytes ELSE bytes_done END "
        "WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(finalFileName, timestamp(QDateTime::currentDateTimeUtc()), id);
    if (auto done = update.value().exec(); !done)
        return done.error();
    auto clear = m_db->prepare(QStringLiteral("DELETE FROM segments WHERE download_id = ?"));
    if (!clear)
        return clear.error();
    clear.value().bind(1, id);
    if (auto done = clear.value().exec(); !done)
        return done.error();
    return transaction.value().commit();
}

Util::Result<void> QueueStore::remove(qint64 id)
{
    auto remove = m_db->prepare(QStringLiteral("DELETE FROM downloads WHERE id = ?"));
    if (!remove)
        return remove.error();
    remove.value().bind(1, id);
    return remove.value().exec();
}

Util::Result<QList<qint64>> QueueStore::order()
{
    auto select = m_db->prepare(QStringLiteral("SELECT id FROM downloads ORDER BY position"));
    if (!select)
        return select.error();
    QList<qint64> ids;
    if (auto read =
            select.value().forEachRow([&](const Storage::Statement &row) { ids.append(row.columnInt64(0)); });
        !read)
        return read.error();
    return ids;
}

Util::Result<void> QueueStore::renumber(const QList<qint64> &ids)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE downloads SET position = ? WHERE id = ?"));
    if (!update)
        return update.error();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        update.value().reset();
        update.value().bindAll(static_cast<qint64>(i + 1), ids.at(i));
        if (auto done = update.value().exec(); !done)
            return done.error();
    }
    return {};
}

Util::Result<void> QueueStore::reorder(qint64 id,
                                       const std::function<void(QList<qint64> &, qsizetype)> &change)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto ids = order();
    if (!ids)
        return ids.error();
    QList<qint64> list = ids.value();
    const qsizetype from = list.indexOf(id);
    if (from < 0)
        return Util::makeError(QStringLiteral("not_found"), tr("That download is no longer in the queue."));
    change(list, from);
    if (auto renumbered = renumber(list); !renumbered)
        return renumbered.error();
    return transaction.value().commit();
}

Util::Result<void> QueueStore::move(qint64 id, Move where)
{
    return reorder(id, [where](QList<qint64> &list, qsizetype from) {
        const qsizetype last = list.size() - 1;
        const qsizetype to = where == Move::Up ? std::max<qsizetype>(0, from - 1)
            : where == Move::Down              ? std::min(last, from + 1)
            : where == Move::Top               ? 0
                                               : last;
        list.move(from, to);
    });
}

Util::Result<void> QueueStore::moveBefore(qint64 id, qint64 beforeId)
{
    return reorder(id, [id, beforeId](QList<qint64> &list, qsizetype from) {
        list.removeAt(from);
        const qsizetype at = beforeId == 0 ? -1 : list.indexOf(beforeId);
        if (at < 0)
            list.append(id);
        else
            list.insert(at, id);
    });
}

Util::Result<void> QueueStore::setNeededBy(qint64 id, const QDateTime &when)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto update = m_db->prepare(QStringLiteral("UPDATE downloads SET needed_by = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update.value().bindAll(timestamp(when), id);
    if (auto done = update.value().exec(); !done)
        return done.error();
    if (m_db->changes() == 0)
        return Util::makeError(QStringLiteral("not_found"), tr("That download is no longer in the queue."));
    if (auto sorted = orderByDeadline(); !sorted)
        return sorted.error();
    return transaction.value().commit();
}

Util::Result<void> QueueStore::orderByDeadline()
{
    // Downloads with a deadline go first, the most urgent first; the others
    // keep the order they were given, after them.
    auto select = m_db->prepare(QStringLiteral("SELECT id, needed_by FROM downloads ORDER BY position"));
    if (!select)
        return select.error();
    QList<std::pair<qint64, QDateTime>> rows;
    if (auto read = select.value().forEachRow([&](const Storage::Statement &row) {
            rows.append({row.columnInt64(0), parseTimestamp(row.columnText(1))});
        });
        !read)
        return read.error();
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a.second.isValid() != b.second.isValid())
            return a.second.isValid();
        return a.second.isValid() && a.second < b.second;
    });
    QList<qint64> ids;
    for (const auto &row : std::as_const(rows))
        ids << row.first;
    return renumber(ids);
}

Util::Result<int> QueueStore::requeueInterrupted()
{
    auto update =
        m_db->prepare(QStringLiteral("UPDATE downloads SET state = 'queued' WHERE state = 'active'"));
    if (!update)
        return update.error();
    if (auto done = update.value().exec(); !done)
        return done.error();
    return m_db->changes();
}

Util::Result<qint64> QueueStore::dataVersion()
{
    auto value = m_db->pragma(QStringLiteral("data_version"));
    if (!value)
        return value.error();
    return value.value().toLongLong();
}

} // namespace Downloads
