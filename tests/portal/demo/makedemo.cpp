#include "tests/portal/demo/makedemo.h"

#include "tests/portal/demo/democontent.h"
#include "tests/portal/demo/jobrunner.h"
#include "tests/portal/demo/manifests.h"
#include "tests/portal/demo/mediajobs.h"
#include "tests/portal/demo/syntheticfile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

// What make-demo itself puts into DIR; with --force only these are replaced.
const QStringList kOutputEntries = {u"media"_s, u"videos"_s, u"news"_s, u"conditions.json"_s};
const QString kStaging = u".tmp"_s;

struct Options
{
    QString dir;
    qint64 bigSize = 0;
    bool force = false;
    int videos = -1;
    int news = -1;
    int jobs = 2;
    QString ffmpeg;
};

std::optional<int> parseCount(const QCommandLineParser &parser, const QString &name, int fallback,
                              QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 0) {
        *error = u"--"_s + name + u" takes a whole number, not \""_s + parser.value(name) + u'"';
        return std::nullopt;
    }
    return value;
}

// nullopt with an empty error means "--help was asked for and shown".
std::optional<Options> parseOptions(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes the demo content folder served by `mmdesk-portal serve --content DIR`."_s);
    parser.addOption({{u"h"_s, u"help"_s}, u"Show this help."_s});
    parser.addPositionalArgument(u"DIR"_s, u"The content folder to create (must be empty unless --force)."_s);
    parser.addOptions({
        {u"big"_s, u"Add a video with a synthetic rendition of SIZE bytes (e.g. 2G, 512M) for benchmarks."_s,
         u"SIZE"_s},
        {u"force"_s, u"Replace the demo content of a folder that is not empty."_s},
        {u"videos"_s, u"Make only the first N videos (quick runs)."_s, u"N"_s},
        {u"news"_s,
         u"Make only the first N news items (quick runs); the tombstones of withdrawn items are "
         "written unless N is 0."_s,
         u"N"_s},
        {u"jobs"_s, u"Run N ffmpeg processes at a time (default 2)."_s, u"N"_s},
        {u"ffmpeg"_s, u"The ffmpeg program to use (default: ffmpeg on PATH)."_s, u"PATH"_s},
    });
    if (!parser.parse(QStringList {u"mmdesk-portal make-demo"_s} + arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        // The parser names the executable; this command is a sub-command of it.
        QString help = parser.helpText();
        help.replace(0, help.indexOf(u'\n'), u"Usage: mmdesk-portal make-demo [options] DIR"_s);
        report(help.trimmed());
        return std::nullopt;
    }
    Options options;
    if (parser.positionalArguments().size() != 1) {
        *error = u"expected exactly one content folder (DIR)"_s;
        return std::nullopt;
    }
    options.dir = QDir(parser.positionalArguments().constFirst()).absolutePath();
    options.force = parser.isSet(u"force"_s);
    options.ffmpeg = parser.value(u"ffmpeg"_s);
    if (parser.isSet(u"big"_s)) {
        options.bigSize = parseSize(parser.value(u"big"_s));
        if (options.bigSize <= 0) {
            *error =
                u"--big takes a size such as 2G, 512M or 1048576, not \""_s + parser.value(u"big"_s) + u'"';
            return std::nullopt;
        }
    }
    const auto videos = parseCount(parser, u"videos"_s, -1, error);
    const auto news = parseCount(parser, u"news"_s, -1, error);
    const auto jobs = parseCount(parser, u"jobs"_s, options.jobs, error);
    if (!videos || !news || !jobs)
        return std::nullopt;
    options.videos = *videos;
    options.news = *news;
    options.jobs = std::max(1, *jobs);
    return options;
}

QString findFfmpeg(const Options &options, QString *error)
{
    if (!options.ffmpeg.isEmpty()) {
        const QFileInfo info(options.ffmpeg);
        if (info.isFile() && info.isExecutable())
            return info.absoluteFilePath();
        *error = u"--ffmpeg "_s + options.ffmpeg + u" is not an executable file"_s;
        return {};
    }
    const QString found = QStandardPaths::findExecutable(u"ffmpeg"_s);
    if (found.isEmpty())
        *error =
            u"ffmpeg was not found on PATH: install it (Debian: apt install ffmpeg) or pass --ffmpeg PATH"_s;
    return found;
}

std::optional<Fonts> findFonts(QString *error)
{
    const QStringList folders = {u"/usr/share/fonts/truetype/dejavu"_s, u"/usr/share/fonts/dejavu"_s,
                                 u"/usr/share/fonts/dejavu-sans-fonts"_s, u"/usr/local/share/fonts"_s};
    Fonts fonts;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (fonts.sans.isEmpty() && dir.exists(u"DejaVuSans-Bold.ttf"_s))
            fonts.sans = dir.filePath(u"DejaVuSans-Bold.ttf"_s);
        if (fonts.mono.isEmpty() && dir.exists(u"DejaVuSansMono-Bold.ttf"_s))
            fonts.mono = dir.filePath(u"DejaVuSansMono-Bold.ttf"_s);
    }
    if (fonts.sans.isEmpty() || fonts.mono.isEmpty()) {
        *error = u"the DejaVu fonts for captions and timecode were not found (Debian: apt install "
                 "fonts-dejavu-core)"_s;
        return std::nullopt;
    }
    return fonts;
}

// Makes DIR and an empty staging folder inside it. A staging folder left by a failed run is not
// content: it is removed, and a DIR holding nothing else counts as empty.
bool prepareTarget(const Options &options, QString *error)
{
    QDir dir(options.dir);
    if (!dir.mkpath(u"."_s)) {
        *error = u"cannot create "_s + options.dir;
        return false;
    }
    QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    entries.removeAll(kStaging);
    if (!entries.isEmpty() && !options.force) {
        *error = options.dir + u" is not empty; pass --force to replace the demo content in it"_s;
        return false;
    }
    QDir staging(dir.filePath(kStaging));
    if (staging.exists() && !staging.removeRecursively()) {
        *error = u"cannot remove the stale staging folder "_s + staging.path();
        return false;
    }
    for (const QString &sub : {u"news"_s, u"videos"_s, u"media/news"_s, u"media/videos"_s, u"work"_s}) {
        if (!dir.mkpath(kStaging + u'/' + sub)) {
            *error = u"cannot create "_s + dir.filePath(kStaging + u'/' + sub);
            return false;
        }
    }
    return true;
}

// Moves the finished content from the staging folder into DIR. Manifests go last, so a folder
// with manifests always has their media.
bool publish(const QString &dirPath, QString *error)
{
    QDir dir(dirPath);
    for (const QString &entry : kOutputEntries) {
        const QFileInfo old(dir.filePath(entry));
        bool removed = true;
        if (old.isDir() && !old.isSymLink())
            removed = QDir(old.filePath()).removeRecursively();
        else if (old.exists() || old.isSymLink())
            removed = dir.remove(entry);
        if (!removed) {
            *error = u"cannot remove the old "_s + old.filePath();
            return false;
        }
    }
    for (const QString &entry : kOutputEntries) {
        if (!dir.exists(kStaging + u'/' + entry))
            continue; // content without conditions of use
        if (!dir.rename(kStaging + u'/' + entry, entry)) {
            *error = u"cannot move "_s + entry + u" into "_s + dirPath;
            return false;
        }
    }
    QDir(dir.filePath(kStaging)).removeRecursively();
    return true;
}

QString expandSize(QString text, qint64 size)
{
    return text.replace(u"{size}"_s, formatSize(size));
}

// The video behind --big: a short real proxy and thumbnail, and one big rendition of random bytes.
VideoSpec benchVideo(const DemoContent &content, qint64 size)
{
    VideoSpec video = content.benchVideo;
    video.title = expandSize(video.title, size);
    video.description = expandSize(video.description, size);
    for (ShotSpec &shot : video.shots)
        shot.description = expandSize(shot.description, size);
    video.renditions.clear();
    return video;
}

RenditionFormat syntheticFormat(const VideoSpec &video, qint64 size)
{
    RenditionFormat format = renditionFormat(RenditionKind::XdcamMxf, video);
    format.id = u"r-synthetic"_s;
    format.label = u"Transfer test file, "_s + formatSize(size) + u" of pseudo-random bytes (not playable)"_s;
    format.videoCodec = u"synthetic"_s;
    format.audioCodec = u"synthetic"_s;
    format.filename = video.id + u"-synthetic-"_s + QString(formatSize(size)).remove(u' ') + u".mxf"_s;
    return format;
}

double renditionCost(RenditionKind kind)
{
    switch (kind) {
    case RenditionKind::HdMp4:
        return 0.4;
    case RenditionKind::XdcamMxf:
        return 0.6;
    case RenditionKind::ProResMov:
        return 0.9;
    }
    return 1.0;
}

struct VideoWork
{
    VideoSpec spec;
    VideoOutputs outputs;
    QList<RenditionResult> results; // filled by the video's job
    qint64 syntheticSize = 0;
    std::optional<RenditionResult> synthetic; // filled by the synthetic file's job
};

bool checkOutputs(const QStringList &files, QString *error)
{
    for (const QString &file : files) {
        if (QFileInfo(file).size() <= 0) {
            *error = u"ffmpeg made no "_s + file;
            return false;
        }
    }
    return true;
}

Job videoJob(VideoWork &work, const QString &ffmpeg, const Fonts &fonts, const QString &workDir)
{
    Job job;
    job.label = u"video "_s + work.spec.id;
    double cost = 0.2;
    for (RenditionKind kind : work.spec.renditions)
        cost += renditionCost(kind);
    job.weight = double(work.spec.frames()) * cost;
    job.run = [&work, ffmpeg, fonts, workDir](QString *error) {
        const auto run = prepareVideoRun(work.spec, work.outputs, fonts, workDir, error);
        if (!run || !runProgram(ffmpeg, run->arguments, run->workDir, error)
            || !checkOutputs({work.outputs.thumbnail, work.outputs.preview}, error))
            return false;
        const QDir folder(work.outputs.folder);
        for (const RenditionFormat &format : std::as_const(work.outputs.renditions)) {
            const auto digest = digestFile(folder.filePath(format.filename), error);
            if (!digest)
                return false;
            work.results.append(RenditionResult {format, *digest, false});
        }
        return true;
    };
    return job;
}

// The big file of --big, written beside the (short) encoding of its video's proxy.
Job syntheticJob(VideoWork &work)
{
    Job job;
    job.label = u"synthetic rendition of "_s + work.spec.id + u" ("_s + formatSize(work.syntheticSize) + u')';
    job.weight = 1e9;
    job.run = [&work](QString *error) {
        const RenditionFormat format = syntheticFormat(work.spec, work.syntheticSize);
        const auto digest = writeSyntheticFile(QDir(work.outputs.folder).filePath(format.filename),
                                               work.syntheticSize, error);
        if (!digest)
            return false;
        work.synthetic = RenditionResult {format, *digest, true};
        return true;
    };
    return job;
}

Job cardJob(const NewsSpec &item, const QString &output, const QString &ffmpeg, const Fonts &fonts,
            const QString &workDir)
{
    Job job;
    job.label = u"image "_s + item.id;
    job.weight = 1;
    job.run = [item, output, ffmpeg, fonts, workDir](QString *error) {
        const auto run = prepareCardRun(item, output, fonts, workDir, error);
        return run && runProgram(ffmpeg, run->arguments, run->workDir, error)
            && checkOutputs({output}, error);
    };
    return job;
}

int fail(const QString &message, int code = 1)
{
    report(u"make-demo: error: "_s + message);
    return code;
}

} // namespace

int makeDemo(const QStringList &arguments)
{
    QElapsedTimer clock;
    clock.start();
    QString error;
    const auto options = parseOptions(arguments, &error);
    if (!options)
        return error.isEmpty() ? 0 : fail(error + u"\n(see mmdesk-portal make-demo --help)"_s, 2);
    auto content = loadDemoContent(&error);
    if (!content)
        return fail(u"demo content: "_s + error);
    const QString ffmpeg = findFfmpeg(*options, &error);
    if (ffmpeg.isEmpty())
        return fail(error);
    const auto fonts = findFonts(&error);
    if (!fonts)
        return fail(error);

    if (options->videos >= 0)
        content->videos = content->videos.mid(0, options->videos);
    if (options->news >= 0)
        content->news = content->news.mid(0, options->news);
    // Tombstones cost nothing to make: any run with news shows a client the deletion path.
    if (content->news.isEmpty())
        content->withdrawnNews.clear();
    // News may only point at videos that are part of this run.
    QStringList madeVideos;
    for (const VideoSpec &video : std::as_const(content->videos))
        madeVideos.append(video.id);
    for (NewsSpec &item : content->news)
        item.videoIds.removeIf([&madeVideos](const QString &id) { return !madeVideos.contains(id); });

    if (!prepareTarget(*options, &error))
        return fail(error);
    const QDir staging(QDir(options->dir).filePath(kStaging));
    const QString workDir = staging.filePath(u"work"_s);

    // Each job writes only into its own VideoWork; the list does not change while jobs run.
    std::vector<std::unique_ptr<VideoWork>> videos;
    for (const VideoSpec &spec : std::as_const(content->videos))
        videos.push_back(std::make_unique<VideoWork>(VideoWork {spec, {}, {}, 0, std::nullopt}));
    if (options->bigSize > 0)
        videos.push_back(std::make_unique<VideoWork>(
            VideoWork {benchVideo(*content, options->bigSize), {}, {}, options->bigSize, std::nullopt}));

    QList<Job> jobs;
    for (const auto &work : videos) {
        const QString folder = videoMediaFolder(work->spec.id);
        if (!staging.mkpath(folder))
            return fail(u"cannot create "_s + staging.filePath(folder));
        work->outputs.folder = staging.filePath(folder);
        work->outputs.thumbnail = staging.filePath(folder + u"/thumb.jpg"_s);
        work->outputs.preview = staging.filePath(folder + u"/proxy.mp4"_s);
        for (RenditionKind kind : std::as_const(work->spec.renditions))
            work->outputs.renditions.append(renditionFormat(kind, work->spec));
        jobs.append(videoJob(*work, ffmpeg, *fonts, workDir));
        if (work->syntheticSize > 0)
            jobs.append(syntheticJob(*work));
    }
    for (const NewsSpec &item : std::as_const(content->news)) {
        if (item.hasImage)
            jobs.append(cardJob(item, staging.filePath(newsImagePath(item.id)), ffmpeg, *fonts, workDir));
    }

    report(u"make-demo: "_s + QString::number(content->news.size()) + u" news items ("_s
           + QString::number(content->withdrawnNews.size()) + u" more withdrawn), "_s
           + QString::number(videos.size()) + u" videos into "_s + options->dir + u", "_s
           + QString::number(options->jobs) + u" ffmpeg processes at a time"_s);
    if (!runJobs(jobs, options->jobs, &error)) {
        QDir(staging.path()).removeRecursively();
        return fail(error);
    }

    qint64 mediaBytes = 0;
    int renditionCount = 0;
    for (const auto &work : videos) {
        if (work->synthetic)
            work->results.append(*work->synthetic);
        for (const RenditionResult &result : std::as_const(work->results)) {
            mediaBytes += result.digest.size;
            ++renditionCount;
        }
        if (!writeJsonFile(staging.filePath(u"videos/"_s + work->spec.id + u".json"_s),
                           videoManifest(work->spec, work->results), &error)) {
            QDir(staging.path()).removeRecursively();
            return fail(error);
        }
    }
    for (const NewsSpec &item : std::as_const(content->news)) {
        if (!writeJsonFile(staging.filePath(u"news/"_s + item.id + u".json"_s),
                           newsManifest(item, content->siteUrl), &error)) {
            QDir(staging.path()).removeRecursively();
            return fail(error);
        }
    }
    for (const NewsSpec &item : std::as_const(content->withdrawnNews)) {
        if (!writeJsonFile(staging.filePath(u"news/"_s + item.id + u".json"_s), newsTombstone(item),
                           &error)) {
            QDir(staging.path()).removeRecursively();
            return fail(error);
        }
    }
    if (!content->conditions.isEmpty()
        && !writeJsonFile(staging.filePath(u"conditions.json"_s), content->conditions, &error)) {
        QDir(staging.path()).removeRecursively();
        return fail(error);
    }
    if (!QDir(workDir).removeRecursively() || !publish(options->dir, &error)) {
        QDir(staging.path()).removeRecursively();
        return fail(error.isEmpty() ? u"cannot clean up "_s + workDir : error);
    }
    report(u"make-demo: done: "_s + QString::number(content->news.size()) + u" news items and "_s
           + QString::number(content->withdrawnNews.size()) + u" tombstones, "_s
           + QString::number(videos.size()) + u" videos with "_s + QString::number(renditionCount)
           + u" renditions ("_s + formatSize(mediaBytes) + u") in "_s
           + QString::number(clock.elapsed() / 1000.0, 'f', 1) + u" s"_s);
    return 0;
}

} // namespace Demo
