#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace RefPortal::ServerSecret {

// The server's master key: 32 random bytes in <state>/server.key, created on
// first start with owner-only permissions and kept across restarts. It is
// never used directly: each purpose gets its own key derived from it.
Util::Result<QByteArray> loadOrCreate(const QString &stateDir);

// One key per purpose, HKDF-SHA256 (RFC 5869, no salt) of the master key with
// a distinct label as info, so that a value made for one purpose (a code
// hash) can never pass for another (a link signature).
struct DerivedKeys
{
    QByteArray codeHashing; // HMAC of mailed codes in the database
    QByteArray linkSigning; // signatures of download links on /media/
};

inline constexpr const char *CodeHashingLabel = "mmdesk-portal/v1/code-hashing";
inline constexpr const char *LinkSigningLabel = "mmdesk-portal/v1/link-signing";

DerivedKeys derive(const QByteArray &masterKey);

} // namespace RefPortal::ServerSecret
