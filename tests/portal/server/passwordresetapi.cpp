#include "tests/portal/server/passwordresetapi.h"

#include "core/auth/passwordpolicy.h"
#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/authlimits.h"
#include "tests/portal/server/codeanswers.h"
#include "tests/portal/server/mailcooldown.h"
#include "tests/portal/server/passwordhashing.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/routes.h"
#include "tests/portal/server/sessionstore.h"
#include "tests/portal/server/timeutil.h"

#include <httplib.h>

namespace RefPortal {

namespace {
void sendInvalidResetToken(httplib::Response &res)
{
    Api::sendError(res, 400, QStringLiteral("invalid_reset_token"),
                   QStringLiteral("The reset link has expired or was already used; start again."));
}
} // namespace

void PasswordResetApi::registerRoutes(httplib::Server &server)
{
    const auto route = [&](const char *path,
                           void (PasswordResetApi::*method)(const httplib::Request &, httplib::Response &)) {
        server.Post(Routes::api(path), m.limits.perClient(Routes::handler(this, method)));
    };
    route("/auth/password-reset", &PasswordResetApi::start);
    route("/auth/password-reset/verify", &PasswordResetApi::verify);
    route("/auth/password-reset/complete", &PasswordResetApi::complete);
}

void PasswordResetApi::start(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QString email =
        AccountStore::normaliseEmail(Api::stringMember(body.value(), QStringLiteral("email")));
    if (!AccountStore::isValidEmail(email))
        return Api::sendError(res, 422, QStringLiteral("invalid_email"),
                              QStringLiteral("The e-mail address is not valid."),
                              {{QStringLiteral("email"), {QStringLiteral("invalid")}}});
    if (!m.limits.admitAccount(email, res))
        return;

    auto guard = m.database.lock();
    if (CodeAnswers::sendIfCoolingDown(res, m.cooldown, email))
        return;
    auto user = m.accounts.findByEmail(email);
    if (!user)
        return Api::sendInternalError(res, user.error());
    // 202 whether or not the address has an account.
    qint64 expiresAt = TimeUtil::nowSecs() + m.codes.lifetimeSecs();
    if (user.value()) {
        auto issued = CodeAnswers::issueAndMail(m, *user.value(), QStringLiteral("reset"));
        if (!issued)
            return Api::sendInternalError(res, issued.error());
        expiresAt = issued.value();
    } else if (auto recorded = m.cooldown.record(email); !recorded) {
        return Api::sendInternalError(res, recorded.error());
    }
    Api::sendJson(res, 202, {{QStringLiteral("code_expires_at"), TimeUtil::rfc3339FromSecs(expiresAt)}});
}

void PasswordResetApi::verify(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QString email =
        AccountStore::normaliseEmail(Api::stringMember(body.value(), QStringLiteral("email")));
    const QString code = Api::stringMember(body.value(), QStringLiteral("code"));
    if (email.isEmpty() || code.isEmpty())
        return Api::sendError(res, 422, QStringLiteral("validation_failed"),
                              QStringLiteral("Some fields are missing."),
                              {{QStringLiteral("email"), {QStringLiteral("required")}},
                               {QStringLiteral("code"), {QStringLiteral("required")}}});
    if (!m.limits.admitAccount(email, res))
        return;

    auto guard = m.database.lock();
    const auto user = CodeAnswers::acceptCode(req, res, m, email, QStringLiteral("reset"), code);
    if (!user)
        return;
    auto reset = m.sessions.createResetToken(user->id);
    if (!reset)
        return Api::sendInternalError(res, reset.error());
    Api::sendJson(res, 200,
                  {{QStringLiteral("reset_token"), reset.value().token},
                   {QStringLiteral("expires_at"), TimeUtil::rfc3339FromSecs(reset.value().expiresAt)}});
}

void PasswordResetApi::complete(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QString token = Api::stringMember(body.value(), QStringLiteral("reset_token"));
    const QString password = body.value().value(QStringLiteral("password")).toString();

    const auto tokenUser = [&]() -> Util::Result<std::optional<QString>> {
        if (token.isEmpty())
            return std::optional<QString>();
        auto guard = m.database.lock();
        return m.sessions.resetTokenUser(token);
    };
    auto userId = tokenUser();
    if (!userId)
        return Api::sendInternalError(res, userId.error());
    if (!userId.value())
        return sendInvalidResetToken(res);
    // A weak password leaves the token usable for a second try.
    const QStringList weak = Auth::PasswordPolicy::violations(password);
    if (!weak.isEmpty())
        return Api::sendError(res, 422, QStringLiteral("weak_password"),
                              QStringLiteral("The password does not follow the password rules."),
                              {{QStringLiteral("password"), weak}});

    // Hashed outside the lock and in a hashing slot, as at registration.
    QString hash;
    if (!m.hashing.run([&] { hash = m.hashing.hasher().hash(password); }))
        return CodeAnswers::sendBusy(res);

    auto guard = m.database.lock();
    // The token may have been used meanwhile (two tabs): it counts once.
    auto stillValid = m.sessions.resetTokenUser(token);
    if (!stillValid)
        return Api::sendInternalError(res, stillValid.error());
    if (stillValid.value() != userId.value())
        return sendInvalidResetToken(res);
    if (auto done = m.accounts.setPasswordHash(*userId.value(), hash); !done)
        return Api::sendInternalError(res, done.error());
    if (auto done = m.sessions.consumeResetToken(token); !done)
        return Api::sendInternalError(res, done.error());
    // The code reached the mailbox: the address is proven.
    if (auto done = m.accounts.markVerified(*userId.value()); !done)
        return Api::sendInternalError(res, done.error());
    if (auto done = m.sessions.revokeAllForUser(*userId.value()); !done)
        return Api::sendInternalError(res, done.error());
    Api::sendNoContent(res);
}

} // namespace RefPortal
