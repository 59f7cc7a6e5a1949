#pragma once

#include "core/util/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Storage {

class Database;

// One schema step: brings a database from version - 1 to version.
struct Migration
{
    int version = 0;
    std::function<Util::Result<void>(Database &)> apply;

    // A step that only runs SQL written in the code.
    static Migration fromSql(int version, const QString &sql);
};

// Versioned schema upgrades through PRAGMA user_version. Steps run one by one
// inside a single transaction (all or nothing); a database newer than the
// code is refused; an existing database is copied aside before an upgrade.
class Migrator final
{
public:
    // Steps must be numbered 1, 2, 3, ... without gaps.
    explicit Migrator(QList<Migration> steps);

    int latestVersion() const { return static_cast<int>(m_steps.size()); }

    struct Outcome
    {
        int fromVersion = 0;
        int toVersion = 0;
        // Empty when no copy was needed (new database or already current).
        QString backupPath;
    };

    Util::Result<Outcome> migrate(Database &db) const;

    static Util::Result<int> userVersion(Database &db);

private:
    QList<Migration> m_steps;
};

// Opens the database at `path` and brings its schema up to `steps`: what
// every store does first.
Util::Result<std::unique_ptr<Database>> openMigrated(const QString &path, QList<Migration> steps);

} // namespace Storage
