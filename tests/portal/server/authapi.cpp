#include "tests/portal/server/authapi.h"

#include "core/auth/passwordpolicy.h"
#include "tests/portal/server/accountjson.h"
#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/authenticator.h"
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
bool isLocale(const QString &locale)
{
    return locale == QLatin1String("en") || locale == QLatin1String("fr");
}

void sendMissing(httplib::Response &res, const QStringList &names)
{
    Api::FieldErrors fields;
    for (const QString &name : names)
        fields.insert(name, {QStringLiteral("required")});
    Api::sendError(res, 422, QStringLiteral("validation_failed"), QStringLiteral("Some fields are missing."),
                   fields);
}

void sendVerificationSent(httplib::Response &res, qint64 codeExpiresAt)
{
    Api::sendJson(res, 201,
                  {{QStringLiteral("status"), QStringLiteral("verification_sent")},
                   {QStringLiteral("code_expires_at"), TimeUtil::rfc3339FromSecs(codeExpiresAt)}});
}

void sendTokenPair(httplib::Response &res, const Util::Result<SessionStore::Tokens> &tokens, const User &user)
{
    if (!tokens)
        return Api::sendInternalError(res, tokens.error());
    Api::sendJson(res, 200, AccountJson::tokenPair(tokens.value(), user));
}
} // namespace

void AuthApi::registerRoutes(httplib::Server &server)
{
    const auto route = [&](const char *path,
                           void (AuthApi::*method)(const httplib::Request &, httplib::Response &)) {
        server.Post(Routes::api(path), m.limits.perClient(Routes::handler(this, method)));
    };
    route("/auth/register", &AuthApi::registerAccount);
    route("/auth/verify", &AuthApi::verify);
    route("/auth/resend", &AuthApi::resend);
    route("/auth/login", &AuthApi::login);
    route("/auth/refresh", &AuthApi::refresh);
    route("/auth/logout", &AuthApi::logout);
}

void AuthApi::answerExisting(httplib::Response &res, const User &existing)
{
    if (existing.verified)
        return Api::sendError(res, 409, QStringLiteral("email_taken"),
                              QStringLiteral("An account with this address already exists."),
                              {{QStringLiteral("email"), {QStringLiteral("taken")}}});
    if (CodeAnswers::sendIfCoolingDown(res, m.cooldown, existing.email))
        return;
    // Whoever registers again gets the answer of a first registration, but
    // the code goes to the pending registration as it stands: a second
    // registration must not set the password the owner's code will activate.
    auto expiresAt = CodeAnswers::issueAndMail(m, existing, QStringLiteral("register"));
    if (!expiresAt)
        return Api::sendInternalError(res, expiresAt.error());
    sendVerificationSent(res, expiresAt.value());
}

void AuthApi::registerAccount(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QJsonObject &o = body.value();

    User user;
    user.email = AccountStore::normaliseEmail(Api::stringMember(o, QStringLiteral("email")));
    const QString password = o.value(QStringLiteral("password")).toString();
    user.displayName = Api::stringMember(o, QStringLiteral("display_name"));
    user.organisation = Api::stringMember(o, QStringLiteral("organisation"));
    user.locale = o.contains(QStringLiteral("locale")) ? Api::stringMember(o, QStringLiteral("locale"))
                                                       : QStringLiteral("en");
    user.newsletter = o.value(QStringLiteral("newsletter")).toBool(false);

    // Cheap checks first, the slow hash last: validation, limits, the
    // address's state, the cooldown.
    Api::FieldErrors fields;
    if (!AccountStore::isValidEmail(user.email))
        fields.insert(QStringLiteral("email"), {QStringLiteral("invalid")});
    const QStringList weak = Auth::PasswordPolicy::violations(password);
    if (!weak.isEmpty())
        fields.insert(QStringLiteral("password"), weak);
    if (user.displayName.isEmpty())
        fields.insert(QStringLiteral("display_name"), {QStringLiteral("required")});
    else if (user.displayName.size() > 200)
        fields.insert(QStringLiteral("display_name"), {QStringLiteral("too_long")});
    if (user.organisation.size() > 200)
        fields.insert(QStringLiteral("organisation"), {QStringLiteral("too_long")});
    if (!isLocale(user.locale))
        fields.insert(QStringLiteral("locale"), {QStringLiteral("invalid")});
    if (o.contains(QStringLiteral("newsletter")) && !o.value(QStringLiteral("newsletter")).isBool())
        fields.insert(QStringLiteral("newsletter"), {QStringLiteral("invalid")});
    if (!fields.isEmpty()) {
        if (fields.contains(QStringLiteral("email")))
            return Api::sendError(res, 422, QStringLiteral("invalid_email"),
                                  QStringLiteral("The e-mail address is not valid."), fields);
        if (fields.contains(QStringLiteral("password")))
            return Api::sendError(res, 422, QStringLiteral("weak_password"),
                                  QStringLiteral("The password does not follow the password rules."), fields);
        return Api::sendError(res, 422, QStringLiteral("validation_failed"),
                              QStringLiteral("Some fields are not valid."), fields);
    }
    if (!m.limits.admitAccount(user.email, res))
        return;

    {
        auto guard = m.database.lock();
        auto existing = m.accounts.findByEmail(user.email);
        if (!existing)
            return Api::sendInternalError(res, existing.error());
        if (existing.value())
            return answerExisting(res, *existing.value());
        if (CodeAnswers::sendIfCoolingDown(res, m.cooldown, user.email))
            return;
    }

    // The slow hash runs outside the lock (other requests keep moving) and
    // in a hashing slot (a flood of registrations cannot take every core).
    if (!m.hashing.run([&] { user.passwordHash = m.hashing.hasher().hash(password); }))
        return CodeAnswers::sendBusy(res);

    auto guard = m.database.lock();
    // Someone may have registered the address while we hashed.
    auto existing = m.accounts.findByEmail(user.email);
    if (!existing)
        return Api::sendInternalError(res, existing.error());
    if (existing.value())
        return answerExisting(res, *existing.value());
    auto created = m.accounts.create(user);
    if (!created)
        return Api::sendInternalError(res, created.error());
    auto expiresAt = CodeAnswers::issueAndMail(m, created.value(), QStringLiteral("register"));
    if (!expiresAt)
        return Api::sendInternalError(res, expiresAt.error());
    sendVerificationSent(res, expiresAt.value());
}

void AuthApi::verify(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QString email =
        AccountStore::normaliseEmail(Api::stringMember(body.value(), QStringLiteral("email")));
    const QString code = Api::stringMember(body.value(), QStringLiteral("code"));
    if (email.isEmpty() || code.isEmpty())
        return sendMissing(res, {QStringLiteral("email"), QStringLiteral("code")});
    if (!m.limits.admitAccount(email, res))
        return;

    auto guard = m.database.lock();
    auto user = CodeAnswers::acceptCode(req, res, m, email, QStringLiteral("register"), code);
    if (!user)
        return;
    if (auto verified = m.accounts.markVerified(user->id); !verified)
        return Api::sendInternalError(res, verified.error());
    user->verified = true;
    sendTokenPair(res, m.sessions.createSession(user->id), *user);
}

void AuthApi::resend(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QString email =
        AccountStore::normaliseEmail(Api::stringMember(body.value(), QStringLiteral("email")));
    const QString purpose = Api::stringMember(body.value(), QStringLiteral("purpose"));
    if (email.isEmpty())
        return sendMissing(res, {QStringLiteral("email")});
    if (purpose != QLatin1String("register") && purpose != QLatin1String("reset"))
        return Api::sendError(res, 422, QStringLiteral("validation_failed"),
                              QStringLiteral("purpose must be \"register\" or \"reset\"."),
                              {{QStringLiteral("purpose"), {QStringLiteral("invalid")}}});
    if (!m.limits.admitAccount(email, res))
        return;

    auto guard = m.database.lock();
    if (CodeAnswers::sendIfCoolingDown(res, m.cooldown, email))
        return;
    auto user = m.accounts.findByEmail(email);
    if (!user)
        return Api::sendInternalError(res, user.error());
    // Registration codes for accounts waiting for verification, reset codes
    // for any account (as POST /auth/password-reset). Anything else gets the
    // same answer without a mail, so that it does not tell which addresses
    // have accounts.
    const bool wanted = user.value() && (purpose == QLatin1String("reset") || !user.value()->verified);
    qint64 expiresAt = 0;
    if (wanted) {
        auto issued = CodeAnswers::issueAndMail(m, *user.value(), purpose);
        if (!issued)
            return Api::sendInternalError(res, issued.error());
        expiresAt = issued.value();
    } else {
        if (auto recorded = m.cooldown.record(email); !recorded)
            return Api::sendInternalError(res, recorded.error());
        expiresAt = TimeUtil::nowSecs() + m.codes.lifetimeSecs();
    }
    Api::sendJson(res, 202, {{QStringLiteral("code_expires_at"), TimeUtil::rfc3339FromSecs(expiresAt)}});
}

void AuthApi::login(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QString email =
        AccountStore::normaliseEmail(Api::stringMember(body.value(), QStringLiteral("email")));
    const QString password = body.value().value(QStringLiteral("password")).toString();
    if (email.isEmpty() || password.isEmpty())
        return sendMissing(res, {QStringLiteral("email"), QStringLiteral("password")});
    if (!m.limits.admitAccount(email, res))
        return;

    auto user = m.accounts.findByEmail(email);
    if (!user)
        return Api::sendInternalError(res, user.error());
    bool passwordOk = false;
    QString upgraded;
    const bool hashed = m.hashing.run([&] {
        const PasswordHasher &hasher = m.hashing.hasher();
        if (!user.value()) {
            hasher.dummyVerify(password);
            return;
        }
        passwordOk = PasswordHasher::verify(password, user.value()->passwordHash);
        if (passwordOk && user.value()->verified && hasher.needsRehash(user.value()->passwordHash))
            upgraded = hasher.hash(password);
    });
    if (!hashed)
        return CodeAnswers::sendBusy(res);
    if (!passwordOk)
        return Api::sendError(res, 401, QStringLiteral("invalid_credentials"),
                              QStringLiteral("The address or the password is wrong."));
    if (!user.value()->verified)
        return Api::sendError(res, 403, QStringLiteral("not_verified"),
                              QStringLiteral("The address has not been verified yet."));
    if (!upgraded.isEmpty())
        (void)m.accounts.setPasswordHash(user.value()->id, upgraded);
    sendTokenPair(res, m.sessions.createSession(user.value()->id), *user.value());
}

void AuthApi::refresh(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QString token = Api::stringMember(body.value(), QStringLiteral("refresh_token"));
    const auto invalid = [&res] {
        Api::sendError(res, 401, QStringLiteral("invalid_refresh_token"),
                       QStringLiteral("Please log in again."));
    };
    if (token.isEmpty())
        return invalid();
    auto rotated = m.sessions.rotate(token);
    if (!rotated)
        return Api::sendInternalError(res, rotated.error());
    if (!rotated.value())
        return invalid();
    auto user = m.accounts.findById(rotated.value()->first);
    if (!user)
        return Api::sendInternalError(res, user.error());
    if (!user.value())
        return invalid();
    Api::sendJson(res, 200, AccountJson::tokenPair(rotated.value()->second, *user.value()));
}

void AuthApi::logout(const httplib::Request &req, httplib::Response &res)
{
    const auto body = Api::jsonBody(req, res);
    if (!body)
        return;
    const QString token = Api::stringMember(body.value(), QStringLiteral("refresh_token"));
    if (!token.isEmpty()) {
        if (auto revoked = m.sessions.revokeByRefreshToken(token); !revoked)
            return Api::sendInternalError(res, revoked.error());
    }
    Api::sendNoContent(res);
}

} // namespace RefPortal
