#pragma once

#include <QString>

namespace Auth {
class AccountService;
}

namespace TestSupport {

class PortalProcess;

// Creates an account on a development portal and confirms it with the code
// from the portal's outbox, so that `accounts` is signed in. Waits in the
// event loop; false when a step failed or took over ten seconds.
bool signUp(Auth::AccountService &accounts, const PortalProcess &portal, const QString &email,
            const QString &password = QStringLiteral("Test-Account-2026"));

} // namespace TestSupport
