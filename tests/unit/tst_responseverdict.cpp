#include "core/downloads/responseverdict.h"

#include <QTest>

using namespace Downloads;

Q_DECLARE_METATYPE(Downloads::Verdict)

class TestResponseVerdict final : public QObject
{
    Q_OBJECT

private slots:
    void contentRange_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<qint64>("total");
        QTest::newRow("full") << QByteArray("bytes 1000-1999/5000") << true << 1000LL << 1999LL << 5000LL;
        QTest::newRow("unknown total") << QByteArray("bytes 0-9/*") << true << 0LL << 9LL << -1LL;
        QTest::newRow("large") << QByteArray("bytes 4294967296-8589934591/8589934592") << true << 4294967296LL
                               << 8589934591LL << 8589934592LL;
        QTest::newRow("unsatisfied form") << QByteArray("bytes */5000") << false << 0LL << 0LL << 0LL;
        QTest::newRow("backwards") << QByteArray("bytes 10-5/100") << false << 0LL << 0LL << 0LL;
        QTest::newRow("past total") << QByteArray("bytes 0-100/100") << false << 0LL << 0LL << 0LL;
        QTest::newRow("other unit") << QByteArray("items 0-1/2") << false << 0LL << 0LL << 0LL;
        QTest::newRow("garbage") << QByteArray("bytes a-b/c") << false << 0LL << 0LL << 0LL;
    }

    void contentRange()
    {
        QFETCH(QByteArray, header);
        QFETCH(bool, valid);
        const auto range = ContentRange::parse(header);
        QCOMPARE(range.has_value(), valid);
        if (!valid)
            return;
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        QFETCH(qint64, total);
        QCOMPARE(range->first, first);
        QCOMPARE(range->last, last);
        QCOMPARE(range->total, total);
    }

    void strongEtags()
    {
        QVERIFY(strongEtagMatch("\"abc\"", "\"abc\""));
        QVERIFY(!strongEtagMatch("\"abc\"", "\"abd\""));
        QVERIFY(!strongEtagMatch("W/\"abc\"", "W/\"abc\""));
        QVERIFY(!strongEtagMatch("", ""));
    }

    void decide_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QByteArray>("validator");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<qint64>("contentLength");
        QTest::addColumn<Verdict>("verdict");

        const QByteArray e = "\"v1\"";
        QTest::newRow("fresh 200") << 0LL << QByteArray() << 200 << QByteArray() << e << 5000LL
                                   << Verdict::TakeWhole;
        QTest::newRow("resume 206 same version")
            << 1000LL << e << 206 << QByteArray("bytes 1000-4999/5000") << e << 4000LL << Verdict::Append;
        QTest::newRow("resume 206 other version") << 1000LL << e << 206 << QByteArray("bytes 1000-4999/5000")
                                                  << QByteArray("\"v2\"") << 4000LL << Verdict::RestartClean;
        QTest::newRow("resume 206 weak etag") << 1000LL << e << 206 << QByteArray("bytes 1000-4999/5000")
                                              << QByteArray("W/\"v1\"") << 4000LL << Verdict::RestartClean;
        QTest::newRow("206 at the wrong offset")
            << 1000LL << e << 206 << QByteArray("bytes 0-4999/5000") << e << 5000LL << Verdict::RestartClean;
        QTest::newRow("206 of another size") << 1000LL << e << 206 << QByteArray("bytes 1000-5999/6000") << e
                                             << 5000LL << Verdict::RestartClean;
        QTest::newRow("206 without content-range")
            << 1000LL << e << 206 << QByteArray() << e << 4000LL << Verdict::RestartClean;
        QTest::newRow("206 length disagrees")
            << 1000LL << e << 206 << QByteArray("bytes 1000-4999/5000") << e << 10LL << Verdict::RestartClean;
        QTest::newRow("segment of the same version")
            << 2000LL << e << 206 << QByteArray("bytes 2000-2999/5000") << e << 1000LL << Verdict::Append;
        QTest::newRow("first segment of another version")
            << 0LL << e << 206 << QByteArray("bytes 0-999/5000") << QByteArray("\"v2\"") << 1000LL
            << Verdict::RestartClean;
        QTest::newRow("first probe learns the version")
            << 0LL << QByteArray() << 206 << QByteArray("bytes 0-4999/5000") << e << 5000LL
            << Verdict::Append;
        QTest::newRow("range ignored: 200 whole file")
            << 1000LL << e << 200 << QByteArray() << e << 5000LL << Verdict::TakeWhole;
        QTest::newRow("200 of another size")
            << 1000LL << e << 200 << QByteArray() << e << 6000LL << Verdict::RestartClean;
        QTest::newRow("416 while resuming")
            << 5000LL << e << 416 << QByteArray() << e << -1LL << Verdict::RestartClean;
        QTest::newRow("416 from zero")
            << 0LL << QByteArray() << 416 << QByteArray() << e << -1LL << Verdict::Fail;
        QTest::newRow("expired link 403")
            << 1000LL << e << 403 << QByteArray() << e << -1LL << Verdict::RefreshLink;
        QTest::newRow("expired link 410")
            << 1000LL << e << 410 << QByteArray() << e << -1LL << Verdict::RefreshLink;
        QTest::newRow("throttled") << 0LL << QByteArray() << 429 << QByteArray() << e << -1LL
                                   << Verdict::RetryLater;
        QTest::newRow("unavailable") << 0LL << QByteArray() << 503 << QByteArray() << e << -1LL
                                     << Verdict::RetryLater;
        QTest::newRow("server error")
            << 0LL << QByteArray() << 500 << QByteArray() << e << -1LL << Verdict::RetryLater;
        QTest::newRow("gone for good")
            << 0LL << QByteArray() << 404 << QByteArray() << e << -1LL << Verdict::Fail;
    }

    void decide()
    {
        QFETCH(qint64, offset);
        QFETCH(QByteArray, validator);
        QFETCH(int, status);
        QFETCH(QByteArray, contentRange);
        QFETCH(QByteArray, etag);
        QFETCH(qint64, contentLength);
        QFETCH(Verdict, verdict);
        const RangeAsked asked {offset, 5000, validator};
        const AnswerHead head {status, contentRange, etag, contentLength};
        QCOMPARE(Downloads::decide(asked, head), verdict);
    }
};

QTEST_GUILESS_MAIN(TestResponseVerdict)
#include "tst_responseverdict.moc"
