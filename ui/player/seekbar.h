#pragma once

#include <QList>
#include <QSlider>
#include <QString>

namespace Ui {

// The player's seek bar: a slider in milliseconds that also shows where each
// shot of the shot list starts (a tick, named in its tool tip) and the span
// between the in and out points.
class SeekBar final : public QSlider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeekBar)

public:
    struct Marker
    {
        qint64 ms = 0;
        QString label; // "00:00:05:00 Soundbite: …", for the tool tip
    };

    explicit SeekBar(QWidget *parent = nullptr);

    void setMarkers(const QList<Marker> &markers);
    const QList<Marker> &markers() const { return m_markers; }
    // -1 for a point not set.
    void setInOut(qint64 inMs, qint64 outMs);
    qint64 inMs() const { return m_in; }
    qint64 outMs() const { return m_out; }
    // Where a time falls on the bar, in the widget's coordinates.
    int xFor(qint64 ms) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect groove() const;

    QList<Marker> m_markers;
    qint64 m_in = -1;
    qint64 m_out = -1;
};

} // namespace Ui
