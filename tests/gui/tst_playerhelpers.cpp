// The player's arithmetic without a player: frame rates, SMPTE timecode
// (non-drop and drop-frame, both ways), the J/K/L ladder, the shot list's
// current row, and the conversion of 4:2:2 frames that Qt 6.4 cannot do.

#include "ui/player/frameimage.h"
#include "ui/player/framerate.h"
#include "ui/player/shotlistmodel.h"
#include "ui/player/shuttle.h"
#include "ui/player/timecode.h"
#include "ui/videos/videoformat.h"

#include <QTest>

#include <cstring>

using Ui::FrameRate;
namespace Timecode = Ui::Timecode;

class TestPlayerHelpers final : public QObject
{
    Q_OBJECT

private:
    static FrameRate rate(const QString &text) { return FrameRate::parse(text).value_or(FrameRate(1, 1)); }

private slots:
    void parsesRates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("numerator");
        QTest::addColumn<int>("denominator");
        QTest::addColumn<int>("nominal");
        QTest::addColumn<bool>("dropFrame");
        QTest::addColumn<QString>("label");
        QTest::newRow("25") << "25" << 25 << 1 << 25 << false << "25";
        QTest::newRow("50") << "50" << 50 << 1 << 50 << false << "50";
        QTest::newRow("30000/1001") << "30000/1001" << 30000 << 1001 << 30 << true << "29.97";
        QTest::newRow("60000/1001") << "60000/1001" << 60000 << 1001 << 60 << true << "59.94";
        QTest::newRow("24000/1001 is never drop-frame")
            << "24000/1001" << 24000 << 1001 << 24 << false << "23.976";
        QTest::newRow("29.97") << "29.97" << 30000 << 1001 << 30 << true << "29.97";
        QTest::newRow("59.94") << "59.94" << 60000 << 1001 << 60 << true << "59.94";
        QTest::newRow("30") << "30/1" << 30 << 1 << 30 << false << "30";
    }

    void parsesRates()
    {
        QFETCH(QString, text);
        QFETCH(int, numerator);
        QFETCH(int, denominator);
        QFETCH(int, nominal);
        QFETCH(bool, dropFrame);
        QFETCH(QString, label);
        const std::optional<FrameRate> parsed = FrameRate::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->numerator(), numerator);
        QCOMPARE(parsed->denominator(), denominator);
        QCOMPARE(parsed->nominal(), nominal);
        QCOMPARE(parsed->isDropFrame(), dropFrame);
        QCOMPARE(parsed->label(), label);
    }

    // What a Download button names: lines, scan and the broadcast rate, for
    // every way the contract lets a portal write the rate.
    void namesRenditions_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<bool>("interlaced");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<QString>("name");
        QTest::newRow("25 interlaced")
            << QStringLiteral("25") << true << qint64(-1) << QStringLiteral("MXF 1080i50");
        QTest::newRow("25 progressive")
            << QStringLiteral("25") << false << qint64(-1) << QStringLiteral("MXF 1080p25");
        QTest::newRow("NTSC fraction")
            << QStringLiteral("30000/1001") << false << qint64(-1) << QStringLiteral("MXF 1080p29.97");
        QTest::newRow("NTSC interlaced")
            << QStringLiteral("30000/1001") << true << qint64(-1) << QStringLiteral("MXF 1080i59.94");
        QTest::newRow("decimal") << QStringLiteral("29.97") << false << qint64(-1)
                                 << QStringLiteral("MXF 1080p29.97");
        QTest::newRow("no rate") << QString() << false << qint64(-1) << QStringLiteral("MXF 1080p");
        QTest::newRow("unreadable rate")
            << QStringLiteral("fast") << false << qint64(-1) << QStringLiteral("MXF 1080p");
        QTest::newRow("with size") << QStringLiteral("25") << true << qint64(412000000)
                                   << QStringLiteral("MXF 1080i50 · 412.0 MB");
    }

    void namesRenditions()
    {
        QFETCH(QString, rate);
        QFETCH(bool, interlaced);
        QFETCH(qint64, size);
        QFETCH(QString, name);
        Catalogue::Rendition rendition;
        rendition.container = QStringLiteral("mxf");
        rendition.width = 1920;
        rendition.height = 1080;
        rendition.frameRate = rate;
        rendition.interlaced = interlaced;
        rendition.sizeBytes = size;
        QCOMPARE(Ui::VideoFormat::renditionName(rendition), name);
    }

    void refusesNonsense()
    {
        for (const char *text : {"", "abc", "0", "-25", "25/0", "1/2/3", "30000/"})
            QVERIFY2(!FrameRate::parse(QString::fromLatin1(text)), text);
    }

    void framesAndMilliseconds()
    {
        const FrameRate pal = rate(QStringLiteral("25"));
        QCOMPARE(pal.msOf(1), qint64(40));
        QCOMPARE(pal.frameAt(39), qint64(0));
        QCOMPARE(pal.frameAt(40), qint64(1));
        QCOMPARE(pal.msOf(90000), qint64(3600000));
        const FrameRate ntsc = rate(QStringLiteral("30000/1001"));
        QCOMPARE(ntsc.msOf(1), qint64(34)); // 33.37 ms: the first whole ms inside frame 1
        QCOMPARE(ntsc.msOf(30), qint64(1001));
        QCOMPARE(ntsc.frameAt(1000), qint64(29));
        QCOMPARE(ntsc.frameAt(1001), qint64(30));
        for (const FrameRate &r :
             {pal, ntsc, rate(QStringLiteral("60000/1001")), rate(QStringLiteral("24000/1001"))}) {
            for (qint64 frame = 0; frame < 5000; frame += 7)
                QCOMPARE(r.frameAt(r.msOf(frame)), frame);
        }
    }

    void timecodes_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<qint64>("frame");
        QTest::addColumn<QString>("timecode");
        QTest::newRow("25: start") << "25" << qint64(0) << "00:00:00:00";
        QTest::newRow("25: last frame of a second") << "25" << qint64(24) << "00:00:00:24";
        QTest::newRow("25: one second") << "25" << qint64(25) << "00:00:01:00";
        QTest::newRow("25: shot") << "25" << qint64(88) << "00:00:03:13";
        QTest::newRow("25: one hour") << "25" << qint64(90000) << "01:00:00:00";
        QTest::newRow("50") << "50" << qint64(99) << "00:00:01:49";
        QTest::newRow("23.976 counts every frame") << "24000/1001" << qint64(1440) << "00:01:00:00";
        // 29.97 drop-frame: labels ;00 and ;01 skipped each minute but every tenth.
        QTest::newRow("29.97: first minute's last") << "30000/1001" << qint64(1799) << "00:00:59;29";
        QTest::newRow("29.97: minute 1 starts at ;02") << "30000/1001" << qint64(1800) << "00:01:00;02";
        QTest::newRow("29.97: minute 1, next") << "30000/1001" << qint64(1801) << "00:01:00;03";
        QTest::newRow("29.97: minute 2") << "30000/1001" << qint64(3598) << "00:02:00;02";
        QTest::newRow("29.97: before minute 10") << "30000/1001" << qint64(17981) << "00:09:59;29";
        QTest::newRow("29.97: minute 10 keeps ;00") << "30000/1001" << qint64(17982) << "00:10:00;00";
        QTest::newRow("29.97: minute 10, next") << "30000/1001" << qint64(17983) << "00:10:00;01";
        QTest::newRow("29.97: minute 11") << "30000/1001" << qint64(19782) << "00:11:00;02";
        QTest::newRow("29.97: one hour") << "30000/1001" << qint64(107892) << "01:00:00;00";
        // 59.94 drop-frame: four labels per minute.
        QTest::newRow("59.94: first minute's last") << "60000/1001" << qint64(3599) << "00:00:59;59";
        QTest::newRow("59.94: minute 1 starts at ;04") << "60000/1001" << qint64(3600) << "00:01:00;04";
        QTest::newRow("59.94: minute 10 keeps ;00") << "60000/1001" << qint64(35964) << "00:10:00;00";
        QTest::newRow("59.94: one hour") << "60000/1001" << qint64(215784) << "01:00:00;00";
    }

    void timecodes()
    {
        QFETCH(QString, rate);
        QFETCH(qint64, frame);
        QFETCH(QString, timecode);
        const FrameRate r = this->rate(rate);
        QCOMPARE(Timecode::fromFrame(frame, r), timecode);
        QCOMPARE(Timecode::toFrame(timecode, r), std::optional<qint64>(frame));
    }

    void dropFrameRoundTrip()
    {
        // Every frame of the first 25 minutes at both drop-frame rates.
        for (const QString &text : {QStringLiteral("30000/1001"), QStringLiteral("60000/1001")}) {
            const FrameRate r = rate(text);
            QString previous;
            for (qint64 frame = 0; frame < qint64(r.nominal()) * 60 * 25; ++frame) {
                const QString label = Timecode::fromFrame(frame, r);
                if (Timecode::toFrame(label, r) != frame)
                    QFAIL(qPrintable(text + u' ' + label + u' ' + QString::number(frame)));
                if (label <= previous)
                    QFAIL(qPrintable(text + QStringLiteral(": labels out of order at ") + label));
                previous = label;
            }
        }
    }

    void readsPortalNotation()
    {
        const FrameRate ntsc = rate(QStringLiteral("30000/1001"));
        // ':' counts every frame (what the portal writes), ';' is drop-frame.
        QCOMPARE(Timecode::toFrame(QStringLiteral("00:01:00:00"), ntsc), std::optional<qint64>(1800));
        QCOMPARE(Timecode::toFrame(QStringLiteral("00:01:00;02"), ntsc), std::optional<qint64>(1800));
        QCOMPARE(Timecode::normalised(QStringLiteral("00:01:00:00"), ntsc), QStringLiteral("00:01:00;02"));
        QCOMPARE(Timecode::normalised(QStringLiteral("00:00:03:13"), ntsc), QStringLiteral("00:00:03;13"));
        // A dropped label reads as the next one that exists.
        QCOMPARE(Timecode::toFrame(QStringLiteral("00:01:00;00"), ntsc), std::optional<qint64>(1800));
        QCOMPARE(Timecode::toFrame(QStringLiteral("00:01:00.01"), ntsc), std::optional<qint64>(1800));
        const FrameRate pal = rate(QStringLiteral("25"));
        for (const char *bad : {"", "00:00:00", "00:00:00:25", "00:60:00:00", "00:00:60:00", "aa:bb:cc:dd",
                                "00-00-00-00", "0:0:0:0",
                                // Found by fuzz_timecode: hours that overflow the frame count.
                                "10888888888888888888888:00:00:00", "1000:00:00:00"})
            QVERIFY2(!Timecode::toFrame(QString::fromLatin1(bad), pal), bad);
        QCOMPARE(Timecode::toFrame(QStringLiteral("100:00:00:00"), pal), std::optional<qint64>(9000000));
        QCOMPARE(Timecode::toFrame(QStringLiteral("999:59:59:24"), pal), std::optional<qint64>(89999999));
        QCOMPARE(Timecode::normalised(QStringLiteral("nonsense"), pal), QStringLiteral("nonsense"));
        // Found by fuzz_timecode: a count-every-frame label near the limit
        // names a frame whose drop-frame label would pass 999 hours.
        const FrameRate high = rate(QStringLiteral("60000/1001"));
        QVERIFY(!Timecode::toFrame(QStringLiteral("00999:59:59:59"), high));
        const auto last = Timecode::toFrame(QStringLiteral("999:59:59;59"), high);
        QVERIFY(last);
        QCOMPARE(Timecode::fromFrame(*last, high), QStringLiteral("999:59:59;59"));
        QCOMPARE(Timecode::toFrame(Timecode::fromFrame(*last, high), high), last);
    }

    void shuttleLadder()
    {
        Ui::Shuttle shuttle;
        QCOMPARE(shuttle.forward(), 1);
        QCOMPARE(shuttle.forward(), 2);
        QCOMPARE(shuttle.forward(), 4);
        QCOMPARE(shuttle.forward(), 4);
        QCOMPARE(shuttle.reverse(), 2); // slower
        QCOMPARE(shuttle.reverse(), 1);
        QCOMPARE(shuttle.reverse(), -1); // straight into reverse
        QCOMPARE(shuttle.reverse(), -2);
        QCOMPARE(shuttle.reverse(), -4);
        QCOMPARE(shuttle.reverse(), -4);
        QCOMPARE(shuttle.forward(), -2); // slower reverse
        QCOMPARE(shuttle.forward(), -1);
        QCOMPARE(shuttle.forward(), 1);
        shuttle.stop();
        QCOMPARE(shuttle.speed(), 0);
        QCOMPARE(shuttle.reverse(), -1);
    }

    void currentShot()
    {
        Ui::ShotlistModel model;
        auto shot = [](const char *in, const char *out) {
            Catalogue::ShotlistEntry entry;
            entry.tcIn = QString::fromLatin1(in);
            entry.tcOut = QString::fromLatin1(out);
            entry.description = QStringLiteral("shot");
            return entry;
        };
        Catalogue::ShotlistEntry bite = shot("00:00:02:00", "00:00:03:00");
        bite.soundbite = true;
        bite.speaker = QStringLiteral("Annelie Vørsund");
        model.setShotlist({shot("00:00:00:00", "00:00:01:00"), shot("00:00:01:10", "00:00:02:00"), bite,
                           shot("bad", "00:00:09:00")},
                          rate(QStringLiteral("25")));
        QCOMPARE(model.rowAt(0), 0);
        QCOMPARE(model.rowAt(24), 0);
        QCOMPARE(model.rowAt(25), -1); // a gap between shots
        QCOMPARE(model.rowAt(35), 1);
        QCOMPARE(model.rowAt(50), 2);
        QCOMPARE(model.rowAt(75), -1);
        QCOMPARE(model.inFrame(3), qint64(-1));
        QVERIFY(model.setCurrentFrame(60));
        QVERIFY(!model.setCurrentFrame(61));
        QCOMPARE(model.currentRow(), 2);
        QVERIFY(model.index(2, 0).data(Ui::ShotlistModel::CurrentRole).toBool());
        const QString text = model.index(2, Ui::ShotlistModel::DescriptionColumn).data().toString();
        QVERIFY2(text.contains(QStringLiteral("Soundbite"))
                     && text.contains(QStringLiteral("Annelie Vørsund")),
                 qPrintable(text));
    }

    void convertsYCbCr_data()
    {
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("cb");
        QTest::addColumn<int>("cr");
        QTest::addColumn<QColor>("expected");
        // BT.709, video range (HD).
        QTest::newRow("black") << 16 << 128 << 128 << QColor(0, 0, 0);
        QTest::newRow("white") << 235 << 128 << 128 << QColor(255, 255, 255);
        QTest::newRow("red") << 63 << 102 << 240 << QColor(255, 0, 0);
        QTest::newRow("green") << 173 << 42 << 26 << QColor(0, 255, 0);
        QTest::newRow("blue") << 32 << 240 << 118 << QColor(0, 0, 255);
    }

    void convertsYCbCr()
    {
        // The planar conversion that 4:2:2 frames go through (the 4:2:2 case
        // itself, with frames as GStreamer lays them out, is checked against
        // ffmpeg's decoding in tst_player).
        QFETCH(int, y);
        QFETCH(int, cb);
        QFETCH(int, cr);
        QFETCH(QColor, expected);
        QVideoFrame frame(QVideoFrameFormat(QSize(1920, 1080), QVideoFrameFormat::Format_YUV420P));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        QCOMPARE(frame.planeCount(), 3);
        std::memset(frame.bits(0), y, size_t(frame.mappedBytes(0)));
        std::memset(frame.bits(1), cb, size_t(frame.mappedBytes(1)));
        std::memset(frame.bits(2), cr, size_t(frame.mappedBytes(2)));
        frame.unmap();
        const QImage image = Ui::FrameImage::toImage(frame);
        QCOMPARE(image.size(), QSize(1920, 1080));
        for (const QPoint &at : {QPoint(0, 0), QPoint(1919, 1079), QPoint(960, 540)}) {
            const QColor got = image.pixelColor(at);
            QVERIFY2(std::abs(got.red() - expected.red()) <= 2
                         && std::abs(got.green() - expected.green()) <= 2
                         && std::abs(got.blue() - expected.blue()) <= 2,
                     qPrintable(got.name()));
        }
    }

    void refusesInconsistentFourTwoTwo()
    {
        // Qt 6.4 allocates 4:2:2 frames with half the chroma stride they
        // need; reading one as 4:2:2 would run off its end.
        QVideoFrame frame(QVideoFrameFormat(QSize(1920, 1080), QVideoFrameFormat::Format_YUV422P));
        QVERIFY(frame.map(QVideoFrame::WriteOnly));
        std::memset(frame.bits(0), 128, size_t(frame.mappedBytes(0)));
        frame.unmap();
        QVERIFY(Ui::FrameImage::needsOwnConversion(frame.pixelFormat()));
        QVERIFY(Ui::FrameImage::toImage(frame).isNull());
        QVERIFY(!Ui::FrameImage::displayable(frame).isValid());
        QVERIFY(Ui::FrameImage::toImage(QVideoFrame()).isNull());
    }
};

QTEST_GUILESS_MAIN(TestPlayerHelpers)
#include "tst_playerhelpers.moc"
