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

QByteArray normaliseEtag(const QByteArray &etag)
{
    QByteArray value = etag.trimmed();
    if (value.isEmpty())
        return value;
    const bool weak = value.startsWith("W/");
    QByteArray tag = weak ? value.mid(2).trimmed() : value;
    if (!tag.startsWith('"') || !tag.endsWith('"') || tag.size() < 2)
        tag = QByteArray(1, '"').append(tag).append('"');
    return weak ? QByteArrayLiteral("W/").append(tag) : tag;
}

bool isStrongEtag(const QByteArray &etag)
{
    const QByteArray value = normaliseEtag(etag);
    return !value.isEmpty() && !value.startsWith("W/");
}

bool strongEtagMatch(const QByteArray &a, const QByteArray &b)
{
    if (!isStrongEtag(a) || !isStrongEtag(b))
        return false;
    return normaliseEtag(a) == normaliseEtag(b);
}

QByteArray AnswerHead::validator() const
{
    if (isStrongEtag(etag))
        return normaliseEtag(etag);
    // A weak ETag with a date beside it: the date is the better promise.
    return lastModified.trimmed();
}

bool isEtagValidator(const QByteArray &validator)
{
    const QByteArray value = validator.trimmed();
    return value.startsWith('"') || value.startsWith("W/");
}

bool sameVersion(const QByteArray &validator, const AnswerHead &head)
{
    const QByteArray value = validator.trimmed();
    if (value.isEmpty())
        return false;
    if (isEtagValidator(value))
        return strongEtagMatch(value, head.etag);
    // A date: the answer must carry the same one and no strong ETag that
    // would say more (a server that has one names versions by it).
    return !isStrongEtag(head.etag) && head.lastModified.trimmed() == value;
}

qint64 unsatisfiedRangeTotal(const QByteArray &contentRange)
{
    const QByteArray value = contentRange.trimmed();
    if (!value.startsWith("bytes */"))
        return -1;
    bool ok = false;
    const qint64 total = value.mid(8).trimmed().toLongLong(&ok);
    return ok && total >= 0 ? total : -1;
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
        if (!asked.validator.isEmpty() && !sameVersion(asked.validator, head))
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
    if (status == 416) {
        // "Nothing from there on": the file is complete when the server's
        // size is where the file ends, and it is the size the portal gave.
        // (If-Range does not apply to a 416; the SHA-256 check decides.)
        const qint64 total = unsatisfiedRangeTotal(head.contentRange);
        if (asked.offset > 0 && asked.end < 0 && total == asked.offset
            && (asked.expectedSize < 0 || total == asked.expectedSize))
            return Verdict::AlreadyComplete;
        return asked.offset > 0 ? Verdict::RestartClean : Verdict::Fail;
    }
    if (status == 401 || status == 403 || status == 410)
        return Verdict::RefreshLink;
    if (status == 408 || status == 429 || status >= 500)
        return Verdict::RetryLater;
    return Verdict::Fail;
}

} // namespace Downloads
