#pragma once

#include "tests/portal/demo/democontent.h"

#include <QString>
#include <QStringList>

namespace Demo {

// What one rendition of a video is: the manifest fields that describe it and the ffmpeg
// arguments that make it from the shared 1080-line picture and the stereo tone.
struct RenditionFormat
{
    QString id;
    QString label;
    QString container;
    QString videoCodec; // ffmpeg/ffprobe codec names, so a probe can check them directly
    QString audioCodec;
    int width = 1920;
    int height = 1080;
    FrameRate rate;
    bool interlaced = false;
    QString filename;
    QString pictureFilter; // applied to this rendition's branch of the picture
    QStringList outputArguments; // codec and muxer options, before the output file name
};

RenditionFormat renditionFormat(RenditionKind kind, const VideoSpec &video);

} // namespace Demo
