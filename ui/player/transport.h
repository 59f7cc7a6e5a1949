#pragma once

#include "ui/player/framerate.h"
#include "ui/player/shuttle.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

class QMediaPlayer;

namespace Ui {

// Moves a QMediaPlayer the way an editor does, frame by frame: play and
// pause, J/K/L shuttle, steps and seeks by whole frames, and where it rests
// at either end of the clip. Knows which frame is on screen.
class Transport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Transport)

public:
    // How J plays backwards. Backends reverse some media natively (GStreamer:
    // local MP4 and MOV) and not others (MXF, anything streamed over HTTP):
    // where they may, the first J on a clip tries, and falls back when the
    // picture does not go backwards; elsewhere, and then, J steps back in
    // small jumps (|speed| × 200 ms of material five times a second).
    enum class ReverseMode { Untried, Native, Stepped };
    Q_ENUM(ReverseMode)

    Transport(QMediaPlayer *player, QObject *parent = nullptr);

    // A new clip (or none: not ready), at this frame rate.
    void reset(const FrameRate &rate, bool ready);
    // The media said its rate after all.
    void setFrameRate(const FrameRate &rate);
    // Stops where it is, for good, when the clip failed.
    void halt();

    int speed() const { return m_shuttle.speed(); }
    ReverseMode reverseMode() const { return m_reverseMode; }
    // The frame the timecode shows: where a seek is going, else the picture's.
    qint64 currentFrame() const { return m_frame; }
    // The frame whose picture is on screen.
    qint64 shownFrame() const { return m_pictureFrame >= 0 ? m_pictureFrame : m_frame; }
    bool isSeeking() const { return m_seekTarget >= 0; }
    qint64 frameCount() const;

    void play();
    void pause();
    void togglePlayPause();
    void shuttleForward();
    void shuttleReverse();
    void stepFrames(qint64 count);
    void seekToFrame(qint64 frame);

    // Feed: a frame reached the screen (its start time in µs, -1 when the
    // backend gave none); the position moved; the clip ended.
    void frameShown(qint64 startTimeUs);
    void updateFrame();
    void reachedEnd();

signals:
    void speedChanged(int speed);
    void frameChanged(qint64 frame);

private:
    void apply();
    void startReverse();
    bool mayReverseNatively() const;
    void checkReverseProbe();
    void fallBackToSteppedReverse();
    void stepReverse();
    void stopTimers();

    QMediaPlayer *m_player;
    FrameRate m_rate;
    bool m_ready = false;
    Shuttle m_shuttle;
    qint64 m_frame = 0;
    // Frames are numbered by their own time stamps, counted from the clip's
    // first frame (MP4 with B-frames starts them a few frames late).
    qint64 m_firstStartUs = -1;
    qint64 m_pictureFrame = -1;
    // The frame a seek is on its way to, until it reaches the screen; -1 when none.
    qint64 m_seekTarget = -1;
    QElapsedTimer m_seekClock;
    QTimer m_seekPatience;
    ReverseMode m_reverseMode = ReverseMode::Untried;
    qint64 m_reverseOrigin = 0;
    QTimer m_reverseProbe;
    QTimer m_reverseStep;
};

} // namespace Ui
