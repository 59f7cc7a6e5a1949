#pragma once

#include <QString>

#include <optional>

namespace Demo {

// A video frame rate as a fraction ("25", "30000/1001") with the timecode arithmetic
// the shot lists need. Timecodes are non-drop-frame, counted at the nominal rate.
struct FrameRate
{
    int num = 25;
    int den = 1;

    static std::optional<FrameRate> parse(const QString &text);

    QString text() const;
    int nominal() const;
    qint64 framesFor(double seconds) const;
    qint64 msForFrames(qint64 frames) const;
    QString timecode(qint64 frames) const;
    // Inverse of timecode(); -1 when the text is not HH:MM:SS:FF with FF below the nominal rate.
    qint64 framesFromTimecode(const QString &timecode) const;
};

} // namespace Demo
