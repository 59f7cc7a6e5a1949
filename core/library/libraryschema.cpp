#include "core/library/libraryschema.h"

namespace Library {

namespace {

const QString Version1 = QStringLiteral(R"(
    CREATE TABLE clips (
        id               INTEGER PRIMARY KEY,
        video_id         TEXT NOT NULL,
        rendition_id     TEXT NOT NULL DEFAULT '',
        title            TEXT NOT NULL DEFAULT '',
        sort_title       TEXT NOT NULL DEFAULT '',
        description      TEXT NOT NULL DEFAULT '',
        location         TEXT NOT NULL DEFAULT '',
        credit           TEXT NOT NULL DEFAULT '',
        usage_terms      TEXT NOT NULL DEFAULT '',
        published_at     INTEGER NOT NULL DEFAULT 0,
        downloaded_at    INTEGER NOT NULL,
        file_path        TEXT NOT NULL UNIQUE,
        size_bytes       INTEGER NOT NULL DEFAULT -1,
        sha256           TEXT NOT NULL DEFAULT '',
        container        TEXT NOT NULL DEFAULT '',
        video_codec      TEXT NOT NULL DEFAULT '',
        width            INTEGER NOT NULL DEFAULT 0,
        height           INTEGER NOT NULL DEFAULT 0,
        frame_rate       TEXT NOT NULL DEFAULT '',
        duration_ms      INTEGER NOT NULL DEFAULT 0,
        portal_tags      TEXT NOT NULL DEFAULT '[]',
        status           TEXT NOT NULL DEFAULT 'unverified'
                         CHECK (status IN ('ok', 'missing', 'corrupt', 'unverified')),
        last_verified_at INTEGER,
        metadata         BLOB
    );
    CREATE INDEX clips_by_downloaded ON clips(downloaded_at, id);
    CREATE INDEX clips_by_published ON clips(published_at, id);
    CREATE INDEX clips_by_title ON clips(sort_title, id);
    CREATE INDEX clips_by_container ON clips(container, id);
    CREATE INDEX clips_by_size ON clips(size_bytes, id);
    CREATE INDEX clips_by_duration ON clips(duration_ms, id);
    CREATE INDEX clips_by_status ON clips(status, id);
    CREATE INDEX clips_by_sha256 ON clips(sha256);
)");

// Tags get a table of their own so that the tag filter is an index lookup
// rather than a scan of JSON in a million rows.
const QString Version2 = QStringLiteral(R"(
    ALTER TABLE clips ADD COLUMN note TEXT NOT NULL DEFAULT '';

    CREATE TABLE tags (
        id   INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE
    );
    CREATE TABLE clip_tags (
        clip_id INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
        source  TEXT NOT NULL CHECK (source IN ('portal', 'user')),
        tag_id  INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
        PRIMARY KEY (clip_id, source, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX clip_tags_by_tag ON clip_tags(tag_id, clip_id);

    INSERT OR IGNORE INTO tags (name)
        SELECT trim(j.value) FROM clips, json_each(clips.portal_tags) AS j
        WHERE json_valid(clips.portal_tags) AND j.type = 'text' AND trim(j.value) <> ''
        ORDER BY clips.id, j.id;
    INSERT OR IGNORE INTO clip_tags (clip_id, source, tag_id)
        SELECT clips.id, 'portal', tags.id FROM clips, json_each(clips.portal_tags) AS j
        JOIN tags ON tags.name = trim(j.value)
        WHERE json_valid(clips.portal_tags) AND j.type = 'text';
    ALTER TABLE clips DROP COLUMN portal_tags;

    CREATE TABLE collections (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE clip_collections (
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        clip_id       INTEGER NOT NULL REFERENCES clips(id) ON DELETE CASCADE,
        added_at      INTEGER NOT NULL,
        PRIMARY KEY (collection_id, clip_id)
    ) WITHOUT ROWID;
    CREATE INDEX clip_collections_by_clip ON clip_collections(clip_id);
)");

// The FTS index is external-content over clips: the text is stored once.
// Its rowid is the download key, so that "newest first" among matches is
// the order FTS5 walks its posting lists in and a first page stops after
// LIMIT matches instead of sorting all of them. The shot list and the tags
// get a text column each in clips for the index to read; the store fills
// them, triggers keep the index in step inside the writing transaction.
const QString Version3 = QStringLiteral(R"(
    ALTER TABLE clips ADD COLUMN download_key INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE clips ADD COLUMN shotlist_text TEXT NOT NULL DEFAULT '';
    ALTER TABLE clips ADD COLUMN tags_text TEXT NOT NULL DEFAULT '';

    UPDATE clips SET download_key = k.key
        FROM (SELECT id, downloaded_at * 1048576
                         + row_number() OVER (PARTITION BY downloaded_at ORDER BY id) - 1 AS key
              FROM clips) AS k
        WHERE k.id = clips.id;
    CREATE UNIQUE INDEX clips_by_download_key ON clips(download_key);
    DROP INDEX clips_by_downloaded;
    -- Everything a list row shows, in download order: the default view and
    -- the rows of a search (joined on the FTS rowid) read this index alone,
    -- never the wide clip rows with their metadata.
    CREATE INDEX clips_list ON clips(download_key, title, downloaded_at, container, size_bytes,
                                     duration_ms, status, video_id);

    UPDATE clips SET shotlist_text = IFNULL(
        (SELECT group_concat(trim(IFNULL(json_extract(s.value, '$.description'), '') || ' '
                                  || IFNULL(json_extract(s.value, '$.speaker'), '')), char(10))
         FROM json_each(CAST(clips.metadata AS TEXT), '$.shotlist') AS s
         WHERE s.type = 'object'), '')
        WHERE metadata IS NOT NULL AND json_valid(CAST(metadata AS TEXT));
    UPDATE clips SET tags_text = IFNULL(
        (SELECT group_concat(t.name, char(10)) FROM clip_tags AS ct JOIN tags AS t ON t.id = ct.tag_id
         WHERE ct.clip_id = clips.id), '');

    CREATE VIRTUAL TABLE clips_fts USING fts5(
        title, description, shotlist_text, tags_text, location, note,
        content = 'clips', content_rowid = 'download_key',
        tokenize = "unicode61 remove_diacritics 2",
        prefix = '3'
    );
    INSERT INTO clips_fts (clips_fts) VALUES ('rebuild');

    -- Every word the index has held, to complete a word being typed into
    -- the words it begins (a word whose clips are gone costs nothing there).
    CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE VIRTUAL TABLE temp.clips_fts_terms USING fts5vocab(main, clips_fts, row);
    INSERT INTO search_terms (term) SELECT term FROM temp.clips_fts_terms;
    DROP TABLE temp.clips_fts_terms;

    CREATE TRIGGER clips_fts_after_insert AFTER INSERT ON clips BEGIN
        INSERT INTO clips_fts (rowid, title, description, shotlist_text, tags_text, location, note)
        VALUES (new.download_key, new.title, new.description, new.shotlist_text, new.tags_text,
                new.location, new.note);
    END;
    CREATE TRIGGER clips_fts_after_delete AFTER DELETE ON clips BEGIN
        INSERT INTO clips_fts (clips_fts, rowid, title, description, shotlist_text, tags_text,
                               location, note)
        VALUES ('delete', old.download_key, old.title, old.description, old.shotlist_text,
                old.tags_text, old.location, old.note);
    END;
    CREATE TRIGGER clips_fts_after_update
        AFTER UPDATE OF download_key, title, description, shotlist_text, tags_text, location, note
        ON clips BEGIN
        INSERT INTO clips_fts (clips_fts, rowid, title, description, shotlist_text, tags_text,
                               location, note)
        VALUES ('delete', old.download_key, old.title, old.description, old.shotlist_text,
                old.tags_text, old.location, old.note);
        INSERT INTO clips_fts (rowid, title, description, shotlist_text, tags_text, location, note)
        VALUES (new.download_key, new.title, new.description, new.shotlist_text, new.tags_text,
                new.location, new.note);
    END;
)");

// Verified clips handed to a watch folder: asked for, done, or what went
// wrong; kept so that a delivery cut short by a quit is done at the next start.
const QString Version4 = QStringLiteral(R"(
    CREATE TABLE deliveries (
        clip_id        INTEGER PRIMARY KEY REFERENCES clips (id) ON DELETE CASCADE,
        folder         TEXT NOT NULL,
        requested_at   INTEGER NOT NULL,
        delivered_path TEXT NOT NULL DEFAULT '',
        delivered_at   INTEGER NOT NULL DEFAULT 0,
        problem        TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX deliveries_pending ON deliveries (requested_at) WHERE delivered_at = 0;
)");

} // namespace

QList<Storage::Migration> schemaMigrations()
{
    static_assert(DownloadKeySlots == 1048576, "the version 3 migration spells the slot count out");
    return {
        Storage::Migration::fromSql(1, Version1),
        Storage::Migration::fromSql(2, Version2),
        Storage::Migration::fromSql(3, Version3),
        Storage::Migration::fromSql(4, Version4),
    };
}

} // namespace Library
