#include "core/downloads/deadline.h"

#include <cmath>

namespace Downloads {

DeadlineCheck checkDeadline(const DownloadRecord &record, double bytesPerSecond, const QDateTime &now)
{
    DeadlineCheck check;
    if (!record.neededBy.isValid())
        return check;
    if (record.state == State::Completed) {
        const bool inTime = record.finishedAt.isValid() && record.finishedAt <= record.neededBy;
        check.timeliness = inTime ? Timeliness::OnTime : Timeliness::Missed;
        check.eta = record.finishedAt;
        return check;
    }
    if (now > record.neededBy) {
        check.timeliness = Timeliness::Missed;
        return check;
    }
    const qint64 remaining =
        record.sizeBytes >= 0 ? std::max<qint64>(0, record.sizeBytes - record.bytesDone) : -1;
    if (record.state != State::Active || remaining < 0 || bytesPerSecond < 1) {
        check.timeliness = Timeliness::Unknown;
        return check;
    }
    check.eta = now.addMSecs(static_cast<qint64>(std::ceil(double(remaining) * 1000.0 / bytesPerSecond)));
    check.timeliness = check.eta <= record.neededBy ? Timeliness::OnTime : Timeliness::Late;
    return check;
}

} // namespace Downloads
