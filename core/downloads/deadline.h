#pragma once

#include "core/downloads/downloadrecord.h"

#include <QDateTime>

namespace Downloads {

// Whether a download makes the time it is needed by (DownloadRecord::neededBy).
enum class Timeliness {
    None, // no deadline
    Unknown, // not transferring, or its size or speed is not known yet
    OnTime, // at its speed now, it ends before the deadline (or it did)
    Late, // at its speed now, it ends after the deadline
    Missed, // the deadline passed before it ended
};

struct DeadlineCheck
{
    Timeliness timeliness = Timeliness::None;
    QDateTime eta; // when it ends at its speed now; invalid when unknown
};

// `now` is given, so that a view and a test share one clock.
DeadlineCheck checkDeadline(const DownloadRecord &record, double bytesPerSecond, const QDateTime &now);

} // namespace Downloads
