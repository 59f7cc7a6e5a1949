#include "ui/player/frameimage.h"

#include <algorithm>
#include <cstring>

namespace Ui::FrameImage {

namespace {

// Fixed-point YCbCr → RGB coefficients, scaled by 2^16.
struct Matrix
{
    int y; // luma gain
    int rv; // Cr → R
    int gu; // Cb → G
    int gv; // Cr → G
    int bu; // Cb → B
    int yOffset;
};

Matrix matrixFor(const QVideoFrameFormat &format)
{
    const bool full = format.colorRange() == QVideoFrameFormat::ColorRange_Full;
    // HD material is BT.709 unless it says otherwise; SD is BT.601.
    bool bt709 = format.frameHeight() > 576;
    if (format.colorSpace() == QVideoFrameFormat::ColorSpace_BT601)
        bt709 = false;
    else if (format.colorSpace() == QVideoFrameFormat::ColorSpace_BT709)
        bt709 = true;
    const double scale = 65536.0;
    const double ky = full ? 1.0 : 255.0 / 219.0;
    const double kc = full ? 1.0 : 255.0 / 224.0;
    // Kr, Kb of each standard; the rest follows from them.
    const double kr = bt709 ? 0.2126 : 0.299;
    const double kb = bt709 ? 0.0722 : 0.114;
    const double kg = 1.0 - kr - kb;
    const auto fixed = [scale](double value) {
        return int(value * scale + (value < 0 ? -0.5 : 0.5));
    };
    return Matrix {fixed(ky),
                   fixed(kc * 2.0 * (1.0 - kr)),
                   fixed(kc * 2.0 * (1.0 - kb) * kb / kg),
                   fixed(kc * 2.0 * (1.0 - kr) * kr / kg),
                   fixed(kc * 2.0 * (1.0 - kb)),
                   full ? 0 : 16};
}

inline uchar clamp8(int value)
{
    return uchar(std::clamp(value >> 16, 0, 255));
}

struct Planes
{
    const uchar *y = nullptr;
    const uchar *u = nullptr;
    const uchar *v = nullptr;
    int yStride = 0;
    int uStride = 0;
    int vStride = 0;
    int chromaStep = 1; // bytes between two chroma samples of a line
    int chromaLineShift = 0; // 1 when chroma has half the lines (4:2:0)
};

// Whether a mapped plane really holds `lines` lines of `lineBytes` bytes: Qt
// 6.4 itself lays out 4:2:2 frames it allocates with half the chroma stride
// they need, and reading such a frame as 4:2:2 runs off its end.
bool planeFits(const QVideoFrame &frame, int plane, int lineBytes, int lines)
{
    const qsizetype stride = frame.bytesPerLine(plane);
    return frame.bits(plane) != nullptr && stride >= lineBytes && lines > 0
        && frame.mappedBytes(plane) >= (lines - 1) * stride + lineBytes;
}

bool planesOf(const QVideoFrame &frame, Planes &planes)
{
    using F = QVideoFrameFormat;
    const int width = frame.width();
    const int height = frame.height();
    const int chromaWidth = (width + 1) / 2;
    switch (frame.pixelFormat()) {
    case F::Format_YUV420P:
    case F::Format_YUV422P:
    case F::Format_YV12: {
        if (frame.planeCount() < 3)
            return false;
        const bool swapped = frame.pixelFormat() == F::Format_YV12;
        planes.y = frame.bits(0);
        planes.yStride = frame.bytesPerLine(0);
        planes.u = frame.bits(swapped ? 2 : 1);
        planes.uStride = frame.bytesPerLine(swapped ? 2 : 1);
        planes.v = frame.bits(swapped ? 1 : 2);
        planes.vStride = frame.bytesPerLine(swapped ? 1 : 2);
        planes.chromaLineShift = frame.pixelFormat() == F::Format_YUV422P ? 0 : 1;
        const int chromaLines = (height + planes.chromaLineShift) >> planes.chromaLineShift;
        return planeFits(frame, 0, width, height) && planeFits(frame, 1, chromaWidth, chromaLines)
            && planeFits(frame, 2, chromaWidth, chromaLines);
    }
    case F::Format_NV12:
    case F::Format_NV21: {
        if (frame.planeCount() < 2)
            return false;
        const bool swapped = frame.pixelFormat() == F::Format_NV21;
        planes.y = frame.bits(0);
        planes.yStride = frame.bytesPerLine(0);
        planes.u = frame.bits(1) + (swapped ? 1 : 0);
        planes.v = frame.bits(1) + (swapped ? 0 : 1);
        planes.uStride = planes.vStride = frame.bytesPerLine(1);
        planes.chromaStep = 2;
        planes.chromaLineShift = 1;
        return planeFits(frame, 0, width, height) && planeFits(frame, 1, chromaWidth * 2, (height + 1) / 2);
    }
    default:
        return false;
    }
}

QImage convertPlanar(const QVideoFrame &frame)
{
    Planes planes;
    if (!planesOf(frame, planes))
        return {};
    const int width = frame.width();
    const int height = frame.height();
    const Matrix m = matrixFor(frame.surfaceFormat());
    QImage image(width, height, QImage::Format_RGB32);
    if (image.isNull())
        return {};
    for (int row = 0; row < height; ++row) {
        const uchar *lineY = planes.y + qsizetype(row) * planes.yStride;
        const int chromaRow = row >> planes.chromaLineShift;
        const uchar *lineU = planes.u + qsizetype(chromaRow) * planes.uStride;
        const uchar *lineV = planes.v + qsizetype(chromaRow) * planes.vStride;
        auto *out = reinterpret_cast<QRgb *>(image.scanLine(row));
        for (int x = 0; x < width; ++x) {
            const int chroma = (x >> 1) * planes.chromaStep;
            const int yy = (int(lineY[x]) - m.yOffset) * m.y + (1 << 15);
            const int cb = int(lineU[chroma]) - 128;
            const int cr = int(lineV[chroma]) - 128;
            out[x] = qRgb(clamp8(yy + m.rv * cr), clamp8(yy - m.gu * cb - m.gv * cr), clamp8(yy + m.bu * cb));
        }
    }
    return image;
}

} // namespace

bool needsOwnConversion(QVideoFrameFormat::PixelFormat format)
{
    return format == QVideoFrameFormat::Format_YUV422P;
}

QImage toImage(const QVideoFrame &source)
{
    if (!source.isValid())
        return {};
    QVideoFrame frame(source);
    if (!frame.map(QVideoFrame::ReadOnly)) {
        // Frames that live on the GPU: only Qt can read them back.
        return needsOwnConversion(frame.pixelFormat()) ? QImage() : frame.toImage();
    }
    QImage image = convertPlanar(frame);
    frame.unmap();
    if (image.isNull() && !needsOwnConversion(frame.pixelFormat()))
        image = frame.toImage();
    return image;
}

QVideoFrame displayable(const QVideoFrame &source)
{
    if (!source.isValid() || source.pixelFormat() != QVideoFrameFormat::Format_YUV422P)
        return source;
    QVideoFrame frame(source);
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    const int chromaWidth = (frame.width() + 1) / 2;
    if (frame.planeCount() < 3 || !planeFits(frame, 0, frame.width(), frame.height())
        || !planeFits(frame, 1, chromaWidth, frame.height())
        || !planeFits(frame, 2, chromaWidth, frame.height())) {
        frame.unmap();
        return {};
    }
    QVideoFrameFormat format(frame.size(), QVideoFrameFormat::Format_YUV420P);
    format.setColorSpace(frame.surfaceFormat().colorSpace());
    format.setColorRange(frame.surfaceFormat().colorRange());
    format.setColorTransfer(frame.surfaceFormat().colorTransfer());
    QVideoFrame copy(format);
    if (!copy.map(QVideoFrame::WriteOnly) || copy.planeCount() < 3) {
        frame.unmap();
        return {};
    }
    const int height = frame.height();
    for (int plane = 0; plane < 3; ++plane) {
        const int lines = plane == 0 ? height : (height + 1) / 2;
        const int step = plane == 0 ? 1 : 2; // 4:2:0 keeps every other chroma line
        const int bytes = plane == 0 ? frame.width() : chromaWidth;
        if (!planeFits(copy, plane, bytes, lines)) {
            copy.unmap();
            frame.unmap();
            return {};
        }
        for (int line = 0; line < lines; ++line) {
            const int from = std::min(line * step, height - 1);
            std::memcpy(copy.bits(plane) + qsizetype(line) * copy.bytesPerLine(plane),
                        frame.bits(plane) + qsizetype(from) * frame.bytesPerLine(plane), size_t(bytes));
        }
    }
    copy.unmap();
    frame.unmap();
    copy.setStartTime(source.startTime());
    copy.setEndTime(source.endTime());
    return copy;
}

} // namespace Ui::FrameImage
