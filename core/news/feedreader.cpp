#include "core/news/feedreader.h"

#include "core/news/feeddate.h"
#include "core/news/feednamespaces.h"
#include "core/news/feedtext.h"

#include <QCryptographicHash>

namespace News::FeedXml {

bool isAtomNs(QStringView ns)
{
    return ns == FeedNs::Atom10 || ns == FeedNs::Atom03;
}

bool isRssNs(QStringView ns)
{
    return ns.isEmpty() || ns == FeedNs::Rss10 || ns == FeedNs::Rss090 || ns == FeedNs::Rss20Userland;
}

bool isMediaNs(QStringView ns)
{
    // Written with and without the final slash.
    return ns.startsWith(QStringView(FeedNs::Media).chopped(1));
}

bool isITunesNs(QStringView ns)
{
    return ns.compare(FeedNs::ITunes, Qt::CaseInsensitive) == 0;
}

bool isImageType(QStringView type)
{
    return type.startsWith(u"image/", Qt::CaseInsensitive);
}

QUrl resolve(const QUrl &base, QStringView reference)
{
    const QString trimmed = reference.trimmed().toString();
    if (trimmed.isEmpty())
        return {};
    const QUrl url(trimmed, QUrl::TolerantMode);
    return base.isEmpty() ? url : base.resolved(url);
}

namespace {

// The guid of an entry with neither id nor link: from its title and dates as
// written, never from the fetch time, so that the next fetch finds the same one.
QString fallbackGuid(const EntryDraft &draft)
{
    QString identity =
        draft.title + u'\n' + draft.publishedText.trimmed() + u'\n' + draft.updatedText.trimmed();
    // Nothing but a body (RSS 0.92 allows it): the body is all there is.
    if (identity.size() == 2)
        identity += draft.summaryHtml + draft.contentHtml;
    return QLatin1String("sha1:")
        + QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
}

} // namespace

QUrl FeedReader::baseOf(const QUrl &parent) const
{
    const QStringView base = m_xml.attributes().value(FeedNs::Xml.toString(), QStringLiteral("base"));
    return base.isEmpty() ? parent : resolve(parent, base);
}

void FeedReader::notAFeed(const QString &why)
{
    m_feed.status = ParsedFeed::Status::NotAFeed;
    m_feed.format = FeedFormat::Unknown;
    m_feed.error = why;
}

void FeedReader::read()
{
    while (!m_xml.atEnd() && !m_xml.isStartElement())
        m_xml.readNext();
    if (!m_xml.isStartElement()) {
        notAFeed(m_xml.hasError() ? QStringLiteral("not XML: %1").arg(m_xml.errorString())
                                  : QStringLiteral("no root element"));
        return;
    }
    m_feed.status = ParsedFeed::Status::Complete;
    const QUrl base = baseOf(m_feedUrl);
    const QStringView name = m_xml.name();
    m_rootNs = m_xml.namespaceUri().toString();
    if (name == u"rss" && isRssNs(m_rootNs)) {
        const QString version = attribute(u"version").trimmed();
        if (version == u"0.91" || version == u"0.90")
            m_feed.format = FeedFormat::Rss091;
        else if (version.startsWith(QLatin1String("0.9")))
            m_feed.format = FeedFormat::Rss092;
        else
            m_feed.format = FeedFormat::Rss20;
        readRss(base);
    } else if (name == u"RDF" && m_rootNs == FeedNs::Rdf) {
        m_feed.format = FeedFormat::Rss10;
        readRdf(base);
    } else if (name == u"feed" && (isAtomNs(m_rootNs) || m_rootNs.isEmpty())) {
        m_atom = true;
        const bool atom03 = m_rootNs == FeedNs::Atom03 || attribute(u"version").trimmed() == u"0.3";
        m_feed.format = atom03 ? FeedFormat::Atom03 : FeedFormat::Atom10;
        if (m_rootNs.isEmpty())
            m_feed.warnings.append(QStringLiteral("<feed> without the Atom namespace"));
        m_feed.language = attribute(u"xml:lang");
        readAtomFeed(base);
    } else {
        notAFeed(name.compare(u"html", Qt::CaseInsensitive) == 0
                     ? QStringLiteral("an HTML page, not a feed")
                     : QStringLiteral("the root element <%1> is no RSS or Atom feed").arg(name));
        return;
    }
    if (m_duplicates > 0)
        m_feed.warnings.append(
            QStringLiteral("entries dropped for a guid seen before: %1").arg(m_duplicates));
    if (m_xml.hasError()) {
        m_feed.status = ParsedFeed::Status::Partial;
        m_feed.warnings.append(QStringLiteral("line %1, column %2: %3")
                                   .arg(m_xml.lineNumber())
                                   .arg(m_xml.columnNumber())
                                   .arg(m_xml.errorString()));
    }
}

void FeedReader::readRss(const QUrl &base)
{
    while (m_xml.readNextStartElement()) {
        const QUrl elementBase = baseOf(base);
        if (m_xml.name() == u"channel")
            readChannel(elementBase);
        else if (m_xml.name() == u"item")
            readEntry(elementBase); // some 0.9x feeds put items beside the channel
        else
            m_xml.skipCurrentElement();
    }
}

void FeedReader::readRdf(const QUrl &base)
{
    while (m_xml.readNextStartElement()) {
        const QUrl elementBase = baseOf(base);
        const QStringView name = m_xml.name();
        if (m_xml.namespaceUri() == FeedNs::Rss090)
            m_feed.format = FeedFormat::Rss090;
        if (name == u"channel")
            readChannel(elementBase);
        else if (name == u"item")
            readEntry(elementBase);
        else if (name == u"image")
            readImage(elementBase);
        else
            m_xml.skipCurrentElement();
    }
}

void FeedReader::readImage(const QUrl &base)
{
    const QString resource =
        m_xml.attributes().value(FeedNs::Rdf.toString(), QStringLiteral("resource")).toString();
    QUrl url;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"url")
            url = resolve(baseOf(base), readText());
        else
            m_xml.skipCurrentElement();
    }
    if (url.isEmpty())
        url = resolve(base, resource);
    if (m_feed.imageUrl.isEmpty())
        m_feed.imageUrl = url;
}

void FeedReader::readChannel(const QUrl &base)
{
    while (m_xml.readNextStartElement()) {
        const QUrl elementBase = baseOf(base);
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (isRssNs(ns) && name == u"item") {
            readEntry(elementBase);
        } else if (isRssNs(ns) && name == u"title") {
            m_feed.title = plainTextFromHtml(innerMarkup(true, false));
        } else if (isRssNs(ns) && name == u"link") {
            m_feed.link = resolve(elementBase, readText());
            m_feedLinkIsHtml = true;
        } else if (isRssNs(ns) && name == u"description") {
            m_feed.description = plainTextFromHtml(innerMarkup(true, false));
        } else if ((isRssNs(ns) || ns == FeedNs::DublinCore) && name == u"language") {
            m_feed.language = readText().trimmed();
        } else if (isRssNs(ns) && name == u"image") {
            readImage(elementBase);
        } else if (isITunesNs(ns) && name == u"image") {
            if (m_feed.imageUrl.isEmpty())
                m_feed.imageUrl = resolve(elementBase, attribute(u"href"));
            m_xml.skipCurrentElement();
        } else if (isAtomNs(ns) && name == u"link") {
            setAtomLink(m_feed.link, m_feedLinkIsHtml, nullptr, elementBase);
        } else {
            m_xml.skipCurrentElement();
        }
    }
}

bool FeedReader::readFeedLevelAtom(QStringView name, const QUrl &base)
{
    if (name == u"title")
        m_feed.title = readAtomText().plain;
    else if (name == u"subtitle" || name == u"tagline")
        m_feed.description = readAtomText().plain;
    else if (name == u"link")
        setAtomLink(m_feed.link, m_feedLinkIsHtml, nullptr, base);
    else if (name == u"logo")
        m_feed.imageUrl = resolve(base, readText());
    else if (name == u"icon" && m_feed.imageUrl.isEmpty())
        m_feed.imageUrl = resolve(base, readText());
    else if (name == u"author")
        m_feedAuthor = readAtomPerson();
    else
        return false;
    return true;
}

void FeedReader::readAtomFeed(const QUrl &base)
{
    while (m_xml.readNextStartElement()) {
        const QUrl elementBase = baseOf(base);
        const QStringView ns = m_xml.namespaceUri();
        const QStringView name = m_xml.name();
        if (ns == m_rootNs && name == u"entry")
            readEntry(elementBase);
        else if (!(ns == m_rootNs && readFeedLevelAtom(name, elementBase)))
            m_xml.skipCurrentElement();
    }
}

QDateTime FeedReader::dateOf(const QString &text, const QString &title)
{
    if (text.trimmed().isEmpty())
        return {};
    if (const auto date = parseFeedDate(text))
        return *date;
    m_feed.warnings.append(QStringLiteral("unreadable date \"%1\" in \"%2\"").arg(text.trimmed(), title));
    return {};
}

void FeedReader::finishEntry(EntryDraft &draft)
{
    FeedEntry entry;
    entry.title = draft.title;
    entry.link = draft.link;
    // RSS 2.0: a permalink guid is the item's address when it has no link.
    if (entry.link.isEmpty() && draft.guidIsPermaLink
        && (draft.guid.startsWith(QLatin1String("http://"))
            || draft.guid.startsWith(QLatin1String("https://"))))
        entry.link = QUrl(draft.guid);

    if (!draft.guid.isEmpty())
        entry.guid = draft.guid;
    else if (!draft.rdfAbout.isEmpty())
        entry.guid = draft.rdfAbout;
    else if (!entry.link.isEmpty())
        entry.guid = entry.link.toString();
    else
        entry.guid = fallbackGuid(draft);
    if (m_guids.contains(entry.guid)) {
        ++m_duplicates;
        return;
    }
    m_guids.insert(entry.guid);

    entry.published = dateOf(draft.publishedText, entry.title);
    entry.updated = dateOf(draft.updatedText, entry.title);
    if (!entry.published.isValid())
        entry.published = entry.updated;
    if (!entry.updated.isValid())
        entry.updated = entry.published;
    if (!entry.published.isValid()) {
        entry.published = entry.updated = m_fetchedAt.toUTC();
        entry.dateGuessed = true;
    }

    entry.author = draft.authors.join(QLatin1String(", "));
    if (entry.author.isEmpty())
        entry.author = draft.itunesAuthor.isEmpty() ? m_feedAuthor : draft.itunesAuthor;
    entry.summaryHtml = draft.summaryHtml;
    entry.contentHtml = draft.contentHtml.isEmpty() ? draft.summaryHtml : draft.contentHtml;
    entry.baseUrl = draft.contentHtml.isEmpty()
        ? (draft.summaryHtml.isEmpty() ? draft.base : draft.summaryBase)
        : draft.contentBase;
    entry.categories = draft.categories;
    for (const QUrl &image : {draft.thumbnail, draft.mediaImage, draft.enclosureImage, draft.itunesImage}) {
        if (!image.isEmpty()) {
            entry.imageUrl = image;
            break;
        }
    }
    entry.enclosures = draft.enclosures;
    m_feed.entries.append(std::move(entry));
}

} // namespace News::FeedXml
