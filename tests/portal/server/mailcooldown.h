#pragma once

#include "core/util/result.h"

#include <QString>

namespace RefPortal {

class PortalDatabase;

// When the next code mail may go to an address. The wait after a mail grows
// with each mail of the day: base, 2 x base, 4 x base, ... up to an hour
// (with the contract's 60 s: 60, 120, 240, ... 3600 s). A series ends a day
// after its first mail. Answers that pretend to send (an unknown address)
// count like real ones, so that the waits do not tell accounts apart.
class MailCooldown final
{
public:
    static constexpr qint64 MaxWaitSecs = 3600;
    static constexpr qint64 SeriesSecs = 24 * 3600;

    MailCooldown(PortalDatabase &database, qint64 baseSecs) : m_database(database), m_baseSecs(baseSecs) { }

    // Seconds until another mail may go to this address; 0 when allowed now.
    Util::Result<qint64> remaining(const QString &email);
    // A mail went (or was pretended to go) to this address now.
    Util::Result<void> record(const QString &email);

    // The wait after the n-th mail of a series (n >= 1).
    qint64 waitAfter(qint64 mailsInSeries) const;

private:
    PortalDatabase &m_database;
    qint64 m_baseSecs;
};

} // namespace RefPortal
