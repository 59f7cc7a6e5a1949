#pragma once

#include <QString>

#include <optional>

namespace Ui {

// A video frame rate as an exact fraction ("25", "30000/1001"), and the
// mapping between media time in milliseconds and frame numbers counted from
// the first frame of the clip.
class FrameRate
{
public:
    FrameRate() = default; // 25 fps, the European broadcast rate
    FrameRate(int numerator, int denominator);

    // "25", "50", "30000/1001", "60000/1001", "24000/1001", and the decimal
    // spellings "29.97", "59.94", "23.976" that some metadata uses.
    static std::optional<FrameRate> parse(const QString &text);
    // What a media backend reports as a floating-point rate, snapped to the
    // NTSC fractions when it is within a rounding error of one of them.
    static std::optional<FrameRate> fromFramesPerSecond(double fps);

    int numerator() const { return m_num; }
    int denominator() const { return m_den; }
    double framesPerSecond() const { return double(m_num) / m_den; }
    // The timecode's frame base: 30 for 29.97, 60 for 59.94, 24 for 23.976.
    int nominal() const;
    // SMPTE ST 12-1 drop-frame counting applies to 30000/1001 and 60000/1001
    // only; 24000/1001 is always counted non-drop.
    bool isDropFrame() const;

    // The frame on screen at a media time.
    qint64 frameAt(qint64 ms) const;
    // The first whole millisecond inside a frame, so that frameAt(msOf(n)) == n:
    // a seek there shows frame n even at 29.97 where frames are not whole ms.
    qint64 msOf(qint64 frame) const;
    // The frame rate as people write it: "25", "29.97", "59.94".
    QString label() const;

    friend bool operator==(const FrameRate &a, const FrameRate &b)
    {
        return qint64(a.m_num) * b.m_den == qint64(b.m_num) * a.m_den;
    }

private:
    int m_num = 25;
    int m_den = 1;
};

} // namespace Ui
