#pragma once

#include "tests/portal/tests/httpclient.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace TestSupport {
class PortalProcess;
}

namespace PortalTest {

inline const QString GoodPassword = QStringLiteral("Correct-Horse-9");

// Server arguments for suites that hash many passwords: the development
// option that lowers PBKDF2's iterations (the default, 600,000, costs about
// 0.15 s per hash; tst_portal_limits checks it).
inline const QStringList FastHashing {QStringLiteral("--dev-pbkdf2-iterations"), QStringLiteral("1000")};

QJsonObject registerBody(const QString &email, const QString &password = GoodPassword,
                         const QString &locale = QStringLiteral("en"));
// A fresh address for each call within a test run.
QString uniqueEmail(const QString &prefix);
// Registers, reads the code from the dev outbox and verifies: the TokenPair,
// or an empty object when a step failed (with a warning saying which).
QJsonObject signUp(const TestSupport::PortalProcess &portal, const HttpClient &http, const QString &email,
                   const QString &password = GoodPassword);

// A wrong code for an address whose right one is `code`.
QString otherCode(const QString &code);
// POST /dev/clock: moves the server's clock forward; false on failure.
bool advanceClock(const TestSupport::PortalProcess &portal, const HttpClient &http, qint64 seconds);

} // namespace PortalTest
