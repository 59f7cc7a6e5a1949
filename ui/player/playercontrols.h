#pragma once

#include <QWidget>

class QLabel;
class QMenu;
class QSlider;
class QToolButton;

namespace Ui {

class PlayerActions;
class SeekBar;

// The transport under the picture: a seek bar (with the shots and the in
// and out points on it), the frame-step, shuttle and play buttons, the
// timecode, the in and out points, the shuttle speed and format (with a PROXY
// badge for a streamed preview), Download…, saving a frame, the volume and
// full screen.
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
    // "" hides the badge.
    void setProxyBadge(const QString &text, const QString &toolTip);
    // "" hides the in and out points.
    void setInOutText(const QString &text);
    // The renditions to download; null or empty hides the button.
    void setDownloadMenu(QMenu *menu);
    int volume() const;
    void setVolume(int percent);

    SeekBar *seekBar() const { return m_seekBar; }
    QLabel *proxyBadge() const { return m_proxy; }
    QLabel *inOutLabel() const { return m_inOut; }
    QToolButton *downloadButton() const { return m_download; }
    QLabel *timecodeLabel() const { return m_timecode; }

signals:
    void seekRequested(qint64 ms);
    void volumeChanged(int percent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    SeekBar *m_seekBar;
    QLabel *m_timecode;
    QLabel *m_inOut;
    QLabel *m_proxy;
    QToolButton *m_download;
    QLabel *m_shuttle;
    QLabel *m_info;
    QSlider *m_volume;
};

} // namespace Ui
