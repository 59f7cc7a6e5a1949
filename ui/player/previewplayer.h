#pragma once

#include "core/catalogue/video.h"
#include "core/util/result.h"
#include "ui/player/framerate.h"
#include "ui/player/transport.h"

#include <QElapsedTimer>
#include <QImage>
#include <QList>
#include <QMediaPlayer>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QWidget>

#include <functional>

class QAudioOutput;
class QLabel;
class QMenu;
class QVideoSink;
class QVideoWidget;

namespace Ui {

class PlaybackProblem;
class PlayerActions;
class PlayerControls;
class PlayerStage;
class ShotlistModel;
class ShotlistPanel;
class StreamProbe;

// Previews a clip: the portal's low-bitrate proxy streamed over HTTP
// (preview_url, seekable by Range) or a downloaded broadcast file (H.264 MP4,
// XDCAM MXF, ProRes MOV). Frame-accurate navigation by SMPTE timecode, frame
// step, J/K/L shuttle and the clip's shot list beside the picture; volume,
// full screen, and saving the frame on screen as a PNG. When a clip cannot
// be played, the picture gives way to a message that says why and what to do.
class PreviewPlayer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPlayer)

public:
    using ReverseMode = Transport::ReverseMode;

    explicit PreviewPlayer(QWidget *parent = nullptr);
    ~PreviewPlayer() override;

    // frameRate is the clip's as the portal gives it ("25", "30000/1001");
    // when empty or unreadable, the media's own is used. The shot list's
    // timecodes count from the clip's first frame.
    void openUrl(const QUrl &source, const QString &title, const QString &frameRate, bool interlaced,
                 const QList<Catalogue::ShotlistEntry> &shotlist);
    void openFile(const QString &path, const QString &title, const QString &frameRate, bool interlaced,
                  const QList<Catalogue::ShotlistEntry> &shotlist);
    // The credit and usage terms a shot list copied for a script carries
    // (call after opening).
    void setScriptDetails(const QString &credit, const QString &usageTerms);
    // The video's renditions (id, name) for the Download… button (call after
    // opening); none hides it. Choosing one emits downloadRequested().
    void setDownloadChoices(const QList<std::pair<QString, QString>> &choices);
    // Stops and lets go of the clip (source, title and shot list).
    void close();

    // Whether opening a clip starts playing it (the default) or shows its
    // first frame.
    bool autoPlay() const { return m_autoPlay; }
    void setAutoPlay(bool autoPlay) { m_autoPlay = autoPlay; }

    QUrl source() const { return m_source; }
    QString title() const { return m_title; }
    FrameRate frameRate() const { return m_rate; }
    // 0 when paused; 1, 2, 4 forward and -1, -2, -4 in reverse.
    int shuttleSpeed() const;
    // How J plays this clip backwards, once it has been asked to.
    ReverseMode reverseMode() const;
    qint64 position() const;
    qint64 duration() const;
    // The frame the timecode shows: where a seek or step is going, until
    // its picture arrives, then the frame on screen.
    qint64 currentFrame() const;
    // The frame whose picture is on screen (what a saved PNG holds).
    qint64 shownFrame() const;
    bool isSeeking() const;
    qint64 frameCount() const;
    // What the timecode display shows for the current frame.
    QString timecode() const;
    int currentShot() const;
    // The picture on screen at its full size (null before the first frame).
    QImage frameImage() const;
    // "<title> <timecode>.png", safe as a file name.
    QString defaultFrameFileName() const;
    Util::Result<void> saveFrameTo(const QString &path, bool withCaption = false) const;
    // The message shown instead of the picture, or empty while all is well.
    QString problem() const { return m_problem; }
    bool isFullScreenMode() const;
    PlayerActions *actions() const { return m_actions; }
    PlayerControls *controls() const { return m_controls; }
    // The in and out points (frames, the out point included); -1 when not set.
    qint64 inPoint() const { return m_in; }
    qint64 outPoint() const { return m_out; }
    // "IN 00:00:01:00 OUT 00:00:03:00 DUR 00:00:02:01"; "" with neither set.
    QString inOutText() const;

public slots:
    void play();
    void pause();
    void togglePlayPause();
    void shuttleForward();
    void shuttleReverse();
    void shuttleStop();
    // Pauses and moves by whole frames; negative counts go back.
    void stepFrames(qint64 count);
    void seekToFrame(qint64 frame);
    // Goes to a shot list line's tc_in.
    void seekToShot(int row);
    void setMuted(bool muted);
    void setVolume(int percent);
    void setFullScreenMode(bool fullScreen);
    // Asks where to save the frame on screen (a PNG named after the clip and
    // its timecode) and writes it; with a caption (title, timecode, credit)
    // in a band under the picture when asked.
    void saveFrame();
    void saveFrameWithCaption();
    // I and O: the current frame as the in or out point (an out point before
    // the in point, or the reverse, lets go of the other).
    void markIn();
    void markOut();
    void clearInOut();
    // Puts inOutText() on the clipboard.
    void copyInOut();

signals:
    void errorOccurred(const QString &message);
    // A frame reached the screen; its number counted from the clip's first.
    void frameShown(qint64 frame);
    void currentShotChanged(int row);
    void shuttleSpeedChanged(int speed);
    void frameSaved(const QString &path);
    void fullScreenModeChanged(bool fullScreen);
    void inOutChanged();
    void downloadRequested(const QString &renditionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sayShuttle(int speed);
    void open(const QUrl &source, const QString &title, const QString &frameRate, bool interlaced,
              const QList<Catalogue::ShotlistEntry> &shotlist);
    void reopen();
    void useFreshSink();
    void onFrame(const QVideoFrame &frame);
    void onStatus(QMediaPlayer::MediaStatus status);
    void onError(QMediaPlayer::Error error, const QString &text);
    void reportError();
    void checkPicture(int generation);
    // The backend showed a frame but never told the duration (seen with
    // GStreamer on a loaded machine): without it nothing seeks. The clip is
    // opened again, once.
    void checkDuration();
    // How to say what went wrong: asked again when the language changes.
    using ProblemWords = std::function<PlaybackProblem()>;
    void showProblem(ProblemWords words, bool canRetry = true);
    void updateInfo();
    void updateMarkers();
    void updateInOut();
    void showFrameNumber(qint64 frame);
    void showSpeed(int speed);
    QString sourceText() const;
    void askAndSaveFrame(bool withCaption);
    QString shownTimecode() const;
    bool isRemote() const;

    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QPointer<QVideoSink> m_sink;
    PlayerActions *m_actions;
    ShotlistModel *m_shotlist;
    StreamProbe *m_probe;
    Transport *m_transport;
    PlayerStage *m_stage;
    QVideoWidget *m_video;
    PlayerControls *m_controls;
    QLabel *m_fullScreenNote;
    ShotlistPanel *m_shots;
    QString m_credit;
    QString m_usageTerms;

    QUrl m_source;
    QString m_title;
    QString m_rateText;
    bool m_interlaced = false;
    QList<Catalogue::ShotlistEntry> m_entries;
    FrameRate m_rate;
    bool m_rateFromCaller = false;
    bool m_autoPlay = true;
    int m_generation = 0;
    QElapsedTimer m_opened; // since the clip was opened
    int m_rateWarned = -1;
    QString m_saveFolder;
    QString m_problem;
    bool m_failed = false;
    ProblemWords m_problemWords;
    bool m_problemCanRetry = true;
    QMediaPlayer::Error m_firstError = QMediaPlayer::NoError;
    QStringList m_errorTexts;
    QTimer m_errorSettle;

    qint64 m_in = -1;
    qint64 m_out = -1;
    QMenu *m_downloadMenu = nullptr;

    QVideoFrame m_lastFrame;
    QTimer m_infoRestore;
    QTimer m_durationWatch;
    bool m_durationReopened = false;
};

} // namespace Ui
