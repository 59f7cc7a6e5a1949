#pragma once

#include "core/util/result.h"

namespace Storage {

class Database;

// RAII transaction: rolls back when it goes out of scope without commit().
class Transaction final
{
public:
    enum class Mode {
        Deferred,
        // Takes the write lock at once: no upgrade deadlock between writers.
        Immediate,
        Exclusive,
    };

    static Util::Result<Transaction> begin(Database &db, Mode mode = Mode::Immediate);

    Transaction(Transaction &&other) noexcept;
    Transaction &operator=(Transaction &&) = delete;
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    Util::Result<void> commit();
    Util::Result<void> rollback();
    bool isActive() const { return m_db != nullptr; }

private:
    explicit Transaction(Database &db) : m_db(&db) { }

    Database *m_db = nullptr;
};

} // namespace Storage
