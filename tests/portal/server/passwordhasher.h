#pragma once

#include <QString>

namespace RefPortal {

// Password storage: PBKDF2-HMAC-SHA256, random 16-byte salt, the iteration
// count kept with the hash so that it can be raised later:
//   pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>
class PasswordHasher final
{
public:
    static constexpr int Iterations = 210'000;

    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &stored);
    // True when the stored hash is weaker than what hash() writes today.
    static bool needsRehash(const QString &stored);
    // Spends the same time as a verify() for an unknown account, so that
    // timing does not tell which addresses exist.
    static void dummyVerify(const QString &password);
};

} // namespace RefPortal
