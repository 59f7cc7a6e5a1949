#pragma once

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace Ui {

// The player's commands, each a QAction with its keyboard shortcut, an
// accessible name (its text) and a tooltip that names the key. Shortcuts
// work while the focus is anywhere inside the widgets the actions are
// attached to, and nowhere else: typing J or L in a search field elsewhere in
// the window must not start the shuttle.
class PlayerActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerActions)

public:
    explicit PlayerActions(QObject *parent = nullptr);

    // Adds every action to the widget so that its shortcuts apply there.
    void attachTo(QWidget *widget) const;
    QList<QAction *> all() const;
    // Icons come from the desktop's theme (Breeze, Adwaita...), with the
    // style's own as fallback.
    // Shows "Play" or "Pause" on the play/pause action.
    void setPlaying(bool playing);

    QAction *const playPause;
    QAction *const shuttleReverse;
    QAction *const shuttleStop;
    QAction *const shuttleForward;
    QAction *const previousFrame;
    QAction *const nextFrame;
    QAction *const backOneSecond;
    QAction *const forwardOneSecond;
    QAction *const firstFrame;
    QAction *const lastFrame;
    QAction *const mute;
    QAction *const fullScreen;
    QAction *const leaveFullScreen;
    QAction *const saveFrame;
    QAction *const saveFrameWithCaption;
    QAction *const copyForScript;
    QAction *const markIn;
    QAction *const markOut;
    QAction *const clearInOut;
    QAction *const copyInOut;

private:
    void retranslate();
    // Its text, and a tool tip that names its key.
    static void name(QAction *action, const QString &text);

    bool m_playing = false;
};

} // namespace Ui
