#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <type_traits>
#include <utility>

struct sqlite3_stmt;
struct sqlite3;

namespace Storage {

// A prepared statement. Values are bound, never spliced into SQL. Binding
// errors are kept and reported by the next step() so that binds can chain:
//   stmt.bind(1, id).bind(2, name); auto row = stmt.step();
// Bind indexes start at 1 (as in SQLite), column indexes at 0.
class Statement final
{
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, std::nullptr_t);
    // A string literal would silently become a bool: say QStringLiteral.
    Statement &bind(int index, const char *) = delete;

    // bind(1, a), bind(2, b), ... in one call.
    template<class... Values>
    Statement &bindAll(const Values &...values)
    {
        int index = 0;
        (bind(++index, values), ...);
        return *this;
    }

    // True when a row is available, false when the statement is done.
    Util::Result<bool> step();
    // Steps until done, for statements that return no rows.
    Util::Result<void> exec();
    // Calls onRow(*this) for each row until the statement is done, or until
    // an onRow that answers bool answers false.
    template<class OnRow>
    Util::Result<void> forEachRow(OnRow &&onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return {};
            if constexpr (std::is_same_v<std::invoke_result_t<OnRow &, const Statement &>, bool>) {
                if (!onRow(std::as_const(*this)))
                    return {};
            } else {
                onRow(std::as_const(*this));
            }
        }
    }
    // Ready to run again; bindings are cleared too.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    bool columnBool(int column) const { return columnInt64(column) != 0; }
    double columnDouble(int column) const;
    QString columnText(int column) const;
    QByteArray columnBlob(int column) const;

private:
    Statement &noteBindResult(int rc, int index);
    Util::Error error(const QString &context) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_bindError;
};

} // namespace Storage
