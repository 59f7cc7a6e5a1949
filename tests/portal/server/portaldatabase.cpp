#include "tests/portal/server/portaldatabase.h"

#include "core/storage/migrator.h"
#include "tests/portal/server/privatefiles.h"

#include <QDir>

namespace RefPortal {

namespace {
const char *const SchemaV1 = R"sql(
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    organisation TEXT,
    newsletter INTEGER NOT NULL DEFAULT 0,
    locale TEXT NOT NULL DEFAULT 'en',
    created_at INTEGER NOT NULL,
    verified_at INTEGER
);
CREATE TABLE codes (
    email TEXT NOT NULL,
    purpose TEXT NOT NULL,
    code_hash TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    used INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (email, purpose)
);
CREATE TABLE mail_cooldown (
    email TEXT PRIMARY KEY,
    last_sent_at INTEGER NOT NULL
);
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    refresh_hash TEXT NOT NULL UNIQUE,
    previous_refresh_hash TEXT,
    refresh_expires_at INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sessions_previous ON sessions(previous_refresh_hash);
CREATE TABLE access_tokens (
    token_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL
);
CREATE TABLE reset_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE content_seen (
    kind TEXT NOT NULL,
    id TEXT NOT NULL,
    deleted_at INTEGER,
    revived_at INTEGER,
    PRIMARY KEY (kind, id)
);
CREATE TABLE file_hashes (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime_ms INTEGER NOT NULL,
    sha256 TEXT NOT NULL
);
)sql";

// Version 2: codes carry the registration (account id) they were sent for;
// the mail cooldown grows within a day (series); wrong codes are counted per
// address and day; every rotated refresh token is remembered for its session;
// sessions past their maximum age are found by creation time. (The v1
// column sessions.previous_refresh_hash is no longer written; its value moves
// to refresh_history.)
const char *const SchemaV2 = R"sql(
ALTER TABLE codes ADD COLUMN user_id TEXT;
ALTER TABLE mail_cooldown ADD COLUMN series_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mail_cooldown ADD COLUMN series_count INTEGER NOT NULL DEFAULT 1;
CREATE TABLE code_failures (
    email TEXT PRIMARY KEY,
    window_start INTEGER NOT NULL,
    failures INTEGER NOT NULL,
    locked_until INTEGER
);
CREATE TABLE refresh_history (
    token_hash TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE
);
CREATE INDEX refresh_history_session ON refresh_history(session_id);
CREATE INDEX sessions_created ON sessions(created_at);
INSERT OR IGNORE INTO refresh_history (token_hash, session_id)
    SELECT previous_refresh_hash, id FROM sessions WHERE previous_refresh_hash IS NOT NULL;
)sql";
} // namespace

Util::Result<std::unique_ptr<PortalDatabase>> PortalDatabase::open(const QString &stateDir)
{
    const QString path = QDir(stateDir).filePath(QStringLiteral("portal.sqlite"));
    // SQLite creates its -wal and -shm files with the mode of the database
    // file: a private database file keeps them private too.
    if (auto created = PrivateFiles::ensureFile(path); !created)
        return created.error();
    for (const char *suffix : {"-wal", "-shm"}) {
        if (auto restricted = PrivateFiles::restrictIfExists(path + QLatin1String(suffix)); !restricted)
            return restricted.error();
    }
    auto db = Storage::Database::open(path);
    if (!db)
        return db.error();
    const Storage::Migrator migrator({Storage::Migration::fromSql(1, QString::fromUtf8(SchemaV1)),
                                      Storage::Migration::fromSql(2, QString::fromUtf8(SchemaV2))});
    auto migrated = migrator.migrate(*db.value());
    if (!migrated)
        return migrated.error();
    // The copy kept before an upgrade holds the same secrets.
    if (auto restricted = PrivateFiles::restrictIfExists(migrated.value().backupPath); !restricted)
        return restricted.error();
    return std::unique_ptr<PortalDatabase>(new PortalDatabase(std::move(db).value()));
}

} // namespace RefPortal
