#include "core/storage/metatable.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"

namespace Storage::Meta {

Util::Result<QString> read(Database &db, const QString &key)
{
    auto select = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!select)
        return select.error();
    auto row = select.value().bind(1, key).step();
    if (!row)
        return row.error();
    return row.value() ? select.value().columnText(0) : QString();
}

Util::Result<void> write(Database &db, const QString &key, const QString &value)
{
    auto upsert = db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!upsert)
        return upsert.error();
    return upsert.value().bindAll(key, value).exec();
}

} // namespace Storage::Meta
