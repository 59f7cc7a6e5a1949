// The headers a media host or a portal answers with: Content-Range, ETag,
// Last-Modified and Retry-After, and the verdict on an answer's head for a
// range asked, whatever they say.

#include "core/downloads/responseverdict.h"
#include "core/portal/retrypolicy.h"
#include "tests/fuzz/fuzzinput.h"

#include <QDateTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const quint8 status = input.byte();
    const QByteArray contentRange = input.line();
    const QByteArray etag = input.line();
    const QByteArray retryAfter = input.line();
    const QByteArray validator = input.line();
    const QByteArray lastModified = input.rest();

    (void)Downloads::ContentRange::parse(contentRange);
    (void)Downloads::unsatisfiedRangeTotal(contentRange);
    (void)Downloads::normaliseEtag(etag);
    (void)Downloads::isStrongEtag(etag);
    (void)Downloads::isEtagValidator(validator);
    (void)Downloads::strongEtagMatch(etag, validator);
    (void)Portal::RetryPolicy::parseRetryAfter(retryAfter,
                                               QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC));

    Downloads::AnswerHead head;
    static constexpr int Statuses[] = {200, 206, 304, 401, 403, 404, 410, 412, 416, 429, 500, 503};
    head.status = Statuses[status % std::size(Statuses)];
    head.contentRange = contentRange;
    head.etag = etag;
    head.contentLength = static_cast<qint64>(status) * 1000 - 1;
    head.lastModified = lastModified;
    (void)head.validator();
    (void)Downloads::sameVersion(validator, head);
    for (const Downloads::RangeAsked &asked :
         {Downloads::RangeAsked {0, -1, {}, -1}, Downloads::RangeAsked {1000, 5000, validator, -1},
          Downloads::RangeAsked {1000, 5000, validator, 2999}})
        (void)Downloads::decide(asked, head);
    return 0;
}
