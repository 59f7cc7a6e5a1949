#include "core/watch/autodownload.h"

#include <QDir>

namespace Watch {

std::optional<Catalogue::Rendition> autoDownloadRendition(const Catalogue::Video &video, const QString &rule)
{
    if (rule == u"best")
        return video.bestRendition();
    std::optional<Catalogue::Rendition> largest;
    for (const Catalogue::Rendition &r : video.renditions) {
        if (r.container.compare(rule, Qt::CaseInsensitive) == 0
            && (!largest || r.sizeBytes > largest->sizeBytes))
            largest = r;
    }
    return largest;
}

std::optional<Downloads::DownloadRecord>
autoDownloadRecord(const WatchMatch &match, const QString &destDir,
                   const std::optional<Portal::Conditions> &conditions)
{
    if (match.search.autoDownload.isEmpty() || match.video.isEmpty())
        return std::nullopt;
    const auto video = Catalogue::Video::fromJson(match.video);
    if (!video)
        return std::nullopt;
    const auto rendition = autoDownloadRendition(*video, match.search.autoDownload);
    if (!rendition)
        return std::nullopt;
    Downloads::DownloadRecord record;
    record.videoId = video->id;
    record.renditionId = rendition->id;
    record.title = video->title;
    record.label = rendition->label;
    record.fileName = rendition->filename;
    record.destDir = QDir(destDir).absolutePath();
    record.sizeBytes = rendition->sizeBytes;
    record.sha256 = rendition->sha256;
    record.metadataJson = Portal::downloadMetadata(video->json, conditions);
    return record;
}

} // namespace Watch
