#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace News {

// Which kind of feed the document was, as its root element and version say.
enum class FeedFormat {
    Unknown, // not a feed
    Rss090, // <rdf:RDF> with Netscape's 0.9 namespace
    Rss091, // <rss version="0.91">, Netscape's or Userland's
    Rss092, // <rss version="0.92"> (and the rare 0.93 and 0.94)
    Rss10, // <rdf:RDF> with the RSS 1.0 namespace
    Rss20, // <rss version="2.0">, or <rss> with no version
    Atom03, // <feed version="0.3"> in the pre-standard namespace
    Atom10, // <feed> in the RFC 4287 namespace
};

// A file an entry carries: an RSS <enclosure>, an Atom link rel="enclosure",
// or a Media RSS <media:content> that is not a picture.
struct Enclosure
{
    QUrl url;
    QString type; // the MIME type as given, or empty
    qint64 length = -1; // in bytes, as given; -1 when unknown

    bool operator==(const Enclosure &) const = default;
};

// One item of an RSS feed or entry of an Atom feed.
struct FeedEntry
{
    // What tells this entry from the others across fetches: the guid or id
    // (rdf:about in RSS 1.0); without one the link; without a link "sha1:"
    // and the SHA-1 of the title and dates as written (never of the fetch
    // time, which changes), or of the body when there is nothing else.
    // Within one feed the first entry with a guid wins; later ones are dropped.
    QString guid;
    QString title; // plain text: tags dropped, references decoded
    QUrl link; // the article's address, resolved
    QString author; // names, comma separated
    QDateTime published; // UTC
    QDateTime updated; // UTC; the published date when the feed gives none
    bool dateGuessed = false; // no readable date: both are the fetch time
    QString summaryHtml; // description / summary, as HTML
    QString contentHtml; // the richest body there is, as HTML (unsanitised)
    QUrl baseUrl; // what relative addresses in the bodies are relative to
    QStringList categories;
    QUrl imageUrl; // media:thumbnail, a picture in media:content or an enclosure, itunes:image
    QList<Enclosure> enclosures;
};

// What a feed held, and how far it could be read.
struct ParsedFeed
{
    enum class Status {
        Complete, // the whole document was read
        Partial, // not well-formed: the entries before the error; warnings say where
        NotAFeed, // an HTML page, an empty answer or some other XML: `error` says which
    };

    Status status = Status::NotAFeed;
    FeedFormat format = FeedFormat::Unknown;
    QString title; // plain text
    QUrl link; // the site's address
    QString description; // plain text
    QString language;
    QUrl imageUrl; // the feed's logo
    QString encoding; // what the bytes were read as
    QList<FeedEntry> entries; // in document order
    QStringList warnings; // for the log: what was repaired, skipped or guessed
    QString error; // why this is not a feed

    bool notAFeed() const { return status == Status::NotAFeed; }
};

// Reads RSS 0.9x, 1.0 and 2.0 and Atom 0.3 and 1.0 the way feeds are found
// on the web rather than as their specifications wish: undeclared HTML
// entities and namespace prefixes, encodings that contradict each other,
// dates in any of the usual forms, relative links under xml:base at any level,
// and documents cut short (read as far as they go).
//
// A pure function of its input: no network, no clock, no threads; safe to call
// from any thread. Bodies are left as HTML for HtmlSanitiser.
class FeedParser
{
public:
    FeedParser() = delete;

    // `feedUrl` resolves relative links (after any xml:base); `contentType` is
    // the HTTP Content-Type header (its charset counts, see decodeFeedBytes);
    // `fetchedAt` dates the entries that have no readable date.
    static ParsedFeed parse(const QByteArray &body, const QUrl &feedUrl, const QByteArray &contentType,
                            const QDateTime &fetchedAt);
};

} // namespace News
