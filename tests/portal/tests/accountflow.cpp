#include "tests/portal/tests/accountflow.h"

#include "tests/support/portalprocess.h"

#include <atomic>

namespace PortalTest {

QJsonObject registerBody(const QString &email, const QString &password, const QString &locale)
{
    return {{QStringLiteral("email"), email},
            {QStringLiteral("password"), password},
            {QStringLiteral("display_name"), QStringLiteral("Test Person")},
            {QStringLiteral("organisation"), QStringLiteral("Newsroom")},
            {QStringLiteral("newsletter"), false},
            {QStringLiteral("locale"), locale}};
}

QString uniqueEmail(const QString &prefix)
{
    static std::atomic<int> counter {0};
    return QStringLiteral("%1-%2@example.org").arg(prefix).arg(++counter);
}

QJsonObject signUp(const TestSupport::PortalProcess &portal, const HttpClient &http, const QString &email,
                   const QString &password)
{
    const HttpReply registered =
        http.post(portal.url(QStringLiteral("auth/register")), registerBody(email, password));
    if (registered.status != 201) {
        qWarning("register answered %d: %s", registered.status, registered.body.constData());
        return {};
    }
    const QString code = portal.latestCode(email);
    if (code.isEmpty()) {
        qWarning("no code in the outbox for %s", qPrintable(email));
        return {};
    }
    const HttpReply verified = http.post(portal.url(QStringLiteral("auth/verify")),
                                         {{QStringLiteral("email"), email}, {QStringLiteral("code"), code}});
    if (verified.status != 200) {
        qWarning("verify answered %d: %s", verified.status, verified.body.constData());
        return {};
    }
    return verified.json();
}

QString otherCode(const QString &code)
{
    return code == QLatin1String("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
}

bool advanceClock(const TestSupport::PortalProcess &portal, const HttpClient &http, qint64 seconds)
{
    const HttpReply reply =
        http.post(portal.url(QStringLiteral("dev/clock")), {{QStringLiteral("advance_seconds"), seconds}});
    if (reply.status != 200)
        qWarning("dev/clock answered %d: %s", reply.status, reply.body.constData());
    return reply.status == 200;
}

} // namespace PortalTest
