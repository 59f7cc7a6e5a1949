#pragma once

#include "core/catalogue/video.h"
#include "core/downloads/bandwidthschedule.h"
#include "core/downloads/downloadrecord.h"
#include "core/downloads/queuestore.h"
#include "core/portal/conditions.h"
#include "core/watch/watchrunner.h"
#include "core/watch/watchstore.h"

#include <optional>

namespace Watch {

// The rendition a search's auto-download takes, among those no taller than
// its autoMaxHeight and no larger than its autoMaxBytes (when set): "best"
// (as Video::bestRendition judges), or the largest of a container ("mxf",
// "mp4", "mov"); nullopt when none fits.
std::optional<Catalogue::Rendition> autoDownloadRendition(const Catalogue::Video &video,
                                                          const SavedSearch &search);

// The rule in words for a message: "best", "mp4 up to 1080 lines, 2.1 GB",
// "best (in the hours without a bandwidth limit)".
QString autoDownloadRuleText(const SavedSearch &search);

// Whether the schedule limits the rate at this local time and lifts the
// limit at other hours: an all-day limit, or none, never makes an
// auto-download wait, since no better hour comes.
bool inLimitedHours(const Downloads::BandwidthSchedule &schedule, const QDateTime &localTime);

// The pending auto-downloads (WatchStore::pending) at this local time: due,
// or waiting because their search waits for the unlimited hours while the
// schedule limits the rate (they wait until schedule.nextChange()).
struct DueDownloads
{
    QList<WatchMatch> due;
    QList<WatchMatch> waiting;
};
DueDownloads dueNow(const QList<WatchMatch> &pending, const Downloads::BandwidthSchedule &schedule,
                    const QDateTime &localTime);

// The download a match of an auto-downloading search queues into destDir,
// with the credit line of the conditions that apply; nullopt when the match
// is no video or has no rendition for the rule.
std::optional<Downloads::DownloadRecord>
autoDownloadRecord(const WatchMatch &match, const QString &destDir,
                   const std::optional<Portal::Conditions> &conditions);

// What queueDue() did.
struct QueuedAutoDownloads
{
    QList<Downloads::DownloadRecord> queued;
    QList<WatchMatch> noFit; // no rendition within the rule: dropped, to say so
};

// Puts the due pending downloads into the queue: each claimed first (the
// desktop app and a cron run may both be at it), written straight into the
// queue file (the program that works the queue takes it up from there),
// then cleared from pending. One that is in the queue already (a run cut
// short after queueing it) is not queued twice. A failure gives the claim
// back, so that the next look tries again.
Util::Result<QueuedAutoDownloads> queueDue(WatchStore &store, Downloads::QueueStore &queue,
                                           const QList<WatchMatch> &due, const QString &destDir,
                                           const std::optional<Portal::Conditions> &conditions);

} // namespace Watch
