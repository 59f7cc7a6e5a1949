#include "core/portal/accountapi.h"

#include "core/portal/portalclient.h"

namespace Portal {

namespace {

ApiRequest post(const QString &path, QJsonObject body)
{
    ApiRequest request;
    request.method = "POST";
    request.path = path;
    request.body = std::move(body);
    return request;
}

// Turns the JSON answer into T with `parse`, or reports an answer that does
// not follow the contract.
template<class T, class Parse>
PortalClient::Callback expect(AccountApi::Done<T> done, const char *what, Parse parse)
{
    return [done = std::move(done), what, parse](ApiResult<ApiResponse> result) {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        std::optional<T> parsed = parse(result.value());
        if (!parsed) {
            done(ApiError::invalidResponse(QString::fromLatin1(what)));
            return;
        }
        done(std::move(*parsed));
    };
}

PortalClient::Callback expectTokens(AccountApi::Done<TokenPair> done, const char *what)
{
    return expect<TokenPair>(std::move(done), what, [](const ApiResponse &response) {
        return TokenPair::fromJson(response.json.object(), QDateTime::currentDateTimeUtc());
    });
}

PortalClient::Callback expectCodeSent(AccountApi::Done<CodeSent> done, const char *what)
{
    return expect<CodeSent>(
        std::move(done), what, [](const ApiResponse &response) -> std::optional<CodeSent> {
            const QDateTime expires =
                parseTimestamp(response.json.object().value(QStringLiteral("code_expires_at")).toString());
            if (!expires.isValid())
                return std::nullopt;
            return CodeSent {expires};
        });
}

PortalClient::Callback expectNothing(AccountApi::Done<bool> done)
{
    return [done = std::move(done)](ApiResult<ApiResponse> result) {
        if (!result.ok())
            done(result.error());
        else
            done(true);
    };
}

PortalClient::Callback expectUser(AccountApi::Done<User> done, const char *what)
{
    return expect<User>(std::move(done), what,
                        [](const ApiResponse &response) { return User::fromJson(response.json.object()); });
}

} // namespace

void AccountApi::registerAccount(const Registration &registration, QObject *context, Done<CodeSent> done)
{
    m_client.send(post(QStringLiteral("auth/register"), registration.toJson()), context,
                  expectCodeSent(std::move(done), "auth/register"));
}

void AccountApi::verify(const QString &email, const QString &code, QObject *context, Done<TokenPair> done)
{
    m_client.send(post(QStringLiteral("auth/verify"),
                       QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("code"), code}}),
                  context, expectTokens(std::move(done), "auth/verify"));
}

void AccountApi::resend(const QString &email, CodePurpose purpose, QObject *context, Done<CodeSent> done)
{
    const QString purposeText =
        purpose == CodePurpose::Register ? QStringLiteral("register") : QStringLiteral("reset");
    m_client.send(
        post(QStringLiteral("auth/resend"),
             QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("purpose"), purposeText}}),
        context, expectCodeSent(std::move(done), "auth/resend"));
}

void AccountApi::login(const QString &email, const QString &password, QObject *context, Done<TokenPair> done)
{
    m_client.send(
        post(QStringLiteral("auth/login"),
             QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}),
        context, expectTokens(std::move(done), "auth/login"));
}

void AccountApi::logout(const QString &refreshToken, QObject *context, Done<bool> done)
{
    m_client.send(
        post(QStringLiteral("auth/logout"), QJsonObject {{QStringLiteral("refresh_token"), refreshToken}}),
        context, expectNothing(std::move(done)));
}

void AccountApi::requestPasswordReset(const QString &email, QObject *context, Done<bool> done)
{
    m_client.send(post(QStringLiteral("auth/password-reset"), QJsonObject {{QStringLiteral("email"), email}}),
                  context, expectNothing(std::move(done)));
}

void AccountApi::verifyPasswordReset(const QString &email, const QString &code, QObject *context,
                                     Done<ResetToken> done)
{
    m_client.send(
        post(QStringLiteral("auth/password-reset/verify"),
             QJsonObject {{QStringLiteral("email"), email}, {QStringLiteral("code"), code}}),
        context,
        expect<ResetToken>(std::move(done), "auth/password-reset/verify",
                           [](const ApiResponse &response) -> std::optional<ResetToken> {
                               const QJsonObject object = response.json.object();
                               ResetToken token {
                                   object.value(QStringLiteral("reset_token")).toString(),
                                   parseTimestamp(object.value(QStringLiteral("expires_at")).toString())};
                               if (token.token.isEmpty())
                                   return std::nullopt;
                               return token;
                           }));
}

void AccountApi::completePasswordReset(const QString &resetToken, const QString &password, QObject *context,
                                       Done<bool> done)
{
    m_client.send(post(QStringLiteral("auth/password-reset/complete"),
                       QJsonObject {{QStringLiteral("reset_token"), resetToken},
                                    {QStringLiteral("password"), password}}),
                  context, expectNothing(std::move(done)));
}

void AccountApi::me(QObject *context, Done<User> done)
{
    ApiRequest request;
    request.path = QStringLiteral("me");
    request.authenticated = true;
    m_client.send(std::move(request), context, expectUser(std::move(done), "me"));
}

void AccountApi::updateMe(const ProfileChanges &changes, QObject *context, Done<User> done)
{
    ApiRequest request;
    request.method = "PATCH";
    request.path = QStringLiteral("me");
    request.body = changes.toJson();
    request.authenticated = true;
    m_client.send(std::move(request), context, expectUser(std::move(done), "me"));
}

} // namespace Portal
