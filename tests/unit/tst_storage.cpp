#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Storage;

class TestStorage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void openConfiguresConnection();
    void openFailsInMissingFolder();
    void bindAndReadValues_data();
    void bindAndReadValues();
    void boundValuesAreNotSql();
    void prepareReportsErrors();
    void bindErrorSurfacesAtStep();
    void transactionRollsBackUnlessCommitted();
    void transactionCommits();
    void migrationsRunStepByStep();
    void failedMigrationLeavesDatabaseUntouched();
    void newerDatabaseIsRefused();
    void upgradeCopiesFileAside();
    void dataSurvivesReopen();

private:
    QString dbPath(const QString &name = QStringLiteral("test.sqlite")) const
    {
        return m_dir->filePath(name);
    }
    std::unique_ptr<Database> openDb(const QString &name = QStringLiteral("test.sqlite"));
    static QList<Migration> twoSteps();

    std::optional<QTemporaryDir> m_dir;
};

void TestStorage::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<Database> TestStorage::openDb(const QString &name)
{
    auto db = Database::open(dbPath(name));
    if (!db) {
        qWarning() << db.error().message;
        return nullptr;
    }
    return std::move(db).value();
}

QList<Migration> TestStorage::twoSteps()
{
    return {
        Migration::fromSql(1,
                           QStringLiteral("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL);")),
        Migration::fromSql(2, QStringLiteral("ALTER TABLE item ADD COLUMN size INTEGER NOT NULL DEFAULT 0;")),
    };
}

void TestStorage::openConfiguresConnection()
{
    auto db = openDb();
    QVERIFY(db);
    QCOMPARE(db->pragma(QStringLiteral("journal_mode")).value(), QStringLiteral("wal"));
    QCOMPARE(db->pragma(QStringLiteral("foreign_keys")).value(), QStringLiteral("1"));
    // NORMAL is 1.
    QCOMPARE(db->pragma(QStringLiteral("synchronous")).value(), QStringLiteral("1"));
    QCOMPARE(db->pragma(QStringLiteral("busy_timeout")).value(), QStringLiteral("5000"));
    QVERIFY(QFile::exists(dbPath()));
}

void TestStorage::openFailsInMissingFolder()
{
    auto db = Database::open(m_dir->filePath(QStringLiteral("missing/test.sqlite")));
    QVERIFY(!db);
    QCOMPARE(db.error().code, QStringLiteral("database_error"));
}

void TestStorage::bindAndReadValues_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("int64") << QVariant(qint64(1) << 40);
    QTest::newRow("negative") << QVariant(qint64(-7));
    QTest::newRow("double") << QVariant(2.5);
    QTest::newRow("text") << QVariant(QStringLiteral("héllo ' \" ; DROP TABLE t; 中"));
    QTest::newRow("blob") << QVariant(QByteArray("\0\1\2binary", 9));
    QTest::newRow("null") << QVariant();
}

void TestStorage::bindAndReadValues()
{
    QFETCH(QVariant, value);
    auto db = openDb();
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (v)")).ok());
    auto insert = db->prepare(QStringLiteral("INSERT INTO t (v) VALUES (?)"));
    QVERIFY(insert.ok());
    switch (value.typeId()) {
    case QMetaType::LongLong:
        insert.value().bind(1, value.toLongLong());
        break;
    case QMetaType::Double:
        insert.value().bind(1, value.toDouble());
        break;
    case QMetaType::QString:
        insert.value().bind(1, value.toString());
        break;
    case QMetaType::QByteArray:
        insert.value().bind(1, value.toByteArray());
        break;
    default:
        insert.value().bind(1, nullptr);
    }
    QVERIFY(insert.value().exec().ok());
    QCOMPARE(db->changes(), 1);

    auto select = db->prepare(QStringLiteral("SELECT v FROM t"));
    QVERIFY(select.ok());
    auto row = select.value().step();
    QVERIFY(row.ok());
    QVERIFY(row.value());
    Statement &s = select.value();
    switch (value.typeId()) {
    case QMetaType::LongLong:
        QCOMPARE(s.columnInt64(0), value.toLongLong());
        break;
    case QMetaType::Double:
        QCOMPARE(s.columnDouble(0), value.toDouble());
        break;
    case QMetaType::QString:
        QCOMPARE(s.columnText(0), value.toString());
        break;
    case QMetaType::QByteArray:
        QCOMPARE(s.columnBlob(0), value.toByteArray());
        break;
    default:
        QVERIFY(s.isNull(0));
        QVERIFY(s.columnText(0).isNull());
    }
    QCOMPARE(s.step().value(), false);
}

void TestStorage::boundValuesAreNotSql()
{
    auto db = openDb();
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)")).ok());
    auto insert = db->prepare(QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?)"));
    QVERIFY(insert.ok());
    QVERIFY(insert.value().bindAll(qint64(1), QStringLiteral("x'); DROP TABLE t; --")).exec().ok());
    insert.value().reset();
    QVERIFY(insert.value().bindAll(2, true).exec().ok());

    auto count = db->prepare(QStringLiteral("SELECT count(*), max(b) FROM t WHERE a >= ?"));
    QVERIFY(count.ok());
    count.value().bind(1, 1);
    QVERIFY(count.value().step().value());
    QCOMPARE(count.value().columnInt(0), 2);
    QCOMPARE(count.value().columnText(1), QStringLiteral("x'); DROP TABLE t; --"));
}

void TestStorage::prepareReportsErrors()
{
    auto db = openDb();
    QVERIFY(db);
    auto bad = db->prepare(QStringLiteral("SELEC nothing"));
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, QStringLiteral("database_error"));
    QVERIFY(bad.error().message.contains(QLatin1String("syntax error")));

    QVERIFY(db->exec(QStringLiteral("CREATE TABLE u (v TEXT UNIQUE)")).ok());
    auto insert = db->prepare(QStringLiteral("INSERT INTO u (v) VALUES (?)"));
    QVERIFY(insert.value().bind(1, QStringLiteral("a")).exec().ok());
    insert.value().reset();
    auto duplicate = insert.value().bind(1, QStringLiteral("a")).exec();
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().message.contains(QLatin1String("UNIQUE")));
}

void TestStorage::bindErrorSurfacesAtStep()
{
    auto db = openDb();
    QVERIFY(db);
    auto stmt = db->prepare(QStringLiteral("SELECT ?"));
    QVERIFY(stmt.ok());
    stmt.value().bind(1, 1).bind(2, 2); // there is no parameter 2
    auto row = stmt.value().step();
    QVERIFY(!row.ok());
    QVERIFY(row.error().message.contains(QLatin1String("parameter 2")));
}

void TestStorage::transactionRollsBackUnlessCommitted()
{
    auto db = openDb();
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")).ok());
    {
        auto tx = Transaction::begin(*db);
        QVERIFY(tx.ok());
        QVERIFY(tx.value().isActive());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
        // leaves scope without commit()
    }
    QCOMPARE(db->pragma(QStringLiteral("table_info(t)")).ok(), true);
    auto count = db->prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count.value().step().value());
    QCOMPARE(count.value().columnInt(0), 0);
    // The connection is usable again: no transaction left open.
    QVERIFY(Transaction::begin(*db).ok());
}

void TestStorage::transactionCommits()
{
    auto db = openDb();
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")).ok());
    auto tx = Transaction::begin(*db, Transaction::Mode::Deferred);
    QVERIFY(tx.ok());
    QVERIFY(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")).ok());
    QVERIFY(tx.value().commit().ok());
    QVERIFY(!tx.value().isActive());
    QVERIFY(!tx.value().commit().ok());

    // A second connection sees the committed row.
    auto other = openDb();
    auto count = other->prepare(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count.value().step().value());
    QCOMPARE(count.value().columnInt(0), 1);
}

void TestStorage::migrationsRunStepByStep()
{
    auto db = openDb();
    QVERIFY(db);
    const Migrator first({twoSteps().first()});
    auto outcome = first.migrate(*db);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value().fromVersion, 0);
    QCOMPARE(outcome.value().toVersion, 1);
    QVERIFY(outcome.value().backupPath.isEmpty());
    QCOMPARE(Migrator::userVersion(*db).value(), 1);

    const Migrator both(twoSteps());
    QCOMPARE(both.latestVersion(), 2);
    outcome = both.migrate(*db);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value().fromVersion, 1);
    QCOMPARE(Migrator::userVersion(*db).value(), 2);
    QVERIFY(db->exec(QStringLiteral("INSERT INTO item (name, size) VALUES ('a', 3)")).ok());

    // Already current: nothing to do, no copy.
    outcome = both.migrate(*db);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value().fromVersion, 2);
    QVERIFY(outcome.value().backupPath.isEmpty());
}

void TestStorage::failedMigrationLeavesDatabaseUntouched()
{
    auto db = openDb();
    QVERIFY(db);
    QList<Migration> steps = twoSteps();
    steps.append(Migration::fromSql(3, QStringLiteral("CREATE TABLE extra (v); THIS IS NOT SQL;")));
    const Migrator broken(steps);
    auto outcome = broken.migrate(*db);
    QVERIFY(!outcome.ok());
    QVERIFY(outcome.error().message.contains(QLatin1String("version 3")));
    // All or nothing: not even step 1 stayed.
    QCOMPARE(Migrator::userVersion(*db).value(), 0);
    auto tables = db->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"));
    QVERIFY(tables.value().step().value());
    QCOMPARE(tables.value().columnInt(0), 0);
}

void TestStorage::newerDatabaseIsRefused()
{
    auto db = openDb();
    QVERIFY(db);
    QVERIFY(db->exec(QStringLiteral("PRAGMA user_version=7")).ok());
    auto outcome = Migrator(twoSteps()).migrate(*db);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, QStringLiteral("database_too_new"));
    QCOMPARE(Migrator::userVersion(*db).value(), 7);
}

void TestStorage::upgradeCopiesFileAside()
{
    {
        auto db = openDb();
        QVERIFY(db);
        QVERIFY(Migrator({twoSteps().first()}).migrate(*db).ok());
        QVERIFY(db->exec(QStringLiteral("INSERT INTO item (name) VALUES ('kept')")).ok());
    }
    auto db = openDb();
    auto outcome = Migrator(twoSteps()).migrate(*db);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.value().backupPath, dbPath() + QStringLiteral(".v1.bak"));
    QVERIFY(QFile::exists(outcome.value().backupPath));

    // The copy is a complete version-1 database.
    auto backup = Database::open(outcome.value().backupPath);
    QVERIFY(backup.ok());
    QCOMPARE(Migrator::userVersion(*backup.value()).value(), 1);
    auto name = backup.value()->prepare(QStringLiteral("SELECT name FROM item"));
    QVERIFY(name.value().step().value());
    QCOMPARE(name.value().columnText(0), QStringLiteral("kept"));
}

void TestStorage::dataSurvivesReopen()
{
    {
        auto db = openDb();
        QVERIFY(Migrator(twoSteps()).migrate(*db).ok());
        auto insert = db->prepare(QStringLiteral("INSERT INTO item (name, size) VALUES (?, ?)"));
        QVERIFY(insert.value().bindAll(QStringLiteral("clip"), qint64(5'000'000'000)).exec().ok());
        QCOMPARE(db->lastInsertRowId(), qint64(1));
    }
    auto db = openDb();
    auto select = db->prepare(QStringLiteral("SELECT name, size FROM item WHERE id = ?"));
    QVERIFY(select.value().bind(1, 1).step().value());
    QCOMPARE(select.value().columnText(0), QStringLiteral("clip"));
    QCOMPARE(select.value().columnInt64(1), qint64(5'000'000'000));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
