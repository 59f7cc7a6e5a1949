#pragma once

#include "core/catalogue/video.h"
#include "core/downloads/downloadrecord.h"
#include "core/portal/conditions.h"
#include "core/watch/watchrunner.h"

#include <optional>

namespace Watch {

// The rendition an auto-download takes: "best" (Video::bestRendition), or
// the largest of a container ("mxf", "mp4", "mov"); nullopt when none fits.
std::optional<Catalogue::Rendition> autoDownloadRendition(const Catalogue::Video &video, const QString &rule);

// The download a match of an auto-downloading search queues into destDir,
// with the credit line of the conditions that apply; nullopt when the match
// is no video or has no rendition for the rule.
std::optional<Downloads::DownloadRecord>
autoDownloadRecord(const WatchMatch &match, const QString &destDir,
                   const std::optional<Portal::Conditions> &conditions);

} // namespace Watch
