#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

namespace RefPortal {

class PortalDatabase;

// Verification codes: 6 digits from the CSPRNG, stored as an HMAC under the
// server secret, one live code per address and purpose (a new one replaces
// the old), single use, burned after MaxAttempts wrong tries. Also keeps the
// per-address mail cooldown.
class CodeStore final
{
public:
    static constexpr int MaxAttempts = 5;

    enum class Check {
        Accepted,
        Invalid,
        Expired,
        TooManyAttempts,
    };

    struct Issued
    {
        QString code;
        qint64 expiresAt = 0;
    };

    CodeStore(PortalDatabase &database, QByteArray secret, qint64 lifetimeSecs, qint64 cooldownSecs);

    // Seconds until another mail may go to this address; 0 when allowed now.
    Util::Result<qint64> cooldownRemaining(const QString &email);
    // Starts the cooldown of an address (for answers that send no mail but
    // must not tell so, e.g. a reset for an unknown address).
    Util::Result<void> touchCooldown(const QString &email);
    // A fresh code; the previous code of that purpose stops working.
    Util::Result<Issued> issue(const QString &email, const QString &purpose);
    // Checks and, when accepted, consumes the code.
    Util::Result<Check> check(const QString &email, const QString &purpose, const QString &code);

    qint64 lifetimeSecs() const { return m_lifetimeSecs; }

private:
    QString codeHash(const QString &email, const QString &purpose, const QString &code) const;

    PortalDatabase &m_database;
    QByteArray m_secret;
    qint64 m_lifetimeSecs;
    qint64 m_cooldownSecs;
};

} // namespace RefPortal
