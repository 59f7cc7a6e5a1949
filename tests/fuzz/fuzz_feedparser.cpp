// RSS and Atom as any server sends them: any bytes, any declared encoding,
// any Content-Type. The parser must end and keep only what it could read.

#include "core/news/feedfetcher.h"
#include "core/news/feedparser.h"
#include "tests/fuzz/fuzzinput.h"

#include <QDateTime>
#include <QUrl>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const QByteArray contentType = input.line();
    const QByteArray body = input.rest();
    const News::ParsedFeed feed =
        News::FeedParser::parse(body, QUrl(QStringLiteral("https://feeds.example.org/a/feed.xml")),
                                contentType, QDateTime::fromSecsSinceEpoch(1'780'000'000, Qt::UTC));
    // What the fetcher makes of the entries: their bodies sanitised.
    (void)News::FeedFetcher::itemsOf(feed, 7);
    return 0;
}
