#pragma once

#include "core/util/result.h"

#include <QString>
#include <QtGlobal>

#include <memory>

struct sqlite3;

namespace Storage {

class Statement;

// One SQLite connection, opened the way the project uses every database file:
// WAL (read back to confirm), a busy timeout, synchronous=NORMAL, foreign keys
// on. A connection belongs to one thread at a time.
class Database final
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000;
    };

    static Util::Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Util::Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options {});
    }

    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Runs SQL written in the code (schema, pragmas), possibly several
    // statements. Never for values: those go through prepare() and bind().
    Util::Result<void> exec(const QString &sql);

    Util::Result<Statement> prepare(const QString &sql);

    qint64 lastInsertRowId() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;

    // Consistent copy of the whole database into another file (SQLite's
    // online backup), e.g. before a schema upgrade.
    Util::Result<void> backupTo(const QString &targetPath);

    // Reads a pragma that answers one row of one value, e.g. "journal_mode".
    Util::Result<QString> pragma(const QString &name);

    QString path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // The connection's last error as a Util::Error, with context for people.
    Util::Error lastError(const QString &context) const;

private:
    Database(sqlite3 *db, QString path);
    Util::Result<void> configure(const Options &options);

    sqlite3 *m_db = nullptr;
    QString m_path;
};

} // namespace Storage
