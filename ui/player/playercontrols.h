#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace Ui {

class PlayerActions;

// The transport under the picture: a seek bar, the frame-step, shuttle and
// play buttons, the timecode, the shuttle speed and format, saving a frame,
// the volume and full screen.
class PlayerControls final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerControls)

public:
    PlayerControls(PlayerActions &actions, QWidget *parent = nullptr);

    void setDuration(qint64 ms);
    // Moves the seek bar, unless the person is dragging it.
    void setPosition(qint64 ms);
    void setTimecode(const QString &current, const QString &total);
    void setShuttleText(const QString &text);
    void setInfo(const QString &text);
    int volume() const;
    void setVolume(int percent);

    QSlider *seekBar() const { return m_seekBar; }
    QLabel *timecodeLabel() const { return m_timecode; }

signals:
    void seekRequested(qint64 ms);
    void volumeChanged(int percent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QSlider *m_seekBar;
    QLabel *m_timecode;
    QLabel *m_shuttle;
    QLabel *m_info;
    QSlider *m_volume;
};

} // namespace Ui
