#include "tests/portal/server/portaldatabase.h"

#include "core/storage/migrator.h"

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
} // namespace

Util::Result<std::unique_ptr<PortalDatabase>> PortalDatabase::open(const QString &stateDir)
{
    auto db = Storage::Database::open(QDir(stateDir).filePath(QStringLiteral("portal.sqlite")));
    if (!db)
        return db.error();
    const Storage::Migrator migrator({Storage::Migration::fromSql(1, QString::fromUtf8(SchemaV1))});
    if (auto migrated = migrator.migrate(*db.value()); !migrated)
        return migrated.error();
    return std::unique_ptr<PortalDatabase>(new PortalDatabase(std::move(db).value()));
}

} // namespace RefPortal
