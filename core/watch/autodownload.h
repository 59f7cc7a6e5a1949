#pragma once

#include "core/catalogue/video.h"
#include "core/downloads/downloadrecord.h"
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

// The rule in words for a message: "best", "mp4 up to 1080 lines, 2.1 GB".
QString autoDownloadRuleText(const SavedSearch &search);

// The download a match of an auto-downloading search queues into destDir,
// with the credit line of the conditions that apply; nullopt when the match
// is no video or has no rendition for the rule.
std::optional<Downloads::DownloadRecord>
autoDownloadRecord(const WatchMatch &match, const QString &destDir,
                   const std::optional<Portal::Conditions> &conditions);

} // namespace Watch
