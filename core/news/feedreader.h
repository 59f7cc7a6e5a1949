#pragma once

// The parts of FeedParser that read the XML: one document, one pass, on the
// caller's thread. Private to feedparser.cpp and the feedreader*.cpp files.

#include "core/news/feedparser.h"

#include <QSet>
#include <QXmlStreamReader>

namespace News::FeedXml {

bool isAtomNs(QStringView ns);
bool isRssNs(QStringView ns);
bool isMediaNs(QStringView ns);
bool isITunesNs(QStringView ns);
bool isImageType(QStringView type);
// `reference` (trimmed) against `base`; empty for an empty reference.
QUrl resolve(const QUrl &base, QStringView reference);

// An entry as it is read, before defaults and fallbacks apply.
struct EntryDraft
{
    QUrl base;
    QString guid;
    QString rdfAbout;
    bool guidIsPermaLink = true;
    QString title;
    QUrl link;
    bool linkIsHtml = false;
    QStringList authors;
    QString itunesAuthor;
    QString publishedText;
    QString updatedText;
    QString summaryHtml;
    QUrl summaryBase;
    QString contentHtml;
    QUrl contentBase;
    QStringList categories;
    QUrl thumbnail;
    QUrl mediaImage;
    QUrl enclosureImage;
    QUrl itunesImage;
    QList<Enclosure> enclosures;

    void addEnclosure(const Enclosure &enclosure)
    {
        if (!enclosure.url.isValid() || enclosure.url.isEmpty())
            return;
        for (const Enclosure &known : std::as_const(enclosures)) {
            if (known.url == enclosure.url)
                return;
        }
        if (isImageType(enclosure.type) && enclosureImage.isEmpty())
            enclosureImage = enclosure.url;
        enclosures.append(enclosure);
    }
};

// Atom text constructs (and RSS fields holding HTML), both ways.
struct RichText
{
    QString html;
    QString plain;
};

// Reads one prepared document into `feed`. Entries are kept once their
// element has ended: one cut off by an error is not.
class FeedReader
{
public:
    FeedReader(const QString &markup, const QUrl &feedUrl, const QDateTime &fetchedAt, ParsedFeed &feed)
        : m_xml(markup), m_feedUrl(feedUrl), m_fetchedAt(fetchedAt), m_feed(feed)
    { }
    Q_DISABLE_COPY_MOVE(FeedReader)

    void read();

private:
    void readRss(const QUrl &base);
    void readRdf(const QUrl &base);
    void readChannel(const QUrl &base);
    void readAtomFeed(const QUrl &base);
    void readImage(const QUrl &base);
    void readEntry(const QUrl &base);
    void readAtomElement(EntryDraft &draft, QStringView name, const QUrl &base);
    void readRssElement(EntryDraft &draft, QStringView name, const QUrl &base);
    void readMediaElement(EntryDraft &draft, QStringView name, const QUrl &base);
    bool readFeedLevelAtom(QStringView name, const QUrl &base);
    void finishEntry(EntryDraft &draft);
    QDateTime dateOf(const QString &text, const QString &title);

    QUrl baseOf(const QUrl &parent) const;
    QString attribute(QStringView name) const { return m_xml.attributes().value(name.toString()).toString(); }
    QString readText() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }
    QString innerMarkup(bool textIsMarkup, bool unwrapXhtmlDiv);
    RichText readRichText(bool htmlByDefault);
    RichText readAtomText();
    QString readAtomPerson();
    void setAtomLink(QUrl &link, bool &linkIsHtml, QList<Enclosure> *enclosures, const QUrl &base);
    void notAFeed(const QString &why);

    QXmlStreamReader m_xml;
    QUrl m_feedUrl;
    QDateTime m_fetchedAt;
    ParsedFeed &m_feed;
    bool m_atom = false;
    QString m_rootNs;
    QString m_feedAuthor;
    bool m_feedLinkIsHtml = false;
    QSet<QString> m_guids;
    int m_duplicates = 0;
};

} // namespace News::FeedXml
