#include "ui/player/playeractions.h"

#include <QAction>
#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace Ui {

namespace {

QAction *makeAction(QObject *parent, const QString &objectName, const QString &text, const QKeySequence &key,
                    QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    if (icon != QStyle::SP_CustomBase)
        action->setIcon(QApplication::style()->standardIcon(icon));
    return action;
}

} // namespace

PlayerActions::PlayerActions(QObject *parent)
    : QObject(parent),
      playPause(makeAction(this, QStringLiteral("playPauseAction"), tr("Play"), QKeySequence(Qt::Key_Space),
                           QStyle::SP_MediaPlay)),
      shuttleReverse(makeAction(this, QStringLiteral("shuttleReverseAction"), tr("Shuttle reverse"),
                                QKeySequence(Qt::Key_J), QStyle::SP_MediaSeekBackward)),
      shuttleStop(makeAction(this, QStringLiteral("shuttleStopAction"), tr("Stop shuttle and pause"),
                             QKeySequence(Qt::Key_K))),
      shuttleForward(makeAction(this, QStringLiteral("shuttleForwardAction"), tr("Shuttle forward"),
                                QKeySequence(Qt::Key_L), QStyle::SP_MediaSeekForward)),
      previousFrame(makeAction(this, QStringLiteral("previousFrameAction"), tr("Previous frame"),
                               QKeySequence(Qt::Key_Left), QStyle::SP_MediaSkipBackward)),
      nextFrame(makeAction(this, QStringLiteral("nextFrameAction"), tr("Next frame"),
                           QKeySequence(Qt::Key_Right), QStyle::SP_MediaSkipForward)),
      backOneSecond(makeAction(this, QStringLiteral("backOneSecondAction"), tr("Back one second"),
                               QKeySequence(Qt::SHIFT | Qt::Key_Left))),
      forwardOneSecond(makeAction(this, QStringLiteral("forwardOneSecondAction"), tr("Forward one second"),
                                  QKeySequence(Qt::SHIFT | Qt::Key_Right))),
      firstFrame(makeAction(this, QStringLiteral("firstFrameAction"), tr("Go to first frame"),
                            QKeySequence(Qt::Key_Home))),
      lastFrame(makeAction(this, QStringLiteral("lastFrameAction"), tr("Go to last frame"),
                           QKeySequence(Qt::Key_End))),
      mute(makeAction(this, QStringLiteral("muteAction"), tr("Mute"), QKeySequence(Qt::Key_M),
                      QStyle::SP_MediaVolume)),
      fullScreen(makeAction(this, QStringLiteral("fullScreenAction"), tr("Full screen"),
                            QKeySequence(Qt::Key_F), QStyle::SP_TitleBarMaxButton)),
      leaveFullScreen(makeAction(this, QStringLiteral("leaveFullScreenAction"), tr("Leave full screen"),
                                 QKeySequence(Qt::Key_Escape))),
      saveFrame(makeAction(this, QStringLiteral("saveFrameAction"), tr("Save frame as PNG…"),
                           QKeySequence(Qt::CTRL | Qt::Key_S), QStyle::SP_DialogSaveButton))
{
    mute->setCheckable(true);
    fullScreen->setCheckable(true);
    // Esc belongs to whatever hosts the player, except while it fills the screen.
    leaveFullScreen->setEnabled(false);
}

QList<QAction *> PlayerActions::all() const
{
    return {playPause, shuttleReverse, shuttleStop,      shuttleForward, previousFrame,
            nextFrame, backOneSecond,  forwardOneSecond, firstFrame,     lastFrame,
            mute,      fullScreen,     leaveFullScreen,  saveFrame};
}

void PlayerActions::attachTo(QWidget *widget) const
{
    widget->addActions(all());
}

void PlayerActions::setPlaying(bool playing)
{
    const QString text = playing ? tr("Pause") : tr("Play");
    playPause->setText(text);
    playPause->setToolTip(
        QStringLiteral("%1 (%2)").arg(text, playPause->shortcut().toString(QKeySequence::NativeText)));
    playPause->setIcon(
        QApplication::style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

} // namespace Ui
