#include "core/portal/apierror.h"
#include "core/portal/retrypolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace std::chrono_literals;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("no answer") << 0 << true;
        QTest::newRow("429") << 429 << true;
        QTest::newRow("500") << 500 << true;
        QTest::newRow("503") << 503 << true;
        QTest::newRow("400") << 400 << false;
        QTest::newRow("401") << 401 << false;
        QTest::newRow("404") << 404 << false;
        QTest::newRow("422") << 422 << false;
    }

    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(Portal::RetryPolicy::isRetryable(status), retryable);
    }

    void backoffGrowsWithJitterAndCap()
    {
        Portal::RetryPolicy policy;
        policy.baseDelay = 500ms;
        policy.maxDelay = 4000ms;
        QCOMPARE(policy.delay(1, std::nullopt, 0.0), 250ms);
        QCOMPARE(policy.delay(1, std::nullopt, 0.999), 499ms);
        QCOMPARE(policy.delay(2, std::nullopt, 0.0), 500ms);
        QCOMPARE(policy.delay(3, std::nullopt, 0.0), 1000ms);
        // Capped at maxDelay however many attempts.
        QCOMPARE(policy.delay(30, std::nullopt, 0.999), 3998ms);
    }

    void retryAfterIsAFloor()
    {
        Portal::RetryPolicy policy;
        QCOMPARE(policy.delay(1, 7, 0.5), 7000ms);
        // A shorter Retry-After does not shorten the backoff.
        QVERIFY(policy.delay(5, 0, 0.0) >= 4000ms);
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("expected"); // -1: none
        QTest::newRow("seconds") << QByteArray("120") << 120;
        QTest::newRow("spaces") << QByteArray(" 5 ") << 5;
        QTest::newRow("date ahead") << QByteArray("Thu, 26 Nov 2026 12:00:30 GMT") << 30;
        QTest::newRow("date past") << QByteArray("Thu, 26 Nov 2026 11:00:00 GMT") << 0;
        QTest::newRow("empty") << QByteArray() << -1;
        QTest::newRow("negative") << QByteArray("-3") << -1;
        QTest::newRow("garbage") << QByteArray("soon") << -1;
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, expected);
        const QDateTime now(QDate(2026, 11, 26), QTime(12, 0, 0), QTimeZone::utc());
        const auto parsed = Portal::RetryPolicy::parseRetryAfter(header, now);
        if (expected < 0)
            QVERIFY(!parsed.has_value());
        else
            QCOMPARE(parsed.value_or(-1), expected);
    }

    void errorBodyIsRead()
    {
        const QByteArray body = R"({"error":{"code":"weak_password","message":"Too weak",
            "fields":{"password":["too_short","no_digit"]}}})";
        const auto error = Portal::ApiError::fromHttp(422, body, std::nullopt);
        QCOMPARE(error.httpStatus, 422);
        QCOMPARE(error.code, QStringLiteral("weak_password"));
        QCOMPARE(error.message, QStringLiteral("Too weak"));
        QCOMPARE(error.fields.value(QStringLiteral("password")),
                 (QStringList {QStringLiteral("too_short"), QStringLiteral("no_digit")}));
    }

    void errorWithoutBodyGetsAMessage()
    {
        const auto error = Portal::ApiError::fromHttp(503, "<html>busy</html>", 4);
        QCOMPARE(error.code, QStringLiteral("http_503"));
        QVERIFY(error.message.contains(QStringLiteral("503")));
        QCOMPARE(error.retryAfterSeconds.value_or(-1), 4);
        QVERIFY(!error.isAuthentication());
        QVERIFY(Portal::ApiError::fromHttp(401, {}, std::nullopt).isAuthentication());
        QVERIFY(Portal::ApiError::network(QStringLiteral("refused")).isNetwork());
    }

    void busyAnswersSayHowLongToWait_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<QString>("wait");
        QTest::newRow("429, seconds") << 429 << 45 << QStringLiteral("Try again in 45 seconds.");
        QTest::newRow("429, one second") << 429 << 1 << QStringLiteral("Try again in 1 second.");
        QTest::newRow("503, minutes") << 503 << 600 << QStringLiteral("Try again in 10 minutes.");
        QTest::newRow("429, a day") << 429 << 86400 << QStringLiteral("Try again in 24 hours.");
        QTest::newRow("429, hours and minutes")
            << 429 << 3 * 3600 + 25 * 60 << QStringLiteral("Try again in 3 hours 25 minutes.");
        QTest::newRow("429, rounded up") << 429 << 121 << QStringLiteral("Try again in 3 minutes.");
    }

    void busyAnswersSayHowLongToWait()
    {
        QFETCH(int, status);
        QFETCH(int, retryAfter);
        QFETCH(QString, wait);
        const QByteArray body = R"({"error":{"code":"too_many_attempts","message":"Too many wrong codes."}})";
        const auto error = Portal::ApiError::fromHttp(status, body, retryAfter);
        QCOMPARE(error.message, QStringLiteral("Too many wrong codes. ") + wait);
        // Without Retry-After, nothing is invented.
        QCOMPARE(Portal::ApiError::fromHttp(status, body, std::nullopt).message,
                 QStringLiteral("Too many wrong codes."));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
