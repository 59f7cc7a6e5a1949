#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QVideoWidget;

namespace Ui {

class PlaybackProblem;
class PlayerActions;
class PlayerControls;
class PlayerMessage;

// The clip's title, its picture (or the message that replaces it) and the
// transport: what goes full screen, as a window of its own, while the shot
// list stays behind.
class PlayerStage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerStage)

public:
    PlayerStage(PlayerActions &actions, QWidget *parent = nullptr);

    QVideoWidget *video() const { return m_video; }
    PlayerControls *controls() const { return m_controls; }
    PlayerMessage *message() const { return m_message; }

    void setTitle(const QString &title);
    void showPicture();
    void showProblem(const PlaybackProblem &problem, bool canRetry);

    bool isFullScreenWindow() const { return isWindow(); }
    // Leaves the layout it sits in for a full-screen window of its own, or
    // returns to it (a layout skips a child that is a window).
    void setFullScreenWindow(bool fullScreen);

signals:
    void pictureDoubleClicked();

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title;
    QStackedWidget *m_screen;
    QVideoWidget *m_video;
    PlayerMessage *m_message;
    PlayerControls *m_controls;
};

} // namespace Ui
