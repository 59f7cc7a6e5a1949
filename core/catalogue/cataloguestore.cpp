#include "core/catalogue/cataloguestore.h"

#include "core/storage/database.h"
#include "core/storage/ftstext.h"
#include "core/storage/metatable.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <variant>
#include <vector>

namespace Catalogue {

namespace {

QList<Storage::Migration> migrations()
{
    return {
        Storage::Migration::fromSql(1, QStringLiteral(R"(
            CREATE TABLE videos (
                key           INTEGER PRIMARY KEY,
                id            TEXT NOT NULL UNIQUE,
                title         TEXT NOT NULL DEFAULT '',
                published_ms  INTEGER NOT NULL,
                updated_ms    INTEGER NOT NULL,
                duration_ms   INTEGER NOT NULL DEFAULT 0,
                thumbnail_url TEXT NOT NULL DEFAULT '',
                location      TEXT NOT NULL DEFAULT '',
                tags          TEXT NOT NULL DEFAULT '',
                json          BLOB NOT NULL,
                stored_at     TEXT NOT NULL
            );
            CREATE INDEX videos_newest ON videos(published_ms DESC, id DESC);
            CREATE TABLE video_tags (
                tag   TEXT NOT NULL,
                video INTEGER NOT NULL REFERENCES videos(key) ON DELETE CASCADE,
                PRIMARY KEY (tag, video)
            ) WITHOUT ROWID;
            CREATE INDEX video_tags_by_video ON video_tags(video);
            CREATE VIRTUAL TABLE videos_fts USING fts5(
                title, description, location, credit, shotlist, tags,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
            -- Videos the portal deleted, so that a copy fetched before the
            -- deletion (a list page answered late) does not bring one back.
            CREATE TABLE deleted_videos (
                id         TEXT PRIMARY KEY,
                updated_ms INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
        )")),
    };
}

const QString WatermarkKey = QStringLiteral("sync_watermark");
const QString SyncedAtKey = QStringLiteral("synced_at");
const QString CompletedAtKey = QStringLiteral("sync_completed_at");

QString stamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseStamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

qint64 msecs(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QString shotlistText(const Video &video)
{
    QStringList parts;
    for (const ShotlistEntry &shot : video.shotlist) {
        parts << shot.description;
        if (!shot.speaker.isEmpty())
            parts << shot.speaker;
    }
    return parts.join(u'\n');
}

} // namespace

VideoSummary VideoSummary::from(const Video &video)
{
    VideoSummary summary {video.id,
                          video.title,
                          video.publishedAt,
                          video.durationMs,
                          video.thumbnailUrl,
                          video.location,
                          video.tags,
                          {},
                          -1,
                          false};
    QList<Rendition> bySize = video.renditions;
    std::stable_sort(bySize.begin(), bySize.end(),
                     [](const Rendition &a, const Rendition &b) { return a.sizeBytes > b.sizeBytes; });
    for (const Rendition &rendition : std::as_const(bySize)) {
        const QString format = rendition.container.trimmed().toUpper();
        if (!format.isEmpty() && !summary.formats.contains(format))
            summary.formats << format;
        summary.largestBytes = std::max(summary.largestBytes, rendition.sizeBytes);
    }
    summary.restricted = termsRestrictUse(video.usageTerms);
    return summary;
}

ListPosition ListPosition::of(const VideoSummary &summary)
{
    return ListPosition {msecs(summary.publishedAt), summary.id};
}

CatalogueStore::CatalogueStore(std::unique_ptr<Storage::Database> db) : m_db(std::move(db)) { }

CatalogueStore::~CatalogueStore() = default;

Util::Result<std::unique_ptr<CatalogueStore>> CatalogueStore::open(const QString &path)
{
    auto db = Storage::openMigrated(path, migrations());
    if (!db)
        return db.error();
    return std::unique_ptr<CatalogueStore>(new CatalogueStore(std::move(db).value()));
}

QString CatalogueStore::matchExpression(const QString &text)
{
    return Storage::FtsText::prefixMatch(text);
}

Util::Result<int> CatalogueStore::upsert(const Video &video)
{
    // Deleted at or after this copy was made: it stays deleted. A newer
    // copy means the portal published the video again.
    auto deleted = m_db->prepare(QStringLiteral("SELECT updated_ms FROM deleted_videos WHERE id = ?"));
    if (!deleted)
        return deleted.error();
    auto tombstone = deleted.value().bind(1, video.id).step();
    if (!tombstone)
        return tombstone.error();
    if (tombstone.value()) {
        if (deleted.value().columnInt64(0) >= msecs(video.updatedAt))
            return 0;
        auto forget = m_db->prepare(QStringLiteral("DELETE FROM deleted_videos WHERE id = ?"));
        if (!forget)
            return forget.error();
        if (auto done = forget.value().bind(1, video.id).exec(); !done)
            return done.error();
    }
    const QByteArray json = QJsonDocument(video.json).toJson(QJsonDocument::Compact);
    // The WHERE keeps a newer copy against an older one arriving late (a
    // list page fetched before a sync, say) and skips rewriting unchanged rows.
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO videos (id, title, published_ms, updated_ms, duration_ms, thumbnail_url, location, "
        "tags, json, stored_at) "
        "VALUES (?, IFNULL(?, ''), ?, ?, ?, IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET title = excluded.title, published_ms = excluded.published_ms, "
        "updated_ms = excluded.updated_ms, duration_ms = excluded.duration_ms, "
        "thumbnail_url = excluded.thumbnail_url, location = excluded.location, tags = excluded.tags, "
        "json = excluded.json, stored_at = excluded.stored_at "
        "WHERE excluded.updated_ms > videos.updated_ms "
        "OR (excluded.updated_ms = videos.updated_ms AND excluded.json <> videos.json)"));
    if (!insert)
        return insert.error();
    insert.value().bindAll(video.id, video.title, msecs(video.publishedAt), msecs(video.updatedAt),
                           video.durationMs, video.thumbnailUrl.toString(QUrl::FullyEncoded), video.location,
                           video.tags.join(u'\n'), json, stamp(QDateTime::currentDateTimeUtc()));
    if (auto done = insert.value().exec(); !done)
        return done.error();
    if (m_db->changes() == 0)
        return 0;

    auto key = m_db->prepare(QStringLiteral("SELECT key FROM videos WHERE id = ?"));
    if (!key)
        return key.error();
    key.value().bind(1, video.id);
    auto row = key.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return Util::makeError(QStringLiteral("database_error"),
                               tr("The video “%1” could not be kept for offline use.").arg(video.id));
    const qint64 rowKey = key.value().columnInt64(0);

    auto dropText = m_db->prepare(QStringLiteral("DELETE FROM videos_fts WHERE rowid = ?"));
    if (!dropText)
        return dropText.error();
    if (auto done = dropText.value().bind(1, rowKey).exec(); !done)
        return done.error();
    auto addText = m_db->prepare(QStringLiteral(
        "INSERT INTO videos_fts (rowid, title, description, location, credit, shotlist, tags) "
        "VALUES (?, IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), "
        "IFNULL(?, ''))"));
    if (!addText)
        return addText.error();
    addText.value().bindAll(
        rowKey, Storage::FtsText::folded(video.title), Storage::FtsText::folded(video.description),
        Storage::FtsText::folded(video.location), Storage::FtsText::folded(video.credit),
        Storage::FtsText::folded(shotlistText(video)), Storage::FtsText::folded(video.tags.join(u' ')));
    if (auto done = addText.value().exec(); !done)
        return done.error();

    auto dropTags = m_db->prepare(QStringLiteral("DELETE FROM video_tags WHERE video = ?"));
    if (!dropTags)
        return dropTags.error();
    if (auto done = dropTags.value().bind(1, rowKey).exec(); !done)
        return done.error();
    auto addTag =
        m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO video_tags (tag, video) VALUES (?, ?)"));
    if (!addTag)
        return addTag.error();
    for (const QString &tag : video.tags) {
        const QString name = tag.trimmed().toLower();
        if (name.isEmpty())
            continue;
        addTag.value().reset();
        if (auto done = addTag.value().bindAll(name, rowKey).exec(); !done)
            return done.error();
    }
    return 1;
}

Util::Result<int> CatalogueStore::remove(const QString &id, const QDateTime &deletedAt)
{
    auto mark = m_db->prepare(
        QStringLiteral("INSERT INTO deleted_videos (id, updated_ms) VALUES (?, ?) "
                       "ON CONFLICT(id) DO UPDATE SET updated_ms = MAX(updated_ms, excluded.updated_ms)"));
    if (!mark)
        return mark.error();
    if (auto done = mark.value().bindAll(id, msecs(deletedAt)).exec(); !done)
        return done.error();
    auto key = m_db->prepare(QStringLiteral("SELECT key FROM videos WHERE id = ?"));
    if (!key)
        return key.error();
    auto row = key.value().bind(1, id).step();
    if (!row)
        return row.error();
    if (!row.value())
        return 0;
    const qint64 rowKey = key.value().columnInt64(0);
    auto dropText = m_db->prepare(QStringLiteral("DELETE FROM videos_fts WHERE rowid = ?"));
    if (!dropText)
        return dropText.error();
    if (auto done = dropText.value().bind(1, rowKey).exec(); !done)
        return done.error();
    // Tags go with the row (ON DELETE CASCADE).
    auto drop = m_db->prepare(QStringLiteral("DELETE FROM videos WHERE key = ?"));
    if (!drop)
        return drop.error();
    if (auto done = drop.value().bind(1, rowKey).exec(); !done)
        return done.error();
    return 1;
}

Util::Result<int> CatalogueStore::store(const QList<Video> &videos)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    int changed = 0;
    for (const Video &video : videos) {
        auto done = upsert(video);
        if (!done)
            return done.error();
        changed += done.value();
    }
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return changed;
}

Util::Result<int> CatalogueStore::applySyncPage(const VideoPage &page, const QDateTime &now)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto state = meta(WatermarkKey);
    if (!state)
        return state.error();
    QDateTime watermark = parseStamp(state.value());
    int changed = 0;
    for (const Video &video : page.items) {
        auto done = upsert(video);
        if (!done)
            return done.error();
        changed += done.value();
        if (video.updatedAt.isValid() && (!watermark.isValid() || video.updatedAt > watermark))
            watermark = video.updatedAt;
    }
    for (const VideoPage::Deletion &deletion : page.deletions) {
        auto done = remove(deletion.id, deletion.updatedAt);
        if (!done)
            return done.error();
        changed += done.value();
        // A sync that ends with deletions must not ask for them again.
        if (deletion.updatedAt.isValid() && (!watermark.isValid() || deletion.updatedAt > watermark))
            watermark = deletion.updatedAt;
    }
    if (watermark.isValid()) {
        if (auto set = setMeta(WatermarkKey, stamp(watermark)); !set)
            return set.error();
    }
    if (auto set = setMeta(SyncedAtKey, stamp(now)); !set)
        return set.error();
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return changed;
}

Util::Result<void> CatalogueStore::markSyncComplete(const QDateTime &now)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    if (auto set = setMeta(SyncedAtKey, stamp(now)); !set)
        return set;
    if (auto set = setMeta(CompletedAtKey, stamp(now)); !set)
        return set;
    return transaction.value().commit();
}

Util::Result<LocalPage> CatalogueStore::query(const LocalQuery &query)
{
    // Fixed fragments chosen by which filters are set; every value is bound.
    QString sql =
        QStringLiteral("SELECT id, title, published_ms, duration_ms, thumbnail_url, location, tags, json "
                       "FROM videos AS v WHERE 1");
    std::vector<std::variant<qint64, QString>> values;
    const QString match = matchExpression(query.text);
    if (!match.isEmpty()) {
        sql += QStringLiteral(" AND v.key IN (SELECT rowid FROM videos_fts WHERE videos_fts MATCH ?)");
        values.emplace_back(match);
    }
    if (!query.tag.trimmed().isEmpty()) {
        sql +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM video_tags AS t WHERE t.tag = ? AND t.video = v.key)");
        values.emplace_back(query.tag.trimmed().toLower());
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND v.published_ms >= ?");
        values.emplace_back(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND v.published_ms <= ?");
        values.emplace_back(query.to.toMSecsSinceEpoch());
    }
    if (query.after.isValid()) {
        sql += QStringLiteral(" AND (v.published_ms < ? OR (v.published_ms = ? AND v.id < ?))");
        values.emplace_back(query.after.publishedMs);
        values.emplace_back(query.after.publishedMs);
        values.emplace_back(query.after.id);
    }
    sql += QStringLiteral(" ORDER BY v.published_ms DESC, v.id DESC LIMIT ?");
    const int limit = std::clamp(query.limit, 1, 1000);
    // One more than asked tells whether the list goes on.
    values.emplace_back(qint64(limit) + 1);

    auto select = m_db->prepare(sql);
    if (!select)
        return select.error();
    int index = 0;
    for (const auto &value : values)
        std::visit([&](const auto &v) { select.value().bind(++index, v); }, value);

    LocalPage page;
    page.atEnd = true;
    auto read = select.value().forEachRow([&](const Storage::Statement &s) {
        if (page.items.size() == limit) {
            page.atEnd = false;
            return false;
        }
        VideoSummary summary;
        // The renditions' facts come from the video as the portal sent it.
        if (const auto video = Video::fromJson(QJsonDocument::fromJson(s.columnBlob(7)).object()))
            summary = VideoSummary::from(*video);
        summary.id = s.columnText(0);
        summary.title = s.columnText(1);
        summary.publishedAt = QDateTime::fromMSecsSinceEpoch(s.columnInt64(2), Qt::UTC);
        summary.durationMs = s.columnInt64(3);
        summary.thumbnailUrl = QUrl(s.columnText(4), QUrl::StrictMode);
        summary.location = s.columnText(5);
        const QString tags = s.columnText(6);
        if (!tags.isEmpty())
            summary.tags = tags.split(u'\n');
        page.items.append(std::move(summary));
        return true;
    });
    if (!read)
        return read.error();
    return page;
}

Util::Result<std::optional<Video>> CatalogueStore::video(const QString &id)
{
    auto select = m_db->prepare(QStringLiteral("SELECT json FROM videos WHERE id = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, id).step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Video>();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(select.value().columnBlob(0), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Util::makeError(QStringLiteral("database_error"),
                               tr("The copy of video %1 kept on this computer is damaged.").arg(id));
    return Video::fromJson(document.object());
}

Util::Result<QList<TagCount>> CatalogueStore::tags()
{
    auto select =
        m_db->prepare(QStringLiteral("SELECT tag, COUNT(*) FROM video_tags GROUP BY tag ORDER BY tag"));
    if (!select)
        return select.error();
    QList<TagCount> list;
    auto read = select.value().forEachRow([&](const Storage::Statement &s) {
        list.append(TagCount {s.columnText(0), s.columnInt(1)});
    });
    if (!read)
        return read.error();
    return list;
}

Util::Result<SyncState> CatalogueStore::syncState()
{
    SyncState state;
    auto watermark = meta(WatermarkKey);
    if (!watermark)
        return watermark.error();
    state.watermark = parseStamp(watermark.value());
    auto synced = meta(SyncedAtKey);
    if (!synced)
        return synced.error();
    state.syncedAt = parseStamp(synced.value());
    auto completed = meta(CompletedAtKey);
    if (!completed)
        return completed.error();
    state.completedAt = parseStamp(completed.value());
    auto count = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM videos"));
    if (!count)
        return count.error();
    auto row = count.value().step();
    if (!row)
        return row.error();
    state.videoCount = count.value().columnInt(0);
    return state;
}

Util::Result<QString> CatalogueStore::meta(const QString &key)
{
    return Storage::Meta::read(*m_db, key);
}

Util::Result<void> CatalogueStore::setMeta(const QString &key, const QString &value)
{
    return Storage::Meta::write(*m_db, key, value);
}

} // namespace Catalogue
