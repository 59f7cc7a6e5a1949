#include "core/storage/database.h"

#include "core/storage/statement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace Storage {

namespace {
Util::Error sqliteError(sqlite3 *db, int rc, const QString &context)
{
    const char *text = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return Util::makeError(QStringLiteral("database_error"),
                           context + QStringLiteral(": ") + QString::fromUtf8(text));
}
} // namespace

Database::Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) { }

Database::~Database()
{
    // close_v2 defers the close until any forgotten statement is finalised.
    sqlite3_close_v2(m_db);
}

Util::Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Util::makeError(
            QStringLiteral("database_error"),
            QStringLiteral("Folder of %1 does not exist").arg(QDir::toNativeSeparators(path)));

    sqlite3 *db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Util::Error error =
            sqliteError(db, rc, QStringLiteral("Cannot open %1").arg(QDir::toNativeSeparators(path)));
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);

    std::unique_ptr<Database> database(new Database(db, path));
    if (auto configured = database->configure(options); !configured)
        return configured.error();
    return database;
}

Util::Result<void> Database::configure(const Options &options)
{
    sqlite3_busy_timeout(m_db, options.busyTimeoutMs);

    // journal_mode answers the mode actually in force; a file system without
    // shared memory support would silently stay in another mode.
    auto mode = pragma(QStringLiteral("journal_mode=WAL"));
    if (!mode)
        return mode.error();
    if (mode.value().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Util::makeError(QStringLiteral("database_error"),
                               QStringLiteral("WAL journal mode refused (mode is %1)").arg(mode.value()));

    if (auto done = exec(QStringLiteral("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;")); !done)
        return done;

    auto foreignKeys = pragma(QStringLiteral("foreign_keys"));
    if (!foreignKeys)
        return foreignKeys.error();
    if (foreignKeys.value() != QLatin1String("1"))
        return Util::makeError(QStringLiteral("database_error"),
                               QStringLiteral("Foreign keys cannot be enabled"));
    return {};
}

Util::Result<void> Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return Util::makeError(QStringLiteral("database_error"), text);
    }
    return {};
}

Util::Result<Statement> Database::prepare(const QString &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(m_db, rc, QStringLiteral("Cannot prepare \"%1\"").arg(sql.simplified()));
    }
    return Statement(m_db, stmt);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Util::Result<QString> Database::pragma(const QString &name)
{
    auto stmt = prepare(QStringLiteral("PRAGMA ") + name);
    if (!stmt)
        return stmt.error();
    auto row = stmt.value().step();
    if (!row)
        return row.error();
    if (!row.value())
        return QString();
    return stmt.value().columnText(0);
}

Util::Result<void> Database::backupTo(const QString &targetPath)
{
    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(targetPath).constData(), &target,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        Util::Error error = sqliteError(target, rc, QStringLiteral("Cannot create %1").arg(targetPath));
        sqlite3_close_v2(target);
        return error;
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", m_db, "main");
    if (!backup) {
        Util::Error error =
            sqliteError(target, SQLITE_ERROR, QStringLiteral("Cannot back up to %1").arg(targetPath));
        sqlite3_close_v2(target);
        return error;
    }
    rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        Util::Error error = sqliteError(target, rc, QStringLiteral("Backup to %1 failed").arg(targetPath));
        sqlite3_close_v2(target);
        return error;
    }
    sqlite3_close_v2(target);
    return {};
}

Util::Error Database::lastError(const QString &context) const
{
    return sqliteError(m_db, sqlite3_errcode(m_db), context);
}

} // namespace Storage
