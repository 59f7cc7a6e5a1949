// The reference portal's Range / If-Range decisions on their own (RFC 9110
// §14), without a server: every branch, including the ones cpp-httplib
// answers before the handler runs.

#include "tests/portal/server/rangerequest.h"

#include <QTest>
#include <QTimeZone>

using RefPortal::RangeRequest;

class TestRangeRequest final : public QObject
{
    Q_OBJECT

private slots:
    void evaluate_data();
    void evaluate();
    void etagFormat();
};

void TestRangeRequest::evaluate_data()
{
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("ifRange");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("first");
    QTest::addColumn<qint64>("last");

    const int full = int(RangeRequest::Kind::Full);
    const int partial = int(RangeRequest::Kind::Partial);
    const int none = int(RangeRequest::Kind::Unsatisfiable);
    const QString etag = QStringLiteral("\"5f-64\"");
    const QString date = QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT");

    QTest::newRow("no range") << QString() << QString() << qint64(100) << full << qint64(0) << qint64(99);
    QTest::newRow("N-M") << "bytes=10-19" << QString() << qint64(100) << partial << qint64(10) << qint64(19);
    QTest::newRow("N-") << "bytes=10-" << QString() << qint64(100) << partial << qint64(10) << qint64(99);
    QTest::newRow("-N") << "bytes=-10" << QString() << qint64(100) << partial << qint64(90) << qint64(99);
    QTest::newRow("-N past size") << "bytes=-1000" << QString() << qint64(100) << partial << qint64(0)
                                  << qint64(99);
    QTest::newRow("M past size") << "bytes=90-1000" << QString() << qint64(100) << partial << qint64(90)
                                 << qint64(99);
    QTest::newRow("last byte") << "bytes=99-99" << QString() << qint64(100) << partial << qint64(99)
                               << qint64(99);
    QTest::newRow("unit case") << "Bytes=1-2" << QString() << qint64(100) << partial << qint64(1)
                               << qint64(2);
    QTest::newRow("beyond 4 GiB") << "bytes=5000000000-" << QString() << qint64(6000000000) << partial
                                  << qint64(5000000000) << qint64(5999999999);
    QTest::newRow("start at size") << "bytes=100-" << QString() << qint64(100) << none << qint64(0)
                                   << qint64(-1);
    QTest::newRow("-0") << "bytes=-0" << QString() << qint64(100) << none << qint64(0) << qint64(-1);
    QTest::newRow("empty file") << "bytes=0-" << QString() << qint64(0) << none << qint64(0) << qint64(-1);
    QTest::newRow("empty file suffix")
        << "bytes=-5" << QString() << qint64(0) << none << qint64(0) << qint64(-1);
    QTest::newRow("reversed") << "bytes=20-10" << QString() << qint64(100) << full << qint64(0) << qint64(99);
    QTest::newRow("two ranges") << "bytes=0-1,5-6" << QString() << qint64(100) << full << qint64(0)
                                << qint64(99);
    QTest::newRow("other unit") << "items=0-1" << QString() << qint64(100) << full << qint64(0) << qint64(99);
    QTest::newRow("no numbers") << "bytes=-" << QString() << qint64(100) << full << qint64(0) << qint64(99);
    QTest::newRow("overflow") << "bytes=99999999999999999999-" << QString() << qint64(100) << full
                              << qint64(0) << qint64(99);
    QTest::newRow("if-range etag") << "bytes=10-19" << etag << qint64(100) << partial << qint64(10)
                                   << qint64(19);
    QTest::newRow("if-range other etag") << "bytes=10-19"
                                         << "\"x\"" << qint64(100) << full << qint64(0) << qint64(99);
    QTest::newRow("if-range weak") << "bytes=10-19" << QString(QStringLiteral("W/") + etag) << qint64(100)
                                   << full << qint64(0) << qint64(99);
    QTest::newRow("if-range date") << "bytes=10-19" << date << qint64(100) << partial << qint64(10)
                                   << qint64(19);
    QTest::newRow("if-range rfc850 date")
        << "bytes=10-19"
        << "Sunday, 06-Nov-94 08:49:37 GMT" << qint64(100) << partial << qint64(10) << qint64(19);
    QTest::newRow("if-range asctime")
        << "bytes=10-19"
        << "Sun Nov  6 08:49:37 1994" << qint64(100) << partial << qint64(10) << qint64(19);
    QTest::newRow("if-range other date")
        << "bytes=10-19"
        << "Sun, 06 Nov 1994 08:49:38 GMT" << qint64(100) << full << qint64(0) << qint64(99);
    QTest::newRow("if-range garbage") << "bytes=10-19"
                                      << "soon" << qint64(100) << full << qint64(0) << qint64(99);
    QTest::newRow("if-range, bad range")
        << "bytes=200-" << etag << qint64(100) << none << qint64(0) << qint64(-1);
}

void TestRangeRequest::evaluate()
{
    QFETCH(QString, range);
    QFETCH(QString, ifRange);
    QFETCH(qint64, size);
    QFETCH(int, kind);
    QFETCH(qint64, first);
    QFETCH(qint64, last);
    const QDateTime modified(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc());
    const RangeRequest r =
        RangeRequest::evaluate(range, ifRange, size, QStringLiteral("\"5f-64\""), modified);
    QCOMPARE(int(r.kind), kind);
    if (r.kind == RangeRequest::Kind::Partial) {
        QCOMPARE(r.first, first);
        QCOMPARE(r.last, last);
        QCOMPARE(r.length(size), last - first + 1);
    } else if (r.kind == RangeRequest::Kind::Full) {
        QCOMPARE(r.length(size), size);
    }
}

void TestRangeRequest::etagFormat()
{
    // nginx's "<mtime hex>-<size hex>", so that links to nginx announce its ETag.
    QCOMPARE(RangeRequest::etagFor(0x5f, 0x64), QStringLiteral("\"5f-64\""));
    QCOMPARE(RangeRequest::etagFor(1764160000, 3 * 1024 * 1024), QStringLiteral("\"6926f200-300000\""));
}

QTEST_GUILESS_MAIN(TestRangeRequest)
#include "tst_rangerequest.moc"
