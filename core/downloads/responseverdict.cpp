#include "core/downloads/responseverdict.h"

namespace Downloads {

std::optional<ContentRange> ContentRange::parse(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (!value.startsWith("bytes "))
        return std::nullopt;
    const QByteArray spec = value.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    const qsizetype slash = spec.indexOf('/');
    if (dash <= 0 || slash <= dash + 1)
        return std::nullopt;
    bool ok1 = false;
    bool ok2 = false;
    ContentRange range;
    range.first = spec.left(dash).toLongLong(&ok1);
    range.last = spec.mid(dash + 1, slash - dash - 1).toLongLong(&ok2);
    if (!ok1 || !ok2 || range.first < 0 || range.last < range.first)
        return std::nullopt;
    const QByteArray total = spec.mid(slash + 1);
    if (total != "*") {
        bool ok3 = false;
        range.total = total.toLongLong(&ok3);
        if (!ok3 || range.total <= range.last)
            return std::nullopt;
    }
    return range;
}

bool strongEtagMatch(const QByteArray &a, const QByteArray &b)
{
    const QByteArray x = a.trimmed();
    const QByteArray y = b.trimmed();
    if (x.isEmpty() || y.isEmpty() || x.startsWith("W/") || y.startsWith("W/"))
        return false;
    return x == y;
}

Verdict decide(const RangeAsked &asked, const AnswerHead &head)
{
    const int status = head.status;
    if (status == 206) {
        const auto range = ContentRange::parse(head.contentRange);
        if (!range || range->first != asked.offset)
            return Verdict::RestartClean;
        if (asked.expectedSize >= 0 && range->total >= 0 && range->total != asked.expectedSize)
            return Verdict::RestartClean;
        // A range ending before the one asked is fine (the rest is asked for
        // again); one running past it is cut at the asked end by the transfer.
        // Any range must come from the version the file's other bytes hold.
        if (!asked.validator.isEmpty() && !strongEtagMatch(asked.validator, head.etag))
            return Verdict::RestartClean;
        if (head.contentLength >= 0 && head.contentLength != range->last - range->first + 1)
            return Verdict::RestartClean;
        return Verdict::Append;
    }
    if (status == 200) {
        // Range ignored, or If-Range did not match: the whole file follows.
        if (asked.expectedSize >= 0 && head.contentLength >= 0 && head.contentLength != asked.expectedSize)
            return Verdict::RestartClean;
        return Verdict::TakeWhole;
    }
    if (status == 416)
        return asked.offset > 0 ? Verdict::RestartClean : Verdict::Fail;
    if (status == 401 || status == 403 || status == 410)
        return Verdict::RefreshLink;
    if (status == 408 || status == 429 || status >= 500)
        return Verdict::RetryLater;
    return Verdict::Fail;
}

} // namespace Downloads
