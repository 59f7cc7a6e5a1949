#include "ui/player/timecode.h"

#include <QStringView>

namespace Ui::Timecode {

namespace {

// A timecode's hours: a day's clock, or the running time of a long
// recording; far beyond, the frame count would overflow.
constexpr qint64 MaxHours = 999;

// Frame labels dropped at the start of each minute (but every tenth).
int droppedPerMinute(const FrameRate &rate)
{
    return rate.isDropFrame() ? rate.nominal() / 15 : 0;
}

// The frame a label names, once its fields are checked.
qint64 frameOf(qint64 hours, qint64 minutes, qint64 seconds, qint64 frames, qint64 base, qint64 drop)
{
    const qint64 totalMinutes = hours * 60 + minutes;
    return (totalMinutes * 60 + seconds) * base + frames - drop * (totalMinutes - totalMinutes / 10);
}

// The last frame whose label, written the rate's own way, keeps to MaxHours:
// a label read in the other notation can name a frame past it.
qint64 lastFrame(const FrameRate &rate)
{
    const qint64 base = rate.nominal();
    return frameOf(MaxHours, 59, 59, base - 1, base, droppedPerMinute(rate));
}

QString field(qint64 value)
{
    return QString::number(value).rightJustified(2, u'0');
}

} // namespace

QString fromFrame(qint64 frame, const FrameRate &rate)
{
    frame = std::max<qint64>(frame, 0);
    const qint64 base = rate.nominal();
    const qint64 drop = droppedPerMinute(rate);
    if (drop > 0) {
        // Add back the labels skipped so far, then count as non-drop.
        const qint64 perTenMinutes = base * 600 - drop * 9;
        const qint64 perMinute = base * 60 - drop;
        const qint64 tens = frame / perTenMinutes;
        const qint64 rest = frame % perTenMinutes;
        frame += drop * 9 * tens;
        if (rest > drop)
            frame += drop * ((rest - drop) / perMinute);
    }
    const qint64 seconds = frame / base;
    return field(seconds / 3600) + u':' + field(seconds / 60 % 60) + u':' + field(seconds % 60)
        + (drop > 0 ? u';' : u':') + field(frame % base);
}

std::optional<qint64> toFrame(const QString &text, const FrameRate &rate)
{
    const QStringView view = QStringView(text).trimmed();
    // HH:MM:SS?FF, two digits each (hours may have more).
    if (view.size() < 11)
        return std::nullopt;
    const qsizetype frameSeparator = view.size() - 3;
    const QChar separator = view.at(frameSeparator);
    const bool dropNotation = separator == u';' || separator == u'.' || separator == u',';
    if (separator != u':' && !dropNotation)
        return std::nullopt;
    if (view.at(frameSeparator - 3) != u':' || view.at(frameSeparator - 6) != u':')
        return std::nullopt;
    bool okH = false;
    bool okM = false;
    bool okS = false;
    bool okF = false;
    const qint64 hours = view.first(frameSeparator - 6).toLongLong(&okH);
    const qint64 minutes = view.sliced(frameSeparator - 5, 2).toLongLong(&okM);
    const qint64 seconds = view.sliced(frameSeparator - 2, 2).toLongLong(&okS);
    qint64 frames = view.sliced(frameSeparator + 1, 2).toLongLong(&okF);
    const qint64 base = rate.nominal();
    // Hours past what any clip lasts would overflow the frame count.
    if (!okH || !okM || !okS || !okF || hours < 0 || hours > MaxHours || minutes < 0 || minutes > 59
        || seconds < 0 || seconds > 59 || frames < 0 || frames >= base) {
        return std::nullopt;
    }
    const qint64 drop = dropNotation ? droppedPerMinute(rate) : 0;
    const qint64 totalMinutes = hours * 60 + minutes;
    if (drop > 0 && seconds == 0 && totalMinutes % 10 != 0 && frames < drop)
        frames = drop; // a label that does not exist: the next one does
    const qint64 frame = frameOf(hours, minutes, seconds, frames, base, drop);
    if (frame > lastFrame(rate))
        return std::nullopt;
    return frame;
}

QString normalised(const QString &text, const FrameRate &rate)
{
    const std::optional<qint64> frame = toFrame(text, rate);
    return frame ? fromFrame(*frame, rate) : text;
}

} // namespace Ui::Timecode
