// The bandwidth limit and its hours: what is written, the limit at any time
// of day (a window across midnight too), and the scheduler that changes the
// download manager's limit when the window opens and closes, on an injected
// clock.

#include "core/downloads/bandwidthschedule.h"

#include <QSignalSpy>
#include <QTest>

using Downloads::BandwidthSchedule;
using Downloads::BandwidthScheduler;

class TestBandwidthSchedule final : public QObject
{
    Q_OBJECT

    static QDateTime at(int hour, int minute, int day = 7)
    {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::LocalTime);
    }

private slots:
    void parsesWhatPeopleWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("written");
        QTest::newRow("none") << QString() << true << QString();
        QTest::newRow("none, said") << QStringLiteral("none") << true << QString();
        QTest::newRow("all day") << QStringLiteral("20M") << true << QStringLiteral("20M");
        QTest::newRow("office hours")
            << QStringLiteral("20M 07:00-19:00") << true << QStringLiteral("20M 07:00-19:00");
        QTest::newRow("spaces and one digit")
            << QStringLiteral(" 1.5G  7:30 - 18:00 ") << true << QStringLiteral("1500M 07:30-18:00");
        QTest::newRow("across midnight")
            << QStringLiteral("500k 22:00-06:00") << true << QStringLiteral("500k 22:00-06:00");
        QTest::newRow("no rate") << QStringLiteral("fast") << false << QString();
        QTest::newRow("zero") << QStringLiteral("0") << false << QString();
        QTest::newRow("empty window") << QStringLiteral("20M 07:00-07:00") << false << QString();
        QTest::newRow("bad hour") << QStringLiteral("20M 25:00-07:00") << false << QString();
        QTest::newRow("half a window") << QStringLiteral("20M 07:00") << false << QString();
    }

    void parsesWhatPeopleWrite()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, written);
        const auto parsed = BandwidthSchedule::parse(text);
        QCOMPARE(parsed.ok(), valid);
        if (valid)
            QCOMPARE(parsed.value().toString(), written);
        else
            QVERIFY(parsed.error().message.contains(QStringLiteral("20M 07:00-19:00")));
    }

    void limitAtEveryHour()
    {
        const BandwidthSchedule office = BandwidthSchedule::parse(QStringLiteral("20M 07:00-19:00")).value();
        QCOMPARE(office.rateAt(at(6, 59)), qint64(0));
        QCOMPARE(office.rateAt(at(7, 0)), qint64(20'000'000));
        QCOMPARE(office.rateAt(at(18, 59)), qint64(20'000'000));
        QCOMPARE(office.rateAt(at(19, 0)), qint64(0));
        QCOMPARE(office.nextChange(at(8, 0)), at(19, 0));
        QCOMPARE(office.nextChange(at(20, 0)), at(7, 0, 8));

        const BandwidthSchedule night = BandwidthSchedule::parse(QStringLiteral("5M 22:00-06:00")).value();
        QCOMPARE(night.rateAt(at(23, 30)), qint64(5'000'000));
        QCOMPARE(night.rateAt(at(3, 0)), qint64(5'000'000));
        QCOMPARE(night.rateAt(at(12, 0)), qint64(0));
        QCOMPARE(night.nextChange(at(23, 0)), at(6, 0, 8));

        const BandwidthSchedule allDay = BandwidthSchedule::parse(QStringLiteral("20M")).value();
        QCOMPARE(allDay.rateAt(at(3, 0)), qint64(20'000'000));
        QVERIFY(!allDay.nextChange(at(3, 0)).isValid());
    }

    void theSchedulerFollowsTheClock()
    {
        QDateTime now = at(6, 30);
        QList<qint64> applied;
        BandwidthScheduler scheduler([&applied](qint64 rate) { applied << rate; }, [&now] { return now; });
        scheduler.setSchedule(BandwidthSchedule::parse(QStringLiteral("20M 07:00-19:00")).value());
        // Before office hours: no limit; the timer is set for the opening.
        QCOMPARE(applied, (QList<qint64> {0}));
        QCOMPARE(scheduler.nextChange(), at(7, 0));

        now = at(7, 0);
        scheduler.reevaluate(); // what the timer does
        QCOMPARE(applied, (QList<qint64> {0, 20'000'000}));
        QCOMPARE(scheduler.currentLimit(), qint64(20'000'000));
        QCOMPARE(scheduler.nextChange(), at(19, 0));

        // Woken early (a clock change): nothing changes, nothing is applied again.
        now = at(12, 0);
        scheduler.reevaluate();
        QCOMPARE(applied.size(), 2);

        now = at(19, 0);
        QSignalSpy changed(&scheduler, &BandwidthScheduler::limitChanged);
        scheduler.reevaluate();
        QCOMPARE(applied.last(), qint64(0));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(scheduler.nextChange(), at(7, 0, 8));

        // A new schedule takes effect at once.
        scheduler.setSchedule(BandwidthSchedule::parse(QStringLiteral("2M")).value());
        QCOMPARE(applied.last(), qint64(2'000'000));
        QVERIFY(!scheduler.nextChange().isValid());
    }
};

QTEST_GUILESS_MAIN(TestBandwidthSchedule)
#include "tst_bandwidthschedule.moc"
