#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace News {

// A feed's bytes as text, and the encoding they were read in.
struct FeedText
{
    QString text;
    QString encoding; // the label used, lower case: "utf-8", "windows-1252"...
    QStringList warnings;
};

// Reads a feed's bytes as text. The encoding is, in order:
//  1. a byte order mark (UTF-8, UTF-16 LE/BE), or UTF-16 recognised from
//     "<?" without one: the bytes themselves cannot lie about it;
//  2. the charset of the HTTP Content-Type, as RFC 3023 (and RFC 7303 after
//     it) says for every XML media type, unless the bytes prove it wrong: a
//     UTF-8 label over bytes that are not UTF-8 gives way to the document's
//     own declaration, and a single-byte label gives way to a UTF-8
//     declaration when the bytes are valid UTF-8 with non-ASCII in them
//     (servers add "charset=ISO-8859-1" to whatever they send);
//  3. the encoding of the XML declaration;
//  4. UTF-8, or Windows-1252 for bytes that are not UTF-8.
// ISO-8859-1 and US-ASCII labels are read as Windows-1252, as browsers read
// them: feeds that say Latin-1 put curly quotes and euro signs at 0x80-0x9F.
// Other labels are those of Qt's converters (ICU: ISO-8859-x, Windows-125x,
// KOI8-R...). A disagreement or an unknown label is reported in `warnings`.
FeedText decodeFeedBytes(const QByteArray &body, const QByteArray &contentTypeHeader);

// The charset parameter of a Content-Type header value, lower case, or empty.
QByteArray charsetOfContentType(const QByteArray &contentType);

// Whether decoded text is an HTML page rather than XML: a DOCTYPE html or an
// <html> root, after any XML declaration and comments.
bool looksLikeHtmlPage(QStringView text);

// Decoded feed text made readable by QXmlStreamReader, the way real feeds
// need it: the XML declaration loses its encoding (the text is decoded
// already) and moves to the very start; text before the first markup (a
// server's warning printed ahead of the feed) is dropped; characters XML
// forbids become spaces; HTML named references XML does not know (&eacute;)
// become numeric ones, &#128;-&#159; become the Windows-1252 characters they
// meant, and an '&' that starts no reference is escaped. CDATA sections,
// comments, processing instructions and the DOCTYPE are left as written, as
// are entities the DOCTYPE declares. Element prefixes a feed uses without
// declaring them are declared on the root element: the well-known ones
// (media:, dc:, content:, itunes:, atom:) with their URIs, others with a URN
// nobody reads. Line numbers stay those of the input.
QString prepareFeedMarkup(const QString &text, QStringList &warnings);

// A title or name written as HTML: tags dropped (with what scripts and
// styles hold), references decoded, white space collapsed.
QString plainTextFromHtml(const QString &html);

// A title given as text: references decoded all the same (feeds escape
// twice: "&amp;eacute;"), white space collapsed.
QString plainTextFromText(const QString &text);

// Plain text as an HTML fragment: escaped, line breaks kept as <br>.
QString htmlFromPlainText(const QString &text);

// Text and attribute values escaped for HTML.
QString escapeHtml(QStringView text);

} // namespace News
