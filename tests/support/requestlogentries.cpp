#include "tests/support/requestlogentries.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace TestSupport {

QList<LoggedRequest> parseRequestLog(const QString &log)
{
    // TIME METHOD PATH[?QUERY] STATUS BYTES B MS ms [range=...] [if-range=...] [etag=...]
    static const QRegularExpression line(
        QStringLiteral(R"(^(\S+) ([A-Z]+) ([^ ?]+)(?:\?\S*)? (\d{3}) (\d+) B (\d+) ms(.*)$)"));
    static const QRegularExpression field(
        QStringLiteral(R"( (range|if-range|etag)=(.*?)(?= (?:range|if-range|etag)=|$))"));
    QList<LoggedRequest> entries;
    for (const QString &text : log.split(u'\n')) {
        const auto match = line.match(text);
        if (!match.hasMatch())
            continue;
        LoggedRequest entry;
        entry.finished = QDateTime::fromString(match.captured(1), Qt::ISODateWithMs);
        entry.method = match.captured(2);
        entry.path = match.captured(3);
        entry.status = match.captured(4).toInt();
        entry.bytes = match.captured(5).toLongLong();
        entry.ms = match.captured(6).toLongLong();
        const QString rest = match.captured(7);
        for (auto it = field.globalMatch(rest); it.hasNext();) {
            const auto f = it.next();
            const QString name = f.captured(1);
            // nginx writes "-" for a header that is not there.
            const QString value = f.captured(2) == u"-" ? QString() : f.captured(2);
            if (name == u"range")
                entry.range = value;
            else if (name == u"if-range")
                entry.ifRange = value;
            else
                entry.etag = value;
        }
        entries.append(entry);
    }
    return entries;
}

QList<LoggedRequest> requestsUnder(const QList<LoggedRequest> &all, const QString &prefix)
{
    QList<LoggedRequest> found;
    for (const LoggedRequest &entry : all) {
        if (entry.path.startsWith(prefix))
            found.append(entry);
    }
    return found;
}

QList<LoggedRequest> linkRequests(const QList<LoggedRequest> &all)
{
    QList<LoggedRequest> found;
    for (const LoggedRequest &entry : all) {
        if (entry.method == u"POST" && entry.path.endsWith(QLatin1String("/link")))
            found.append(entry);
    }
    return found;
}

int mostAtOnce(const QList<LoggedRequest> &all)
{
    // Each answer as (start, +1) and (end, -1), shrunk at both ends by the
    // log's rounding, then swept in time order; ends sort before starts.
    constexpr qint64 SlackMs = 3;
    QList<std::pair<qint64, int>> edges;
    for (const LoggedRequest &entry : all) {
        if (!entry.finished.isValid())
            continue;
        const qint64 end = entry.finished.toMSecsSinceEpoch() - SlackMs;
        const qint64 start = end + SlackMs - entry.ms + SlackMs;
        if (start >= end)
            continue;
        edges.append({start, +1});
        edges.append({end, -1});
    }
    std::sort(edges.begin(), edges.end());
    int open = 0;
    int most = 0;
    for (const auto &[at, change] : edges) {
        open += change;
        most = std::max(most, open);
    }
    return most;
}

qint64 mediaBytesServed(const QList<LoggedRequest> &all)
{
    qint64 total = 0;
    for (const LoggedRequest &entry : requestsUnder(all, QStringLiteral("/media/")))
        total += entry.bytes;
    return total;
}

} // namespace TestSupport
