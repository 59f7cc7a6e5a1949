#pragma once

#include "core/util/result.h"

#include <QString>

#include <optional>

namespace RefPortal {

class PortalDatabase;

// The daily cap on wrong codes per e-mail address (both purposes, known
// addresses or not). A window opens with the first wrong code and lasts a
// day; the wrong code that reaches the cap locks code entry for the address
// until the window ends, even for the right code. Kept in the database: a
// restart does not reopen a locked address.
class CodeLock final
{
public:
    static constexpr qint64 WindowSecs = 24 * 3600;

    // maxFailures 0: no cap.
    CodeLock(PortalDatabase &database, int maxFailures) : m_database(database), m_maxFailures(maxFailures) { }

    // Seconds code entry stays locked for this address; 0 when open.
    Util::Result<qint64> lockedFor(const QString &email);
    // Counts a wrong code. When this one locked the address: the lock's end
    // (unix seconds), for the notice to the owner.
    Util::Result<std::optional<qint64>> recordFailure(const QString &email);

    int maxFailures() const { return m_maxFailures; }

private:
    PortalDatabase &m_database;
    int m_maxFailures;
};

} // namespace RefPortal
