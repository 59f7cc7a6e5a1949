#include "core/downloads/bandwidthschedule.h"

#include <QRegularExpression>

#include <algorithm>

namespace Downloads {

namespace {

QString rateText(qint64 rate)
{
    if (rate % (1000 * 1000 * 1000) == 0)
        return QString::number(rate / (1000 * 1000 * 1000)) + u'G';
    if (rate % (1000 * 1000) == 0)
        return QString::number(rate / (1000 * 1000)) + u'M';
    if (rate % 1000 == 0)
        return QString::number(rate / 1000) + u'k';
    return QString::number(rate);
}

bool inWindow(const QTime &start, const QTime &end, const QTime &now)
{
    if (start < end)
        return now >= start && now < end;
    return now >= start || now < end; // across midnight
}

} // namespace

std::optional<qint64> parseRate(const QString &written)

{
    QString text = written.trimmed();
    qint64 factor = 1;
    if (text.endsWith(u'k', Qt::CaseInsensitive))
        factor = 1000;
    else if (text.endsWith(u'M'))
        factor = 1000 * 1000;
    else if (text.endsWith(u'G'))
        factor = 1000 * 1000 * 1000;
    if (factor > 1)
        text.chop(1);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value <= 0 || value > 1e12)
        return std::nullopt;
    return static_cast<qint64>(value * double(factor));
}

qint64 BandwidthSchedule::rateAt(const QDateTime &localTime) const
{
    if (limit <= 0)
        return 0;
    if (!hasWindow())
        return limit;
    return inWindow(windowStart, windowEnd, localTime.time()) ? limit : 0;
}

QDateTime BandwidthSchedule::nextChange(const QDateTime &localTime) const
{
    if (limit <= 0 || !hasWindow())
        return {};
    // The next start or end of the window after now, today or tomorrow.
    QDateTime best;
    for (const QTime &edge : {windowStart, windowEnd}) {
        QDateTime at(localTime.date(), edge, localTime.timeSpec());
        if (at <= localTime)
            at = at.addDays(1);
        if (!best.isValid() || at < best)
            best = at;
    }
    return best;
}

QString BandwidthSchedule::toString() const
{
    if (limit <= 0)
        return {};
    if (!hasWindow())
        return rateText(limit);
    return QStringLiteral("%1 %2-%3")
        .arg(rateText(limit), windowStart.toString(QStringLiteral("HH:mm")),
             windowEnd.toString(QStringLiteral("HH:mm")));
}

Util::Result<BandwidthSchedule> BandwidthSchedule::parse(const QString &text)
{
    BandwidthSchedule schedule;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"none", Qt::CaseInsensitive) == 0)
        return schedule;
    static const QRegularExpression form(
        QStringLiteral(R"(^(\S+)(?:\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2}))?$)"));
    const auto match = form.match(trimmed);
    const auto rate = match.hasMatch() ? parseRate(match.captured(1)) : std::nullopt;
    const auto wrong =
        Util::makeError(QStringLiteral("invalid_value"),
                        tr("“%1” is no bandwidth limit: write a rate such as 20M, optionally with "
                           "the hours it applies, such as 20M 07:00-19:00.")
                            .arg(text));
    if (!rate)
        return wrong;
    schedule.limit = *rate;
    if (!match.captured(2).isEmpty()) {
        schedule.windowStart =
            QTime::fromString(match.captured(2).rightJustified(5, u'0'), QStringLiteral("HH:mm"));
        schedule.windowEnd =
            QTime::fromString(match.captured(3).rightJustified(5, u'0'), QStringLiteral("HH:mm"));
        if (!schedule.windowStart.isValid() || !schedule.windowEnd.isValid()
            || schedule.windowStart == schedule.windowEnd)
            return wrong;
    }
    return schedule;
}

BandwidthScheduler::BandwidthScheduler(std::function<void(qint64)> apply, Clock clock, QObject *parent)
    : QObject(parent),
      m_apply(std::move(apply)),
      m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTime(); }))
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &BandwidthScheduler::reevaluate);
}

void BandwidthScheduler::setSchedule(const BandwidthSchedule &schedule)
{
    m_schedule = schedule;
    reevaluate();
}

void BandwidthScheduler::reevaluate()
{
    const QDateTime now = m_clock();
    const qint64 rate = m_schedule.rateAt(now);
    if (rate != m_current) {
        m_current = rate;
        m_apply(rate);
        emit limitChanged(rate);
    }
    m_next = m_schedule.nextChange(now);
    m_timer.stop();
    if (m_next.isValid()) {
        // A long wait is checked again within the hour (clock changes, sleep).
        const qint64 wait = std::clamp<qint64>(now.msecsTo(m_next), 1000, 3600 * 1000);
        m_timer.start(std::chrono::milliseconds(wait));
    }
}

} // namespace Downloads
