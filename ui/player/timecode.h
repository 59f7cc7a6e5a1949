#pragma once

#include "ui/player/framerate.h"

#include <QString>

#include <optional>

namespace Ui {

// SMPTE ST 12-1 timecode for a clip, counted from 00:00:00:00 at its first
// frame. At 30000/1001 and 60000/1001 the display is drop-frame
// ("HH:MM:SS;FF"): frame labels 00 and 01 (00-03 at 59.94) are skipped at the
// start of every minute except each tenth, so that the timecode keeps up with
// the clock. Every other rate is non-drop-frame ("HH:MM:SS:FF").
namespace Timecode {

// The label of a frame in the rate's own notation; negative frames read as 0.
QString fromFrame(qint64 frame, const FrameRate &rate);

// The frame a label names. The separator before the frames says how the label
// counts, as SMPTE writes it: ':' counts every frame (non-drop), ';' (or '.'
// and ',') is drop-frame and only meaningful at a drop-frame rate. A dropped
// label ("00:01:00;00") reads as the next frame that exists. Nothing when the
// text is not HH:MM:SS:FF with minutes, seconds and frames in range.
std::optional<qint64> toFrame(const QString &text, const FrameRate &rate);

// A label written with ':' or ';' as toFrame() reads it, rewritten in the
// rate's own notation; the text itself when it cannot be read.
QString normalised(const QString &text, const FrameRate &rate);

} // namespace Timecode

} // namespace Ui
