#include "ui/player/playeractions.h"

#include "ui/languagechange.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QWidget>

namespace Ui {

namespace {

// The theme's icon of that name, else the style's.
QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

// Named by retranslate().
QAction *makeAction(QObject *parent, const QString &objectName, const QKeySequence &key,
                    const char *themeIcon = nullptr, QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (themeIcon && icon != QStyle::SP_CustomBase)
        action->setIcon(themed(themeIcon, icon));
    else if (themeIcon)
        action->setIcon(QIcon::fromTheme(QString::fromLatin1(themeIcon)));
    return action;
}

} // namespace

PlayerActions::PlayerActions(QObject *parent)
    : QObject(parent),
      playPause(makeAction(this, QStringLiteral("playPauseAction"), QKeySequence(Qt::Key_Space),
                           "media-playback-start", QStyle::SP_MediaPlay)),
      shuttleReverse(makeAction(this, QStringLiteral("shuttleReverseAction"), QKeySequence(Qt::Key_J),
                                "media-seek-backward", QStyle::SP_MediaSeekBackward)),
      shuttleStop(makeAction(this, QStringLiteral("shuttleStopAction"), QKeySequence(Qt::Key_K))),
      shuttleForward(makeAction(this, QStringLiteral("shuttleForwardAction"), QKeySequence(Qt::Key_L),
                                "media-seek-forward", QStyle::SP_MediaSeekForward)),
      previousFrame(makeAction(this, QStringLiteral("previousFrameAction"), QKeySequence(Qt::Key_Left),
                               "media-skip-backward", QStyle::SP_MediaSkipBackward)),
      nextFrame(makeAction(this, QStringLiteral("nextFrameAction"), QKeySequence(Qt::Key_Right),
                           "media-skip-forward", QStyle::SP_MediaSkipForward)),
      backOneSecond(
          makeAction(this, QStringLiteral("backOneSecondAction"), QKeySequence(Qt::SHIFT | Qt::Key_Left))),
      forwardOneSecond(makeAction(this, QStringLiteral("forwardOneSecondAction"),
                                  QKeySequence(Qt::SHIFT | Qt::Key_Right))),
      firstFrame(makeAction(this, QStringLiteral("firstFrameAction"), QKeySequence(Qt::Key_Home))),
      lastFrame(makeAction(this, QStringLiteral("lastFrameAction"), QKeySequence(Qt::Key_End))),
      mute(makeAction(this, QStringLiteral("muteAction"), QKeySequence(Qt::Key_M), "audio-volume-high",
                      QStyle::SP_MediaVolume)),
      fullScreen(makeAction(this, QStringLiteral("fullScreenAction"), QKeySequence(Qt::Key_F),
                            "view-fullscreen", QStyle::SP_TitleBarMaxButton)),
      leaveFullScreen(
          makeAction(this, QStringLiteral("leaveFullScreenAction"), QKeySequence(Qt::Key_Escape))),
      saveFrame(makeAction(this, QStringLiteral("saveFrameAction"), QKeySequence(Qt::CTRL | Qt::Key_S),
                           "document-save", QStyle::SP_DialogSaveButton)),
      saveFrameWithCaption(makeAction(this, QStringLiteral("saveFrameWithCaptionAction"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S))),
      copyForScript(makeAction(this, QStringLiteral("copyForScriptAction"), QKeySequence::Copy, "edit-copy")),
      markIn(makeAction(this, QStringLiteral("markInAction"), QKeySequence(Qt::Key_I), "zone-in")),
      markOut(makeAction(this, QStringLiteral("markOutAction"), QKeySequence(Qt::Key_O), "zone-out")),
      clearInOut(makeAction(this, QStringLiteral("clearInOutAction"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X))),
      copyInOut(
          makeAction(this, QStringLiteral("copyInOutAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)))
{
    mute->setCheckable(true);
    fullScreen->setCheckable(true);
    // Esc belongs to whatever hosts the player, except while it fills the screen.
    leaveFullScreen->setEnabled(false);
    retranslate();
    // Actions are no widgets: they hear of a new language from the application.
    onLanguageChange(this, [this] { retranslate(); });
}

void PlayerActions::retranslate()
{
    name(playPause, m_playing ? tr("Pause") : tr("Play"));
    name(shuttleReverse, tr("Shuttle reverse"));
    name(shuttleStop, tr("Stop shuttle and pause"));
    name(shuttleForward, tr("Shuttle forward"));
    name(previousFrame, tr("Previous frame"));
    name(nextFrame, tr("Next frame"));
    name(backOneSecond, tr("Back one second"));
    name(forwardOneSecond, tr("Forward one second"));
    name(firstFrame, tr("Go to first frame"));
    name(lastFrame, tr("Go to last frame"));
    name(mute, mute->isChecked() ? tr("Unmute") : tr("Mute"));
    name(fullScreen, tr("Full screen"));
    name(leaveFullScreen, tr("Leave full screen"));
    name(saveFrame, tr("Save frame as PNG…"));
    name(saveFrameWithCaption, tr("Save frame with caption…"));
    name(copyForScript, tr("Copy shots for script"));
    name(markIn, tr("Mark in"));
    name(markOut, tr("Mark out"));
    name(clearInOut, tr("Clear in and out"));
    name(copyInOut, tr("Copy in and out timecodes"));
}

void PlayerActions::name(QAction *action, const QString &text)
{
    action->setText(text);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
}

QList<QAction *> PlayerActions::all() const
{
    return {playPause,     shuttleReverse, shuttleStop,      shuttleForward, previousFrame,
            nextFrame,     backOneSecond,  forwardOneSecond, firstFrame,     lastFrame,
            mute,          fullScreen,     leaveFullScreen,  saveFrame,      saveFrameWithCaption,
            copyForScript, markIn,         markOut,          clearInOut,     copyInOut};
}

void PlayerActions::attachTo(QWidget *widget) const
{
    widget->addActions(all());
}

void PlayerActions::setPlaying(bool playing)
{
    m_playing = playing;
    name(playPause, playing ? tr("Pause") : tr("Play"));
    playPause->setIcon(playing ? themed("media-playback-pause", QStyle::SP_MediaPause)
                               : themed("media-playback-start", QStyle::SP_MediaPlay));
}

} // namespace Ui
