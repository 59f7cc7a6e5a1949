#pragma once

#include "tests/portal/tests/httpclient.h"

#include <QJsonObject>
#include <QString>

namespace TestSupport {
class PortalProcess;
}

namespace PortalTest {

inline const QString GoodPassword = QStringLiteral("Correct-Horse-9");

QJsonObject registerBody(const QString &email, const QString &password = GoodPassword,
                         const QString &locale = QStringLiteral("en"));
// A fresh address for each call within a test run.
QString uniqueEmail(const QString &prefix);
// Registers, reads the code from the dev outbox and verifies: the TokenPair,
// or an empty object when a step failed (with a warning saying which).
QJsonObject signUp(const TestSupport::PortalProcess &portal, const HttpClient &http, const QString &email,
                   const QString &password = GoodPassword);

} // namespace PortalTest
