// The preview player as a producer meets it, on the offscreen platform with
// the GStreamer backend: clips made here with ffmpeg (1080p25 H.264 MP4 with
// a burnt-in timecode, XDCAM-style MPEG-2 4:2:2 MXF, a 70-second 29.97 clip,
// ProRes, garbage), local and streamed from nginx over loopback. Frames
// arrive; a click on a shot lands on its tc_in and shows that very frame (as
// ffmpeg decodes it); frame steps, J/K/L, drop-frame timecode, saving a PNG,
// full screen, the keyboard, and the messages when something is missing or
// broken. With MMDESK_SCREENSHOT_DIR set, saves player-*.png there.

#include "tests/support/nginxprocess.h"
#include "ui/player/framefile.h"
#include "ui/player/playeractions.h"
#include "ui/player/playercontrols.h"
#include "ui/player/playermessage.h"
#include "ui/player/previewplayer.h"
#include "ui/player/seekbar.h"
#include "ui/player/shotlistmodel.h"
#include "ui/translations.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QAudioOutput>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVideoSink>
#include <QVideoWidget>

using Ui::PreviewPlayer;

namespace {

const QString Font = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf");
const QByteArray Secret = "player-test-secret";

Catalogue::ShotlistEntry shot(const QString &in, const QString &out, const QString &description,
                              const QString &speaker = {})
{
    Catalogue::ShotlistEntry entry;
    entry.tcIn = in;
    entry.tcOut = out;
    entry.description = description;
    entry.soundbite = !speaker.isEmpty();
    entry.speaker = speaker;
    return entry;
}

// Mean absolute difference per channel of two pictures brought to one size.
double difference(const QImage &a, const QImage &b)
{
    const QSize size(192, 108);
    const QImage x =
        a.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    const QImage y =
        b.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
    qint64 sum = 0;
    for (int row = 0; row < size.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < size.width(); ++col) {
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                + std::abs(qBlue(p[col]) - qBlue(q[col]));
        }
    }
    return double(sum) / (3.0 * size.width() * size.height());
}

} // namespace

class TestPlayer final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestSupport::NginxProcess m_nginx;
    std::unique_ptr<PreviewPlayer> m_player;
    QList<Catalogue::ShotlistEntry> m_shots;

    QString media(const QString &name) const { return m_dir.filePath(QStringLiteral("media/") + name); }

    static QStringList burntInTimecode(const QString &rate)
    {
        return {QStringLiteral("-vf"),
                QStringLiteral("drawtext=fontfile=%1:timecode='00\\:00\\:00\\:00':rate=%2:fontsize=120:"
                               "fontcolor=white:box=1:boxcolor=black@0.75:boxborderw=16:x=(w-tw)/2:y=h-220")
                    .arg(Font, rate)};
    }

    // ffmpeg's decoding of frames first..first+count-1, as references.
    QList<QImage> referenceFrames(const QString &file, int first, int count) const
    {
        const QString base =
            m_dir.filePath(QStringLiteral("ref-%1-%2-").arg(QFileInfo(file).baseName()).arg(first));
        QProcess ffmpeg;
        ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
        ffmpeg.start(
            QStringLiteral("ffmpeg"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-i"), file,
             QStringLiteral("-vf"),
             QStringLiteral("select='between(n\\,%1\\,%2)',scale=384:216:in_color_matrix=bt709:in_range=tv")
                 .arg(first)
                 .arg(first + count - 1),
             QStringLiteral("-vsync"), QStringLiteral("0"), base + QStringLiteral("%03d.png")});
        if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitCode() != 0)
            qWarning() << "ffmpeg:" << ffmpeg.readAll();
        QList<QImage> frames;
        for (int i = 1; i <= count; ++i)
            frames.append(QImage(base + QString::number(i).rightJustified(3, u'0') + QStringLiteral(".png")));
        return frames;
    }

    // Which of the reference frames the player shows (their index), with
    // the differences for the failure message.
    int matchingFrame(const QList<QImage> &references, QString *differences) const
    {
        const QImage shown = m_player->frameImage();
        int best = -1;
        double bestDifference = 1e9;
        for (int i = 0; i < references.size(); ++i) {
            const double d = references.at(i).isNull() ? 1e9 : difference(shown, references.at(i));
            *differences += QString::number(d, 'f', 2) + u' ';
            if (d < bestDifference) {
                bestDifference = d;
                best = i;
            }
        }
        // The right frame differs from ffmpeg's only by rounding and scaling.
        return bestDifference < 12.0 ? best : -1;
    }

    QVideoWidget *videoWidget() const
    {
        return m_player->findChild<QVideoWidget *>(QStringLiteral("videoWidget"));
    }
    QTableView *shotList() const { return m_player->findChild<QTableView *>(QStringLiteral("shotList")); }
    QString timecodeText() const
    {
        return m_player->findChild<QLabel *>(QStringLiteral("timecodeLabel"))->text().section(u' ', 0, 0);
    }
    QString formatText() const
    {
        return m_player->findChild<QLabel *>(QStringLiteral("formatLabel"))->text();
    }
    bool showsProblem() const
    {
        return m_player->findChild<QStackedWidget *>()->currentWidget()
            == m_player->findChild<Ui::PlayerMessage *>(QStringLiteral("problemPanel"));
    }

    // Opens a clip paused on its first frame and waits for that frame.
    void openPaused(const QString &file, const QString &rate, bool interlaced,
                    const QList<Catalogue::ShotlistEntry> &shots = {})
    {
        m_player->setAutoPlay(false);
        QSignalSpy frames(m_player.get(), &PreviewPlayer::frameShown);
        m_player->openFile(file, QFileInfo(file).baseName(), rate, interlaced, shots);
        QVERIFY2(frames.wait(15000) || !frames.isEmpty(), qPrintable(m_player->problem()));
        // GStreamer tells the duration after the first frame, later still on
        // a loaded machine (seen past 5 s with the suite running on 2 cores).
        QTRY_VERIFY_WITH_TIMEOUT(m_player->duration() > 0, 20000);
    }

    // Where a person's keys go: the player's window active, the player focused.
    void focusPlayer()
    {
        m_player->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_player.get()));
        m_player->setFocus();
        QTRY_VERIFY(m_player->hasFocus());
    }

    // Lets a seek or step reach the screen.
    void settle(qint64 frame)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_player->isSeeking(), 10000);
        QCOMPARE(m_player->currentFrame(), frame);
        QCOMPARE(m_player->shownFrame(), frame);
    }

    void clickShot(int row)
    {
        QTableView *view = shotList();
        const QRect rect = view->visualRect(m_player->findChild<Ui::ShotlistModel *>()->index(row, 2));
        QVERIFY(rect.isValid());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    }

    void capture(const QString &name)
    {
        const QString folder = qEnvironmentVariable("MMDESK_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QApplication::processEvents();
        QPixmap picture = m_player->grab();
        // The picture is drawn by a native window of its own, which a widget
        // grab does not see: paint the frame on screen where it shows.
        QVideoWidget *video = videoWidget();
        const QImage frame = m_player->frameImage();
        if (video->isVisible() && !frame.isNull()) {
            QPainter painter(&picture);
            const QRect area(video->mapTo(m_player.get(), QPoint(0, 0)), video->size());
            painter.fillRect(area, Qt::black);
            const QImage scaled = frame.scaled(area.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
            painter.drawImage(area.center() - QPoint(scaled.width() / 2, scaled.height() / 2) + QPoint(1, 1),
                              scaled);
        }
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(picture.save(QDir(folder).filePath(QStringLiteral("player-%1.png").arg(name))));
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        // Pinned so that the test sees the same backend wherever it runs; and
        // one decoder ranked out of use, as if gstreamer1.0-libav were missing
        // its ProRes decoder (read once, when GStreamer starts).
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
        qputenv("GST_PLUGIN_FEATURE_RANK", "avdec_prores:NONE");
        QVERIFY(QFileInfo::exists(Font));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("media"))));

        const QStringList quiet {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
        const auto source = [](const QString &size, const QString &rate, int seconds) {
            return QStringList {
                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("testsrc2=size=%1:rate=%2:duration=%3").arg(size, rate).arg(seconds)};
        };
        const auto tone = [](int seconds) {
            return QStringList {
                QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                QStringLiteral("sine=frequency=440:sample_rate=48000:duration=%1").arg(seconds)};
        };
        const QList<QStringList> jobs {
            // The portal's preview proxy, at full HD: H.264 with B-frames, AAC, moov first.
            quiet + source(QStringLiteral("1920x1080"), QStringLiteral("25"), 4) + tone(4)
                + burntInTimecode(QStringLiteral("25"))
                + QStringList {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                               QStringLiteral("ultrafast"), QStringLiteral("-bf"), QStringLiteral("2"),
                               QStringLiteral("-g"), QStringLiteral("25"), QStringLiteral("-pix_fmt"),
                               QStringLiteral("yuv420p"), QStringLiteral("-c:a"), QStringLiteral("aac"),
                               QStringLiteral("-movflags"), QStringLiteral("+faststart"),
                               media(QStringLiteral("proxy.mp4"))},
            // A downloaded XDCAM HD422 file: MPEG-2 4:2:2 50 Mb/s, interlaced, PCM.
            quiet + source(QStringLiteral("1920x1080"), QStringLiteral("25"), 2) + tone(2)
                + burntInTimecode(QStringLiteral("25"))
                + QStringList {QStringLiteral("-c:v"),
                               QStringLiteral("mpeg2video"),
                               QStringLiteral("-pix_fmt"),
                               QStringLiteral("yuv422p"),
                               QStringLiteral("-b:v"),
                               QStringLiteral("50M"),
                               QStringLiteral("-minrate"),
                               QStringLiteral("50M"),
                               QStringLiteral("-maxrate"),
                               QStringLiteral("50M"),
                               QStringLiteral("-bufsize"),
                               QStringLiteral("36408333"),
                               QStringLiteral("-g"),
                               QStringLiteral("12"),
                               QStringLiteral("-flags"),
                               QStringLiteral("+ildct+ilme"),
                               QStringLiteral("-top"),
                               QStringLiteral("1"),
                               QStringLiteral("-c:a"),
                               QStringLiteral("pcm_s24le"),
                               QStringLiteral("-f"),
                               QStringLiteral("mxf"),
                               media(QStringLiteral("xdcam.mxf"))},
            // 29.97 fps, past the first minute where drop-frame labels begin to differ.
            quiet + source(QStringLiteral("160x90"), QStringLiteral("30000/1001"), 70)
                + QStringList {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                               QStringLiteral("ultrafast"), QStringLiteral("-pix_fmt"),
                               QStringLiteral("yuv420p"), QStringLiteral("-movflags"),
                               QStringLiteral("+faststart"), media(QStringLiteral("ntsc.mp4"))},
            // ProRes, whose decoder this test takes away: with sound, and without.
            quiet + source(QStringLiteral("640x360"), QStringLiteral("25"), 1) + tone(1)
                + QStringList {QStringLiteral("-c:v"), QStringLiteral("prores_ks"),
                               QStringLiteral("-profile:v"), QStringLiteral("3"), QStringLiteral("-c:a"),
                               QStringLiteral("pcm_s16le"), media(QStringLiteral("prores-sound.mov"))},
            quiet + source(QStringLiteral("640x360"), QStringLiteral("25"), 1)
                + QStringList {QStringLiteral("-c:v"), QStringLiteral("prores_ks"),
                               QStringLiteral("-profile:v"), QStringLiteral("3"),
                               media(QStringLiteral("prores.mov"))},
        };
        std::vector<std::unique_ptr<QProcess>> running;
        for (const QStringList &args : jobs) {
            auto process = std::make_unique<QProcess>();
            process->setProcessChannelMode(QProcess::MergedChannels);
            process->start(QStringLiteral("ffmpeg"), args);
            running.push_back(std::move(process));
        }
        for (const auto &process : running) {
            QVERIFY2(process->waitForFinished(120000), "ffmpeg did not finish (Debian package ffmpeg)");
            QVERIFY2(process->exitCode() == 0, process->readAll().constData());
        }
        QFile garbage(media(QStringLiteral("garbage.mp4")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50000; ++i) {
            const quint32 word = QRandomGenerator::global()->generate();
            garbage.write(reinterpret_cast<const char *>(&word), sizeof word);
        }
        garbage.close();

        m_shots = {shot(QStringLiteral("00:00:00:00"), QStringLiteral("00:00:01:05"),
                        QStringLiteral("Wide shot of the press room.")),
                   shot(QStringLiteral("00:00:01:05"), QStringLiteral("00:00:02:10"),
                        QStringLiteral("“Production lines are now running double shifts.”"),
                        QStringLiteral("Annelie Vørsund, Secretary General")),
                   shot(QStringLiteral("00:00:02:10"), QStringLiteral("00:00:04:00"),
                        QStringLiteral("Cutaway: journalists taking notes."))};
        m_player = std::make_unique<PreviewPlayer>();
        m_player->resize(1280, 620);
        m_player->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_player.get()));
    }

    void cleanupTestCase() { m_player.reset(); }

    void framesArrive()
    {
        m_player->setAutoPlay(true);
        QSignalSpy frames(videoWidget()->videoSink(), &QVideoSink::videoFrameChanged);
        m_player->openFile(media(QStringLiteral("proxy.mp4")), QStringLiteral("Press conference"),
                           QStringLiteral("25"), false, m_shots);
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 10, 15000);
        QCOMPARE(frames.last().first().value<QVideoFrame>().size(), QSize(1920, 1080));
        QCOMPARE(m_player->shuttleSpeed(), 1);
        QVERIFY2(m_player->problem().isEmpty(), qPrintable(m_player->problem()));
        QCOMPARE(formatText(), QStringLiteral("1920×1080 · 25 fps"));
        QVERIFY(QRegularExpression(QStringLiteral("^00:00:0\\d:\\d\\d / 00:00:04:00$"))
                    .match(m_player->findChild<QLabel *>(QStringLiteral("timecodeLabel"))->text())
                    .hasMatch());
        QVERIFY(m_player->findChild<QSlider *>(QStringLiteral("seekBar"))->value() > 0);
        // A local file is no proxy, and has no renditions to download.
        QVERIFY(!m_player->controls()->proxyBadge()->isVisible());
        QVERIFY(!m_player->controls()->downloadButton()->isVisible());
        // Each shot starts with a tick on the seek bar, named in its tool tip.
        const QList<Ui::SeekBar::Marker> &markers = m_player->controls()->seekBar()->markers();
        QCOMPARE(markers.size(), 3);
        QCOMPARE(markers.at(1).ms, m_player->frameRate().msOf(30));
        QCOMPARE(markers.at(2).ms, m_player->frameRate().msOf(60));
        QVERIFY2(markers.at(1).label.startsWith(QStringLiteral("00:00:01:05 Soundbite")),
                 qPrintable(markers.at(1).label));
        m_player->pause();
        QCOMPARE(m_player->shuttleSpeed(), 0);
    }

    // I and O mark a span, shown with its duration and copied as timecodes.
    void inAndOutPoints()
    {
        m_player->seekToFrame(10);
        settle(10);
        focusPlayer();
        QVERIFY(!m_player->actions()->copyInOut->isEnabled());
        QTest::keyClick(m_player.get(), Qt::Key_I);
        QCOMPARE(m_player->inPoint(), qint64(10));
        QTest::keyClick(m_player.get(), Qt::Key_Right, Qt::ShiftModifier); // one second on
        settle(35);
        QTest::keyClick(m_player.get(), Qt::Key_O);
        QCOMPARE(m_player->outPoint(), qint64(35));
        QCOMPARE(m_player->inOutText(), QStringLiteral("IN 00:00:00:10 OUT 00:00:01:10 DUR 00:00:01:01"));
        QLabel *label = m_player->controls()->inOutLabel();
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), m_player->inOutText());
        const Ui::SeekBar *bar = m_player->controls()->seekBar();
        QCOMPARE(bar->inMs(), m_player->frameRate().msOf(10));
        QCOMPARE(bar->outMs(), m_player->frameRate().msOf(35));
        QVERIFY(bar->xFor(bar->inMs()) < bar->xFor(bar->outMs()));

        QGuiApplication::clipboard()->clear();
        QTest::keyClick(m_player.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), m_player->inOutText());

        // An in point after the out point lets go of the out point.
        m_player->seekToFrame(50);
        settle(50);
        QTest::keyClick(m_player.get(), Qt::Key_I);
        QCOMPARE(m_player->inPoint(), qint64(50));
        QCOMPARE(m_player->outPoint(), qint64(-1));
        QCOMPARE(m_player->inOutText(), QStringLiteral("IN 00:00:02:00"));
        QTest::keyClick(m_player.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_player->inPoint(), qint64(-1));
        QVERIFY(!label->isVisible());
        QCOMPARE(bar->inMs(), qint64(-1));
    }

    // Download… lists what it was given, and says which one was chosen.
    void downloadChoices()
    {
        m_player->setDownloadChoices({{QStringLiteral("r-mxf"), QStringLiteral("MXF 1080i50 · 412 MB")},
                                      {QStringLiteral("r-mp4"), QStringLiteral("MP4 720p25 · 40 MB")}});
        QToolButton *button = m_player->controls()->downloadButton();
        QVERIFY(button->isVisible());
        QCOMPARE(button->menu()->actions().size(), 2);
        QCOMPARE(button->menu()->actions().at(0)->text(), QStringLiteral("MXF 1080i50 · 412 MB"));
        QSignalSpy asked(m_player.get(), &PreviewPlayer::downloadRequested);
        button->menu()->actions().at(1)->trigger();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.first().first().toString(), QStringLiteral("r-mp4"));
        m_player->setDownloadChoices({});
        QVERIFY(!button->isVisible());
    }

    void shotClickLandsOnTcIn()
    {
        const QString bite = m_player->findChild<Ui::ShotlistModel *>()->index(1, 2).data().toString();
        QVERIFY2(bite.startsWith(QStringLiteral("Soundbite — Annelie Vørsund, Secretary General: ")),
                 qPrintable(bite));
        QSignalSpy shotChanged(m_player.get(), &PreviewPlayer::currentShotChanged);
        clickShot(2); // tc_in 00:00:02:10, frame 60
        settle(60);
        QVERIFY2(std::abs(m_player->position() - 2400) < 40,
                 qPrintable(QString::number(m_player->position())));
        QCOMPARE(timecodeText(), QStringLiteral("00:00:02:10"));
        QCOMPARE(m_player->currentShot(), 2);
        QVERIFY(!shotChanged.isEmpty());
        QVERIFY(m_player->findChild<Ui::ShotlistModel *>()
                    ->index(2, 0)
                    .data(Ui::ShotlistModel::CurrentRole)
                    .toBool());
        // The very frame: the one ffmpeg decodes as frame 60, not a neighbour.
        QString differences;
        QCOMPARE(matchingFrame(referenceFrames(media(QStringLiteral("proxy.mp4")), 59, 3), &differences), 1);
        qInfo() << "difference to ffmpeg frames 59, 60, 61:" << differences;
        capture(QStringLiteral("shotlist"));

        clickShot(1);
        settle(30);
        QCOMPARE(timecodeText(), QStringLiteral("00:00:01:05"));
        QCOMPARE(m_player->currentShot(), 1);
    }

    void copiesShotsForAScript()
    {
        // The shot clicked last (shotClickLandsOnTcIn) is the one selected.
        m_player->setScriptDetails(QStringLiteral("Test Library"), QStringLiteral("Editorial use only."));
        QGuiApplication::clipboard()->clear();
        m_player->actions()->copyForScript->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("SOUNDBITE Annelie Vørsund, Secretary General")),
                 qPrintable(copied));
        QVERIFY2(copied.contains(QStringLiteral("IN 00:00:01:05")), qPrintable(copied));
        QVERIFY(copied.endsWith(QStringLiteral("Credit: Test Library\nTerms: Editorial use only.\n")));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasHtml());
    }

    void frameSteps()
    {
        clickShot(2);
        settle(60);
        focusPlayer();
        QTest::keyClick(m_player.get(), Qt::Key_Right);
        settle(61);
        QCOMPARE(timecodeText(), QStringLiteral("00:00:02:11"));
        QVERIFY(m_player->position() >= 2440 && m_player->position() < 2480);
        QTest::keyClick(m_player.get(), Qt::Key_Left);
        QTest::keyClick(m_player.get(), Qt::Key_Left);
        settle(59);
        QCOMPARE(timecodeText(), QStringLiteral("00:00:02:09"));
        QString differences;
        QCOMPARE(matchingFrame(referenceFrames(media(QStringLiteral("proxy.mp4")), 58, 3), &differences), 1);
        QTest::keyClick(m_player.get(), Qt::Key_Right, Qt::ShiftModifier);
        settle(84);
        QTest::keyClick(m_player.get(), Qt::Key_End);
        settle(99);
        QCOMPARE(timecodeText(), QStringLiteral("00:00:03:24"));
        QTest::keyClick(m_player.get(), Qt::Key_Right); // nothing after the last frame
        QTest::qWait(200);
        QCOMPARE(m_player->currentFrame(), qint64(99));
        QTest::keyClick(m_player.get(), Qt::Key_Home);
        settle(0);
        QCOMPARE(m_player->shuttleSpeed(), 0);
    }

    void shuttle()
    {
        m_player->seekToFrame(50);
        settle(50);
        focusPlayer();
        QSignalSpy speeds(m_player.get(), &PreviewPlayer::shuttleSpeedChanged);
        QTest::keyClick(m_player.get(), Qt::Key_L);
        QTest::keyClick(m_player.get(), Qt::Key_L);
        QCOMPARE(m_player->shuttleSpeed(), 2);
        QCOMPARE(m_player->findChild<QLabel *>(QStringLiteral("shuttleLabel"))->text(),
                 QStringLiteral("▶▶ 2×"));
        QTest::keyClick(m_player.get(), Qt::Key_J); // slower
        QCOMPARE(m_player->shuttleSpeed(), 1);
        QTRY_VERIFY(m_player->currentFrame() > 55);
        QTest::keyClick(m_player.get(), Qt::Key_K);
        QCOMPARE(m_player->shuttleSpeed(), 0);
        QTest::qWait(200);
        const qint64 stopped = m_player->currentFrame();
        QTest::qWait(300);
        QCOMPARE(m_player->currentFrame(), stopped);

        // Reverse: natively where the backend can, else in steps; backwards either way.
        QTest::keyClick(m_player.get(), Qt::Key_J);
        QCOMPARE(m_player->shuttleSpeed(), -1);
        QTRY_VERIFY_WITH_TIMEOUT(m_player->currentFrame() < stopped - 5, 5000);
        QTRY_VERIFY(m_player->reverseMode() != PreviewPlayer::ReverseMode::Untried);
        qInfo() << "reverse on a local MP4:" << m_player->reverseMode();
        QTest::keyClick(m_player.get(), Qt::Key_K);
        QTRY_COMPARE(m_player->shuttleSpeed(), 0);
        // Reverse runs into the first frame and stops there.
        m_player->seekToFrame(8);
        settle(8);
        QTest::keyClick(m_player.get(), Qt::Key_J);
        QTRY_COMPARE_WITH_TIMEOUT(m_player->shuttleSpeed(), 0, 8000);
        QTRY_COMPARE(m_player->currentFrame(), qint64(0));
        QVERIFY(!speeds.isEmpty());

        // Forward runs into the last frame and shows it, paused.
        m_player->seekToFrame(90);
        settle(90);
        QTest::keyClick(m_player.get(), Qt::Key_Space);
        QCOMPARE(m_player->shuttleSpeed(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_player->shuttleSpeed(), 0, 8000);
        QTRY_COMPARE(m_player->currentFrame(), qint64(99));
        QVERIFY(m_player->frameImage().size() == QSize(1920, 1080));
    }

    void savesFrame()
    {
        clickShot(2);
        settle(60);
        QCOMPARE(m_player->defaultFrameFileName(), QStringLiteral("Press conference 00-00-02-10.png"));
        QSignalSpy saved(m_player.get(), &PreviewPlayer::frameSaved);
        focusPlayer();
        QTest::keyClick(m_player.get(), Qt::Key_S, Qt::ControlModifier);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_player->findChild<QFileDialog *>(QStringLiteral("saveFrameDialog")))
                    != nullptr);
        QVERIFY(
            dialog->selectedFiles().value(0).endsWith(QStringLiteral("/Press conference 00-00-02-10.png")));
        const QString path = m_dir.filePath(QStringLiteral("still.png"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept();
        QTRY_COMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), path);
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage still = reader.read();
        QCOMPARE(still.size(), QSize(1920, 1080));
        QCOMPARE(still.text(QStringLiteral("Timecode")), QStringLiteral("00:00:02:10"));
        QCOMPARE(still.text(QStringLiteral("Title")), QStringLiteral("Press conference"));
        QVERIFY(m_player->saveFrameTo(QStringLiteral("/nonexistent-folder/x.png"))
                    .error()
                    .message.contains(QStringLiteral("/nonexistent-folder/x.png")));

        // With a caption: the same picture, whole, and a band below it that
        // names the clip, the timecode and the credit.
        m_player->setScriptDetails(QStringLiteral("Test Library"), QStringLiteral("Editorial use only."));
        QTest::keyClick(m_player.get(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY((dialog = m_player->findChild<QFileDialog *>(QStringLiteral("saveFrameDialog")))
                        != nullptr
                    && dialog->isVisible());
        QTRY_VERIFY(
            dialog->selectedFiles().value(0).endsWith(QStringLiteral("/Press conference 00-00-02-10.png")));
        const QString captionedPath = m_dir.filePath(QStringLiteral("captioned.png"));
        // Typed, as a person would in the folder the dialog opened in.
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(QStringLiteral("captioned.png"));
        QTRY_COMPARE(dialog->selectedFiles().value(0), captionedPath);
        static_cast<QDialog *>(dialog)->accept();
        QTRY_COMPARE(saved.size(), 2);
        QCOMPARE(saved.last().first().toString(), captionedPath);
        const QImage captioned(captionedPath);
        QCOMPARE(captioned.width(), 1920);
        const int band = captioned.height() - 1080;
        QVERIFY2(band >= 32, qPrintable(QString::number(band)));
        QCOMPARE(captioned.copy(0, 0, 1920, 1080).convertToFormat(QImage::Format_RGB32),
                 still.convertToFormat(QImage::Format_RGB32));
        QCOMPARE(captioned.text(QStringLiteral("Copyright")), QStringLiteral("Test Library"));
        // Light text on the dark band: some bright pixels, and the band's own colour around them.
        const QImage strip = captioned.copy(0, 1080, 1920, band);
        int bright = 0;
        for (int y = 0; y < strip.height(); ++y)
            for (int x = 0; x < strip.width(); ++x)
                bright += qGray(strip.pixel(x, y)) > 160 ? 1 : 0;
        QVERIFY2(bright > 200, qPrintable(QString::number(bright)));
        QCOMPARE(qGray(strip.pixel(2, 2)), qGray(qRgb(16, 16, 16)));
        QCOMPARE(
            Ui::FrameFile::captionLine({QStringLiteral("Press conference"), QStringLiteral("00:00:02:10"),
                                        QStringLiteral("Test Library"), QString()}),
            QStringLiteral("Press conference · 00:00:02:10 · Credit: Test Library"));
    }

    void broadcastMxf()
    {
        // 4:2:2 frames: drawn and saved without Qt's own conversion, which
        // crashes on them in Qt 6.4.
        openPaused(media(QStringLiteral("xdcam.mxf")), QStringLiteral("25"), true);
        QCOMPARE(m_player->frameImage().size(), QSize(1920, 1080));
        QCOMPARE(formatText(), QStringLiteral("1920×1080 · 25 fps · interlaced"));
        focusPlayer();
        QTest::keyClick(m_player.get(), Qt::Key_Right);
        settle(1);
        QString differences;
        QCOMPARE(matchingFrame(referenceFrames(media(QStringLiteral("xdcam.mxf")), 0, 3), &differences), 1);
        qInfo() << "MXF: difference to ffmpeg frames 0, 1, 2:" << differences;
        m_player->seekToFrame(40);
        settle(40);
        QTest::keyClick(m_player.get(), Qt::Key_J);
        QTRY_VERIFY_WITH_TIMEOUT(m_player->currentFrame() < 35, 6000);
        qInfo() << "reverse on a local MXF:" << m_player->reverseMode();
        QTest::keyClick(m_player.get(), Qt::Key_K);
        QTRY_COMPARE(m_player->shuttleSpeed(), 0);
        QVERIFY(m_player->problem().isEmpty());
    }

    void dropFrameTimecode()
    {
        // The portal writes tc_in with ':' (counting every frame): frame 1800.
        openPaused(
            media(QStringLiteral("ntsc.mp4")), QStringLiteral("30000/1001"), false,
            {shot(QStringLiteral("00:00:00:00"), QStringLiteral("00:01:00:00"), QStringLiteral("Opening")),
             shot(QStringLiteral("00:01:00:00"), QStringLiteral("00:01:10:00"),
                  QStringLiteral("After a minute"))});
        QCOMPARE(formatText(), QStringLiteral("160×90 · 29.97 fps · drop-frame"));
        auto *model = m_player->findChild<Ui::ShotlistModel *>();
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("00:01:00;02"));
        m_player->seekToFrame(1799);
        settle(1799);
        QCOMPARE(timecodeText(), QStringLiteral("00:00:59;29"));
        clickShot(1);
        settle(1800);
        QCOMPARE(timecodeText(), QStringLiteral("00:01:00;02"));
        QVERIFY2(std::abs(m_player->position() - 60060) <= 34,
                 qPrintable(QString::number(m_player->position())));
        QCOMPARE(m_player->currentShot(), 1);
        focusPlayer();
        QTest::keyClick(m_player.get(), Qt::Key_Left);
        settle(1799);
        QCOMPARE(timecodeText(), QStringLiteral("00:00:59;29"));
    }

    void streamsFromNginx()
    {
        QVERIFY2(m_nginx.start(m_dir.path(), Secret).isEmpty(), "nginx (Debian package nginx-light)");
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 3600;
        const QString path = QStringLiteral("/media/proxy.mp4");
        const QByteArray signedPart = QByteArray::number(expires) + path.toUtf8() + ' ' + Secret;
        const QByteArray md5 = QCryptographicHash::hash(signedPart, QCryptographicHash::Md5)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QUrl url = m_nginx.mediaBaseUrl();
        url.setPath(path);
        url.setQuery(QStringLiteral("md5=%1&expires=%2").arg(QString::fromLatin1(md5)).arg(expires));

        m_player->setAutoPlay(true);
        QSignalSpy frames(videoWidget()->videoSink(), &QVideoSink::videoFrameChanged);
        m_player->openUrl(url, QStringLiteral("Press conference"), QStringLiteral("25"), false, m_shots);
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 5, 15000);
        m_player->pause();
        // Streamed from the media host: the portal's proxy, and it says so.
        QTRY_COMPARE(m_player->controls()->proxyBadge()->text(), QStringLiteral("PROXY 1920×1080"));
        QVERIFY(m_player->controls()->proxyBadge()->isVisible());
        clickShot(2);
        settle(60);
        QVERIFY(std::abs(m_player->position() - 2400) < 40);
        QString differences;
        QCOMPARE(matchingFrame(referenceFrames(media(QStringLiteral("proxy.mp4")), 59, 3), &differences), 1);

        // A link the server refuses: the message says so, not "internal data stream error".
        QSignalSpy errors(m_player.get(), &PreviewPlayer::errorOccurred);
        url.setQuery(QStringLiteral("md5=forged&expires=%1").arg(expires));
        m_player->openUrl(url, QStringLiteral("Press conference"), QStringLiteral("25"), false, m_shots);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 15000);
        QVERIFY(showsProblem());
        QVERIFY2(m_player->problem().contains(QStringLiteral("HTTP 403")), qPrintable(m_player->problem()));
        QVERIFY(m_player->problem().contains(QStringLiteral("fresh link")));
    }

    void unreachableServer()
    {
        QSignalSpy errors(m_player.get(), &PreviewPlayer::errorOccurred);
        m_player->openUrl(QUrl(QStringLiteral("http://127.0.0.1:1/preview.mp4")), QStringLiteral("Gone"),
                          QStringLiteral("25"), false, {});
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 15000);
        QVERIFY2(m_player->problem().startsWith(QStringLiteral("The media server cannot be reached")),
                 qPrintable(m_player->problem()));
        QVERIFY(m_player->problem().contains(QStringLiteral("proxy")));
    }

    void brokenAndMissing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("garbage") << "garbage.mp4"
                                 << "This is not a video Multimedia Desk can read"
                                 << "damaged";
        QTest::newRow("no decoder, no sound") << "prores.mov"
                                              << "No decoder for this clip"
                                              << "gstreamer1.0-libav";
        QTest::newRow("no decoder, sound plays") << "prores-sound.mov"
                                                 << "No picture"
                                                 << "gstreamer1.0-libav";
        QTest::newRow("file gone") << "gone.mxf"
                                   << "The file is not there"
                                   << "gone.mxf";
    }

    void brokenAndMissing()
    {
        QFETCH(QString, file);
        QFETCH(QString, heading);
        QFETCH(QString, mentions);
        m_player->setAutoPlay(true);
        QSignalSpy errors(m_player.get(), &PreviewPlayer::errorOccurred);
        m_player->openFile(media(file), QStringLiteral("Press conference (ProRes master)"),
                           QStringLiteral("25"), false, m_shots);
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 10000);
        QVERIFY(showsProblem());
        QCOMPARE(m_player->findChild<QLabel *>(QStringLiteral("problemHeading"))->text(), heading);
        const QString explanation =
            m_player->findChild<QLabel *>(QStringLiteral("problemExplanation"))->text();
        QVERIFY2(explanation.contains(mentions), qPrintable(explanation));
        QCOMPARE(errors.first().first().toString(), m_player->problem());
        if (file == u"prores-sound.mov")
            capture(QStringLiteral("no-picture"));
    }

    void retryAfterProblem()
    {
        QSignalSpy errors(m_player.get(), &PreviewPlayer::errorOccurred);
        m_player->openFile(media(QStringLiteral("late.mp4")), QStringLiteral("Late"), QStringLiteral("25"),
                           false, {});
        QTRY_COMPARE(errors.size(), 1);
        QVERIFY(QFile::copy(media(QStringLiteral("proxy.mp4")), media(QStringLiteral("late.mp4"))));
        auto *retry = m_player->findChild<QAbstractButton *>(QStringLiteral("retryButton"));
        QVERIFY(retry->isVisible());
        QSignalSpy frames(m_player.get(), &PreviewPlayer::frameShown);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10000);
        QVERIFY(!showsProblem());
        m_player->pause();
    }

    void fullScreen()
    {
        openPaused(media(QStringLiteral("proxy.mp4")), QStringLiteral("25"), false, m_shots);
        if (QTest::currentTestFailed())
            return;
        auto *stage = m_player->findChild<QWidget *>(QStringLiteral("playerStage"));
        focusPlayer();
        QTest::keyClick(m_player.get(), Qt::Key_F);
        QVERIFY(m_player->isFullScreenMode());
        QVERIFY(stage->isWindow());
        QTRY_VERIFY(stage->windowState() & Qt::WindowFullScreen);
        QVERIFY(m_player->findChild<QLabel *>(QStringLiteral("fullScreenNote"))->isVisible());
        // The shortcuts follow the picture into its window.
        stage->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(stage));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        settle(1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!m_player->isFullScreenMode());
        QVERIFY(!stage->isWindow());
        QTRY_VERIFY(stage->isVisible());
        QVERIFY(stage->geometry().width() > 400);
        // Esc is not the player's while it is not full screen.
        QVERIFY(!m_player->actions()->leaveFullScreen->isEnabled());

        QTest::mouseDClick(videoWidget(), Qt::LeftButton);
        QVERIFY(m_player->isFullScreenMode());
        QTest::mouseDClick(videoWidget(), Qt::LeftButton);
        QVERIFY(!m_player->isFullScreenMode());
        QTRY_VERIFY(videoWidget()->isVisible());
    }

    void keyboardAndAccessibility()
    {
        for (QAction *action : m_player->actions()->all()) {
            QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
            QVERIFY2(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                     qPrintable(action->toolTip()));
        }
        for (QToolButton *button : m_player->findChildren<QToolButton *>()) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), qPrintable(button->objectName()));
            if (button->defaultAction()) // Download… is a menu of its own
                QCOMPARE(accessible->text(QAccessible::Name), button->defaultAction()->text());
        }
        for (const char *name : {"seekBar", "volumeSlider", "timecodeLabel", "shotList"}) {
            auto *widget = m_player->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(widget && !widget->accessibleName().isEmpty(), name);
        }

        auto *audio = m_player->findChild<QAudioOutput *>();
        focusPlayer();
        QTest::keyClick(m_player.get(), Qt::Key_M);
        QVERIFY(audio->isMuted());
        QCOMPARE(m_player->actions()->mute->text(), QStringLiteral("Unmute"));
        QTest::keyClick(m_player.get(), Qt::Key_M);
        QVERIFY(!audio->isMuted());
        m_player->findChild<QSlider *>(QStringLiteral("volumeSlider"))->setValue(0);
        QCOMPARE(audio->volume(), 0.0f);
        m_player->findChild<QSlider *>(QStringLiteral("volumeSlider"))->setValue(100);
        QCOMPARE(audio->volume(), 1.0f);

        // Play and pause from the keyboard, and the button says which.
        QTest::keyClick(m_player.get(), Qt::Key_Space);
        QCOMPARE(m_player->actions()->playPause->text(), QStringLiteral("Pause"));
        QTest::keyClick(m_player.get(), Qt::Key_Space);
        QCOMPARE(m_player->actions()->playPause->text(), QStringLiteral("Play"));
        QCOMPARE(m_player->shuttleSpeed(), 0);
    }
};

QTEST_MAIN(TestPlayer)
#include "tst_player.moc"
