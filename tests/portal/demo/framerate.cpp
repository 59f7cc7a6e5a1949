#include "tests/portal/demo/framerate.h"

#include <QStringList>

#include <cmath>

namespace Demo {

std::optional<FrameRate> FrameRate::parse(const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() > 2)
        return std::nullopt;
    bool numOk = false;
    bool denOk = true;
    FrameRate rate;
    rate.num = parts.at(0).toInt(&numOk);
    rate.den = parts.size() == 2 ? parts.at(1).toInt(&denOk) : 1;
    if (!numOk || !denOk || rate.num <= 0 || rate.den <= 0)
        return std::nullopt;
    return rate;
}

QString FrameRate::text() const
{
    return den == 1 ? QString::number(num) : QString::number(num) + u'/' + QString::number(den);
}

int FrameRate::nominal() const
{
    return (num + den / 2) / den;
}

qint64 FrameRate::framesFor(double seconds) const
{
    return std::llround(seconds * num / den);
}

qint64 FrameRate::msForFrames(qint64 frames) const
{
    return (frames * 1000 * den + num / 2) / num;
}

QString FrameRate::timecode(qint64 frames) const
{
    const qint64 base = nominal();
    const qint64 ff = frames % base;
    const qint64 totalSeconds = frames / base;
    const auto field = [](qint64 value) {
        return QString::number(value).rightJustified(2, u'0');
    };
    return field(totalSeconds / 3600) + u':' + field(totalSeconds / 60 % 60) + u':' + field(totalSeconds % 60)
        + u':' + field(ff);
}

qint64 FrameRate::framesFromTimecode(const QString &timecode) const
{
    const QStringList parts = timecode.split(u':');
    if (parts.size() != 4)
        return -1;
    qint64 values[4] = {};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        if (parts.at(i).size() != 2)
            return -1;
        values[i] = parts.at(i).toLongLong(&ok);
        if (!ok || values[i] < 0)
            return -1;
    }
    if (values[1] > 59 || values[2] > 59 || values[3] >= nominal())
        return -1;
    return ((values[0] * 60 + values[1]) * 60 + values[2]) * nominal() + values[3];
}

} // namespace Demo
