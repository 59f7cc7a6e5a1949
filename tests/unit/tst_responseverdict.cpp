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
        // A portal may give the tag without its quotes; the media host with them.
        QVERIFY(strongEtagMatch("abc", "\"abc\""));
        QVERIFY(strongEtagMatch(" \"abc\" ", "abc"));
        QVERIFY(!strongEtagMatch("W/abc", "\"abc\""));
        QCOMPARE(normaliseEtag("abc"), QByteArray("\"abc\""));
        QCOMPARE(normaliseEtag("W/\"abc\""), QByteArray("W/\"abc\""));
        QCOMPARE(normaliseEtag("W/abc"), QByteArray("W/\"abc\""));
        QCOMPARE(normaliseEtag(""), QByteArray());
    }

    void validatorOfAnAnswer()
    {
        const QByteArray date = "Tue, 01 Dec 2026 10:00:00 GMT";
        // A strong ETag names the version; without one, the date does.
        QCOMPARE((AnswerHead {200, {}, "\"v1\"", 10, date}).validator(), QByteArray("\"v1\""));
        QCOMPARE((AnswerHead {200, {}, "v1", 10, date}).validator(), QByteArray("\"v1\""));
        QCOMPARE((AnswerHead {200, {}, "W/\"v1\"", 10, date}).validator(), date);
        QCOMPARE((AnswerHead {200, {}, {}, 10, date}).validator(), date);
        QCOMPARE((AnswerHead {200, {}, "W/\"v1\"", 10, {}}).validator(), QByteArray());
    }

    void resumeByDate_data()
    {
        QTest::addColumn<QByteArray>("etag");
        QTest::addColumn<QByteArray>("lastModified");
        QTest::addColumn<Verdict>("verdict");
        const QByteArray date = "Tue, 01 Dec 2026 10:00:00 GMT";
        QTest::newRow("same date") << QByteArray() << date << Verdict::Append;
        QTest::newRow("same date, weak etag") << QByteArray("W/\"x\"") << date << Verdict::Append;
        QTest::newRow("another date")
            << QByteArray() << QByteArray("Wed, 02 Dec 2026 10:00:00 GMT") << Verdict::RestartClean;
        QTest::newRow("no date") << QByteArray() << QByteArray() << Verdict::RestartClean;
        QTest::newRow("a strong etag appeared") << QByteArray("\"v9\"") << date << Verdict::RestartClean;
    }

    void resumeByDate()
    {
        // Bytes written from an answer that had no strong ETag resume with
        // its Last-Modified date as the validator.
        QFETCH(QByteArray, etag);
        QFETCH(QByteArray, lastModified);
        QFETCH(Verdict, verdict);
        const RangeAsked asked {1000, 5000, "Tue, 01 Dec 2026 10:00:00 GMT"};
        const AnswerHead head {206, "bytes 1000-4999/5000", etag, 4000, lastModified};
        QCOMPARE(Downloads::decide(asked, head), verdict);
    }

    void unsatisfiableRange_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QByteArray>("contentRange");
        QTest::addColumn<Verdict>("verdict");
        // Every byte is on disk already: a 416 for the next one says so.
        QTest::newRow("complete") << 5000LL << 5000LL << -1LL << QByteArray("bytes */5000")
                                  << Verdict::AlreadyComplete;
        QTest::newRow("complete, size unknown")
            << 5000LL << -1LL << -1LL << QByteArray("bytes */5000") << Verdict::AlreadyComplete;
        QTest::newRow("the file shrank")
            << 5000LL << 5000LL << -1LL << QByteArray("bytes */4000") << Verdict::RestartClean;
        QTest::newRow("another size than the portal's")
            << 6000LL << 5000LL << -1LL << QByteArray("bytes */6000") << Verdict::RestartClean;
        QTest::newRow("no content-range")
            << 5000LL << 5000LL << -1LL << QByteArray() << Verdict::RestartClean;
        QTest::newRow("a segment") << 5000LL << 5000LL << 5999LL << QByteArray("bytes */5000")
                                   << Verdict::RestartClean;
        QTest::newRow("from byte 0") << 0LL << 5000LL << -1LL << QByteArray("bytes */0") << Verdict::Fail;
    }

    void unsatisfiableRange()
    {
        QFETCH(qint64, offset);
        QFETCH(qint64, expected);
        QFETCH(qint64, end);
        QFETCH(QByteArray, contentRange);
        QFETCH(Verdict, verdict);
        const RangeAsked asked {offset, expected, "\"v1\"", end};
        const AnswerHead head {416, contentRange, "\"v1\"", 0, {}};
        QCOMPARE(Downloads::decide(asked, head), verdict);
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
        const AnswerHead head {status, contentRange, etag, contentLength, {}};
        QCOMPARE(Downloads::decide(asked, head), verdict);
    }
};

QTEST_GUILESS_MAIN(TestResponseVerdict)
#include "tst_responseverdict.moc"
