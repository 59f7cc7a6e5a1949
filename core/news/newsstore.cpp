#include "core/news/newsstore.h"

#include "core/storage/database.h"
#include "core/storage/ftstext.h"
#include "core/storage/metatable.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <variant>
#include <vector>

namespace News {

namespace {

QList<Storage::Migration> migrations()
{
    return {
        Storage::Migration::fromSql(1, QStringLiteral(R"(
            CREATE TABLE feeds (
                id            INTEGER PRIMARY KEY,
                url           TEXT NOT NULL UNIQUE,
                name          TEXT NOT NULL DEFAULT '',
                etag          TEXT NOT NULL DEFAULT '',
                last_modified TEXT NOT NULL DEFAULT '',
                fetched_at    TEXT,
                last_error    TEXT NOT NULL DEFAULT '',
                added_at      TEXT NOT NULL
            );
            -- source 0 is the portal; any other is a row of feeds.
            CREATE TABLE items (
                key          INTEGER PRIMARY KEY,
                source       INTEGER NOT NULL,
                id           TEXT NOT NULL,
                kind         TEXT NOT NULL DEFAULT 'news',
                title        TEXT NOT NULL DEFAULT '',
                summary      TEXT NOT NULL DEFAULT '',
                body_html    TEXT NOT NULL DEFAULT '',
                body_text    TEXT NOT NULL DEFAULT '',
                link         TEXT NOT NULL DEFAULT '',
                author       TEXT NOT NULL DEFAULT '',
                published_ms INTEGER NOT NULL,
                updated_ms   INTEGER NOT NULL,
                location     TEXT NOT NULL DEFAULT '',
                language     TEXT NOT NULL DEFAULT '',
                tags         TEXT NOT NULL DEFAULT '',
                image_url    TEXT NOT NULL DEFAULT '',
                video_ids    TEXT NOT NULL DEFAULT '',
                read         INTEGER NOT NULL DEFAULT 0,
                starred      INTEGER NOT NULL DEFAULT 0,
                UNIQUE (source, id)
            );
            CREATE INDEX items_newest ON items(published_ms DESC, key DESC);
            CREATE TABLE item_tags (
                tag  TEXT NOT NULL,
                item INTEGER NOT NULL REFERENCES items(key) ON DELETE CASCADE,
                PRIMARY KEY (tag, item)
            ) WITHOUT ROWID;
            CREATE INDEX item_tags_by_item ON item_tags(item);
            CREATE VIRTUAL TABLE items_fts USING fts5(
                title, summary, body, tags, location,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
            -- Items the portal deleted, so that a copy fetched before the
            -- deletion does not bring one back.
            CREATE TABLE deleted_items (
                source     INTEGER NOT NULL,
                id         TEXT NOT NULL,
                updated_ms INTEGER NOT NULL,
                PRIMARY KEY (source, id)
            ) WITHOUT ROWID;
            CREATE TABLE meta (
                key   TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
        )")),
    };
}

// How many of the newest matches a search ranks (see list()).
constexpr int RankedMatches = 2000;

const QString WatermarkKey = QStringLiteral("portal_watermark");
const QString SyncedAtKey = QStringLiteral("portal_synced_at");
const QString CompletedAtKey = QStringLiteral("portal_completed_at");

// The columns lists read, in this order (readListed); the reader adds the body.
const QString ListColumns = QStringLiteral(
    "i.key, i.source, i.id, i.kind, i.title, i.summary, i.link, i.author, i.published_ms, i.updated_ms, "
    "i.location, i.language, i.tags, i.image_url, i.video_ids, i.read, i.starred");

QString stamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseStamp(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

qint64 msecs(const QDateTime &when)
{
    return when.isValid() ? when.toMSecsSinceEpoch() : 0;
}

QStringList lines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(u'\n');
}

NewsItem readListed(const Storage::Statement &s)
{
    NewsItem item;
    item.key = s.columnInt64(0);
    item.source = s.columnInt64(1);
    item.id = s.columnText(2);
    item.kind = s.columnText(3);
    item.title = s.columnText(4);
    item.summary = s.columnText(5);
    item.link = QUrl(s.columnText(6), QUrl::StrictMode);
    item.author = s.columnText(7);
    item.publishedAt = QDateTime::fromMSecsSinceEpoch(s.columnInt64(8), Qt::UTC);
    item.updatedAt = QDateTime::fromMSecsSinceEpoch(s.columnInt64(9), Qt::UTC);
    item.location = s.columnText(10);
    item.language = s.columnText(11);
    item.tags = lines(s.columnText(12));
    item.imageUrl = QUrl(s.columnText(13), QUrl::StrictMode);
    item.videoIds = lines(s.columnText(14));
    item.read = s.columnBool(15);
    item.starred = s.columnBool(16);
    return item;
}

FeedSource readFeed(const Storage::Statement &s)
{
    FeedSource feed;
    feed.id = s.columnInt64(0);
    feed.url = QUrl(s.columnText(1), QUrl::StrictMode);
    feed.name = s.columnText(2);
    feed.etag = s.columnText(3).toUtf8();
    feed.lastModified = s.columnText(4).toUtf8();
    feed.fetchedAt = parseStamp(s.columnText(5));
    feed.lastError = s.columnText(6);
    feed.addedAt = parseStamp(s.columnText(7));
    return feed;
}

const QString FeedColumns =
    QStringLiteral("id, url, name, etag, last_modified, fetched_at, last_error, added_at");

} // namespace

NewsPosition NewsPosition::of(const NewsItem &item)
{
    return NewsPosition {msecs(item.publishedAt), item.key};
}

NewsStore::NewsStore(std::unique_ptr<Storage::Database> db) : m_db(std::move(db)) { }

NewsStore::~NewsStore() = default;

Util::Result<std::unique_ptr<NewsStore>> NewsStore::open(const QString &path)
{
    auto db = Storage::openMigrated(path, migrations());
    if (!db)
        return db.error();
    return std::unique_ptr<NewsStore>(new NewsStore(std::move(db).value()));
}

Util::Result<int> NewsStore::upsert(const NewsItem &item)
{
    // Deleted at or after this copy was made: it stays deleted.
    auto deleted =
        m_db->prepare(QStringLiteral("SELECT updated_ms FROM deleted_items WHERE source = ? AND id = ?"));
    if (!deleted)
        return deleted.error();
    auto tombstone = deleted.value().bindAll(item.source, item.id).step();
    if (!tombstone)
        return tombstone.error();
    if (tombstone.value()) {
        if (deleted.value().columnInt64(0) >= msecs(item.updatedAt))
            return 0;
        auto forget = m_db->prepare(QStringLiteral("DELETE FROM deleted_items WHERE source = ? AND id = ?"));
        if (!forget)
            return forget.error();
        if (auto done = forget.value().bindAll(item.source, item.id).exec(); !done)
            return done.error();
    }
    // Read and starred are this computer's: an update keeps them. The WHERE
    // keeps a newer copy against an older one arriving late.
    // A date the feed did not give (dateGuessed: the time of the fetch)
    // changes with every fetch: the first one seen stays, and the row is
    // rewritten only when its text changed.
    const QString update = item.dateGuessed
        ? QStringLiteral(
            "ON CONFLICT(source, id) DO UPDATE SET kind = excluded.kind, title = excluded.title, "
            "summary = excluded.summary, body_html = excluded.body_html, "
            "body_text = excluded.body_text, link = excluded.link, author = excluded.author, "
            "location = excluded.location, language = excluded.language, tags = excluded.tags, "
            "image_url = excluded.image_url, video_ids = excluded.video_ids "
            "WHERE excluded.title <> items.title OR excluded.summary <> items.summary "
            "OR excluded.body_html <> items.body_html")
        : QStringLiteral(
            "ON CONFLICT(source, id) DO UPDATE SET kind = excluded.kind, title = excluded.title, "
            "summary = excluded.summary, body_html = excluded.body_html, body_text = excluded.body_text, "
            "link = excluded.link, author = excluded.author, published_ms = excluded.published_ms, "
            "updated_ms = excluded.updated_ms, location = excluded.location, language = excluded.language, "
            "tags = excluded.tags, image_url = excluded.image_url, video_ids = excluded.video_ids "
            "WHERE excluded.updated_ms > items.updated_ms "
            "OR (excluded.updated_ms = items.updated_ms AND (excluded.title <> items.title "
            "OR excluded.summary <> items.summary OR excluded.body_html <> items.body_html))");
    auto insert = m_db->prepare(
        QStringLiteral(
            "INSERT INTO items (source, id, kind, title, summary, body_html, body_text, link, author, "
            "published_ms, updated_ms, location, language, tags, image_url, video_ids) "
            "VALUES (?, ?, IFNULL(?, 'news'), IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), "
            "IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), ?, ?, IFNULL(?, ''), IFNULL(?, ''), "
            "IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, '')) ")
        + update);
    if (!insert)
        return insert.error();
    insert.value().bindAll(item.source, item.id, item.kind, item.title, item.summary, item.bodyHtml,
                           item.bodyText, item.link.toString(QUrl::FullyEncoded), item.author,
                           msecs(item.publishedAt), msecs(item.updatedAt), item.location, item.language,
                           item.tags.join(u'\n'), item.imageUrl.toString(QUrl::FullyEncoded),
                           item.videoIds.join(u'\n'));
    if (auto done = insert.value().exec(); !done)
        return done.error();
    if (m_db->changes() == 0)
        return 0;

    auto key = m_db->prepare(QStringLiteral("SELECT key FROM items WHERE source = ? AND id = ?"));
    if (!key)
        return key.error();
    auto row = key.value().bindAll(item.source, item.id).step();
    if (!row)
        return row.error();
    if (!row.value())
        return Util::makeError(QStringLiteral("database_error"),
                               tr("The article “%1” could not be kept for offline reading.").arg(item.title));
    const qint64 rowKey = key.value().columnInt64(0);

    auto dropText = m_db->prepare(QStringLiteral("DELETE FROM items_fts WHERE rowid = ?"));
    if (!dropText)
        return dropText.error();
    if (auto done = dropText.value().bind(1, rowKey).exec(); !done)
        return done.error();
    auto addText = m_db->prepare(QStringLiteral(
        "INSERT INTO items_fts (rowid, title, summary, body, tags, location) "
        "VALUES (?, IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''))"));
    if (!addText)
        return addText.error();
    using Storage::FtsText::folded;
    addText.value().bindAll(rowKey, folded(item.title), folded(item.summary), folded(item.bodyText),
                            folded(item.tags.join(u' ')), folded(item.location));
    if (auto done = addText.value().exec(); !done)
        return done.error();

    auto dropTags = m_db->prepare(QStringLiteral("DELETE FROM item_tags WHERE item = ?"));
    if (!dropTags)
        return dropTags.error();
    if (auto done = dropTags.value().bind(1, rowKey).exec(); !done)
        return done.error();
    auto addTag = m_db->prepare(QStringLiteral("INSERT OR IGNORE INTO item_tags (tag, item) VALUES (?, ?)"));
    if (!addTag)
        return addTag.error();
    for (const QString &tag : item.tags) {
        const QString name = tag.trimmed().toLower();
        if (name.isEmpty())
            continue;
        addTag.value().reset();
        if (auto done = addTag.value().bindAll(name, rowKey).exec(); !done)
            return done.error();
    }
    return 1;
}

Util::Result<int> NewsStore::remove(qint64 source, const QString &id, const QDateTime &deletedAt)
{
    auto mark = m_db->prepare(QStringLiteral(
        "INSERT INTO deleted_items (source, id, updated_ms) VALUES (?, ?, ?) "
        "ON CONFLICT(source, id) DO UPDATE SET updated_ms = MAX(updated_ms, excluded.updated_ms)"));
    if (!mark)
        return mark.error();
    if (auto done = mark.value().bindAll(source, id, msecs(deletedAt)).exec(); !done)
        return done.error();
    auto drop = m_db->prepare(QStringLiteral("DELETE FROM items_fts WHERE rowid IN "
                                             "(SELECT key FROM items WHERE source = ? AND id = ?)"));
    if (!drop)
        return drop.error();
    if (auto done = drop.value().bindAll(source, id).exec(); !done)
        return done.error();
    // Tags go with the row (ON DELETE CASCADE).
    auto dropItem = m_db->prepare(QStringLiteral("DELETE FROM items WHERE source = ? AND id = ?"));
    if (!dropItem)
        return dropItem.error();
    if (auto done = dropItem.value().bindAll(source, id).exec(); !done)
        return done.error();
    return m_db->changes() > 0 ? 1 : 0;
}

Util::Result<int> NewsStore::applyPortalPage(const NewsPage &page, const QDateTime &now)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto state = meta(WatermarkKey);
    if (!state)
        return state.error();
    QDateTime watermark = parseStamp(state.value());
    const auto advance = [&watermark](const QDateTime &when) {
        if (when.isValid() && (!watermark.isValid() || when > watermark))
            watermark = when;
    };
    int changed = 0;
    for (NewsItem item : page.items) {
        item.source = PortalSource;
        auto done = upsert(item);
        if (!done)
            return done.error();
        changed += done.value();
        advance(item.updatedAt);
    }
    for (const NewsPage::Deletion &deletion : page.deletions) {
        auto done = remove(PortalSource, deletion.id, deletion.updatedAt);
        if (!done)
            return done.error();
        changed += done.value();
        // A sync that ends with deletions must not ask for them again.
        advance(deletion.updatedAt);
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

Util::Result<void> NewsStore::markPortalSyncComplete(const QDateTime &now)
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

Util::Result<NewsSyncState> NewsStore::portalSyncState()
{
    NewsSyncState state;
    for (const auto &[key, field] : {std::pair {WatermarkKey, &NewsSyncState::watermark},
                                     std::pair {SyncedAtKey, &NewsSyncState::syncedAt},
                                     std::pair {CompletedAtKey, &NewsSyncState::completedAt}}) {
        auto value = meta(key);
        if (!value)
            return value.error();
        state.*field = parseStamp(value.value());
    }
    auto count = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM items WHERE source = 0"));
    if (!count)
        return count.error();
    auto row = count.value().step();
    if (!row)
        return row.error();
    state.itemCount = count.value().columnInt(0);
    return state;
}

Util::Result<int> NewsStore::storeFeedItems(qint64 source, const QList<NewsItem> &items)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    int changed = 0;
    for (NewsItem item : items) {
        item.source = source;
        auto done = upsert(item);
        if (!done)
            return done.error();
        changed += done.value();
    }
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return changed;
}

Util::Result<qint64> NewsStore::addFeed(const QUrl &url, const QString &name, const QDateTime &now)
{
    auto insert =
        m_db->prepare(QStringLiteral("INSERT INTO feeds (url, name, added_at) VALUES (?, IFNULL(?, ''), ?) "
                                     "ON CONFLICT(url) DO UPDATE SET name = CASE WHEN excluded.name <> '' "
                                     "THEN excluded.name ELSE name END"));
    if (!insert)
        return insert.error();
    if (auto done = insert.value().bindAll(url.toString(QUrl::FullyEncoded), name, stamp(now)).exec(); !done)
        return done.error();
    auto select = m_db->prepare(QStringLiteral("SELECT id FROM feeds WHERE url = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, url.toString(QUrl::FullyEncoded)).step();
    if (!row)
        return row.error();
    return select.value().columnInt64(0);
}

Util::Result<QList<FeedSource>> NewsStore::feeds()
{
    auto select =
        m_db->prepare(QStringLiteral("SELECT ") + FeedColumns + QStringLiteral(" FROM feeds ORDER BY id"));
    if (!select)
        return select.error();
    QList<FeedSource> list;
    if (auto read = select.value().forEachRow([&](const Storage::Statement &s) { list.append(readFeed(s)); });
        !read)
        return read.error();
    return list;
}

Util::Result<std::optional<FeedSource>> NewsStore::feed(qint64 id)
{
    auto select =
        m_db->prepare(QStringLiteral("SELECT ") + FeedColumns + QStringLiteral(" FROM feeds WHERE id = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, id).step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<FeedSource>();
    return std::optional<FeedSource>(readFeed(select.value()));
}

Util::Result<void> NewsStore::noteFeedFetch(qint64 id, const QByteArray &etag, const QByteArray &lastModified,
                                            const QString &name, const QString &error, const QDateTime &now)
{
    // A failed fetch keeps the validators of the last good one.
    auto update = m_db->prepare(QStringLiteral(
        "UPDATE feeds SET etag = CASE WHEN ?1 = '' THEN ?2 ELSE etag END, "
        "last_modified = CASE WHEN ?1 = '' THEN ?3 ELSE last_modified END, "
        "name = CASE WHEN name = '' AND ?4 <> '' THEN ?4 ELSE name END, "
        "fetched_at = CASE WHEN ?1 = '' THEN ?5 ELSE fetched_at END, last_error = ?1 WHERE id = ?6"));
    if (!update)
        return update.error();
    // Empty, never NULL: the comparisons above need a value.
    const auto text = [](const QString &value) {
        return value.isNull() ? QStringLiteral("") : value;
    };
    return update.value()
        .bindAll(text(error), text(QString::fromUtf8(etag)), text(QString::fromUtf8(lastModified)),
                 text(name), stamp(now), id)
        .exec();
}

Util::Result<bool> NewsStore::removeFeed(qint64 id)
{
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    for (const QString &sql :
         {QStringLiteral("DELETE FROM items_fts WHERE rowid IN (SELECT key FROM items WHERE source = ?)"),
          QStringLiteral("DELETE FROM items WHERE source = ?"),
          QStringLiteral("DELETE FROM deleted_items WHERE source = ?")}) {
        auto statement = m_db->prepare(sql);
        if (!statement)
            return statement.error();
        if (auto done = statement.value().bind(1, id).exec(); !done)
            return done.error();
    }
    auto drop = m_db->prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    if (!drop)
        return drop.error();
    if (auto done = drop.value().bind(1, id).exec(); !done)
        return done.error();
    const bool removed = m_db->changes() > 0;
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return removed;
}

Util::Result<NewsList> NewsStore::list(const NewsQuery &query)
{
    // Fixed fragments chosen by which filters are set; every value is bound.
    const QString match = Storage::FtsText::typedMatch(query.text);
    QString sql = QStringLiteral("SELECT ") + ListColumns + QStringLiteral(" FROM items AS i");
    std::vector<std::variant<qint64, QString>> values;
    if (!match.isEmpty()) {
        // Best match first: a word in the title weighs most, then the
        // summary, tags and place, then the body. Ranked among the newest
        // RankedMatches matches (by row, the order items arrived), so that
        // a word found in most of 100,000 articles still answers at once.
        sql += QStringLiteral(
            " JOIN (SELECT rowid AS hit, bm25(items_fts, 10.0, 4.0, 1.0, 3.0, 2.0) AS rank "
            "FROM items_fts WHERE items_fts MATCH ? AND rowid >= IFNULL((SELECT rowid "
            "FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?), 0)) "
            "AS f ON f.hit = i.key");
        values.emplace_back(match);
        values.emplace_back(match);
        values.emplace_back(qint64(RankedMatches - 1));
    }
    sql += QStringLiteral(" WHERE 1");
    if (query.source) {
        sql += QStringLiteral(" AND i.source = ?");
        values.emplace_back(*query.source);
    }
    if (!query.kind.isEmpty()) {
        sql += QStringLiteral(" AND i.kind = ?");
        values.emplace_back(query.kind);
    }
    if (!query.tag.trimmed().isEmpty()) {
        sql +=
            QStringLiteral(" AND EXISTS (SELECT 1 FROM item_tags AS t WHERE t.tag = ? AND t.item = i.key)");
        values.emplace_back(query.tag.trimmed().toLower());
    }
    if (query.from.isValid()) {
        sql += QStringLiteral(" AND i.published_ms >= ?");
        values.emplace_back(query.from.toMSecsSinceEpoch());
    }
    if (query.to.isValid()) {
        sql += QStringLiteral(" AND i.published_ms <= ?");
        values.emplace_back(query.to.toMSecsSinceEpoch());
    }
    if (query.unreadOnly)
        sql += QStringLiteral(" AND i.read = 0");
    if (query.starredOnly)
        sql += QStringLiteral(" AND i.starred = 1");
    if (match.isEmpty() && query.after.isValid()) {
        sql += QStringLiteral(" AND (i.published_ms < ? OR (i.published_ms = ? AND i.key < ?))");
        values.emplace_back(query.after.publishedMs);
        values.emplace_back(query.after.publishedMs);
        values.emplace_back(query.after.key);
    }
    sql += match.isEmpty() ? QStringLiteral(" ORDER BY i.published_ms DESC, i.key DESC LIMIT ?")
                           : QStringLiteral(" ORDER BY f.rank, i.published_ms DESC, i.key DESC LIMIT ?");
    const int limit = std::clamp(query.limit, 1, 10000);
    // One more than asked tells whether the list goes on.
    values.emplace_back(qint64(limit) + 1);

    auto select = m_db->prepare(sql);
    if (!select)
        return select.error();
    int index = 0;
    for (const auto &value : values)
        std::visit([&](const auto &v) { select.value().bind(++index, v); }, value);
    NewsList page;
    auto read = select.value().forEachRow([&](const Storage::Statement &s) {
        if (page.items.size() == limit) {
            page.atEnd = false;
            return false;
        }
        page.items.append(readListed(s));
        return true;
    });
    if (!read)
        return read.error();
    return page;
}

Util::Result<std::optional<NewsItem>> NewsStore::item(qint64 key)
{
    auto select =
        m_db->prepare(QStringLiteral("SELECT ") + ListColumns
                      + QStringLiteral(", i.body_html, i.body_text FROM items AS i WHERE i.key = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, key).step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<NewsItem>();
    NewsItem item = readListed(select.value());
    item.bodyHtml = select.value().columnText(17);
    item.bodyText = select.value().columnText(18);
    return std::optional<NewsItem>(std::move(item));
}

Util::Result<bool> NewsStore::setRead(qint64 key, bool read)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE items SET read = ? WHERE key = ?"));
    if (!update)
        return update.error();
    if (auto done = update.value().bindAll(read, key).exec(); !done)
        return done.error();
    return m_db->changes() > 0;
}

Util::Result<bool> NewsStore::setStarred(qint64 key, bool starred)
{
    auto update = m_db->prepare(QStringLiteral("UPDATE items SET starred = ? WHERE key = ?"));
    if (!update)
        return update.error();
    if (auto done = update.value().bindAll(starred, key).exec(); !done)
        return done.error();
    return m_db->changes() > 0;
}

Util::Result<QString> NewsStore::meta(const QString &key)
{
    return Storage::Meta::read(*m_db, key);
}

Util::Result<void> NewsStore::setMeta(const QString &key, const QString &value)
{
    return Storage::Meta::write(*m_db, key, value);
}

} // namespace News
