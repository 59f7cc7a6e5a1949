#include "tests/portal/demo/renditionformat.h"

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

// "25" or "29.97", as broadcasters write it in format names.
QString rateLabel(const FrameRate &rate)
{
    if (rate.den == 1)
        return QString::number(rate.num);
    return QString::number(double(rate.num) / rate.den, 'f', 2);
}

// Codec and muxer options written as on a command line (no value contains a space), followed
// by the BT.709 colour tags every HD rendition carries.
QStringList options(const QString &commandLine)
{
    static const QStringList colourTags =
        u"-color_primaries bt709 -color_trc bt709 -colorspace bt709"_s.split(u' ');
    return commandLine.split(u' ', Qt::SkipEmptyParts) + colourTags;
}

} // namespace

RenditionFormat renditionFormat(RenditionKind kind, const VideoSpec &video)
{
    RenditionFormat format;
    format.rate = video.rate;
    const QString progressive = u"1080p"_s + rateLabel(video.rate);
    switch (kind) {
    case RenditionKind::HdMp4:
        format.id = u"r-hd-mp4"_s;
        format.label = u"HD "_s + progressive + u", H.264 10 Mb/s, AAC stereo (MP4)"_s;
        format.container = u"mp4"_s;
        format.videoCodec = u"h264"_s;
        format.audioCodec = u"aac"_s;
        format.filename = video.id + u"-hd-"_s + progressive + u".mp4"_s;
        format.pictureFilter = u"format=yuv420p"_s;
        format.outputArguments = options(
            u"-c:v libx264 -preset ultrafast -b:v 10M -maxrate 12M -bufsize 20M -g "_s
            + QString::number(2 * video.rate.nominal()) + u" -c:a aac -b:a 192k -movflags +faststart"_s);
        break;
    case RenditionKind::XdcamMxf:
        // XDCAM HD422 style: MPEG-2 4:2:2 long GOP at a constant 50 Mb/s, top field first.
        format.id = u"r-xdcam-hd422"_s;
        format.label = u"Broadcast HD 1080i50, XDCAM HD422 50 Mb/s, PCM 24-bit (MXF)"_s;
        format.container = u"mxf"_s;
        format.videoCodec = u"mpeg2video"_s;
        format.audioCodec = u"pcm_s24le"_s;
        format.interlaced = true;
        format.filename = video.id + u"-xdcam-hd422-1080i50.mxf"_s;
        format.pictureFilter = u"setfield=tff,format=yuv422p"_s;
        // The recipe of platform-notes.md: GOP of 12 without B-frames (a third less encoding time).
        format.outputArguments =
            options(u"-c:v mpeg2video -b:v 50M -minrate 50M -maxrate 50M -bufsize 36408333"
                    " -g 12 -flags +ildct+ilme -top 1 -c:a pcm_s24le"
                    " -timecode 00:00:00:00 -f mxf"_s);
        break;
    case RenditionKind::ProResMov:
        format.id = u"r-prores422"_s;
        format.label = u"Edit master "_s + progressive + u", Apple ProRes 422, PCM 24-bit (MOV)"_s;
        format.container = u"mov"_s;
        format.videoCodec = u"prores"_s;
        format.audioCodec = u"pcm_s24le"_s;
        format.filename = video.id + u"-prores422-"_s + progressive + u".mov"_s;
        format.pictureFilter = u"format=yuv422p10le"_s;
        // A fixed quantiser: prores_ks's own rate search costs eight times the encoding time.
        format.outputArguments =
            options(u"-c:v prores_ks -profile:v 2 -qscale:v 8 -vendor apl0 -c:a pcm_s24le"
                    " -timecode 00:00:00:00"_s);
        break;
    }
    return format;
}

} // namespace Demo
