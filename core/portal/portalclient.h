#pragma once

#include "core/portal/accounttypes.h"
#include "core/portal/apierror.h"
#include "core/portal/retrypolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Portal {

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // relative to the portal's base URL, e.g. "auth/login"
    QUrlQuery query;
    std::optional<QJsonObject> body;
    bool authenticated = false; // sends the access token, refreshing it when needed
};

struct ApiResponse
{
    int status = 0;
    QJsonDocument json;
};

// Talks to a Portal API v1 server over QNetworkAccessManager. Asynchronous;
// callbacks run on the thread of their context object and not at all once it
// is gone. GET requests are retried with backoff and jitter on network errors,
// timeouts, 429 and 5xx, never sooner than Retry-After. Authenticated calls
// that meet an expired access token share one refresh, then run again.
// While the program works offline (Network::OfflineMode) nothing is sent:
// every call fails with ApiError::offline(), and the session is kept.
class PortalClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalClient)

public:
    using Callback = std::function<void(ApiResult<ApiResponse>)>;

    PortalClient(QNetworkAccessManager &network, QUrl baseUrl, QObject *parent = nullptr);
    ~PortalClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    // Answers longer than this are aborted (ApiError::tooLarge).
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    static constexpr qint64 DefaultMaxResponseBytes = 16 * 1024 * 1024;

    // After a sign-in: the tokens to use from now on.
    void setTokens(const TokenPair &tokens);
    // After a restart: only the refresh token is known; the first
    // authenticated call refreshes first.
    void setRefreshToken(const QString &refreshToken);
    void clearTokens();
    bool hasSession() const { return !m_refreshToken.isEmpty(); }
    QString refreshToken() const { return m_refreshToken; }
    QDateTime accessExpiresAt() const { return m_accessExpiresAt; }
    // How many refreshes were sent (for tests and diagnostics).
    int refreshCount() const { return m_refreshCount; }

    void send(ApiRequest request, QObject *context, Callback done);

    // Renews the access token now, joining a refresh already under way.
    void refreshSession(QObject *context, std::function<void(ApiResult<TokenPair>)> done);

    // Where the refresh token saved for this portal can be read (the
    // keychain, which another program on this computer signed in to the same
    // account shares, and rotates). Asked before each refresh, so that a
    // token the other program has rotated is never presented; and once more
    // when the portal refuses the token, before the session counts as
    // expired. Answers the saved refresh token, or an empty one.
    using SavedSession = std::function<void(std::function<void(const QString &)> answer)>;
    void setSavedSession(SavedSession lookup) { m_savedSession = std::move(lookup); }
    // The refresh token the portal refused last (for whoever forgets it).
    QString refusedRefreshToken() const { return m_refused; }
    // Whether the last answer came from the portal (any HTTP status: true) or
    // the network failed before one came (false); nullopt before the first.
    std::optional<bool> reachable() const { return m_reachable; }

signals:
    // The portal rotated the tokens: persist the new refresh token.
    void tokensRefreshed(const Portal::TokenPair &tokens);
    // The refresh token was refused: the person has to sign in again.
    void sessionExpired(const Portal::ApiError &error);
    // The portal answered after failures, or the network failed after answers.
    void reachabilityChanged(bool reachable);

private:
    struct Call;
    using CallPtr = std::shared_ptr<Call>;

    void dispatch(const CallPtr &call);
    void finished(const CallPtr &call, QNetworkReply *reply);
    QNetworkRequest prepared(const QUrl &url) const;
    void capSize(QNetworkReply *reply) const;
    void noteReachable(bool reachable);
    void complete(const CallPtr &call, ApiResult<ApiResponse> result);
    void waitForRefresh(const CallPtr &call);
    void startRefresh();
    void sendRefresh();
    // Takes the refresh token saved by whoever shares this sign-in when it
    // differs from the one held here; tells `then` whether it did.
    void takeSavedToken(std::function<void(bool)> then);
    void refreshFinished(QNetworkReply *reply);
    void refreshFailed(const ApiError &error);
    bool accessTokenUsable() const;

    QNetworkAccessManager &m_network;
    QUrl m_baseUrl;
    RetryPolicy m_retry;
    std::chrono::milliseconds m_transferTimeout {30000};
    qint64 m_maxResponseBytes = DefaultMaxResponseBytes;

    QString m_accessToken;
    QDateTime m_accessExpiresAt;
    qint64 m_expiryMarginSeconds = 0;
    QString m_refreshToken;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    // Changes with every setTokens()/clearTokens(): a refresh that answers
    // for a session that was replaced or ended meanwhile is dropped.
    quint64 m_sessionGeneration = 0;
    quint64 m_refreshGeneration = 0;
    QString m_refreshTokenSent;
    QString m_refused;
    std::optional<bool> m_reachable;
    bool m_triedNewer = false;
    SavedSession m_savedSession;
    std::deque<CallPtr> m_waitingForRefresh;
    std::deque<std::pair<QPointer<QObject>, std::function<void(ApiResult<TokenPair>)>>> m_refreshListeners;
};

} // namespace Portal
