#include "tests/support/requestlogentries.h"

#include <QRegularExpression>

namespace TestSupport {

QList<LoggedRequest> parseRequestLog(const QString &log)
{
    // TIME METHOD PATH[?QUERY] STATUS BYTES B MS ms [range=...] [if-range=...] [etag=...]
    static const QRegularExpression line(
        QStringLiteral(R"(^\S+ ([A-Z]+) ([^ ?]+)(?:\?\S*)? (\d{3}) (\d+) B (\d+) ms(.*)$)"));
    static const QRegularExpression field(
        QStringLiteral(R"( (range|if-range|etag)=(.*?)(?= (?:range|if-range|etag)=|$))"));
    QList<LoggedRequest> entries;
    for (const QString &text : log.split(u'\n')) {
        const auto match = line.match(text);
        if (!match.hasMatch())
            continue;
        LoggedRequest entry;
        entry.method = match.captured(1);
        entry.path = match.captured(2);
        entry.status = match.captured(3).toInt();
        entry.bytes = match.captured(4).toLongLong();
        entry.ms = match.captured(5).toLongLong();
        const QString rest = match.captured(6);
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

qint64 mediaBytesServed(const QList<LoggedRequest> &all)
{
    qint64 total = 0;
    for (const LoggedRequest &entry : requestsUnder(all, QStringLiteral("/media/")))
        total += entry.bytes;
    return total;
}

} // namespace TestSupport
