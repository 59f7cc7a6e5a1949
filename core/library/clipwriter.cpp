#include "core/library/clipwriter.h"

#include "core/library/ftstokenizer.h"
#include "core/library/libraryschema.h"
#include "core/library/libraryvalues.h"
#include "core/library/searchtext.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <map>

namespace Library {

// The write path runs the same few statements for every clip; preparing
// them once matters when a million clips are imported.
class ClipWriter::StatementCache
{
public:
    explicit StatementCache(Storage::Database &db) : m_db(db) { }

    Util::Result<Storage::Statement *> get(const QString &sql)
    {
        auto it = m_statements.find(sql);
        if (it == m_statements.end()) {
            auto prepared = m_db.prepare(sql);
            if (!prepared)
                return prepared.error();
            it = m_statements.emplace(sql, std::make_unique<Storage::Statement>(std::move(prepared).value()))
                     .first;
        }
        it->second->reset();
        return it->second.get();
    }

    // A statement left on a row keeps its read snapshot open after COMMIT.
    void resetAll()
    {
        for (auto &entry : m_statements)
            entry.second->reset();
    }

private:
    Storage::Database &m_db;
    std::map<QString, std::unique_ptr<Storage::Statement>> m_statements;
};

namespace {

// Trimmed, NFC, without empties or case-insensitive repeats, in the order given.
QStringList cleanTags(const QStringList &tags)
{
    QStringList result;
    for (const QString &tag : tags) {
        const QString name = SearchText::normalized(tag.simplified());
        if (name.isEmpty())
            continue;
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&](const QString &other) {
            return other.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (!seen)
            result << name;
    }
    return result;
}

// What the search index reads of the shot list: each shot's description and
// speaker, one shot per line (as the version 3 migration writes it).
QString shotlistText(const QByteArray &metadataJson)
{
    if (metadataJson.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(metadataJson);
    QStringList lines;
    for (const QJsonValue value : document.object().value(QStringLiteral("shotlist")).toArray()) {
        if (!value.isObject())
            continue;
        const QJsonObject shot = value.toObject();
        const QString line = shot.value(QStringLiteral("description")).toString() + u' '
            + shot.value(QStringLiteral("speaker")).toString();
        lines << line.trimmed();
    }
    return SearchText::normalized(lines.join(u'\n'));
}

} // namespace

ClipWriter::ClipWriter(Storage::Database &db, std::unique_ptr<FtsTokenizer> tokenizer)
    : m_db(db), m_statements(std::make_unique<StatementCache>(db)), m_tokenizer(std::move(tokenizer))
{ }

ClipWriter::~ClipWriter() = default;

Util::Result<std::unique_ptr<ClipWriter>> ClipWriter::create(Storage::Database &db)
{
    auto tokenizer = FtsTokenizer::create(db);
    if (!tokenizer)
        return tokenizer.error();
    return std::unique_ptr<ClipWriter>(new ClipWriter(db, std::move(tokenizer).value()));
}

void ClipWriter::resetStatements()
{
    m_statements->resetAll();
}

Util::Result<qint64> ClipWriter::write(const Clip &clip)
{
    const QString path = Values::cleanPath(clip.filePath);
    if (clip.videoId.isEmpty() || path.isEmpty())
        return Util::makeError(
            QStringLiteral("invalid_clip"),
            QCoreApplication::translate("Library::LibraryStore",
                                        "A clip needs its portal video and its file to enter the library."));
    const qint64 downloadedMs =
        Values::toMillis(clip.downloadedAt.isValid() ? clip.downloadedAt : QDateTime::currentDateTimeUtc());
    const QStringList portalTags = cleanTags(clip.tags);

    auto existing = m_statements->get(
        QStringLiteral("SELECT id, downloaded_at, download_key FROM clips WHERE file_path = ?"));
    if (!existing)
        return existing.error();
    existing.value()->bind(1, path);
    auto found = existing.value()->step();
    if (!found)
        return found.error();
    const qint64 id = found.value() ? existing.value()->columnInt64(0) : 0;
    const bool sameTime = found.value() && existing.value()->columnInt64(1) == downloadedMs;
    const qint64 oldKey = found.value() ? existing.value()->columnInt64(2) : 0;
    existing.value()->reset();

    qint64 key = oldKey;
    if (!sameTime) {
        auto allocated = allocateDownloadKey(downloadedMs);
        if (!allocated)
            return allocated.error();
        key = allocated.value();
    }

    QStringList userTags = cleanTags(clip.userTags);
    if (id) {
        auto kept = tags(id, QStringLiteral("user"));
        if (!kept)
            return kept.error();
        userTags = kept.value();
    }
    const QString tagsText = (portalTags + userTags).join(u'\n');
    const QString title = SearchText::normalized(clip.title);

    auto write = m_statements->get(
        id ? QStringLiteral(
            "UPDATE clips SET video_id = ?, rendition_id = IFNULL(?, ''), title = IFNULL(?, ''), "
            "sort_title = IFNULL(?, ''), description = IFNULL(?, ''), location = IFNULL(?, ''), "
            "credit = IFNULL(?, ''), usage_terms = IFNULL(?, ''), published_at = ?, downloaded_at = ?, "
            "download_key = ?, file_path = ?, size_bytes = ?, sha256 = IFNULL(?, ''), "
            "container = IFNULL(?, ''), video_codec = IFNULL(?, ''), width = ?, height = ?, "
            "frame_rate = IFNULL(?, ''), duration_ms = ?, status = ?, last_verified_at = ?, "
            "metadata = ?, shotlist_text = IFNULL(?, ''), tags_text = IFNULL(?, '') WHERE id = ?")
           : QStringLiteral(
               "INSERT INTO clips (video_id, rendition_id, title, sort_title, description, location, "
               "credit, usage_terms, published_at, downloaded_at, download_key, file_path, size_bytes, "
               "sha256, container, video_codec, width, height, frame_rate, duration_ms, status, "
               "last_verified_at, metadata, shotlist_text, tags_text, note) "
               "VALUES (?, IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), "
               "IFNULL(?, ''), IFNULL(?, ''), ?, ?, ?, ?, ?, IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''), "
               "?, ?, IFNULL(?, ''), ?, ?, ?, ?, IFNULL(?, ''), IFNULL(?, ''), IFNULL(?, ''))"));
    if (!write)
        return write.error();
    Storage::Statement &s = *write.value();
    s.bindAll(clip.videoId, clip.renditionId, title, SearchText::sortKey(title),
              SearchText::normalized(clip.description), SearchText::normalized(clip.location), clip.credit,
              clip.usageTerms, Values::toMillis(clip.publishedAt), downloadedMs, key, path, clip.sizeBytes,
              QString::fromLatin1(clip.sha256.toLower()), clip.container.toLower(), clip.videoCodec,
              clip.width, clip.height, clip.frameRate, clip.durationMs, statusKey(clip.status));
    if (clip.lastVerifiedAt.isValid())
        s.bind(22, Values::toMillis(clip.lastVerifiedAt));
    else
        s.bind(22, nullptr);
    const QString shotlist = shotlistText(clip.metadataJson);
    const QString note = id ? QString() : SearchText::normalized(clip.note);
    s.bind(23, clip.metadataJson);
    s.bind(24, shotlist);
    s.bind(25, tagsText);
    // The last value is the row to update, or the note of a new clip.
    if (id)
        s.bind(26, id);
    else
        s.bind(26, note);
    if (auto done = s.exec(); !done)
        return done.error();
    if (auto recorded = addSearchTerms({title, clip.description, shotlist, tagsText, clip.location, note});
        !recorded)
        return recorded.error();

    if (!id) {
        const qint64 newId = m_db.lastInsertRowId();
        if (auto tagged = insertTags(newId, portalTags, QStringLiteral("portal")); !tagged)
            return tagged.error();
        if (auto tagged = insertTags(newId, userTags, QStringLiteral("user")); !tagged)
            return tagged.error();
        return newId;
    }
    auto clear =
        m_statements->get(QStringLiteral("DELETE FROM clip_tags WHERE clip_id = ? AND source = 'portal'"));
    if (!clear)
        return clear.error();
    clear.value()->bind(1, id);
    if (auto done = clear.value()->exec(); !done)
        return done.error();
    if (auto tagged = insertTags(id, portalTags, QStringLiteral("portal")); !tagged)
        return tagged.error();
    return id;
}

Util::Result<qint64> ClipWriter::allocateDownloadKey(qint64 downloadedAtMs)
{
    auto last = m_statements->get(
        QStringLiteral("SELECT max(download_key) FROM clips WHERE download_key >= ? AND download_key < ?"));
    if (!last)
        return last.error();
    const qint64 first = downloadedAtMs * DownloadKeySlots;
    last.value()->bindAll(first, first + DownloadKeySlots);
    if (auto row = last.value()->step(); !row)
        return row.error();
    if (last.value()->isNull(0))
        return first;
    const qint64 next = last.value()->columnInt64(0) + 1;
    if (next >= first + DownloadKeySlots)
        return Util::makeError(QStringLiteral("database_error"),
                               QStringLiteral("Too many clips downloaded in the same millisecond"));
    return next;
}

Util::Result<qint64> ClipWriter::tagId(const QString &name)
{
    auto select = m_statements->get(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    if (!select)
        return select.error();
    select.value()->bind(1, name);
    auto row = select.value()->step();
    if (!row)
        return row.error();
    if (row.value())
        return select.value()->columnInt64(0);
    auto insert = m_statements->get(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
    if (!insert)
        return insert.error();
    insert.value()->bind(1, name);
    if (auto done = insert.value()->exec(); !done)
        return done.error();
    return m_db.lastInsertRowId();
}

Util::Result<void> ClipWriter::insertTags(qint64 clipId, const QStringList &tags, const QString &source)
{
    for (const QString &name : tags) {
        auto tag = tagId(name);
        if (!tag)
            return tag.error();
        auto insert = m_statements->get(
            QStringLiteral("INSERT OR IGNORE INTO clip_tags (clip_id, source, tag_id) VALUES (?, ?, ?)"));
        if (!insert)
            return insert.error();
        insert.value()->bindAll(clipId, source, tag.value());
        if (auto done = insert.value()->exec(); !done)
            return done.error();
    }
    return {};
}

Util::Result<QStringList> ClipWriter::tags(qint64 clipId, const QString &source)
{
    auto select = m_statements->get(
        QStringLiteral("SELECT t.name FROM clip_tags AS ct JOIN tags AS t ON t.id = ct.tag_id "
                       "WHERE ct.clip_id = ? AND ct.source = ?"));
    if (!select)
        return select.error();
    select.value()->bindAll(clipId, source);
    QStringList names;
    for (;;) {
        auto row = select.value()->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        names << select.value()->columnText(0);
    }
    select.value()->reset();
    // In the order the title sort uses: "à monter" among the a's.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return SearchText::sortKey(a) < SearchText::sortKey(b);
    });
    return names;
}

Util::Result<bool> ClipWriter::replaceUserTags(qint64 clipId, const QStringList &tags)
{
    auto portal = this->tags(clipId, QStringLiteral("portal"));
    if (!portal)
        return portal.error();
    const QStringList userTags = cleanTags(tags);
    auto update = m_statements->get(QStringLiteral("UPDATE clips SET tags_text = ? WHERE id = ?"));
    if (!update)
        return update.error();
    update.value()->bindAll((portal.value() + userTags).join(u'\n'), clipId);
    if (auto done = update.value()->exec(); !done)
        return done.error();
    if (m_db.changes() == 0)
        return false;
    auto clear =
        m_statements->get(QStringLiteral("DELETE FROM clip_tags WHERE clip_id = ? AND source = 'user'"));
    if (!clear)
        return clear.error();
    clear.value()->bind(1, clipId);
    if (auto done = clear.value()->exec(); !done)
        return done.error();
    if (auto tagged = insertTags(clipId, userTags, QStringLiteral("user")); !tagged)
        return tagged.error();
    if (auto recorded = addSearchTerms(userTags); !recorded)
        return recorded.error();
    return true;
}

Util::Result<void> ClipWriter::addSearchTerms(const QStringList &texts)
{
    QSet<QString> terms;
    for (const QString &text : texts) {
        for (const QString &term : m_tokenizer->tokens(SearchText::normalized(text)))
            terms.insert(term);
    }
    auto insert = m_statements->get(QStringLiteral("INSERT OR IGNORE INTO search_terms (term) VALUES (?)"));
    if (!insert)
        return insert.error();
    for (const QString &term : terms) {
        insert.value()->reset();
        insert.value()->bind(1, term);
        if (auto done = insert.value()->exec(); !done)
            return done;
    }
    return {};
}

Util::Result<std::optional<QStringList>> ClipWriter::completions(const QString &word, int max)
{
    // The word being typed, folded as the index folds it.
    const QStringList folded = m_tokenizer->tokens(SearchText::normalized(word));
    if (folded.size() != 1)
        return std::optional<QStringList>();
    auto select = m_db.prepare(
        QStringLiteral("SELECT term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?"));
    if (!select)
        return select.error();
    // Every string that starts with the word sorts below the word followed
    // by the last code point.
    select.value().bindAll(folded.first(), folded.first() + QString::fromUcs4(U"\U0010FFFF"),
                           qint64(max + 1));
    QStringList words;
    for (;;) {
        auto row = select.value().step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        words << select.value().columnText(0);
    }
    if (words.isEmpty() || words.size() > max)
        return std::optional<QStringList>();
    return std::optional<QStringList>(words);
}

} // namespace Library
