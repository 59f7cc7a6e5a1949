#include "core/portal/portalclient.h"

#include "core/network/offlinemode.h"
#include "core/portal/portalurl.h"
#include "core/util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace Portal {

namespace {

// An access token this close to its end is renewed before use rather than
// sent to be refused: 15 s, or a quarter of a shorter lifetime.
constexpr qint64 MaxExpiryMarginSeconds = 15;

const QByteArray UserAgent = QByteArrayLiteral("MultimediaDesk/" MMDESK_VERSION);

const char *const TooLargeProperty = "mmdeskTooLarge";

bool isTokenRefusal(const ApiError &error)
{
    return error.httpStatus == 401
        && (error.code == u"token_expired" || error.code == u"invalid_token"
            || error.code.startsWith(u"http_"));
}

// A final 3xx: the redirect was not followed (another origin), or the
// answer was a redirect of a kind that is not followed at all.
std::optional<ApiError> redirectRefused(QNetworkReply *reply, int status)
{
    if (status < 300 || status >= 400)
        return std::nullopt;
    QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (target.isEmpty())
        target = QUrl(QString::fromUtf8(reply->rawHeader("Location")));
    return ApiError::redirected(reply->url().resolved(target));
}

} // namespace

struct PortalClient::Call
{
    ApiRequest request;
    QPointer<QObject> context;
    Callback done;
    int attempt = 0;
    bool retriedAfterRefresh = false;
    // Sent right after a refresh: use the new token even if the portal gave it
    // a lifetime too short to pass accessTokenUsable(), rather than loop.
    bool afterRefresh = false;
    QString accessTokenUsed;
};

PortalClient::PortalClient(QNetworkAccessManager &network, QUrl baseUrl, QObject *parent)
    : QObject(parent), m_network(network), m_baseUrl(std::move(baseUrl))
{ }

PortalClient::~PortalClient() = default;

void PortalClient::setTokens(const TokenPair &tokens)
{
    ++m_sessionGeneration;
    m_accessToken = tokens.accessToken;
    m_accessExpiresAt = tokens.accessExpiresAt;
    m_refreshToken = tokens.refreshToken;
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(tokens.accessExpiresAt);
    m_expiryMarginSeconds = std::clamp<qint64>(lifetime / 4, 0, MaxExpiryMarginSeconds);
}

void PortalClient::setRefreshToken(const QString &refreshToken)
{
    ++m_sessionGeneration;
    m_accessToken.clear();
    m_accessExpiresAt = {};
    m_refreshToken = refreshToken;
}

void PortalClient::clearTokens()
{
    ++m_sessionGeneration;
    m_accessToken.clear();
    m_accessExpiresAt = {};
    m_refreshToken.clear();
}

bool PortalClient::accessTokenUsable() const
{
    return !m_accessToken.isEmpty()
        && QDateTime::currentDateTimeUtc().addSecs(m_expiryMarginSeconds) < m_accessExpiresAt;
}

void PortalClient::send(ApiRequest request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->request = std::move(request);
    call->context = context;
    call->done = std::move(done);
    dispatch(call);
}

void PortalClient::dispatch(const CallPtr &call)
{
    if (!call->context)
        return;
    if (Network::OfflineMode::isOn()) {
        // Nothing is sent, and the answer comes later, as any answer does.
        QTimer::singleShot(0, this, [this, call] { complete(call, ApiError::offline()); });
        return;
    }
    if (call->request.authenticated) {
        if (m_refreshToken.isEmpty() && m_accessToken.isEmpty()) {
            complete(call, ApiError::sessionExpired());
            return;
        }
        if (m_refreshing || (!accessTokenUsable() && !call->afterRefresh)) {
            waitForRefresh(call);
            return;
        }
    }

    QUrl url = PortalUrl::endpoint(m_baseUrl, call->request.path);
    if (!call->request.query.isEmpty())
        url.setQuery(call->request.query);
    QNetworkRequest request = prepared(url);
    if (call->request.authenticated) {
        call->accessTokenUsed = m_accessToken;
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toUtf8());
    }
    QByteArray body;
    if (call->request.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        body = QJsonDocument(*call->request.body).toJson(QJsonDocument::Compact);
    }
    ++call->attempt;
    QNetworkReply *reply = m_network.sendCustomRequest(request, call->request.method, body);
    capSize(reply);
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

QNetworkRequest PortalClient::prepared(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, UserAgent);
    request.setTransferTimeout(static_cast<int>(m_transferTimeout.count()));
    // The bearer token, a password or a refresh token go with a request:
    // a redirect to another host, port or scheme is not followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    return request;
}

void PortalClient::capSize(QNetworkReply *reply) const
{
    const qint64 limit = m_maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, limit](qint64 received, qint64 total) {
        if ((received > limit || total > limit) && !reply->property(TooLargeProperty).toBool()) {
            reply->setProperty(TooLargeProperty, true);
            reply->abort();
        }
    });
}

void PortalClient::finished(const CallPtr &call, QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();

    std::optional<ApiError> error;
    if (reply->property(TooLargeProperty).toBool()) {
        qCWarning(lcPortal) << call->request.method << call->request.path << "answer larger than"
                            << m_maxResponseBytes << "bytes; aborted";
        complete(call, ApiError::tooLarge(m_maxResponseBytes));
        return;
    }
    if (auto refused = redirectRefused(reply, status)) {
        qCWarning(lcPortal) << call->request.method << call->request.path
                            << "redirected elsewhere; not followed";
        complete(call, std::move(*refused));
        return;
    }
    noteReachable(status != 0);
    if (status == 0) {
        const bool timedOut = networkError == QNetworkReply::OperationCanceledError
            || networkError == QNetworkReply::TimeoutError;
        error = timedOut ? ApiError::timeout() : ApiError::network(reply->errorString());
    } else if (status < 200 || status >= 300) {
        const auto retryAfter =
            RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        error = ApiError::fromHttp(status, body, retryAfter);
    }

    if (!error) {
        ApiResponse response;
        response.status = status;
        if (!body.isEmpty()) {
            QJsonParseError parseError;
            response.json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                complete(call, ApiError::invalidResponse(parseError.errorString()));
                return;
            }
        }
        complete(call, std::move(response));
        return;
    }

    if (call->request.authenticated && isTokenRefusal(*error) && !call->retriedAfterRefresh) {
        call->retriedAfterRefresh = true;
        qCDebug(lcPortal) << "access token refused for" << call->request.path << "- refreshing";
        // Another call may have renewed the token since this one was sent.
        if (call->accessTokenUsed != m_accessToken && accessTokenUsable()) {
            dispatch(call);
        } else {
            m_accessToken.clear();
            waitForRefresh(call);
        }
        return;
    }

    const bool idempotent = call->request.method == "GET" || call->request.method == "HEAD";
    if (idempotent && RetryPolicy::isRetryable(status) && call->attempt < m_retry.maxAttempts) {
        const auto wait = m_retry.delay(call->attempt, error->retryAfterSeconds,
                                        QRandomGenerator::global()->generateDouble());
        qCInfo(lcPortal) << call->request.method << call->request.path << "failed (" << error->code
                         << ") - retrying in" << wait.count() << "ms";
        // Retry-After is a floor: a coarse timer may fire up to 5 % early.
        QTimer::singleShot(wait, Qt::PreciseTimer, this, [this, call] { dispatch(call); });
        return;
    }
    complete(call, std::move(*error));
}

void PortalClient::noteReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

void PortalClient::complete(const CallPtr &call, ApiResult<ApiResponse> result)
{
    if (!call->context)
        return;
    // Run on the context's thread, and not at all if it goes away meanwhile.
    QMetaObject::invokeMethod(
        call->context.data(),
        [done = std::move(call->done), result = std::move(result)]() mutable { done(std::move(result)); },
        Qt::AutoConnection);
}

void PortalClient::waitForRefresh(const CallPtr &call)
{
    m_waitingForRefresh.push_back(call);
    startRefresh();
}

void PortalClient::refreshSession(QObject *context, std::function<void(ApiResult<TokenPair>)> done)
{
    m_refreshListeners.emplace_back(context, std::move(done));
    startRefresh();
}

void PortalClient::startRefresh()
{
    if (m_refreshing)
        return;
    if (m_refreshToken.isEmpty()) {
        // Nothing to renew with: everyone waiting has to sign in again.
        m_accessToken.clear();
        m_refreshGeneration = m_sessionGeneration;
        m_refreshTokenSent.clear();
        refreshFinished(nullptr);
        return;
    }
    m_refreshing = true;
    if (!m_savedSession) {
        sendRefresh();
        return;
    }
    // Another program signed in to the account on this computer may have
    // rotated the token since this one read it: presenting a rotated token
    // fails, and a portal that watches for reuse then ends the session for
    // both. The saved one is the newest; take it first.
    takeSavedToken([this](bool) { sendRefresh(); });
}

void PortalClient::takeSavedToken(std::function<void(bool)> then)
{
    const quint64 generation = m_sessionGeneration;
    QPointer<PortalClient> self(this);
    m_savedSession([self, generation, then = std::move(then)](const QString &saved) {
        if (!self)
            return;
        const bool newer =
            generation == self->m_sessionGeneration && !saved.isEmpty() && saved != self->m_refreshToken;
        if (newer) {
            qCInfo(lcPortal) << "the refresh token was rotated by another program; using the newer one";
            self->setRefreshToken(saved);
        }
        then(newer);
    });
}

void PortalClient::sendRefresh()
{
    if (Network::OfflineMode::isOn()) {
        // The session stays as it is, to be renewed once online.
        QTimer::singleShot(0, this, [this] {
            m_refreshing = false;
            refreshFailed(ApiError::offline());
        });
        return;
    }
    if (m_refreshToken.isEmpty()) {
        m_refreshing = false;
        m_accessToken.clear();
        m_refreshGeneration = m_sessionGeneration;
        m_refreshTokenSent.clear();
        refreshFinished(nullptr);
        return;
    }
    ++m_refreshCount;
    m_refreshGeneration = m_sessionGeneration;
    m_refreshTokenSent = m_refreshToken;
    QNetworkRequest request = prepared(PortalUrl::endpoint(m_baseUrl, QStringLiteral("auth/refresh")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("refresh_token"), m_refreshToken}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_network.post(request, body);
    capSize(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { refreshFinished(reply); });
}

void PortalClient::refreshFinished(QNetworkReply *reply)
{
    m_refreshing = false;
    std::optional<TokenPair> tokens;
    ApiError error = ApiError::sessionExpired();
    bool refused = !reply; // no refresh token at all
    if (reply) {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->property(TooLargeProperty).toBool()) {
            error = ApiError::tooLarge(m_maxResponseBytes);
        } else if (auto elsewhere = redirectRefused(reply, status)) {
            error = std::move(*elsewhere);
        } else if (status == 200) {
            tokens =
                TokenPair::fromJson(QJsonDocument::fromJson(body).object(), QDateTime::currentDateTimeUtc());
            if (!tokens)
                error = ApiError::invalidResponse(QStringLiteral("auth/refresh"));
        } else if (status == 0) {
            error = ApiError::network(reply->errorString());
        } else if (status == 401 || status == 400) {
            error = ApiError::sessionExpired();
            refused = true;
        } else {
            error = ApiError::fromHttp(status, body, std::nullopt);
        }
    }

    if (reply && m_refreshGeneration != m_sessionGeneration) {
        // Signed out, or signed in anew, while this refresh was under way:
        // its answer belongs to no session any more and is never kept.
        qCDebug(lcPortal) << "a refresh answered for a session that has ended; dropped";
        refreshFailed(tokens ? ApiError::sessionExpired() : error);
        return;
    }
    if (tokens) {
        m_triedNewer = false;
        setTokens(*tokens);
        emit tokensRefreshed(*tokens);
        auto waiting = std::exchange(m_waitingForRefresh, {});
        auto listeners = std::exchange(m_refreshListeners, {});
        for (const CallPtr &call : waiting) {
            call->afterRefresh = true;
            dispatch(call);
        }
        for (auto &[context, done] : listeners) {
            if (context)
                done(*tokens);
        }
        return;
    }
    if (reply && refused && m_savedSession && !m_triedNewer) {
        // Another program may have rotated the token in the meantime: look
        // for a newer one before giving up. The callers keep waiting.
        m_triedNewer = true;
        m_refreshing = true;
        takeSavedToken([this](bool newer) {
            if (newer) {
                sendRefresh();
                return;
            }
            m_refreshing = false;
            m_triedNewer = false;
            refreshFailed(ApiError::sessionExpired());
        });
        return;
    }
    m_triedNewer = false;
    refreshFailed(error);
}

void PortalClient::refreshFailed(const ApiError &error)
{
    auto waiting = std::exchange(m_waitingForRefresh, {});
    auto listeners = std::exchange(m_refreshListeners, {});
    if (error.kind == ApiError::Kind::SessionExpired && m_refreshGeneration == m_sessionGeneration) {
        m_refused = m_refreshTokenSent;
        clearTokens();
        emit sessionExpired(error);
    }
    for (const CallPtr &call : waiting)
        complete(call, error);
    for (auto &[context, done] : listeners) {
        if (context)
            done(error);
    }
}

} // namespace Portal
