#include "core/watch/autodownload.h"

#include <QDir>

#include <QLocale>
#include <algorithm>

namespace Watch {

std::optional<Catalogue::Rendition> autoDownloadRendition(const Catalogue::Video &video,
                                                          const SavedSearch &search)
{
    Catalogue::Video within;
    for (const Catalogue::Rendition &r : video.renditions) {
        // A rendition that does not say its height or size cannot be shown
        // to be within a limit on it.
        if (search.autoMaxHeight > 0 && (r.height <= 0 || r.height > search.autoMaxHeight))
            continue;
        if (search.autoMaxBytes > 0 && (r.sizeBytes <= 0 || r.sizeBytes > search.autoMaxBytes))
            continue;
        within.renditions << r;
    }
    if (search.autoDownload == u"best")
        return within.bestRendition();
    std::optional<Catalogue::Rendition> largest;
    for (const Catalogue::Rendition &r : std::as_const(within.renditions)) {
        if (r.container.compare(search.autoDownload, Qt::CaseInsensitive) == 0
            && (!largest || r.sizeBytes > largest->sizeBytes))
            largest = r;
    }
    return largest;
}

QString autoDownloadRuleText(const SavedSearch &search)
{
    QStringList limits;
    if (search.autoMaxHeight > 0)
        limits << QStringLiteral("%1 lines").arg(search.autoMaxHeight);
    if (search.autoMaxBytes > 0)
        limits << QLocale::c().formattedDataSize(search.autoMaxBytes, 1, QLocale::DataSizeSIFormat);
    QString text = limits.isEmpty()
        ? search.autoDownload
        : QStringLiteral("%1 up to %2").arg(search.autoDownload, limits.join(u", "));
    if (search.autoOffHours)
        text += QStringLiteral(" (in the hours without a bandwidth limit)");
    return text;
}

bool inLimitedHours(const Downloads::BandwidthSchedule &schedule, const QDateTime &localTime)
{
    return schedule.hasWindow() && schedule.rateAt(localTime) > 0;
}

DueDownloads dueNow(const QList<WatchMatch> &pending, const Downloads::BandwidthSchedule &schedule,
                    const QDateTime &localTime)
{
    const bool limited = inLimitedHours(schedule, localTime);
    DueDownloads split;
    for (const WatchMatch &match : pending)
        (match.search.autoOffHours && limited ? split.waiting : split.due).append(match);
    return split;
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
    const auto rendition = autoDownloadRendition(*video, match.search);
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

Util::Result<QueuedAutoDownloads> queueDue(WatchStore &store, Downloads::QueueStore &queue,
                                           const QList<WatchMatch> &due, const QString &destDir,
                                           const std::optional<Portal::Conditions> &conditions)
{
    auto inQueue = queue.all();
    if (!inQueue)
        return inQueue.error();
    QueuedAutoDownloads outcome;
    for (const WatchMatch &match : due) {
        auto claimed = store.claimPending(match.search.id, match.itemId);
        if (!claimed)
            return claimed.error();
        if (!claimed.value())
            continue; // another program is queueing it
        const auto record = autoDownloadRecord(match, destDir, conditions);
        if (!record) {
            outcome.noFit.append(match);
        } else {
            const bool already =
                std::any_of(inQueue.value().cbegin(), inQueue.value().cend(), [&](const auto &queued) {
                    return queued.videoId == record->videoId && queued.renditionId == record->renditionId
                        && queued.destDir == record->destDir;
                });
            if (!already) {
                QDir().mkpath(record->destDir);
                auto added = queue.enqueue(*record);
                if (!added) {
                    (void)store.releasePending(match.search.id, match.itemId);
                    return added.error();
                }
                outcome.queued.append(added.value());
            }
        }
        if (auto done = store.donePending(match.search.id, match.itemId); !done)
            return done.error();
    }
    return outcome;
}

} // namespace Watch
