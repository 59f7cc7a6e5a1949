#include "ui/player/framerate.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Ui {

FrameRate::FrameRate(int numerator, int denominator)
    : m_num(numerator > 0 && denominator > 0 ? numerator : 25),
      m_den(numerator > 0 && denominator > 0 ? denominator : 1)
{ }

std::optional<FrameRate> FrameRate::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(u'/')) {
        const QStringList parts = trimmed.split(u'/');
        bool numOk = false;
        bool denOk = false;
        const int num = parts.size() == 2 ? parts.at(0).toInt(&numOk) : 0;
        const int den = parts.size() == 2 ? parts.at(1).toInt(&denOk) : 0;
        if (!numOk || !denOk || num <= 0 || den <= 0 || num / den > 1000)
            return std::nullopt;
        return FrameRate(num, den);
    }
    bool ok = false;
    const double fps = trimmed.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return fromFramesPerSecond(fps);
}

std::optional<FrameRate> FrameRate::fromFramesPerSecond(double fps)
{
    if (!(fps > 0.0) || fps > 1000.0)
        return std::nullopt;
    const double whole = std::round(fps);
    if (std::abs(fps - whole) < 0.001)
        return FrameRate(int(whole), 1);
    // 23.976, 29.97, 47.952, 59.94, 119.88: the NTSC family, n*1000/1001.
    const double ntscBase = std::round(fps * 1001.0 / 1000.0);
    if (std::abs(fps - ntscBase * 1000.0 / 1001.0) < 0.01)
        return FrameRate(int(ntscBase) * 1000, 1001);
    return FrameRate(int(std::round(fps * 1000.0)), 1000);
}

int FrameRate::nominal() const
{
    return std::max(1, (m_num + m_den / 2) / m_den);
}

bool FrameRate::isDropFrame() const
{
    return m_den == 1001 && (m_num == 30000 || m_num == 60000);
}

qint64 FrameRate::frameAt(qint64 ms) const
{
    if (ms <= 0)
        return 0;
    return ms * m_num / (qint64(1000) * m_den);
}

qint64 FrameRate::msOf(qint64 frame) const
{
    if (frame <= 0)
        return 0;
    const qint64 scaled = frame * 1000 * m_den;
    return (scaled + m_num - 1) / m_num;
}

QString FrameRate::label() const
{
    if (m_den == 1)
        return QString::number(m_num);
    QString text = QString::number(framesPerSecond(), 'f', 3);
    while (text.endsWith(u'0'))
        text.chop(1);
    if (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace Ui
