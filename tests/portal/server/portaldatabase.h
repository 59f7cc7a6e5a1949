#pragma once

#include "core/storage/database.h"
#include "core/util/result.h"

#include <QString>

#include <memory>
#include <mutex>

namespace RefPortal {

// The server's own SQLite file (<state>/portal.sqlite): accounts, codes,
// sessions, the content ids it has seen and cached file hashes. HTTP handlers
// run on many threads and share this one connection under lock(); the lock is
// recursive so that a handler can hold it across several store calls.
class PortalDatabase final
{
public:
    static Util::Result<std::unique_ptr<PortalDatabase>> open(const QString &stateDir);

    Storage::Database &db() { return *m_db; }
    std::unique_lock<std::recursive_mutex> lock() { return std::unique_lock(m_mutex); }

private:
    explicit PortalDatabase(std::unique_ptr<Storage::Database> db) : m_db(std::move(db)) { }

    std::unique_ptr<Storage::Database> m_db;
    std::recursive_mutex m_mutex;
};

} // namespace RefPortal
