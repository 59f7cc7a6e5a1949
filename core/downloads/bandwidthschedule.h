#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>
#include <optional>

namespace Downloads {

// A rate as a person writes it: bytes per second, with k, M or G for powers
// of 1000 ("500k", "20M", "1.5G"); nullopt when it is none or not positive.
std::optional<qint64> parseRate(const QString &written);

// A bandwidth limit, either all day or inside a daily window of local time
// (and unlimited outside it), as a person writes it:
//   ""                    no limit
//   "20M"                 20 MB/s all day
//   "20M 07:00-19:00"     20 MB/s in office hours, unlimited 19:00-07:00
//   "5M 22:00-06:00"      a window may cross midnight
// Rates take k, M, G (powers of 1000), as `download run --limit` does.
struct BandwidthSchedule
{
    Q_DECLARE_TR_FUNCTIONS(Downloads::BandwidthSchedule)

public:
    qint64 limit = 0; // bytes/s inside the window; 0: no limit at all
    QTime windowStart; // both invalid: all day
    QTime windowEnd;

    bool hasWindow() const
    {
        return windowStart.isValid() && windowEnd.isValid() && windowStart != windowEnd;
    }
    // The limit in force at this local time (0: none).
    qint64 rateAt(const QDateTime &localTime) const;
    // When the limit next changes after this local time; invalid when never.
    QDateTime nextChange(const QDateTime &localTime) const;

    QString toString() const;
    static Util::Result<BandwidthSchedule> parse(const QString &text);
};

// Keeps a download manager (any `apply`) at the limit the schedule sets for
// the current time, changing it when the window opens or closes. The clock
// can be replaced (tests); reevaluate() is what the timer calls.
class BandwidthScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BandwidthScheduler)

public:
    using Clock = std::function<QDateTime()>;

    explicit BandwidthScheduler(std::function<void(qint64)> apply, Clock clock = {},
                                QObject *parent = nullptr);

    void setSchedule(const BandwidthSchedule &schedule);
    qint64 currentLimit() const { return m_current; }
    // The moment the timer is set for (invalid when nothing changes).
    QDateTime nextChange() const { return m_next; }

public slots:
    void reevaluate();

signals:
    void limitChanged(qint64 bytesPerSecond);

private:
    std::function<void(qint64)> m_apply;
    Clock m_clock;
    BandwidthSchedule m_schedule;
    QTimer m_timer;
    qint64 m_current = -1;
    QDateTime m_next;
};

} // namespace Downloads
