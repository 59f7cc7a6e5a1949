#include "ui/player/playeractions.h"

#include "ui/languagechange.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace Ui {

namespace {

// Named by retranslate().
QAction *makeAction(QObject *parent, const QString &objectName, const QKeySequence &key,
                    QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *action = new QAction(parent);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (icon != QStyle::SP_CustomBase)
        action->setIcon(QApplication::style()->standardIcon(icon));
    return action;
}

} // namespace

PlayerActions::PlayerActions(QObject *parent)
    : QObject(parent),
      playPause(makeAction(this, QStringLiteral("playPauseAction"), QKeySequence(Qt::Key_Space),
                           QStyle::SP_MediaPlay)),
      shuttleReverse(makeAction(this, QStringLiteral("shuttleReverseAction"), QKeySequence(Qt::Key_J),
                                QStyle::SP_MediaSeekBackward)),
      shuttleStop(makeAction(this, QStringLiteral("shuttleStopAction"), QKeySequence(Qt::Key_K))),
      shuttleForward(makeAction(this, QStringLiteral("shuttleForwardAction"), QKeySequence(Qt::Key_L),
                                QStyle::SP_MediaSeekForward)),
      previousFrame(makeAction(this, QStringLiteral("previousFrameAction"), QKeySequence(Qt::Key_Left),
                               QStyle::SP_MediaSkipBackward)),
      nextFrame(makeAction(this, QStringLiteral("nextFrameAction"), QKeySequence(Qt::Key_Right),
                           QStyle::SP_MediaSkipForward)),
      backOneSecond(
          makeAction(this, QStringLiteral("backOneSecondAction"), QKeySequence(Qt::SHIFT | Qt::Key_Left))),
      forwardOneSecond(makeAction(this, QStringLiteral("forwardOneSecondAction"),
                                  QKeySequence(Qt::SHIFT | Qt::Key_Right))),
      firstFrame(makeAction(this, QStringLiteral("firstFrameAction"), QKeySequence(Qt::Key_Home))),
      lastFrame(makeAction(this, QStringLiteral("lastFrameAction"), QKeySequence(Qt::Key_End))),
      mute(makeAction(this, QStringLiteral("muteAction"), QKeySequence(Qt::Key_M), QStyle::SP_MediaVolume)),
      fullScreen(makeAction(this, QStringLiteral("fullScreenAction"), QKeySequence(Qt::Key_F),
                            QStyle::SP_TitleBarMaxButton)),
      leaveFullScreen(
          makeAction(this, QStringLiteral("leaveFullScreenAction"), QKeySequence(Qt::Key_Escape))),
      saveFrame(makeAction(this, QStringLiteral("saveFrameAction"), QKeySequence(Qt::CTRL | Qt::Key_S),
                           QStyle::SP_DialogSaveButton)),
      copyForScript(makeAction(this, QStringLiteral("copyForScriptAction"), QKeySequence::Copy))
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
    name(copyForScript, tr("Copy shots for script"));
}

void PlayerActions::name(QAction *action, const QString &text)
{
    action->setText(text);
    action->setToolTip(
        QStringLiteral("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
}

QList<QAction *> PlayerActions::all() const
{
    return {playPause, shuttleReverse, shuttleStop,      shuttleForward, previousFrame,
            nextFrame, backOneSecond,  forwardOneSecond, firstFrame,     lastFrame,
            mute,      fullScreen,     leaveFullScreen,  saveFrame,      copyForScript};
}

void PlayerActions::attachTo(QWidget *widget) const
{
    widget->addActions(all());
}

void PlayerActions::setPlaying(bool playing)
{
    m_playing = playing;
    name(playPause, playing ? tr("Pause") : tr("Play"));
    playPause->setIcon(
        QApplication::style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

} // namespace Ui
