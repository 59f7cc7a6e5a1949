#include "ui/player/transport.h"

#include <QLoggingCategory>
#include <QMediaFormat>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QUrl>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcTransport, "mmdesk.player.transport", QtInfoMsg)

namespace Ui {

namespace {

// Stepped reverse: one jump of |speed| × 200 ms of material every 200 ms.
constexpr int ReverseTickMs = 200;
// How long the first J on a clip waits to see the picture go backwards.
constexpr int ReverseProbeMs = 900;
// How long a seek may hold the timecode (and the next stepped-reverse
// jump) waiting for its own frame before the picture on screen counts.
constexpr int SeekPatienceMs = 1500;

} // namespace

Transport::Transport(QMediaPlayer *player, QObject *parent) : QObject(parent), m_player(player)
{
    m_reverseProbe.setSingleShot(true);
    m_reverseProbe.setInterval(ReverseProbeMs);
    connect(&m_reverseProbe, &QTimer::timeout, this, &Transport::fallBackToSteppedReverse);
    m_reverseStep.setInterval(ReverseTickMs);
    connect(&m_reverseStep, &QTimer::timeout, this, &Transport::stepReverse);
    // A seek whose own frame never shows (the backend landed next to it, or
    // gave no time stamps) stops holding the display after a while.
    m_seekPatience.setSingleShot(true);
    m_seekPatience.setInterval(SeekPatienceMs);
    connect(&m_seekPatience, &QTimer::timeout, this, [this] {
        m_seekTarget = -1;
        updateFrame();
    });
    // QMediaPlayer ignores seeks until the stream says it can seek (over
    // HTTP, a moment after the first frames): the last one asked for waits.
    connect(m_player, &QMediaPlayer::seekableChanged, this, [this](bool seekable) {
        if (seekable && m_seekTarget >= 0)
            m_player->setPosition(m_rate.msOf(m_seekTarget));
    });
}

void Transport::reset(const FrameRate &rate, bool ready)
{
    stopTimers();
    m_seekPatience.stop();
    m_rate = rate;
    m_ready = ready;
    m_shuttle.stop();
    m_frame = 0;
    m_firstStartUs = -1;
    m_pictureFrame = -1;
    m_seekTarget = -1;
    m_reverseMode = ReverseMode::Untried;
    m_player->setPlaybackRate(1.0);
    emit speedChanged(0);
}

void Transport::setFrameRate(const FrameRate &rate)
{
    m_rate = rate;
    updateFrame();
}

void Transport::halt()
{
    m_ready = false;
    stopTimers();
    m_seekPatience.stop();
    if (m_shuttle.speed() != 0) {
        m_shuttle.stop();
        emit speedChanged(0);
    }
}

void Transport::stopTimers()
{
    m_reverseProbe.stop();
    m_reverseStep.stop();
}

qint64 Transport::frameCount() const
{
    return m_rate.frameAt(m_player->duration());
}

void Transport::play()
{
    if (m_shuttle.speed() != 1) {
        m_shuttle.play();
        apply();
    }
}

void Transport::pause()
{
    m_shuttle.stop();
    apply();
}

void Transport::togglePlayPause()
{
    if (m_shuttle.speed() == 0)
        play();
    else
        pause();
}

void Transport::shuttleForward()
{
    m_shuttle.forward();
    apply();
}

void Transport::shuttleReverse()
{
    m_shuttle.reverse();
    apply();
}

void Transport::apply()
{
    const int speed = m_shuttle.speed();
    if (!m_ready) {
        m_shuttle.stop();
    } else if (speed > 0) {
        stopTimers();
        m_seekTarget = -1;
        m_player->setPlaybackRate(speed);
        m_player->play();
    } else if (speed < 0) {
        startReverse();
    } else {
        stopTimers();
        m_player->pause();
        // Paused at another rate, seeks and steps would run that way (a
        // reverse segment shows the frame before the one asked for).
        if (m_player->playbackRate() != 1.0)
            m_player->setPlaybackRate(1.0);
    }
    emit speedChanged(m_shuttle.speed());
}

void Transport::startReverse()
{
    if (m_frame <= 0) {
        // Nothing lies before the first frame.
        m_shuttle.stop();
        m_player->pause();
        return;
    }
    if (m_reverseMode == ReverseMode::Untried && !mayReverseNatively())
        m_reverseMode = ReverseMode::Stepped;
    if (m_reverseMode == ReverseMode::Stepped) {
        m_player->pause();
        if (!m_reverseStep.isActive()) {
            m_reverseStep.start();
            stepReverse();
        }
        return;
    }
    if (m_reverseMode == ReverseMode::Untried && !m_reverseProbe.isActive()) {
        m_reverseOrigin = m_player->position();
        m_reverseProbe.start();
    }
    m_player->setPlaybackRate(m_shuttle.speed());
    m_player->play();
}

bool Transport::mayReverseNatively() const
{
    // GStreamer reverses MP4 and QuickTime read from a file (qtdemux pulls
    // the data backwards). Streamed over HTTP it ignores the direction, and
    // a negative rate on MXF breaks the pipeline; the FFmpeg backend of Qt
    // 6.4 cannot play backwards at all.
    const QString backend = qEnvironmentVariable("QT_MEDIA_BACKEND");
    if (!backend.isEmpty() && backend.compare(u"gstreamer", Qt::CaseInsensitive) != 0)
        return false;
    if (!m_player->source().isLocalFile())
        return false;
    const auto format =
        m_player->metaData().value(QMediaMetaData::FileFormat).value<QMediaFormat::FileFormat>();
    return format == QMediaFormat::MPEG4 || format == QMediaFormat::QuickTime;
}

void Transport::checkReverseProbe()
{
    const qint64 frameMs = m_rate.msOf(1);
    const qint64 now = m_player->position();
    if (now <= m_reverseOrigin - 2 * frameMs) {
        m_reverseProbe.stop();
        m_reverseMode = ReverseMode::Native;
        qCDebug(lcTransport) << "the backend plays this clip in reverse";
    } else if (now >= m_reverseOrigin + 3 * frameMs) {
        fallBackToSteppedReverse();
    }
}

void Transport::fallBackToSteppedReverse()
{
    m_reverseProbe.stop();
    if (m_reverseMode != ReverseMode::Untried)
        return;
    qCDebug(lcTransport) << "no reverse playback for this clip: stepping back instead";
    m_reverseMode = ReverseMode::Stepped;
    m_player->pause();
    m_player->setPlaybackRate(1.0);
    seekToFrame(m_rate.frameAt(m_reverseOrigin));
    if (m_shuttle.speed() < 0)
        m_reverseStep.start();
}

void Transport::stepReverse()
{
    if (m_shuttle.speed() >= 0) {
        m_reverseStep.stop();
        return;
    }
    // Decoding a long-GOP frame can take longer than a tick: wait for the
    // last jump to reach the screen rather than pile up seeks.
    if (m_seekTarget >= 0 && m_seekClock.elapsed() < SeekPatienceMs)
        return;
    const qint64 jump = std::max<qint64>(
        1, std::llround(-m_shuttle.speed() * m_rate.framesPerSecond() * ReverseTickMs / 1000.0));
    const qint64 target = m_frame - jump;
    if (target <= 0) {
        seekToFrame(0);
        pause();
        return;
    }
    seekToFrame(target);
}

void Transport::reachedEnd()
{
    // Rest on the last frame (forward) or the first (reverse), paused,
    // rather than on an empty picture.
    const bool reverse = m_shuttle.speed() < 0;
    m_shuttle.stop();
    stopTimers();
    m_player->setPlaybackRate(1.0);
    m_player->pause();
    seekToFrame(reverse ? 0 : frameCount() - 1);
    emit speedChanged(0);
}

void Transport::stepFrames(qint64 count)
{
    if (m_shuttle.speed() != 0)
        pause();
    const qint64 from = m_seekTarget >= 0 ? m_seekTarget : m_frame;
    seekToFrame(from + count);
}

void Transport::seekToFrame(qint64 frame)
{
    if (!m_ready)
        return;
    // Over HTTP the length may not be known yet when the first frames play.
    const qint64 count = frameCount();
    frame = std::max<qint64>(count > 0 ? std::min(frame, count - 1) : frame, 0);
    m_seekTarget = frame;
    m_seekClock.start();
    m_seekPatience.start();
    if (m_player->isSeekable())
        m_player->setPosition(m_rate.msOf(frame));
    updateFrame();
}

void Transport::frameShown(qint64 startTimeUs)
{
    if (startTimeUs >= 0) {
        if (m_firstStartUs < 0)
            m_firstStartUs = startTimeUs;
        const double seconds = double(startTimeUs - m_firstStartUs) / 1e6;
        m_pictureFrame = std::max<qint64>(0, std::llround(seconds * m_rate.framesPerSecond()));
    } else {
        m_pictureFrame = -1;
    }
    if (m_seekTarget >= 0) {
        // A frame decoded before the seek can still reach the screen after
        // it: the seek is done when its own frame shows (or, playing, one
        // just after it), or when the backend has had long enough.
        bool arrived = m_pictureFrame == m_seekTarget;
        if (m_pictureFrame < 0)
            arrived = m_player->isSeekable();
        else if (m_shuttle.speed() > 0)
            arrived = m_pictureFrame >= m_seekTarget && m_pictureFrame <= m_seekTarget + m_rate.nominal() / 2;
        if (arrived || m_seekClock.elapsed() > SeekPatienceMs) {
            m_seekTarget = -1;
            m_seekPatience.stop();
        }
    }
    updateFrame();
    if (m_reverseProbe.isActive())
        checkReverseProbe();
}

void Transport::updateFrame()
{
    qint64 frame = m_seekTarget;
    if (frame < 0)
        frame = m_pictureFrame >= 0 ? m_pictureFrame : m_rate.frameAt(m_player->position());
    m_frame = frame;
    emit frameChanged(frame);
}

} // namespace Ui
