#pragma once

#include "core/util/result.h"

#include <QString>

namespace Storage {

class Database;

// The facts a store keeps about itself (a sync's watermark, when it last
// ran) in its table "meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)".
namespace Meta {

// The value, or an empty string when the key was never written.
Util::Result<QString> read(Database &db, const QString &key);
Util::Result<void> write(Database &db, const QString &key, const QString &value);

} // namespace Meta

} // namespace Storage
