#include "core/watch/watchstore.h"

#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QHash>
#include <QJsonDocument>

namespace Watch {

namespace {

const QString Version1 = QStringLiteral(R"(
    CREATE TABLE searches (
        id            INTEGER PRIMARY KEY,
        name          TEXT NOT NULL UNIQUE COLLATE NOCASE,
        scope         TEXT NOT NULL CHECK (scope IN ('news', 'videos')),
        text          TEXT NOT NULL DEFAULT '',
        tag           TEXT NOT NULL DEFAULT '',
        kind          TEXT NOT NULL DEFAULT '',
        from_ms       INTEGER,
        to_ms         INTEGER,
        auto_download TEXT NOT NULL DEFAULT '',
        baselined     INTEGER NOT NULL DEFAULT 0,
        created_at    INTEGER NOT NULL
    );
    CREATE TABLE seen (
        search_id INTEGER NOT NULL REFERENCES searches(id) ON DELETE CASCADE,
        item_id   TEXT NOT NULL,
        PRIMARY KEY (search_id, item_id)
    ) WITHOUT ROWID;
)");

// Limits on what an auto-download takes (0: none), the hours it waits for,
// and the auto-downloads found and not yet queued.
const QString Version2 = QStringLiteral(R"(
    ALTER TABLE searches ADD COLUMN auto_max_height INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE searches ADD COLUMN auto_max_bytes INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE searches ADD COLUMN auto_off_hours INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE pending (
        search_id  INTEGER NOT NULL REFERENCES searches(id) ON DELETE CASCADE,
        item_id    TEXT NOT NULL,
        title      TEXT NOT NULL,
        video_json TEXT NOT NULL,
        found_at   INTEGER NOT NULL,
        claimed_at INTEGER,
        PRIMARY KEY (search_id, item_id)
    ) WITHOUT ROWID;
)");

const QStringList AutoDownloadRules {QString(), QStringLiteral("best"), QStringLiteral("mxf"),
                                     QStringLiteral("mp4"), QStringLiteral("mov")};

QDateTime fromMillis(const Storage::Statement &row, int column)
{
    return row.isNull(column) ? QDateTime()
                              : QDateTime::fromMSecsSinceEpoch(row.columnInt64(column), Qt::UTC);
}

} // namespace

QString SavedSearch::scopeKey(Scope scope)
{
    return scope == Scope::News ? QStringLiteral("news") : QStringLiteral("videos");
}

WatchStore::WatchStore(std::unique_ptr<Storage::Database> db) : m_db(std::move(db)) { }

WatchStore::~WatchStore() = default;

Util::Result<std::unique_ptr<WatchStore>> WatchStore::open(const QString &path)
{
    auto db = Storage::openMigrated(
        path, {Storage::Migration::fromSql(1, Version1), Storage::Migration::fromSql(2, Version2)});
    if (!db)
        return db.error();
    if (auto keys = db.value()->exec(QStringLiteral("PRAGMA foreign_keys = ON")); !keys)
        return keys.error();
    return std::unique_ptr<WatchStore>(new WatchStore(std::move(db).value()));
}

Util::Result<SavedSearch> WatchStore::add(SavedSearch search)
{
    search.name = search.name.trimmed();
    if (search.name.isEmpty())
        return Util::makeError(QStringLiteral("invalid_value"), tr("A saved search needs a name."));
    search.autoDownload = search.autoDownload.trimmed().toLower();
    if (!AutoDownloadRules.contains(search.autoDownload))
        return Util::makeError(
            QStringLiteral("invalid_value"),
            tr("“%1” is no download rule: give best, mxf, mp4 or mov.").arg(search.autoDownload));
    if (search.scope == SavedSearch::Scope::News && !search.autoDownload.isEmpty())
        return Util::makeError(QStringLiteral("invalid_value"), tr("Only a search of videos can download."));
    if (search.autoMaxHeight < 0 || search.autoMaxBytes < 0)
        return Util::makeError(QStringLiteral("invalid_value"),
                               tr("The largest picture and the largest file are given as positive numbers."));
    if (search.autoDownload.isEmpty()
        && (search.autoMaxHeight > 0 || search.autoMaxBytes > 0 || search.autoOffHours))
        return Util::makeError(QStringLiteral("invalid_value"),
                               tr("A largest picture or file, or hours to wait for, are for what is "
                                  "downloaded: give a download rule too (best, mxf, mp4 or mov)."));
    auto existing = all();
    if (!existing)
        return existing.error();
    for (const SavedSearch &other : existing.value()) {
        if (other.name.compare(search.name, Qt::CaseInsensitive) == 0)
            return Util::makeError(QStringLiteral("name_taken"),
                                   tr("There is a saved search named “%1” already.").arg(search.name));
    }
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO searches (name, scope, text, tag, kind, from_ms, to_ms, auto_download, created_at, "
        "auto_max_height, auto_max_bytes, auto_off_hours) "
        "VALUES (?, ?, IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), ?, ?, IFNULL(?, ''), ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    Storage::Statement &s = insert.value();
    s.bindAll(search.name, SavedSearch::scopeKey(search.scope), search.text.trimmed(), search.tag.trimmed(),
              search.kind.trimmed());
    if (search.from.isValid())
        s.bind(6, search.from.toMSecsSinceEpoch());
    else
        s.bind(6, nullptr);
    if (search.to.isValid())
        s.bind(7, search.to.toMSecsSinceEpoch());
    else
        s.bind(7, nullptr);
    s.bind(8, search.autoDownload);
    s.bind(9, QDateTime::currentMSecsSinceEpoch());
    s.bind(10, qint64(search.autoMaxHeight));
    s.bind(11, search.autoMaxBytes);
    s.bind(12, search.autoOffHours);
    if (auto done = s.exec(); !done)
        return done.error();
    search.id = m_db->lastInsertRowId();
    search.baselined = false;
    return search;
}

Util::Result<QList<SavedSearch>> WatchStore::all()
{
    auto select = m_db->prepare(
        QStringLiteral("SELECT id, name, scope, text, tag, kind, from_ms, to_ms, "
                       "auto_download, baselined, auto_max_height, auto_max_bytes, auto_off_hours "
                       "FROM searches ORDER BY name"));
    if (!select)
        return select.error();
    QList<SavedSearch> list;
    auto read = select.value().forEachRow([&list](const Storage::Statement &row) {
        SavedSearch s;
        s.id = row.columnInt64(0);
        s.name = row.columnText(1);
        s.scope = row.columnText(2) == u"news" ? SavedSearch::Scope::News : SavedSearch::Scope::Videos;
        s.text = row.columnText(3);
        s.tag = row.columnText(4);
        s.kind = row.columnText(5);
        s.from = fromMillis(row, 6);
        s.to = fromMillis(row, 7);
        s.autoDownload = row.columnText(8);
        s.baselined = row.columnBool(9);
        s.autoMaxHeight = int(row.columnInt64(10));
        s.autoMaxBytes = row.columnInt64(11);
        s.autoOffHours = row.columnBool(12);
        list.append(s);
    });
    if (!read)
        return read.error();
    return list;
}

Util::Result<bool> WatchStore::remove(const QString &idOrName)
{
    bool isId = false;
    const qint64 id = idOrName.toLongLong(&isId);
    auto del = m_db->prepare(isId ? QStringLiteral("DELETE FROM searches WHERE id = ?")
                                  : QStringLiteral("DELETE FROM searches WHERE name = ?"));
    if (!del)
        return del.error();
    if (isId)
        del.value().bind(1, id);
    else
        del.value().bind(1, idOrName.trimmed());
    if (auto done = del.value().exec(); !done)
        return done.error();
    return m_db->changes() > 0;
}

Util::Result<QSet<QString>> WatchStore::seen(qint64 searchId)
{
    auto select = m_db->prepare(QStringLiteral("SELECT item_id FROM seen WHERE search_id = ?"));
    if (!select)
        return select.error();
    select.value().bind(1, searchId);
    QSet<QString> ids;
    auto read =
        select.value().forEachRow([&ids](const Storage::Statement &row) { ids.insert(row.columnText(0)); });
    if (!read)
        return read.error();
    return ids;
}

Util::Result<void> WatchStore::markSeen(qint64 searchId, const QList<QString> &itemIds,
                                        const QList<WatchMatch> &downloads)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto insert =
        m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO seen (search_id, item_id) VALUES (?, ?)"));
    if (!insert)
        return insert.error();
    for (const QString &item : itemIds) {
        insert.value().reset();
        insert.value().bindAll(searchId, item);
        if (auto done = insert.value().exec(); !done)
            return done.error();
    }
    auto keep = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO pending (search_id, item_id, title, "
                                             "video_json, found_at) VALUES (?, ?, ?, ?, ?)"));
    if (!keep)
        return keep.error();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const WatchMatch &match : downloads) {
        if (match.search.autoDownload.isEmpty() || match.video.isEmpty())
            continue;
        keep.value().reset();
        keep.value().bindAll(searchId, match.itemId, match.title,
                             QString::fromUtf8(QJsonDocument(match.video).toJson(QJsonDocument::Compact)),
                             now);
        if (auto done = keep.value().exec(); !done)
            return done.error();
    }
    auto baseline = m_db->prepare(QStringLiteral("UPDATE searches SET baselined = 1 WHERE id = ?"));
    if (!baseline)
        return baseline.error();
    baseline.value().bind(1, searchId);
    if (auto done = baseline.value().exec(); !done)
        return done.error();
    return transaction.value().commit();
}

Util::Result<QList<WatchMatch>> WatchStore::pending()
{
    auto searches = all();
    if (!searches)
        return searches.error();
    QHash<qint64, SavedSearch> byId;
    for (const SavedSearch &search : searches.value())
        byId.insert(search.id, search);
    auto select = m_db->prepare(QStringLiteral(
        "SELECT search_id, item_id, title, video_json FROM pending ORDER BY found_at, search_id, item_id"));
    if (!select)
        return select.error();
    QList<WatchMatch> list;
    auto read = select.value().forEachRow([&](const Storage::Statement &row) {
        const auto search = byId.constFind(row.columnInt64(0));
        if (search == byId.constEnd())
            return;
        WatchMatch match;
        match.search = *search;
        match.itemId = row.columnText(1);
        match.title = row.columnText(2);
        match.video = QJsonDocument::fromJson(row.columnText(3).toUtf8()).object();
        list.append(match);
    });
    if (!read)
        return read.error();
    return list;
}

Util::Result<bool> WatchStore::claimPending(qint64 searchId, const QString &itemId)
{
    constexpr qint64 ClaimLapsesMs = 10 * 60 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto claim =
        m_db->prepare(QStringLiteral("UPDATE pending SET claimed_at = ? WHERE search_id = ? AND item_id = ? "
                                     "AND (claimed_at IS NULL OR claimed_at < ?)"));
    if (!claim)
        return claim.error();
    claim.value().bindAll(now, searchId, itemId, now - ClaimLapsesMs);
    if (auto done = claim.value().exec(); !done)
        return done.error();
    return m_db->changes() == 1;
}

Util::Result<void> WatchStore::releasePending(qint64 searchId, const QString &itemId)
{
    auto release = m_db->prepare(
        QStringLiteral("UPDATE pending SET claimed_at = NULL WHERE search_id = ? AND item_id = ?"));
    if (!release)
        return release.error();
    release.value().bindAll(searchId, itemId);
    return release.value().exec();
}

Util::Result<void> WatchStore::donePending(qint64 searchId, const QString &itemId)
{
    auto del = m_db->prepare(QStringLiteral("DELETE FROM pending WHERE search_id = ? AND item_id = ?"));
    if (!del)
        return del.error();
    del.value().bindAll(searchId, itemId);
    return del.value().exec();
}

} // namespace Watch
