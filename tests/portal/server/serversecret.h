#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace RefPortal::ServerSecret {

// The server's signing key (links, codes): 32 random bytes in <state>/server.key,
// created on first start with owner-only permissions and kept across restarts.
Util::Result<QByteArray> loadOrCreate(const QString &stateDir);

} // namespace RefPortal::ServerSecret
