#include "tests/portal/demo/mediajobs.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

const QStringList kCommonArguments = {u"-hide_banner"_s, u"-nostdin"_s, u"-v"_s, u"error"_s, u"-y"_s};

// Escapes a value for an option of a filter inside a filter graph (ffmpeg-filters(1), "Notes on
// filtergraph escaping"): first the option level, then quoting for the graph level.
QString filterValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u":"_s, u"\\:"_s);
    escaped.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

bool writeText(const QString &path, const QString &text, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        *error = u"cannot write "_s + path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

QString drawText(const QString &font, const QString &textFile, int size, const QString &colour,
                 const QString &x, const QString &y, const QString &extra = {})
{
    QString filter = u"drawtext=fontfile="_s + filterValue(font) + u":textfile="_s + textFile
        + u":expansion=none:fontsize="_s + QString::number(size) + u":fontcolor="_s + colour
        + u":line_spacing=10:box=1:boxcolor=black@0.62:boxborderw=14:x="_s + x + u":y="_s + y;
    if (!extra.isEmpty())
        filter += u':' + extra;
    return filter;
}

QString displayDate(const QDateTime &when, const QString &language)
{
    const QLocale locale(language == u"fr" ? QLocale::French : QLocale::English, QLocale::AnyTerritory);
    return locale.toString(when.date(), u"d MMMM yyyy"_s);
}

QString kindLabel(const QString &kind, const QString &language)
{
    const bool fr = language == u"fr";
    if (kind == u"press_release")
        return fr ? u"COMMUNIQUÉ DE PRESSE"_s : u"PRESS RELEASE"_s;
    if (kind == u"speech")
        return fr ? u"DISCOURS"_s : u"SPEECH"_s;
    if (kind == u"statement")
        return fr ? u"DÉCLARATION"_s : u"STATEMENT"_s;
    if (kind == u"transcript")
        return fr ? u"TRANSCRIPTION"_s : u"TRANSCRIPT"_s;
    return fr ? u"ACTUALITÉS"_s : u"NEWS"_s;
}

QString kindColour(const QString &kind)
{
    if (kind == u"press_release")
        return u"0x0b4f8a"_s;
    if (kind == u"speech")
        return u"0x4e2a6b"_s;
    if (kind == u"statement")
        return u"0x7a1f2b"_s;
    if (kind == u"transcript")
        return u"0x2f4f4f"_s;
    return u"0x1f3a5f"_s;
}

QString sourceFor(const VideoSpec &video)
{
    const QString geometry = u"size=1920x1080:rate="_s + video.rate.text();
    if (video.pattern == u"color")
        return u"color=c="_s + video.colour + u':' + geometry;
    return video.pattern + u'=' + geometry;
}

QString shotCaption(const VideoSpec &video, int index)
{
    const ShotSpec &shot = video.shots.at(index);
    QString heading = u"SHOT "_s + QString::number(index + 1) + u'/' + QString::number(video.shots.size());
    if (shot.kind == u"soundbite")
        heading += u" · SOUNDBITE ("_s + shot.language.toUpper() + u") · "_s + shot.speaker;
    return heading + u'\n' + wrapText(shot.description, 72, 2);
}

} // namespace

QString wrapText(const QString &text, int columns, int maxLines)
{
    QStringList lines;
    QString current;
    // Only ordinary spaces break lines: no-break spaces (French "−30 °C", "« … »") hold.
    static const QRegularExpression breaks(u"[ \\t\\r\\n]+"_s);
    const QStringList words = text.split(breaks, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!current.isEmpty() && current.size() + 1 + word.size() > columns) {
            lines.append(current);
            current.clear();
            if (lines.size() == maxLines) {
                lines.last() += u'…';
                return lines.join(u'\n');
            }
        }
        current += current.isEmpty() ? word : u' ' + word;
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines.join(u'\n');
}

std::optional<FfmpegRun> prepareVideoRun(const VideoSpec &video, const VideoOutputs &outputs,
                                         const Fonts &fonts, const QString &workDir, QString *error)
{
    const QDir work(workDir);
    const QString titleFile = video.id + u"-title.txt"_s;
    const QString infoFile = video.id + u"-info.txt"_s;
    if (!writeText(work.filePath(titleFile), wrapText(video.title, 56, 2), error)
        || !writeText(work.filePath(infoFile),
                      video.location + u" · "_s + displayDate(video.recordedAt, video.language)
                          + u" · DEMO CONTENT"_s,
                      error))
        return std::nullopt;

    const qint64 frames = video.frames();
    QStringList picture = {u"[0:v]trim=end_frame="_s + QString::number(frames) + u",setpts=PTS-STARTPTS"_s,
                           drawText(fonts.sans, titleFile, 50, u"white"_s, u"80"_s, u"70"_s),
                           drawText(fonts.sans, infoFile, 32, u"0xffd866"_s, u"80"_s, u"230"_s)};
    qint64 start = 0;
    for (int i = 0; i < video.shots.size(); ++i) {
        const QString shotFile = video.id + u"-shot"_s + QString::number(i + 1) + u".txt"_s;
        if (!writeText(work.filePath(shotFile), shotCaption(video, i), error))
            return std::nullopt;
        const qint64 end = start + video.shots.at(i).frames - 1;
        picture.append(drawText(fonts.sans, shotFile, 34, u"white"_s, u"80"_s, u"h-340"_s,
                                u"enable='between(n,"_s + QString::number(start) + u',' + QString::number(end)
                                    + u")'"_s));
        start = end + 1;
    }
    picture.append(u"drawtext=fontfile="_s + filterValue(fonts.mono)
                   + u":timecode='00\\:00\\:00\\:00':rate="_s + video.rate.text()
                   + u":fontsize=72:fontcolor=white:box=1:boxcolor=black@0.75:boxborderw=12"
                     ":x=(w-tw)/2:y=h-150"_s);

    // Branches: one per rendition, then the proxy, then the thumbnail.
    const int branches = int(outputs.renditions.size()) + 2;
    QString graph = picture.join(u',') + u",split="_s + QString::number(branches);
    for (int i = 0; i < branches; ++i)
        graph += u"[p"_s + QString::number(i) + u']';
    for (int i = 0; i < outputs.renditions.size(); ++i)
        graph += u";[p"_s + QString::number(i) + u']' + outputs.renditions.at(i).pictureFilter + u"[v"_s
            + QString::number(i) + u']';
    const int proxy = int(outputs.renditions.size());
    const qint64 thumbFrame = frames / 3;
    graph += u";[p"_s + QString::number(proxy) + u"]scale=640:360,format=yuv420p[vproxy]"_s;
    graph += u";[p"_s + QString::number(proxy + 1) + u"]trim=start_frame="_s + QString::number(thumbFrame)
        + u":end_frame="_s + QString::number(thumbFrame + 1) + u",scale=640:360[vthumb]"_s;
    const qint64 samples = frames * 48000 * video.rate.den / video.rate.num;
    graph += u";[1:a]atrim=end_sample="_s + QString::number(samples)
        + u",asetpts=PTS-STARTPTS,aformat=sample_rates=48000:channel_layouts=stereo,asplit="_s
        + QString::number(proxy + 1);
    for (int i = 0; i <= proxy; ++i)
        graph += u"[a"_s + QString::number(i) + u']';

    QStringList args = kCommonArguments;
    args << u"-f"_s << u"lavfi"_s << u"-i"_s << sourceFor(video);
    args << u"-f"_s << u"lavfi"_s << u"-i"_s << u"sine=frequency=1000:sample_rate=48000"_s;
    args << u"-filter_complex"_s << graph;
    const QDir folder(outputs.folder);
    for (int i = 0; i < outputs.renditions.size(); ++i) {
        const RenditionFormat &format = outputs.renditions.at(i);
        args << u"-map"_s << u"[v"_s + QString::number(i) + u']' << u"-map"_s
             << u"[a"_s + QString::number(i) + u']';
        args << format.outputArguments;
        args << u"-metadata"_s << u"title="_s + video.title << u"-metadata"_s
             << u"copyright="_s + video.credit;
        args << folder.filePath(format.filename);
    }
    args << u"-map"_s << u"[vproxy]"_s << u"-map"_s << u"[a"_s + QString::number(proxy) + u']';
    args << u"-c:v"_s << u"libx264"_s << u"-preset"_s << u"superfast"_s << u"-b:v"_s << u"700k"_s;
    args << u"-maxrate"_s << u"900k"_s << u"-bufsize"_s << u"1400k"_s;
    args << u"-g"_s << QString::number(video.rate.nominal()); // a key frame a second, for seeking
    args << u"-c:a"_s << u"aac"_s << u"-b:a"_s << u"96k"_s << u"-movflags"_s << u"+faststart"_s;
    args << u"-metadata"_s << u"title="_s + video.title << outputs.preview;
    args << u"-map"_s << u"[vthumb]"_s << u"-frames:v"_s << u"1"_s << u"-q:v"_s << u"3"_s
         << outputs.thumbnail;
    return FfmpegRun {args, workDir};
}

std::optional<FfmpegRun> prepareCardRun(const NewsSpec &item, const QString &output, const Fonts &fonts,
                                        const QString &workDir, QString *error)
{
    const QDir work(workDir);
    const QString kindFile = item.id + u"-kind.txt"_s;
    const QString titleFile = item.id + u"-title.txt"_s;
    const QString footFile = item.id + u"-foot.txt"_s;
    QString foot = displayDate(item.publishedAt, item.language);
    if (!item.location.isEmpty())
        foot = item.location + u" · "_s + foot;
    if (!writeText(work.filePath(kindFile), kindLabel(item.kind, item.language), error)
        || !writeText(work.filePath(titleFile), wrapText(item.title, 34, 4), error)
        || !writeText(work.filePath(footFile), foot, error))
        return std::nullopt;

    const QString colour = item.colour.isEmpty() ? kindColour(item.kind) : item.colour;
    const QString graph = u"drawbox=x=0:y=0:w=iw:h=18:color=white@0.85:t=fill,"_s
        + u"drawbox=x=64:y=ih-150:w=iw-128:h=3:color=white@0.6:t=fill,"_s
        + drawText(fonts.sans, kindFile, 30, u"0xffd866"_s, u"64"_s, u"72"_s) + u','
        + drawText(fonts.sans, titleFile, 54, u"white"_s, u"64"_s, u"170"_s, u"box=0"_s) + u','
        + drawText(fonts.sans, footFile, 30, u"white"_s, u"64"_s, u"h-120"_s, u"box=0"_s);
    QStringList args = kCommonArguments;
    args << u"-f"_s << u"lavfi"_s << u"-i"_s << u"color=c="_s + colour + u":size=1280x720:rate=1"_s;
    args << u"-vf"_s << graph << u"-frames:v"_s << u"1"_s << u"-q:v"_s << u"3"_s << output;
    return FfmpegRun {args, workDir};
}

} // namespace Demo
