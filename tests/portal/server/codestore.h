#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace RefPortal {

class PortalDatabase;

// Verification codes: 6 digits from the CSPRNG, stored as an HMAC under the
// code-hashing key, one live code per address and purpose (a new one
// replaces the old), single use, burned after MaxAttempts wrong tries. Each
// code belongs to the registration (account id) it was mailed for and only
// ever verifies that one.
class CodeStore final
{
public:
    static constexpr int MaxAttempts = 5;

    enum class Check {
        Accepted,
        // A wrong code (or none live): a guess, counted against the address.
        Invalid,
        // The wrong code that used up the code's attempts: a guess, answered
        // like TooManyAttempts.
        Burned,
        Expired,
        // The code was already burned; not a guess (it could not succeed).
        TooManyAttempts,
    };

    struct Issued
    {
        QString code;
        qint64 expiresAt = 0;
    };

    // key: ServerSecret::DerivedKeys::codeHashing.
    CodeStore(PortalDatabase &database, QByteArray key, qint64 lifetimeSecs);

    // A fresh code for the account `userId` at `email`; the previous code of
    // that purpose stops working.
    Util::Result<Issued> issue(const QString &email, const QString &userId, const QString &purpose);
    // Checks and, when accepted, consumes the code. userId: the account the
    // address belongs to now (empty when none): a code mailed for another
    // registration is Invalid.
    Util::Result<Check> check(const QString &email, const QString &userId, const QString &purpose,
                              const QString &code);

    qint64 lifetimeSecs() const { return m_lifetimeSecs; }

private:
    QString codeHash(const QString &email, const QString &userId, const QString &purpose,
                     const QString &code) const;

    PortalDatabase &m_database;
    QByteArray m_key;
    qint64 m_lifetimeSecs;
};

} // namespace RefPortal
