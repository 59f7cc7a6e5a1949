#include "tests/support/accountsignup.h"

#include "core/auth/accountservice.h"
#include "tests/support/portalprocess.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace TestSupport {

bool signUp(Auth::AccountService &accounts, const PortalProcess &portal, const QString &email,
            const QString &password)
{
    QObject context;
    std::optional<bool> registered;
    Portal::Registration registration {email, password, QStringLiteral("Test account"),
                                       {},    false,    QStringLiteral("en")};
    accounts.registerAccount(registration, &context, [&registered](auto r) { registered = r.ok(); });
    if (!QTest::qWaitFor([&] { return registered.has_value(); }, 10000) || !*registered)
        return false;
    std::optional<bool> verified;
    accounts.verifyRegistration(email, portal.latestCode(email), &context,
                                [&verified](auto r) { verified = r.ok(); });
    return QTest::qWaitFor([&] { return verified.has_value(); }, 10000) && *verified;
}

} // namespace TestSupport
