#include "core/storage/transaction.h"

#include "core/storage/database.h"

#include <utility>

namespace Storage {

Util::Result<Transaction> Transaction::begin(Database &db, Mode mode)
{
    QString sql;
    switch (mode) {
    case Mode::Deferred:
        sql = QStringLiteral("BEGIN DEFERRED");
        break;
    case Mode::Immediate:
        sql = QStringLiteral("BEGIN IMMEDIATE");
        break;
    case Mode::Exclusive:
        sql = QStringLiteral("BEGIN EXCLUSIVE");
        break;
    }
    if (auto begun = db.exec(sql); !begun)
        return begun.error();
    return Transaction(db);
}

Transaction::Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) { }

Transaction::~Transaction()
{
    if (m_db)
        (void)rollback();
}

Util::Result<void> Transaction::commit()
{
    if (!m_db)
        return Util::makeError(QStringLiteral("database_error"), QStringLiteral("Transaction is not active"));
    auto done = m_db->exec(QStringLiteral("COMMIT"));
    // A failed COMMIT (SQLITE_BUSY) leaves the transaction open: the guard
    // still rolls it back.
    if (done)
        m_db = nullptr;
    return done;
}

Util::Result<void> Transaction::rollback()
{
    if (!m_db)
        return {};
    Database *db = std::exchange(m_db, nullptr);
    return db->exec(QStringLiteral("ROLLBACK"));
}

} // namespace Storage
