// The dates feeds write (RSS pubDate, Atom and dc:date), whatever the text:
// a date that reads is a real UTC instant, and written in ISO 8601 it reads
// back as the same instant.

#include "core/news/feeddate.h"
#include "tests/fuzz/fuzzinput.h"

#include <cstdlib>

namespace {

void check(const std::optional<QDateTime> &date)
{
    if (!date)
        return;
    if (!date->isValid() || date->timeSpec() != Qt::UTC)
        std::abort();
    // Only four-digit years have an ISO form that reads back.
    if (date->date().year() < 1 || date->date().year() > 9999)
        return;
    const QString iso = date->toString(Qt::ISODateWithMs);
    if (News::parseIsoDate(iso) != date || News::parseFeedDate(iso) != date)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const QString text = QString::fromUtf8(input.rest());
    check(News::parseFeedDate(text));
    check(News::parseRfc822Date(text));
    check(News::parseIsoDate(text));
    return 0;
}
