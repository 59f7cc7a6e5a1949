#include "core/auth/accountservice.h"

#include "core/auth/passwordpolicy.h"
#include "core/auth/tokenstore.h"
#include "core/portal/portalclient.h"
#include "core/util/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Auth {

namespace {

Portal::ApiError clientSideError(const QString &code, const QString &message)
{
    Portal::ApiError error;
    error.kind = Portal::ApiError::Kind::Http;
    error.httpStatus = 422;
    error.code = code;
    error.message = message;
    return error;
}

QByteArray sessionBlob(const Portal::TokenPair &tokens)
{
    return QJsonDocument(
               QJsonObject {
                   {QStringLiteral("refresh_token"), tokens.refreshToken},
                   {QStringLiteral("access_token"), tokens.accessToken},
                   {QStringLiteral("access_expires_at"), tokens.accessExpiresAt.toString(Qt::ISODate)},
                   {QStringLiteral("user"), tokens.user.toJson()},
               })
        .toJson(QJsonDocument::Compact);
}

std::optional<Portal::TokenPair> parseSessionBlob(const QByteArray &blob)
{
    const QJsonObject object = QJsonDocument::fromJson(blob).object();
    Portal::TokenPair tokens;
    tokens.refreshToken = object.value(QStringLiteral("refresh_token")).toString();
    tokens.accessToken = object.value(QStringLiteral("access_token")).toString();
    tokens.accessExpiresAt =
        Portal::parseTimestamp(object.value(QStringLiteral("access_expires_at")).toString());
    const auto user = Portal::User::fromJson(object.value(QStringLiteral("user")).toObject());
    if (tokens.refreshToken.isEmpty() || !user)
        return std::nullopt;
    tokens.user = *user;
    return tokens;
}

} // namespace

AccountService::AccountService(Portal::PortalClient &client, TokenStore &tokens, QObject *parent)
    : QObject(parent), m_client(client), m_api(client), m_tokens(tokens)
{
    connect(&m_client, &Portal::PortalClient::tokensRefreshed, this, [this](const Portal::TokenPair &pair) {
        // Never a session saved after a sign-out (the client drops refreshes
        // that answer for an ended session; this is the second lock).
        if (m_state == State::SignedOut)
            return;
        m_user = pair.user;
        saveSession(pair);
        emit userChanged();
    });
    connect(&m_client, &Portal::PortalClient::sessionExpired, this, [this](const Portal::ApiError &error) {
        if (m_state == State::SignedOut)
            return;
        forgetSession(m_client.refusedRefreshToken());
        emit sessionExpired(error.message);
    });
    // The app and mmdesk-cli signed in to one account share one keychain
    // entry, and each refresh rotates the token: the client reads the saved
    // one before each refresh, and again when the portal refuses its own.
    m_client.setSavedSession([this](std::function<void(const QString &)> answer) {
        if (m_state == State::SignedOut) {
            answer(QString());
            return;
        }
        m_tokens.read(keychainKey(), this, [answer = std::move(answer)](Util::Result<QByteArray> blob) {
            const auto saved = blob.ok() ? parseSessionBlob(blob.value()) : std::nullopt;
            answer(saved ? saved->refreshToken : QString());
        });
    });
    connect(&m_tokens, &TokenStore::persistenceChanged, this, &AccountService::persistenceChanged);
}

AccountService::~AccountService() = default;

bool AccountService::tokensPersistent() const
{
    return m_tokens.isPersistent();
}

QString AccountService::keychainProblem() const
{
    return m_tokens.unavailableReason();
}

QString AccountService::keychainKey() const
{
    // One saved session per portal.
    return QStringLiteral("session:") + m_client.baseUrl().toString();
}

void AccountService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

bool AccountService::looksLikeEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    return pattern.match(email.trimmed()).hasMatch();
}

std::optional<Portal::ApiError> AccountService::checkPassword(const QString &password)
{
    const QStringList violations = PasswordPolicy::violations(password);
    if (violations.isEmpty())
        return std::nullopt;
    Portal::ApiError error = clientSideError(QStringLiteral("weak_password"),
                                             tr("The password does not meet the portal's rules: at least 12 "
                                                "characters, no spaces, with an upper-case "
                                                "letter, a lower-case letter, a digit and a symbol."));
    error.fields.insert(QStringLiteral("password"), violations);
    return error;
}

void AccountService::startSession(const Portal::TokenPair &tokens)
{
    m_client.setTokens(tokens);
    m_user = tokens.user;
    saveSession(tokens);
    setState(State::SignedIn);
    emit userChanged();
}

void AccountService::writeStarted()
{
    ++m_pendingWrites;
}

void AccountService::writeFinished()
{
    if (--m_pendingWrites > 0)
        return;
    auto waiters = std::exchange(m_savedWaiters, {});
    for (auto &[context, done] : waiters) {
        if (context)
            done();
    }
}

void AccountService::whenSaved(QObject *context, std::function<void()> done)
{
    if (m_pendingWrites == 0) {
        done();
        return;
    }
    m_savedWaiters.emplace_back(context, std::move(done));
}

void AccountService::saveSession(const Portal::TokenPair &tokens)
{
    writeStarted();
    m_tokens.write(keychainKey(), sessionBlob(tokens), this, [this](Util::Result<TokenStore::Where> where) {
        if (!where.ok())
            qCWarning(lcAuth) << "could not save the sign-in:" << where.error().message;
        else if (where.value() == TokenStore::Where::MemoryOnly)
            qCWarning(lcAuth) << "no keychain: the sign-in lasts until the application closes";
        writeFinished();
    });
}

void AccountService::forgetSession()
{
    m_client.clearTokens();
    m_user.reset();
    removeSaved();
    setState(State::SignedOut);
    emit userChanged();
}

void AccountService::forgetSession(const QString &refused)
{
    // The portal refused this program's token. The keychain entry is removed
    // only if it still holds that token: a newer one there belongs to
    // another program signed in to the account, whose session goes on.
    m_client.clearTokens();
    m_user.reset();
    writeStarted();
    m_tokens.read(keychainKey(), this, [this, refused](Util::Result<QByteArray> blob) {
        const auto saved = blob.ok() ? parseSessionBlob(blob.value()) : std::nullopt;
        if (!saved || saved->refreshToken == refused || refused.isEmpty())
            removeSaved();
        else
            qCInfo(lcAuth) << "another program's newer sign-in stays in the keychain";
        writeFinished();
    });
    setState(State::SignedOut);
    emit userChanged();
}

void AccountService::removeSaved()
{
    writeStarted();
    m_tokens.remove(keychainKey(), this, [this](Util::Result<void> removed) {
        if (!removed.ok())
            qCWarning(lcAuth) << "could not remove the saved sign-in:" << removed.error().message;
        writeFinished();
    });
}

void AccountService::restore(QObject *context, Done<bool> done)
{
    setState(State::Restoring);
    QPointer<QObject> guard(context);
    m_tokens.read(keychainKey(), this, [this, guard, done = std::move(done)](Util::Result<QByteArray> blob) {
        const auto saved = blob.ok() ? parseSessionBlob(blob.value()) : std::nullopt;
        if (!saved) {
            if (!blob.ok() && blob.error().code != u"not_found")
                qCWarning(lcAuth) << "could not read the saved sign-in:" << blob.error().message;
            setState(State::SignedOut);
            if (guard)
                done(false);
            return;
        }
        m_client.setTokens(*saved);
        m_user = saved->user;
        // Renew now: it proves the session is still accepted and rotates the
        // refresh token, which tokensRefreshed saves.
        m_client.refreshSession(this, [this, guard, done](Portal::ApiResult<Portal::TokenPair> renewed) {
            if (renewed.ok()) {
                setState(State::SignedIn);
                emit userChanged();
                if (guard)
                    done(true);
                return;
            }
            if (renewed.error().kind == Portal::ApiError::Kind::SessionExpired) {
                // sessionExpired() already forgot it.
                setState(State::SignedOut);
                if (guard)
                    done(false);
                return;
            }
            // The portal could not be reached: keep the saved session and
            // report the network problem; the next call renews it.
            setState(State::SignedIn);
            emit userChanged();
            if (guard)
                done(renewed.error());
        });
    });
}

void AccountService::signIn(const QString &email, const QString &password, QObject *context,
                            Done<Portal::User> done)
{
    m_api.login(email.trimmed(), password, context,
                [this, done = std::move(done)](Portal::ApiResult<Portal::TokenPair> result) {
                    if (!result.ok()) {
                        done(result.error());
                        return;
                    }
                    startSession(result.value());
                    done(result.value().user);
                });
}

void AccountService::registerAccount(const Portal::Registration &registration, QObject *context,
                                     Done<Portal::CodeSent> done)
{
    if (!looksLikeEmail(registration.email)) {
        Portal::ApiError error = clientSideError(
            QStringLiteral("invalid_email"), tr("“%1” is not an e-mail address.").arg(registration.email));
        error.fields.insert(QStringLiteral("email"), {QStringLiteral("invalid")});
        done(error);
        return;
    }
    if (auto weak = checkPassword(registration.password)) {
        done(*weak);
        return;
    }
    Portal::Registration cleaned = registration;
    cleaned.email = registration.email.trimmed();
    cleaned.displayName = registration.displayName.trimmed();
    cleaned.organisation = registration.organisation.trimmed();
    m_api.registerAccount(cleaned, context, std::move(done));
}

void AccountService::verifyRegistration(const QString &email, const QString &code, QObject *context,
                                        Done<Portal::User> done)
{
    m_api.verify(email.trimmed(), code.trimmed(), context,
                 [this, done = std::move(done)](Portal::ApiResult<Portal::TokenPair> result) {
                     if (!result.ok()) {
                         done(result.error());
                         return;
                     }
                     startSession(result.value());
                     done(result.value().user);
                 });
}

void AccountService::resendCode(const QString &email, Portal::CodePurpose purpose, QObject *context,
                                Done<Portal::CodeSent> done)
{
    m_api.resend(email.trimmed(), purpose, context, std::move(done));
}

void AccountService::requestPasswordReset(const QString &email, QObject *context, Done<bool> done)
{
    if (!looksLikeEmail(email)) {
        done(clientSideError(QStringLiteral("invalid_email"),
                             tr("“%1” is not an e-mail address.").arg(email)));
        return;
    }
    m_api.requestPasswordReset(email.trimmed(), context, std::move(done));
}

void AccountService::verifyResetCode(const QString &email, const QString &code, QObject *context,
                                     Done<Portal::ResetToken> done)
{
    m_api.verifyPasswordReset(email.trimmed(), code.trimmed(), context, std::move(done));
}

void AccountService::completePasswordReset(const QString &resetToken, const QString &newPassword,
                                           QObject *context, Done<bool> done)
{
    if (auto weak = checkPassword(newPassword)) {
        done(*weak);
        return;
    }
    m_api.completePasswordReset(resetToken, newPassword, context,
                                [this, done = std::move(done)](Portal::ApiResult<bool> result) {
                                    // The portal revoked every refresh token of the account.
                                    if (result.ok() && m_state != State::SignedOut)
                                        forgetSession();
                                    done(std::move(result));
                                });
}

void AccountService::refreshProfile(QObject *context, Done<Portal::User> done)
{
    m_api.me(context, [this, done = std::move(done)](Portal::ApiResult<Portal::User> result) {
        if (result.ok()) {
            m_user = result.value();
            emit userChanged();
        }
        done(std::move(result));
    });
}

void AccountService::updateProfile(const Portal::ProfileChanges &changes, QObject *context,
                                   Done<Portal::User> done)
{
    m_api.updateMe(changes, context, [this, done = std::move(done)](Portal::ApiResult<Portal::User> result) {
        if (result.ok()) {
            m_user = result.value();
            emit userChanged();
        }
        done(std::move(result));
    });
}

void AccountService::signOut(QObject *context, Done<bool> done)
{
    const QString refreshToken = m_client.refreshToken();
    forgetSession();
    if (refreshToken.isEmpty()) {
        done(true);
        return;
    }
    // Tell the portal so that the token stops working there too; a failure
    // here does not keep anybody signed in locally.
    m_api.logout(refreshToken, context, [done = std::move(done)](Portal::ApiResult<bool> result) {
        if (!result.ok())
            qCInfo(lcAuth) << "the portal did not confirm the sign-out:" << result.error().message;
        done(true);
    });
}

} // namespace Auth
