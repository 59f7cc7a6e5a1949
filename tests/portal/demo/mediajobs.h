#pragma once

#include "tests/portal/demo/democontent.h"
#include "tests/portal/demo/renditionformat.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Demo {

struct Fonts
{
    QString sans; // titles and captions
    QString mono; // burnt-in timecode
};

// One ffmpeg run: its arguments refer to the text files it draws by names relative to workDir,
// so that no path has to survive the filter-graph escaping rules.
struct FfmpegRun
{
    QStringList arguments;
    QString workDir;
};

struct VideoOutputs
{
    QString folder; // absolute: .../media/videos/<id>
    QString thumbnail;
    QString preview;
    QList<RenditionFormat> renditions;
};

// One ffmpeg run that makes every rendition, the proxy and the thumbnail of a video from a
// single synthetic picture (test pattern, title, shot captions, burnt-in timecode) and a tone.
std::optional<FfmpegRun> prepareVideoRun(const VideoSpec &video, const VideoOutputs &outputs,
                                         const Fonts &fonts, const QString &workDir, QString *error);

// A 1280x720 JPEG card with the kind, title, place and date of a news item.
std::optional<FfmpegRun> prepareCardRun(const NewsSpec &item, const QString &output, const Fonts &fonts,
                                        const QString &workDir, QString *error);

// Word-wraps text to lines of at most `columns` characters, at most `maxLines` lines
// (the last one ends with an ellipsis when text is left over).
QString wrapText(const QString &text, int columns, int maxLines);

} // namespace Demo
