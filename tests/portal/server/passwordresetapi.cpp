#include "tests/portal/server/passwordresetapi.h"

#include "core/auth/passwordpolicy.h"
#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/codeanswers.h"
#include "tests/portal/server/passwordhasher.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/routes.h"
#include "tests/portal/server/sessionstore.h"
#include "tests/portal/server/timeutil.h"

#include <httplib.h>

namespace RefPortal {

void PasswordResetApi::registerRoutes(httplib::Server &server)
{
    server.Post(Routes::api("/auth/password-reset"), Routes::handler(this, &PasswordResetApi::start));
    server.Post(Routes::api("/auth/password-reset/verify"), Routes::handler(this, &PasswordResetApi::verify));
    server.Post(Routes::api("/auth/password-reset/complete"),
                Routes::handler(this, &PasswordResetApi::complete));
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

    auto guard = m.database.lock();
    if (CodeAnswers::sendIfCoolingDown(res, m.codes, email))
        return;
    auto user = m.accounts.findByEmail(email);
    if (!user)
        return Api::sendInternalError(res, user.error());
    // 202 whether or not the address has an account.
    qint64 expiresAt = TimeUtil::nowSecs() + m.codes.lifetimeSecs();
    if (user.value()) {
        auto issued = CodeAnswers::issueAndMail(m.codes, m.mailer, *user.value(), QStringLiteral("reset"));
        if (!issued)
            return Api::sendInternalError(res, issued.error());
        expiresAt = issued.value();
    } else if (auto touched = m.codes.touchCooldown(email); !touched) {
        return Api::sendInternalError(res, touched.error());
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

    auto guard = m.database.lock();
    const auto user = CodeAnswers::acceptCode(res, m.codes, m.accounts, email, QStringLiteral("reset"), code);
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

    auto guard = m.database.lock();
    auto userId = token.isEmpty() ? Util::Result<std::optional<QString>>(std::optional<QString>())
                                  : m.sessions.resetTokenUser(token);
    if (!userId)
        return Api::sendInternalError(res, userId.error());
    if (!userId.value())
        return Api::sendError(res, 400, QStringLiteral("invalid_reset_token"),
                              QStringLiteral("The reset link has expired or was already used; start again."));
    // A weak password leaves the token usable for a second try.
    const QStringList weak = Auth::PasswordPolicy::violations(password);
    if (!weak.isEmpty())
        return Api::sendError(res, 422, QStringLiteral("weak_password"),
                              QStringLiteral("The password does not follow the password rules."),
                              {{QStringLiteral("password"), weak}});

    if (auto done = m.accounts.setPasswordHash(*userId.value(), PasswordHasher::hash(password)); !done)
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
