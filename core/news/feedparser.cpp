#include "core/news/feedparser.h"

#include "core/news/feedreader.h"
#include "core/news/feedtext.h"

namespace News {

ParsedFeed FeedParser::parse(const QByteArray &body, const QUrl &feedUrl, const QByteArray &contentType,
                             const QDateTime &fetchedAt)
{
    ParsedFeed feed;
    FeedText decoded = decodeFeedBytes(body, contentType);
    feed.encoding = decoded.encoding;
    feed.warnings = std::move(decoded.warnings);
    if (decoded.text.trimmed().isEmpty()) {
        feed.error = QStringLiteral("an empty answer, not a feed");
        return feed;
    }
    if (looksLikeHtmlPage(decoded.text)) {
        feed.error = QStringLiteral("an HTML page, not a feed");
        return feed;
    }
    const QString markup = prepareFeedMarkup(decoded.text, feed.warnings);
    FeedXml::FeedReader(markup, feedUrl, fetchedAt, feed).read();
    return feed;
}

} // namespace News
