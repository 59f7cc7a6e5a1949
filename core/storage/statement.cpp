#include "core/storage/statement.h"

#include <sqlite3.h>

#include <utility>

namespace Storage {

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) { }

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_bindError(std::move(other.m_bindError))
{ }

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::move(other.m_bindError);
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::noteBindResult(int rc, int index)
{
    if (rc != SQLITE_OK && m_bindError.isEmpty())
        m_bindError = QStringLiteral("Cannot bind parameter %1: %2")
                          .arg(index)
                          .arg(QString::fromUtf8(sqlite3_errstr(rc)));
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    return noteBindResult(sqlite3_bind_int64(m_stmt, index, value), index);
}

Statement &Statement::bind(int index, double value)
{
    return noteBindResult(sqlite3_bind_double(m_stmt, index, value), index);
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bind(index, nullptr);
    const QByteArray utf8 = value.toUtf8();
    return noteBindResult(sqlite3_bind_text64(m_stmt, index, utf8.constData(),
                                              static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                                              SQLITE_UTF8),
                          index);
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (blob.isNull())
        return bind(index, nullptr);
    return noteBindResult(sqlite3_bind_blob64(m_stmt, index, blob.constData(),
                                              static_cast<sqlite3_uint64>(blob.size()), SQLITE_TRANSIENT),
                          index);
}

Statement &Statement::bind(int index, std::nullptr_t)
{
    return noteBindResult(sqlite3_bind_null(m_stmt, index), index);
}

Util::Error Statement::error(const QString &context) const
{
    const char *sql = m_stmt ? sqlite3_sql(m_stmt) : "";
    return Util::makeError(QStringLiteral("database_error"),
                           context + QStringLiteral(" (") + QString::fromUtf8(sql).simplified()
                               + QStringLiteral(")"));
}

Util::Result<bool> Statement::step()
{
    if (!m_stmt)
        return Util::makeError(QStringLiteral("database_error"), QStringLiteral("Statement was moved from"));
    if (!m_bindError.isEmpty())
        return error(m_bindError);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return error(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

Util::Result<void> Statement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError.clear();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    if (isNull(column))
        return {};
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::columnBlob(int column) const
{
    if (isNull(column))
        return {};
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

} // namespace Storage
