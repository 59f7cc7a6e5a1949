// What a portal's answers may not make the client do, over loopback HTTP: a
// redirect to another origin (another port here) is not followed, so that no
// bearer token, password or refresh token reaches it, whatever the method
// and status (302, 307, 308); a redirect within the portal is followed; an
// answer longer than the cap is aborted with a clear error.

#include "core/portal/portalclient.h"
#include "tests/support/loopbackhttpserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

using Server = TestSupport::LoopbackHttpServer;

class TestPortalRedirects final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    // Anything that reaches this server has left the portal.
    Server m_elsewhere {[](const Server::Request &request) {
        Server::Answer answer;
        answer.contentType = "application/json";
        answer.body = "{\"caught\":\"" + request.headers.value("authorization") + "\"}";
        return answer;
    }};
    // What the portal answers next: set by each test.
    std::function<Server::Answer(const Server::Request &)> m_next;
    Server m_portal {[this](const Server::Request &request) {
        return m_next(request);
    }};

    Server::Answer redirect(const QByteArray &status, const QString &path) const
    {
        Server::Answer answer;
        answer.status = status;
        answer.extraHeaders = "Location: " + m_elsewhere.url(path).toEncoded() + "\r\n";
        return answer;
    }

    Portal::ApiResult<Portal::ApiResponse> call(Portal::PortalClient &client,
                                                const Portal::ApiRequest &request)
    {
        std::optional<Portal::ApiResult<Portal::ApiResponse>> result;
        client.send(request, this,
                    [&result](Portal::ApiResult<Portal::ApiResponse> answer) { result = std::move(answer); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return Portal::ApiError::timeout();
        return std::move(*result);
    }

    std::unique_ptr<Portal::PortalClient> client()
    {
        auto made =
            std::make_unique<Portal::PortalClient>(m_network, m_portal.url(QStringLiteral("/api/v1/")));
        Portal::RetryPolicy once;
        once.maxAttempts = 1;
        made->setRetryPolicy(once);
        Portal::TokenPair tokens;
        tokens.accessToken = QStringLiteral("secret-access");
        tokens.accessExpiresAt = QDateTime::currentDateTimeUtc().addSecs(900);
        tokens.refreshToken = QStringLiteral("secret-refresh");
        made->setTokens(tokens);
        return made;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_elsewhere.listen());
        QVERIFY(m_portal.listen());
    }

    void notFollowedToAnotherOrigin_data()
    {
        QTest::addColumn<QByteArray>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<bool>("authenticated");
        QTest::newRow("302 GET with the token") << QByteArray("302 Found") << QByteArray("GET") << true;
        QTest::newRow("301 GET with the token")
            << QByteArray("301 Moved Permanently") << QByteArray("GET") << true;
        QTest::newRow("307 POST of a password")
            << QByteArray("307 Temporary Redirect") << QByteArray("POST") << false;
        QTest::newRow("308 POST with the token")
            << QByteArray("308 Permanent Redirect") << QByteArray("POST") << true;
        QTest::newRow("303 DELETE with the token")
            << QByteArray("303 See Other") << QByteArray("DELETE") << true;
    }

    void notFollowedToAnotherOrigin()
    {
        QFETCH(QByteArray, status);
        QFETCH(QByteArray, method);
        QFETCH(bool, authenticated);
        const int before = m_elsewhere.requests();
        m_next = [this, status](const Server::Request &) {
            return redirect(status, QStringLiteral("/catch"));
        };
        auto portal = client();
        Portal::ApiRequest request;
        request.method = method;
        request.path = QStringLiteral("auth/login");
        request.authenticated = authenticated;
        if (method == "POST")
            request.body = QJsonObject {{QStringLiteral("email"), QStringLiteral("a@example.org")},
                                        {QStringLiteral("password"), QStringLiteral("Secret password 1!")}};
        const auto result = call(*portal, request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("redirected"));
        QVERIFY2(result.error().message.contains(QStringLiteral(":%1/catch").arg(m_elsewhere.url({}).port())),
                 qPrintable(result.error().message));
        QCOMPARE(m_elsewhere.requests(), before);
    }

    void refreshNotFollowedToAnotherOrigin()
    {
        const int before = m_elsewhere.requests();
        m_next = [this](const Server::Request &) {
            return redirect("308 Permanent Redirect", QStringLiteral("/auth/refresh"));
        };
        auto portal = client();
        portal->setRefreshToken(QStringLiteral("secret-refresh"));
        std::optional<Portal::ApiResult<Portal::TokenPair>> refreshed;
        portal->refreshSession(this, [&refreshed](Portal::ApiResult<Portal::TokenPair> result) {
            refreshed = std::move(result);
        });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.has_value(), 20000);
        QVERIFY(!*refreshed);
        QCOMPARE(refreshed->error().code, QStringLiteral("redirected"));
        QCOMPARE(m_elsewhere.requests(), before);
    }

    void followedWithinThePortal()
    {
        QByteArray seenAuthorization;
        m_next = [this, &seenAuthorization](const Server::Request &request) {
            Server::Answer answer;
            if (request.target.endsWith(QStringLiteral("/me"))) {
                answer.status = "302 Found";
                answer.extraHeaders =
                    "Location: " + m_portal.url(QStringLiteral("/api/v1/me2")).toEncoded() + "\r\n";
                return answer;
            }
            seenAuthorization = request.headers.value("authorization");
            answer.contentType = "application/json";
            answer.body = "{\"id\":\"u1\"}";
            return answer;
        };
        auto portal = client();
        Portal::ApiRequest request;
        request.path = QStringLiteral("me");
        request.authenticated = true;
        const auto result = call(*portal, request);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result.value().json.object().value(QStringLiteral("id")).toString(), QStringLiteral("u1"));
        QCOMPARE(seenAuthorization, QByteArray("Bearer secret-access"));
    }

    void answerLargerThanTheCapIsAborted()
    {
        m_next = [](const Server::Request &) {
            Server::Answer answer;
            answer.contentType = "application/json";
            answer.body = "{\"items\":[\"" + QByteArray(3 * 1024 * 1024, 'x') + "\"]}";
            return answer;
        };
        auto portal = client();
        portal->setMaxResponseBytes(1024 * 1024);
        Portal::ApiRequest request;
        request.path = QStringLiteral("videos");
        const auto result = call(*portal, request);
        QVERIFY(!result);
        QCOMPARE(result.error().code, QStringLiteral("response_too_large"));
        QVERIFY2(result.error().message.contains(QStringLiteral("1 MiB")),
                 qPrintable(result.error().message));

        // Under the cap it reads.
        portal->setMaxResponseBytes(Portal::PortalClient::DefaultMaxResponseBytes);
        QVERIFY(call(*portal, request));
    }
};

QTEST_GUILESS_MAIN(TestPortalRedirects)
#include "tst_portalredirects.moc"
