#pragma once

#include <QImage>
#include <QVideoFrame>

namespace Ui::FrameImage {

// Qt 6.4's software conversion of planar 4:2:2 frames (what GStreamer hands
// over for XDCAM HD422 MPEG-2 and for ProRes) reads past the end of the
// frame and crashes, both in QVideoFrame::toImage() and wherever a video
// widget paints without GPU rendering. These helpers keep such frames away
// from that code.

// Whether Qt's own software path cannot be trusted with this pixel format.
bool needsOwnConversion(QVideoFrameFormat::PixelFormat format);

// The picture of a frame at its full size: 8-bit planar and semi-planar
// YCbCr are converted here (BT.601 or BT.709, video or full range, as the
// frame says), anything else by Qt. A null image when the frame has none.
QImage toImage(const QVideoFrame &frame);

// A frame Qt can draw: 4:2:2 planar becomes 4:2:0 planar (a copy of the
// luma plane and every other chroma line, cheap enough for every frame);
// other frames come back as they are. An invalid frame when it cannot be.
QVideoFrame displayable(const QVideoFrame &frame);

} // namespace Ui::FrameImage
