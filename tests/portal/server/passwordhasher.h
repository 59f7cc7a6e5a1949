#pragma once

#include <QString>

#include <mutex>

namespace RefPortal {

// Password storage: PBKDF2-HMAC-SHA256, random 16-byte salt, the iteration
// count kept with the hash so that it can be raised later:
//   pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>
// Each call costs a hash (0.1-0.2 s of CPU at the default): callers run them
// in a PasswordHashing slot.
class PasswordHasher final
{
public:
    // OWASP's figure for PBKDF2-HMAC-SHA256 (2023).
    static constexpr int DefaultIterations = 600'000;

    // iterations: for new hashes; only development servers lower it.
    explicit PasswordHasher(int iterations = DefaultIterations) : m_iterations(iterations) { }

    int iterations() const { return m_iterations; }
    QString hash(const QString &password) const;
    static bool verify(const QString &password, const QString &stored);
    // True when the stored hash is weaker than what hash() writes today.
    bool needsRehash(const QString &stored) const;
    // Spends the same time as a verify() for an unknown account, so that
    // timing does not tell which addresses exist.
    void dummyVerify(const QString &password) const;

private:
    int m_iterations;
    mutable std::once_flag m_dummyOnce;
    mutable QString m_dummy;
};

} // namespace RefPortal
