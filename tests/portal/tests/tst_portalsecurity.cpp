// Unit checks of the reference portal's security pieces on their own: HKDF
// against RFC 5869's published vectors, the token buckets behind the request
// limits (on the server's development clock), the growing mail cooldown and
// which addresses count as loopback for --dev.

#include "tests/portal/server/crypto.h"
#include "tests/portal/server/ratelimiter.h"
#include "tests/portal/server/serveroptions.h"
#include "tests/portal/server/timeutil.h"

#include <QTest>

using namespace RefPortal;

class TestPortalSecurity final : public QObject
{
    Q_OBJECT

private slots:
    void hkdfMatchesRfc5869_data();
    void hkdfMatchesRfc5869();
    void tokenBucket();
    void tokenBucketKeysAreSeparate();
    void noLimit();
    void loopback_data();
    void loopback();
};

void TestPortalSecurity::hkdfMatchesRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<QByteArray>("okm");
    // RFC 5869 appendix A.1 and A.3 (SHA-256; two blocks and more).
    QTest::newRow("A.1 basic") << QByteArray(22, '\x0b') << QByteArray::fromHex("000102030405060708090a0b0c")
                               << QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9")
                               << QByteArray::fromHex(
                                      "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                                      "34007208d5b887185865");
    QTest::newRow("A.3 no salt, no info")
        << QByteArray(22, '\x0b') << QByteArray() << QByteArray()
        << QByteArray::fromHex("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                               "9d201395faa4b61a96c8");
}

void TestPortalSecurity::hkdfMatchesRfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(QByteArray, okm);
    QCOMPARE(Crypto::hkdfSha256(ikm, salt, info, static_cast<int>(okm.size())).toHex(), okm.toHex());
}

void TestPortalSecurity::tokenBucket()
{
    // 6 a minute: a burst of 6, then one every 10 s.
    RateLimiter limiter(6, 60);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(limiter.take(QStringLiteral("a")), 0);
    const qint64 wait = limiter.take(QStringLiteral("a"));
    QVERIFY2(wait > 0 && wait <= 10, qPrintable(QString::number(wait)));
    QCOMPARE(limiter.waitFor(QStringLiteral("a")), wait);
    // A refused request takes nothing: after the wait exactly one passes.
    TimeUtil::advanceDevClock(10);
    QCOMPARE(limiter.waitFor(QStringLiteral("a")), 0);
    QCOMPARE(limiter.take(QStringLiteral("a")), 0);
    QVERIFY(limiter.take(QStringLiteral("a")) > 0);
    // A long pause refills to the burst, never beyond.
    TimeUtil::advanceDevClock(3600);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(limiter.take(QStringLiteral("a")), 0);
    QVERIFY(limiter.take(QStringLiteral("a")) > 0);
}

void TestPortalSecurity::tokenBucketKeysAreSeparate()
{
    RateLimiter limiter(1, 3600);
    QCOMPARE(limiter.take(QStringLiteral("a")), 0);
    QCOMPARE(limiter.take(QStringLiteral("b")), 0);
    const qint64 wait = limiter.take(QStringLiteral("a"));
    QVERIFY2(wait > 3500 && wait <= 3600, qPrintable(QString::number(wait)));
    QCOMPARE(limiter.waitFor(QStringLiteral("c")), 0);
}

void TestPortalSecurity::noLimit()
{
    RateLimiter limiter(0, 60);
    QVERIFY(!limiter.enabled());
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(limiter.take(QStringLiteral("a")), 0);
}

void TestPortalSecurity::loopback_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("v4-mapped") << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("localhost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("::") << QStringLiteral("::") << false;
    QTest::newRow("LAN") << QStringLiteral("192.168.1.10") << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("v4-mapped LAN") << QStringLiteral("::ffff:10.0.0.1") << false;
    QTest::newRow("host name") << QStringLiteral("localhost.example.org") << false;
    QTest::newRow("127.0.0.1 with junk") << QStringLiteral("127.0.0.1x") << false;
}

void TestPortalSecurity::loopback()
{
    QFETCH(QString, address);
    QFETCH(bool, loopback);
    QCOMPARE(ServerOptions::isLoopback(address), loopback);
}

QTEST_GUILESS_MAIN(TestPortalSecurity)
#include "tst_portalsecurity.moc"
