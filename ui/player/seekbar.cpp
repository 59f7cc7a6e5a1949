#include "ui/player/seekbar.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolTip>

namespace Ui {

SeekBar::SeekBar(QWidget *parent) : QSlider(Qt::Horizontal, parent)
{
    setMouseTracking(true);
}

void SeekBar::setMarkers(const QList<Marker> &markers)
{
    m_markers = markers;
    update();
}

void SeekBar::setInOut(qint64 inMs, qint64 outMs)
{
    m_in = inMs;
    m_out = outMs;
    update();
}

QRect SeekBar::groove() const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    return style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
}

int SeekBar::xFor(qint64 ms) const
{
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const QRect track = groove();
    // The handle's centre travels from half a handle in to half a handle short.
    const int span = std::max(1, track.width() - handle.width());
    const int value = int(std::clamp<qint64>(ms, minimum(), maximum()));
    return track.left() + handle.width() / 2
        + QStyle::sliderPositionFromValue(minimum(), maximum(), value, span, option.upsideDown);
}

void SeekBar::paintEvent(QPaintEvent *event)
{
    QSlider::paintEvent(event);
    if (maximum() <= minimum() || (m_markers.isEmpty() && m_in < 0 && m_out < 0))
        return;
    QPainter painter(this);
    const QRect track = groove();
    const int top = std::max(0, track.center().y() - 7);
    const int bottom = std::min(height() - 1, track.center().y() + 7);
    if (m_in >= 0 || m_out >= 0) {
        const int from = xFor(m_in >= 0 ? m_in : minimum());
        const int to = xFor(m_out >= 0 ? m_out : maximum());
        QColor span = palette().color(QPalette::Highlight);
        span.setAlpha(70);
        painter.fillRect(QRect(QPoint(from, top + 3), QPoint(to, bottom - 3)), span);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        if (m_in >= 0)
            painter.drawLine(from, top, from, bottom);
        if (m_out >= 0)
            painter.drawLine(to, top, to, bottom);
    }
    QColor tick = palette().color(QPalette::WindowText);
    tick.setAlpha(150);
    painter.setPen(QPen(tick, 1));
    for (const Marker &marker : m_markers) {
        const int x = xFor(marker.ms);
        painter.drawLine(x, top + 2, x, top + 5);
        painter.drawLine(x, bottom - 5, x, bottom - 2);
    }
}

bool SeekBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        // The shot under the pointer: the nearest tick within a few pixels.
        const Marker *nearest = nullptr;
        int distance = 5;
        for (const Marker &marker : m_markers) {
            if (const int d = std::abs(xFor(marker.ms) - help->pos().x()); d <= distance) {
                distance = d;
                nearest = &marker;
            }
        }
        if (nearest) {
            QToolTip::showText(help->globalPos(), nearest->label, this);
            return true;
        }
    }
    return QSlider::event(event);
}

} // namespace Ui
