#include "core/storage/migrator.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QFile>

#include <algorithm>

namespace Storage {

Migration Migration::fromSql(int version, const QString &sql)
{
    return Migration {version, [sql](Database &db) {
                          return db.exec(sql);
                      }};
}

Migrator::Migrator(QList<Migration> steps) : m_steps(std::move(steps))
{
    std::sort(m_steps.begin(), m_steps.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        Q_ASSERT_X(m_steps.at(i).version == i + 1, "Migrator",
                   "migration versions must be 1..N without gaps");
}

Util::Result<int> Migrator::userVersion(Database &db)
{
    auto value = db.pragma(QStringLiteral("user_version"));
    if (!value)
        return value.error();
    return value.value().toInt();
}

Util::Result<Migrator::Outcome> Migrator::migrate(Database &db) const
{
    auto current = userVersion(db);
    if (!current)
        return current.error();
    Outcome outcome {current.value(), latestVersion(), {}};
    if (outcome.fromVersion > latestVersion())
        return Util::makeError(QStringLiteral("database_too_new"),
                               QStringLiteral("%1 has schema version %2, newer than this program's %3")
                                   .arg(db.path())
                                   .arg(outcome.fromVersion)
                                   .arg(latestVersion()));
    if (outcome.fromVersion == latestVersion())
        return outcome;

    if (outcome.fromVersion > 0 && !db.path().isEmpty() && db.path() != QLatin1String(":memory:")) {
        QString backup = db.path() + QStringLiteral(".v%1.bak").arg(outcome.fromVersion);
        for (int n = 2; QFile::exists(backup); ++n)
            backup = db.path() + QStringLiteral(".v%1-%2.bak").arg(outcome.fromVersion).arg(n);
        if (auto copied = db.backupTo(backup); !copied)
            return copied.error();
        outcome.backupPath = backup;
    }

    auto transaction = Transaction::begin(db, Transaction::Mode::Exclusive);
    if (!transaction)
        return transaction.error();
    for (int version = outcome.fromVersion + 1; version <= latestVersion(); ++version) {
        const Migration &step = m_steps.at(version - 1);
        if (auto applied = step.apply(db); !applied)
            return Util::makeError(applied.error().code,
                                   QStringLiteral("Migration to schema version %1 failed: %2")
                                       .arg(version)
                                       .arg(applied.error().message));
        // PRAGMA takes no bound parameters; the value is the code's own integer.
        if (auto set = db.exec(QStringLiteral("PRAGMA user_version=%1").arg(version)); !set)
            return set.error();
    }
    if (auto committed = transaction.value().commit(); !committed)
        return committed.error();
    return outcome;
}

Util::Result<std::unique_ptr<Database>> openMigrated(const QString &path, QList<Migration> steps)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    if (auto migrated = Migrator(std::move(steps)).migrate(*db.value()); !migrated)
        return migrated.error();
    return std::move(db).value();
}

} // namespace Storage
