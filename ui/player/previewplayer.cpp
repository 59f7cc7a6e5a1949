#include "ui/player/previewplayer.h"

#include "ui/player/framefile.h"
#include "ui/player/frameimage.h"
#include "ui/player/playbackproblem.h"
#include "ui/player/playeractions.h"
#include "ui/player/playercontrols.h"
#include "ui/player/playermessage.h"
#include "ui/player/playerstage.h"
#include "ui/player/seekbar.h"
#include "ui/player/shotlistmodel.h"
#include "ui/player/shotlistpanel.h"
#include "ui/player/streamprobe.h"
#include "ui/player/timecode.h"
#include "ui/player/transport.h"

#include <QAction>
#include <QAudioOutput>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QMediaFormat>
#include <QMediaMetaData>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QVBoxLayout>
#include <QVideoSink>
#include <QVideoWidget>

Q_LOGGING_CATEGORY(lcPlayer, "mmdesk.player", QtInfoMsg)

namespace Ui {

namespace {
// How often, and for how long after opening, a clip without a picture yet
// is looked at again before it is said to have none.
constexpr int PictureCheckMs = 300;
constexpr qint64 PictureWaitMs = 4000;
} // namespace

PreviewPlayer::PreviewPlayer(QWidget *parent)
    : QWidget(parent),
      m_player(new QMediaPlayer(this)),
      m_audio(new QAudioOutput(this)),
      m_actions(new PlayerActions(this)),
      m_shotlist(new ShotlistModel(this)),
      m_probe(new StreamProbe(this)),
      m_transport(new Transport(m_player, this)),
      m_stage(new PlayerStage(*m_actions, this)),
      m_video(m_stage->video()),
      m_controls(m_stage->controls()),
      m_fullScreenNote(new QLabel(this)),
      m_shots(new ShotlistPanel(m_shotlist, this))
{
    setObjectName(QStringLiteral("previewPlayer"));
    m_player->setAudioOutput(m_audio);
    useFreshSink();
    setVolume(80);

    m_fullScreenNote->setObjectName(QStringLiteral("fullScreenNote"));
    m_fullScreenNote->setTextFormat(Qt::PlainText);
    m_fullScreenNote->setAlignment(Qt::AlignCenter);
    m_fullScreenNote->setWordWrap(true);
    m_fullScreenNote->hide();
    auto *stageHolder = new QWidget(this);
    auto *holderLayout = new QVBoxLayout(stageHolder);
    holderLayout->setContentsMargins(0, 0, 0, 0);
    holderLayout->addWidget(m_stage);
    holderLayout->addWidget(m_fullScreenNote);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(stageHolder);
    splitter->addWidget(m_shots);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({2000, 1000});
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Shortcuts apply inside the player, and inside the stage while it is a
    // full-screen window of its own.
    m_actions->attachTo(this);
    m_actions->attachTo(m_stage);
    // Ctrl+C in the player copies shots for a script, as in the Videos section.
    m_shots->setCopyAction(m_actions->copyForScript);
    connect(m_actions->playPause, &QAction::triggered, this, &PreviewPlayer::togglePlayPause);
    connect(m_actions->shuttleReverse, &QAction::triggered, this, &PreviewPlayer::shuttleReverse);
    connect(m_actions->shuttleStop, &QAction::triggered, this, &PreviewPlayer::shuttleStop);
    connect(m_actions->shuttleForward, &QAction::triggered, this, &PreviewPlayer::shuttleForward);
    connect(m_actions->previousFrame, &QAction::triggered, this, [this] { stepFrames(-1); });
    connect(m_actions->nextFrame, &QAction::triggered, this, [this] { stepFrames(1); });
    connect(m_actions->backOneSecond, &QAction::triggered, this, [this] { stepFrames(-m_rate.nominal()); });
    connect(m_actions->forwardOneSecond, &QAction::triggered, this, [this] { stepFrames(m_rate.nominal()); });
    connect(m_actions->firstFrame, &QAction::triggered, this, [this] { seekToFrame(0); });
    connect(m_actions->lastFrame, &QAction::triggered, this, [this] { seekToFrame(frameCount() - 1); });
    connect(m_actions->mute, &QAction::toggled, this, &PreviewPlayer::setMuted);
    connect(m_actions->fullScreen, &QAction::triggered, this, &PreviewPlayer::setFullScreenMode);
    connect(m_actions->leaveFullScreen, &QAction::triggered, this, [this] { setFullScreenMode(false); });
    connect(m_actions->saveFrame, &QAction::triggered, this, &PreviewPlayer::saveFrame);
    connect(m_actions->saveFrameWithCaption, &QAction::triggered, this, &PreviewPlayer::saveFrameWithCaption);
    m_downloadMenu = new QMenu(this);
    m_downloadMenu->setObjectName(QStringLiteral("playerDownloadMenu"));
    connect(m_actions->markIn, &QAction::triggered, this, &PreviewPlayer::markIn);
    connect(m_actions->markOut, &QAction::triggered, this, &PreviewPlayer::markOut);
    connect(m_actions->clearInOut, &QAction::triggered, this, &PreviewPlayer::clearInOut);
    connect(m_actions->copyInOut, &QAction::triggered, this, &PreviewPlayer::copyInOut);
    connect(m_downloadMenu, &QMenu::triggered, this,
            [this](QAction *action) { emit downloadRequested(action->data().toString()); });

    connect(m_controls, &PlayerControls::seekRequested, this,
            [this](qint64 ms) { seekToFrame(m_rate.frameAt(ms)); });
    connect(m_controls, &PlayerControls::volumeChanged, this, &PreviewPlayer::setVolume);
    connect(m_stage->message(), &PlayerMessage::retryRequested, this, &PreviewPlayer::reopen);
    connect(m_stage, &PlayerStage::pictureDoubleClicked, this,
            [this] { setFullScreenMode(!isFullScreenMode()); });
    connect(m_shots, &ShotlistPanel::shotChosen, this, &PreviewPlayer::seekToShot);
    connect(m_probe, &StreamProbe::finished, this, [this](const PlaybackProblem::Probe &probe) {
        showProblem([probe, error = m_firstError, said = m_errorTexts.join(QStringLiteral(" / "))] {
            return PlaybackProblem::fromProbe(probe, error, said);
        });
    });

    connect(m_player, &QMediaPlayer::positionChanged, m_transport, &Transport::updateFrame);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 ms) {
        m_controls->setDuration(ms);
        if (ms > 0)
            m_durationWatch.stop();
        m_transport->updateFrame();
        m_controls->seekBar()->update(); // the ticks move with the scale
    });
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, &PreviewPlayer::onStatus);
    connect(m_player, &QMediaPlayer::errorOccurred, this, &PreviewPlayer::onError);
    connect(m_player, &QMediaPlayer::metaDataChanged, this, &PreviewPlayer::updateInfo);
    connect(m_transport, &Transport::speedChanged, this, &PreviewPlayer::showSpeed);
    connect(m_transport, &Transport::frameChanged, this, &PreviewPlayer::showFrameNumber);
    // GStreamer reports one failure as several errors, the telling one not
    // always first: gather them briefly before saying what happened.
    m_errorSettle.setSingleShot(true);
    m_errorSettle.setInterval(250);
    connect(&m_errorSettle, &QTimer::timeout, this, &PreviewPlayer::reportError);
    m_durationWatch.setSingleShot(true);
    m_durationWatch.setInterval(3000);
    connect(&m_durationWatch, &QTimer::timeout, this, &PreviewPlayer::checkDuration);
    m_infoRestore.setSingleShot(true);
    m_infoRestore.setInterval(5000);
    connect(&m_infoRestore, &QTimer::timeout, this, &PreviewPlayer::updateInfo);

    m_transport->updateFrame();
    updateInOut();
    retranslate();
}

void PreviewPlayer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PreviewPlayer::retranslate()
{
    m_fullScreenNote->setText(tr("The clip is playing full screen. Press Esc or F to bring it back here."));
    // The words that follow the clip's state: its format, the shuttle, the sound.
    if (!m_source.isEmpty() && !m_failed)
        updateInfo();
    sayShuttle(m_transport->speed());
    setMuted(m_audio->isMuted());
    // What went wrong, said again; problem() keeps the words it was reported in.
    if (m_failed && m_problemWords)
        m_stage->showProblem(m_problemWords(), m_problemCanRetry);
}

PreviewPlayer::~PreviewPlayer()
{
    // The player outlives this object's members by a little and still
    // reports while it shuts down; nobody must be listening by then.
    m_player->disconnect(this);
    if (m_sink)
        m_sink->disconnect(this);
    m_player->stop();
    if (isFullScreenMode())
        m_stage->setFullScreenWindow(false);
}

void PreviewPlayer::openUrl(const QUrl &source, const QString &title, const QString &frameRate,
                            bool interlaced, const QList<Catalogue::ShotlistEntry> &shotlist)
{
    open(source, title, frameRate, interlaced, shotlist);
}

void PreviewPlayer::openFile(const QString &path, const QString &title, const QString &frameRate,
                             bool interlaced, const QList<Catalogue::ShotlistEntry> &shotlist)
{
    open(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()), title, frameRate, interlaced, shotlist);
}

void PreviewPlayer::setScriptDetails(const QString &credit, const QString &usageTerms)
{
    m_credit = credit;
    m_usageTerms = usageTerms;
    m_shots->setScriptSource(ScriptSource {m_title, m_credit, m_usageTerms, m_rate});
}

void PreviewPlayer::open(const QUrl &source, const QString &title, const QString &frameRate, bool interlaced,
                         const QList<Catalogue::ShotlistEntry> &shotlist)
{
    close();
    ++m_generation;
    m_durationReopened = false;
    m_opened.start();
    m_source = source;
    m_title = title;
    m_rateText = frameRate;
    m_interlaced = interlaced;
    m_entries = shotlist;
    const std::optional<FrameRate> given = FrameRate::parse(frameRate);
    m_rateFromCaller = given.has_value();
    m_rate = given.value_or(FrameRate());
    m_stage->setTitle(title);
    m_shotlist->setShotlist(shotlist, m_rate);
    m_shots->setEmpty(shotlist.isEmpty());
    m_credit.clear();
    m_usageTerms.clear();
    m_shots->setScriptSource(ScriptSource {title, {}, {}, m_rate});
    m_stage->showPicture();
    updateMarkers();
    updateInfo();

    if (!m_player->isAvailable()) {
        showProblem([] { return PlaybackProblem::noBackend(); }, false);
        return;
    }
    if (source.isLocalFile()) {
        const QFileInfo file(source.toLocalFile());
        if (!file.exists()) {
            showProblem([path = file.filePath()] { return PlaybackProblem::fileMissing(path); });
            return;
        }
        if (!file.isReadable() || !file.isFile()) {
            showProblem([path = file.filePath()] { return PlaybackProblem::fileUnreadable(path); });
            return;
        }
    }
    qCDebug(lcPlayer) << "opening" << source.toDisplayString(QUrl::RemoveQuery);
    useFreshSink();
    m_player->setSource(source);
    m_transport->reset(m_rate, true);
    if (m_autoPlay)
        m_transport->play();
    else
        m_player->pause(); // shows the first frame
}

void PreviewPlayer::useFreshSink()
{
    // Frames come through a sink of our own and are passed on to the screen,
    // so that the last one can be saved and 4:2:2 frames converted on the
    // way. One sink per clip: frames of the previous clip still queued for
    // this thread are recognised by their sink and dropped, rather than
    // shown, or taken for the new clip's first frame.
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->deleteLater();
    }
    m_sink = new QVideoSink(this);
    m_player->setVideoOutput(m_sink);
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &PreviewPlayer::onFrame);
}

void PreviewPlayer::reopen()
{
    // Copies: open() starts by closing, which lets go of the members.
    const QUrl source = m_source;
    const QString title = m_title;
    const QString rate = m_rateText;
    const QList<Catalogue::ShotlistEntry> entries = m_entries;
    open(source, title, rate, m_interlaced, entries);
}

void PreviewPlayer::close()
{
    m_probe->cancel();
    m_errorSettle.stop();
    m_durationWatch.stop();
    m_errorTexts.clear();
    m_firstError = QMediaPlayer::NoError;
    m_transport->reset(m_rate, false);
    m_player->stop();
    m_player->setSource(QUrl());
    m_lastFrame = QVideoFrame();
    m_video->videoSink()->setVideoFrame(QVideoFrame());
    m_source.clear();
    m_title.clear();
    m_entries.clear();
    m_stage->setTitle(QString());
    m_stage->showPicture();
    m_shotlist->setShotlist({}, m_rate);
    m_shots->setEmpty(true);
    updateMarkers();
    m_in = -1;
    m_out = -1;
    updateInOut();
    setDownloadChoices({});
    m_controls->setProxyBadge(QString(), QString());
    m_failed = false;
    m_problem.clear();
    m_problemWords = {};
    m_controls->setDuration(0);
    m_transport->updateFrame();
}

bool PreviewPlayer::isRemote() const
{
    return !m_source.isLocalFile() && !m_source.scheme().isEmpty() && m_source.scheme() != u"qrc";
}

qint64 PreviewPlayer::position() const
{
    return m_player->position();
}

qint64 PreviewPlayer::duration() const
{
    return m_player->duration();
}

int PreviewPlayer::shuttleSpeed() const
{
    return m_transport->speed();
}

PreviewPlayer::ReverseMode PreviewPlayer::reverseMode() const
{
    return m_transport->reverseMode();
}

qint64 PreviewPlayer::currentFrame() const
{
    return m_transport->currentFrame();
}

qint64 PreviewPlayer::shownFrame() const
{
    return m_transport->shownFrame();
}

bool PreviewPlayer::isSeeking() const
{
    return m_transport->isSeeking();
}

qint64 PreviewPlayer::frameCount() const
{
    return m_transport->frameCount();
}

QString PreviewPlayer::timecode() const
{
    return Timecode::fromFrame(currentFrame(), m_rate);
}

int PreviewPlayer::currentShot() const
{
    return m_shotlist->currentRow();
}

// Frames ---------------------------------------------------------------------

void PreviewPlayer::onFrame(const QVideoFrame &frame)
{
    // The backend clears the picture at the end of a clip; the last frame
    // stays on screen instead, as on any editing system.
    if (!frame.isValid() || sender() != m_sink)
        return;
    const bool firstFrame = !m_lastFrame.isValid();
    m_lastFrame = frame;
    // 4:2:2 goes to the screen as 4:2:0 whatever draws it: Qt 6.4 crashes
    // on 4:2:2 when it draws without a GPU, and its GPU path for it could not
    // be tried here. A saved PNG keeps the full chroma.
    const QVideoFrame shown =
        FrameImage::needsOwnConversion(frame.pixelFormat()) ? FrameImage::displayable(frame) : frame;
    if (shown.isValid())
        m_video->videoSink()->setVideoFrame(shown);
    m_transport->frameShown(frame.startTime());
    if (firstFrame)
        updateInfo();
    if (firstFrame && m_player->duration() <= 0)
        m_durationWatch.start();
    emit frameShown(shownFrame());
}

void PreviewPlayer::checkDuration()
{
    if (m_player->duration() > 0 || m_failed || m_source.isEmpty() || m_durationReopened)
        return;
    qCWarning(lcPlayer) << "the media backend told no duration; opening the clip again";
    const bool autoPlay = m_autoPlay;
    m_autoPlay = m_transport->speed() != 0;
    reopen();
    m_autoPlay = autoPlay;
    m_durationReopened = true;
}

QImage PreviewPlayer::frameImage() const
{
    return FrameImage::toImage(m_lastFrame);
}

void PreviewPlayer::showFrameNumber(qint64 frame)
{
    m_controls->setPosition(m_player->position());
    const QString total = m_player->duration() > 0 ? Timecode::fromFrame(frameCount(), m_rate) : QString();
    m_controls->setTimecode(Timecode::fromFrame(frame, m_rate), total);
    if (m_shotlist->setCurrentFrame(frame)) {
        m_shots->showRow(m_shotlist->currentRow());
        emit currentShotChanged(m_shotlist->currentRow());
    }
}

void PreviewPlayer::updateInfo()
{
    const std::optional<FrameRate> reported =
        FrameRate::fromFramesPerSecond(m_player->metaData().value(QMediaMetaData::VideoFrameRate).toDouble());
    if (reported && !(*reported == m_rate)) {
        if (!m_rateFromCaller) {
            m_rate = *reported;
            m_shotlist->setFrameRate(m_rate);
            m_shots->setScriptSource(ScriptSource {m_title, m_credit, m_usageTerms, m_rate});
            m_transport->setFrameRate(m_rate);
            updateMarkers();
            updateInOut();
        } else if (m_rateWarned != m_generation) {
            // The portal's rate stays in charge (the shot list is written in
            // it), but frame steps will not match the file's frames.
            m_rateWarned = m_generation;
            qCWarning(lcPlayer) << "the clip is said to run at" << m_rate.label() << "fps, the media at"
                                << reported->label();
        }
    }
    QStringList parts;
    if (m_lastFrame.isValid())
        parts << QStringLiteral("%1×%2").arg(m_lastFrame.width()).arg(m_lastFrame.height());
    parts << tr("%1 fps").arg(m_rate.label());
    if (m_interlaced)
        parts << tr("interlaced");
    if (m_rate.isDropFrame())
        parts << tr("drop-frame");
    m_controls->setInfo(parts.join(QStringLiteral(" · ")));
    // A streamed preview is the portal's proxy: say so, with its raster,
    // so that nobody judges the broadcast file by it.
    if (isRemote() && !m_failed) {
        const QString raster = m_lastFrame.isValid()
            ? QStringLiteral(" %1×%2").arg(m_lastFrame.width()).arg(m_lastFrame.height())
            : QString();
        m_controls->setProxyBadge(tr("PROXY") + raster,
                                  tr("A low-bitrate preview streamed from the portal, not the broadcast "
                                     "file: download a rendition for that"));
    } else {
        m_controls->setProxyBadge(QString(), QString());
    }
}

void PreviewPlayer::updateMarkers()
{
    QList<SeekBar::Marker> markers;
    for (int row = 0; row < m_shotlist->rowCount(); ++row) {
        const qint64 in = m_shotlist->inFrame(row);
        if (in < 0)
            continue;
        const QString line = m_shotlist->index(row, ShotlistModel::DescriptionColumn).data().toString();
        markers << SeekBar::Marker {m_rate.msOf(in), Timecode::fromFrame(in, m_rate) + u' ' + line};
    }
    m_controls->seekBar()->setMarkers(markers);
}

// In and out points -----------------------------------------------------------

void PreviewPlayer::markIn()
{
    m_in = currentFrame();
    if (m_out >= 0 && m_out < m_in)
        m_out = -1;
    updateInOut();
}

void PreviewPlayer::markOut()
{
    m_out = currentFrame();
    if (m_in >= 0 && m_in > m_out)
        m_in = -1;
    updateInOut();
}

void PreviewPlayer::clearInOut()
{
    m_in = -1;
    m_out = -1;
    updateInOut();
}

QString PreviewPlayer::inOutText() const
{
    QStringList parts;
    if (m_in >= 0)
        parts << tr("IN %1").arg(Timecode::fromFrame(m_in, m_rate));
    if (m_out >= 0)
        parts << tr("OUT %1").arg(Timecode::fromFrame(m_out, m_rate));
    // The out point's frame is part of the span.
    if (m_in >= 0 && m_out >= 0)
        parts << tr("DUR %1").arg(Timecode::fromFrame(m_out - m_in + 1, m_rate));
    return parts.join(u' ');
}

void PreviewPlayer::copyInOut()
{
    const QString text = inOutText();
    if (text.isEmpty()) {
        m_controls->setInfo(tr("No in or out point to copy: set them with I and O."));
        m_infoRestore.start();
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    m_controls->setInfo(tr("Copied: %1").arg(text));
    m_infoRestore.start();
}

void PreviewPlayer::updateInOut()
{
    m_controls->setInOutText(inOutText());
    m_controls->seekBar()->setInOut(m_in >= 0 ? m_rate.msOf(m_in) : -1, m_out >= 0 ? m_rate.msOf(m_out) : -1);
    const bool any = m_in >= 0 || m_out >= 0;
    m_actions->clearInOut->setEnabled(any);
    m_actions->copyInOut->setEnabled(any);
    emit inOutChanged();
}

void PreviewPlayer::setDownloadChoices(const QList<std::pair<QString, QString>> &choices)
{
    m_downloadMenu->clear();
    for (const auto &[id, label] : choices)
        m_downloadMenu->addAction(label)->setData(id);
    m_controls->setDownloadMenu(choices.isEmpty() ? nullptr : m_downloadMenu);
}

// Status and errors ---------------------------------------------------------

void PreviewPlayer::onStatus(QMediaPlayer::MediaStatus status)
{
    switch (status) {
    case QMediaPlayer::LoadedMedia:
    case QMediaPlayer::BufferedMedia: {
        // Whether a picture comes is known shortly after loading.
        const int generation = m_generation;
        QTimer::singleShot(PictureCheckMs, this, [this, generation] { checkPicture(generation); });
        break;
    }
    case QMediaPlayer::EndOfMedia:
        if (!m_errorTexts.isEmpty())
            break;
        if (!m_failed && !m_lastFrame.isValid() && !m_player->hasVideo())
            checkPicture(m_generation);
        else
            m_transport->reachedEnd();
        break;
    case QMediaPlayer::InvalidMedia:
        // errorOccurred says why.
        break;
    default:
        break;
    }
}

void PreviewPlayer::checkPicture(int generation)
{
    if (generation != m_generation || m_failed || !m_errorTexts.isEmpty() || m_lastFrame.isValid()
        || m_player->hasVideo())
        return;
    // On a busy machine the backend can name the tracks well after it says
    // the media is loaded: a playable clip must not be called undecodable
    // for that. The end of the media settles it at once.
    if (m_player->mediaStatus() != QMediaPlayer::EndOfMedia && m_opened.elapsed() < PictureWaitMs) {
        QTimer::singleShot(PictureCheckMs, this, [this, generation] { checkPicture(generation); });
        return;
    }
    const QSize declared = m_player->metaData().value(QMediaMetaData::Resolution).toSize();
    showProblem([declared, audio = m_player->hasAudio(), remote = isRemote()] {
        return PlaybackProblem::noPicture(declared, audio, remote);
    });
}

void PreviewPlayer::onError(QMediaPlayer::Error error, const QString &text)
{
    if (error == QMediaPlayer::NoError || m_failed || m_source.isEmpty())
        return;
    qCWarning(lcPlayer) << "playback failed:" << error << text;
    if (m_errorTexts.isEmpty()) {
        m_firstError = error;
        m_errorSettle.start();
        m_transport->halt();
    }
    if (!m_errorTexts.contains(text))
        m_errorTexts.append(text);
}

void PreviewPlayer::reportError()
{
    const QString said = m_errorTexts.join(QStringLiteral(" / "));
    if (isRemote()) {
        // The backend's words rarely say what happened to a stream; ask the
        // server the plain way, then tell.
        m_failed = true;
        m_problem = tr("The clip could not be played.");
        m_problemWords = [] {
            return PlaybackProblem {tr("The clip could not be played"),
                                    tr("Checking the connection to the media server…")};
        };
        m_problemCanRetry = false;
        m_stage->showProblem(m_problemWords(), false);
        m_probe->start(m_source);
        return;
    }
    showProblem([error = m_firstError, said] { return PlaybackProblem::fromPlayer(error, said, false); });
}

void PreviewPlayer::showProblem(ProblemWords words, bool canRetry)
{
    m_failed = true;
    m_errorSettle.stop();
    m_transport->halt();
    m_player->stop();
    m_problemWords = std::move(words);
    m_problemCanRetry = canRetry;
    const PlaybackProblem problem = m_problemWords();
    m_problem = problem.text();
    m_stage->showProblem(problem, canRetry);
    m_controls->setInfo(QString());
    emit errorOccurred(m_problem);
}

// Transport -----------------------------------------------------------------

void PreviewPlayer::play()
{
    m_transport->play();
}

void PreviewPlayer::pause()
{
    m_transport->pause();
}

void PreviewPlayer::togglePlayPause()
{
    m_transport->togglePlayPause();
}

void PreviewPlayer::shuttleForward()
{
    m_transport->shuttleForward();
}

void PreviewPlayer::shuttleReverse()
{
    m_transport->shuttleReverse();
}

void PreviewPlayer::shuttleStop()
{
    m_transport->pause();
}

void PreviewPlayer::stepFrames(qint64 count)
{
    m_transport->stepFrames(count);
}

void PreviewPlayer::seekToFrame(qint64 frame)
{
    m_transport->seekToFrame(frame);
}

void PreviewPlayer::showSpeed(int speed)
{
    m_actions->setPlaying(speed != 0);
    sayShuttle(speed);
    emit shuttleSpeedChanged(speed);
}

void PreviewPlayer::sayShuttle(int speed)
{
    m_controls->setShuttleText(speed == 0 || speed == 1 ? QString()
                                   : speed > 0          ? tr("▶▶ %1×").arg(speed)
                                                        : tr("◀◀ %1×").arg(-speed));
}

void PreviewPlayer::seekToShot(int row)
{
    if (row < 0 || row >= m_shotlist->rowCount())
        return;
    const qint64 frame = m_shotlist->inFrame(row);
    if (frame >= 0)
        seekToFrame(frame);
}

void PreviewPlayer::setMuted(bool muted)
{
    m_audio->setMuted(muted);
    m_actions->mute->setChecked(muted);
    m_actions->mute->setText(muted ? tr("Unmute") : tr("Mute"));
    m_actions->mute->setIcon(
        style()->standardIcon(muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
}

void PreviewPlayer::setVolume(int percent)
{
    percent = std::clamp(percent, 0, 100);
    // The slider is in perceived loudness; the output takes a linear gain.
    m_audio->setVolume(float(
        QAudio::convertVolume(percent / 100.0, QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale)));
    if (m_controls->volume() != percent)
        m_controls->setVolume(percent);
}

// Full screen ---------------------------------------------------------------

bool PreviewPlayer::isFullScreenMode() const
{
    return m_stage->isFullScreenWindow();
}

void PreviewPlayer::setFullScreenMode(bool fullScreen)
{
    if (fullScreen != isFullScreenMode()) {
        m_stage->setFullScreenWindow(fullScreen);
        m_fullScreenNote->setVisible(fullScreen);
        m_actions->leaveFullScreen->setEnabled(fullScreen);
        emit fullScreenModeChanged(fullScreen);
    }
    m_actions->fullScreen->setChecked(fullScreen);
}

// Saving a frame ------------------------------------------------------------

QString PreviewPlayer::shownTimecode() const
{
    return Timecode::fromFrame(shownFrame(), m_rate);
}

QString PreviewPlayer::defaultFrameFileName() const
{
    return FrameFile::defaultName(m_title, shownTimecode());
}

Util::Result<void> PreviewPlayer::saveFrameTo(const QString &path, bool withCaption) const
{
    return FrameFile::writePng(frameImage(), path, {m_title, shownTimecode(), m_credit, sourceText()},
                               withCaption);
}

QString PreviewPlayer::sourceText() const
{
    // Without the query: a signed link's signature is nobody's business.
    return m_source.isLocalFile() ? QDir::toNativeSeparators(m_source.toLocalFile())
                                  : m_source.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
}

void PreviewPlayer::saveFrame()
{
    askAndSaveFrame(false);
}

void PreviewPlayer::saveFrameWithCaption()
{
    askAndSaveFrame(true);
}

void PreviewPlayer::askAndSaveFrame(bool withCaption)
{
    if (!m_lastFrame.isValid()) {
        m_controls->setInfo(tr("There is no picture to save yet."));
        m_infoRestore.start();
        return;
    }
    // The frame on screen when the person asked, whatever plays meanwhile.
    const QImage image = frameImage();
    const QString code = shownTimecode();
    QString folder = m_saveFolder;
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    auto *dialog =
        new QFileDialog(this, withCaption ? tr("Save frame with caption") : tr("Save frame as PNG"),
                        QDir(folder).filePath(defaultFrameFileName()), tr("PNG images (*.png)"));
    dialog->setObjectName(QStringLiteral("saveFrameDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("png"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const FrameFile::Details details {m_title, code, m_credit, sourceText()};
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, image, details, withCaption](const QString &path) {
                const Util::Result<void> saved = FrameFile::writePng(image, path, details, withCaption);
                if (!saved.ok()) {
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Save frame"), saved.error().message,
                                                QMessageBox::Ok, this);
                    box->setObjectName(QStringLiteral("saveFrameError"));
                    box->setTextFormat(Qt::PlainText);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->open();
                    return;
                }
                m_saveFolder = QFileInfo(path).absolutePath();
                m_controls->setInfo(tr("Frame saved as %1").arg(QFileInfo(path).fileName()));
                m_infoRestore.start();
                emit frameSaved(path);
            });
    dialog->open();
}

} // namespace Ui
