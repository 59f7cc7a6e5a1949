#include "core/news/feedreader.h"

#include "core/news/feednamespaces.h"
#include "core/news/feedtext.h"

namespace News::FeedXml {

namespace {

bool isVoidElement(QStringView name)
{
    static const QSet<QString> names = {
        QStringLiteral("area"),  QStringLiteral("base"), QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),   QStringLiteral("input"),
        QStringLiteral("link"),  QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"),
    };
    return names.contains(name.toString());
}

// "jdoe@example.com (John Doe)" and "John Doe <jdoe@example.com>": the name.
QString personName(const QString &written)
{
    const QString text = plainTextFromHtml(written);
    const qsizetype open = text.indexOf(u'(');
    if (open > 0 && text.endsWith(u')') && text.first(open).contains(u'@'))
        return text.sliced(open + 1, text.size() - open - 2).trimmed();
    const qsizetype angle = text.indexOf(u'<');
    if (angle > 0 && text.endsWith(u'>'))
        return text.first(angle).trimmed();
    return text;
}

void appendOnce(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

} // namespace

// The content of the current element as markup: child elements written back
// as tags (inline XHTML, or HTML a feed forgot to escape), text escaped unless
// it is HTML source already (escaped or CDATA HTML). With `unwrapXhtmlDiv`,
// the XHTML <div> Atom wraps its content in is left out.
QString FeedReader::innerMarkup(bool textIsMarkup, bool unwrapXhtmlDiv)
{
    QString out;
    int depth = 0;
    bool elementSeen = false;
    bool inWrapper = false;
    while (!m_xml.atEnd()) {
        switch (m_xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (depth == 0 && unwrapXhtmlDiv && !elementSeen && m_xml.name() == u"div"
                && m_xml.namespaceUri() == FeedNs::Xhtml) {
                inWrapper = true;
            } else {
                out += u'<' + m_xml.name();
                for (const QXmlStreamAttribute &attribute : m_xml.attributes())
                    out += u' ' + attribute.qualifiedName() + QLatin1String("=\"")
                        + escapeHtml(attribute.value()) + u'"';
                out += u'>';
            }
            elementSeen = true;
            ++depth;
            break;
        case QXmlStreamReader::EndElement:
            if (depth == 0)
                return out.trimmed();
            --depth;
            if (depth == 0 && inWrapper)
                inWrapper = false;
            else if (!isVoidElement(m_xml.name()))
                out += QLatin1String("</") + m_xml.name() + u'>';
            break;
        case QXmlStreamReader::Characters:
            // Inside an element written as XML, text is text whatever the field.
            out += textIsMarkup && depth == 0 ? m_xml.text().toString() : escapeHtml(m_xml.text());
            break;
        case QXmlStreamReader::EntityReference:
            out += u'&' + m_xml.name() + u';';
            break;
        default:
            break;
        }
    }
    return out.trimmed();
}

// RSS fields that hold HTML (escaped, in CDATA or, against the rules, as
// elements); `htmlByDefault` false for fields that are plain text.
RichText FeedReader::readRichText(bool htmlByDefault)
{
    if (htmlByDefault) {
        const QString html = innerMarkup(true, false);
        return {html, plainTextFromHtml(html)};
    }
    const QString text = readText();
    return {htmlFromPlainText(text), plainTextFromText(text)};
}

// An Atom text construct or content element (RFC 4287 §3.1, §4.1.3), or an
// Atom 0.3 one with its mode attribute.
RichText FeedReader::readAtomText()
{
    const QString type = attribute(u"type").trimmed().toLower();
    const QString mode = attribute(u"mode").trimmed().toLower();
    enum class Kind { Text, Html, Xhtml, Other } kind = Kind::Text;
    if (type == u"html" || type == u"text/html")
        kind = Kind::Html;
    else if (type == u"xhtml" || type.endsWith(QLatin1String("+xml")) || type.endsWith(QLatin1String("/xml")))
        kind = Kind::Xhtml;
    else if (!type.isEmpty() && type != u"text" && !type.startsWith(QLatin1String("text/")))
        kind = Kind::Other;
    if (m_feed.format == FeedFormat::Atom03 && kind == Kind::Xhtml && mode == u"escaped")
        kind = Kind::Html;

    if (mode == u"base64") {
        const QString decoded = QString::fromUtf8(QByteArray::fromBase64(readText().toLatin1()));
        if (kind == Kind::Html)
            return {decoded, plainTextFromHtml(decoded)};
        return kind == Kind::Text ? RichText {htmlFromPlainText(decoded), plainTextFromText(decoded)}
                                  : RichText {};
    }
    switch (kind) {
    case Kind::Html:
        return readRichText(true);
    case Kind::Xhtml: {
        const QString html = innerMarkup(false, true);
        return {html, plainTextFromHtml(html)};
    }
    case Kind::Other:
        m_xml.skipCurrentElement();
        return {};
    case Kind::Text:
        break;
    }
    return readRichText(false);
}

QString FeedReader::readAtomPerson()
{
    QString name;
    QString email;
    while (m_xml.readNextStartElement()) {
        if (m_xml.name() == u"name")
            name = plainTextFromText(readText());
        else if (m_xml.name() == u"email")
            email = readText().trimmed();
        else
            m_xml.skipCurrentElement();
    }
    return name.isEmpty() ? email : name;
}

// An Atom <link>: the alternate one (text/html first) is the link, an
// enclosure one a file; others (self, edit, replies...) are not used.
void FeedReader::setAtomLink(QUrl &link, bool &linkIsHtml, QList<Enclosure> *enclosures, const QUrl &base)
{
    const QString rel = attribute(u"rel").trimmed();
    const QString type = attribute(u"type").trimmed();
    const QUrl href = resolve(base, attribute(u"href"));
    if ((rel.isEmpty() || rel == u"alternate") && !href.isEmpty()) {
        const bool html = type.isEmpty() || type.contains(QLatin1String("html"), Qt::CaseInsensitive);
        if (link.isEmpty() || (html && !linkIsHtml)) {
            link = href;
            linkIsHtml = html;
        }
    } else if (rel == u"enclosure" && enclosures) {
        bool ok = false;
        const qint64 length = attribute(u"length").toLongLong(&ok);
        enclosures->append({href, type, ok ? length : -1});
    }
    m_xml.skipCurrentElement();
}

void FeedReader::readAtomElement(EntryDraft &draft, QStringView name, const QUrl &base)
{
    if (name == u"title") {
        draft.title = readAtomText().plain;
    } else if (name == u"link") {
        QList<Enclosure> enclosures;
        setAtomLink(draft.link, draft.linkIsHtml, &enclosures, base);
        for (const Enclosure &enclosure : std::as_const(enclosures))
            draft.addEnclosure(enclosure);
    } else if (name == u"id") {
        draft.guid = readText().trimmed();
    } else if (name == u"published" || name == u"issued"
               || (name == u"created" && draft.publishedText.isEmpty())) {
        draft.publishedText = readText();
    } else if (name == u"updated" || name == u"modified") {
        draft.updatedText = readText();
    } else if (name == u"author") {
        appendOnce(draft.authors, readAtomPerson());
    } else if (name == u"summary") {
        draft.summaryBase = base;
        draft.summaryHtml = readAtomText().html;
    } else if (name == u"content") {
        const QUrl source = resolve(base, attribute(u"src"));
        draft.contentBase = base;
        draft.contentHtml = readAtomText().html;
        if (draft.link.isEmpty())
            draft.link = source; // content kept elsewhere: the best link there is
    } else if (name == u"category") {
        const QString label = attribute(u"label").trimmed();
        appendOnce(draft.categories, label.isEmpty() ? attribute(u"term").trimmed() : label);
        m_xml.skipCurrentElement();
    } else {
        m_xml.skipCurrentElement();
    }
}

void FeedReader::readRssElement(EntryDraft &draft, QStringView name, const QUrl &base)
{
    if (name == u"title") {
        draft.title = readRichText(true).plain;
    } else if (name == u"link") {
        draft.link = resolve(base, readText());
        draft.linkIsHtml = true;
    } else if (name == u"guid") {
        draft.guidIsPermaLink = attribute(u"isPermaLink").trimmed().toLower() != u"false";
        draft.guid = readText().trimmed();
    } else if (name == u"description") {
        draft.summaryBase = base;
        draft.summaryHtml = innerMarkup(true, false);
    } else if (name == u"pubDate") {
        draft.publishedText = readText();
    } else if (name == u"author") {
        appendOnce(draft.authors, personName(readText()));
    } else if (name == u"category") {
        appendOnce(draft.categories, plainTextFromText(readText()));
    } else if (name == u"enclosure") {
        bool ok = false;
        const qint64 length = attribute(u"length").trimmed().toLongLong(&ok);
        draft.addEnclosure(
            {resolve(base, attribute(u"url")), attribute(u"type").trimmed(), ok ? length : -1});
        m_xml.skipCurrentElement();
    } else {
        m_xml.skipCurrentElement();
    }
}

void FeedReader::readMediaElement(EntryDraft &draft, QStringView name, const QUrl &base)
{
    if (name == u"thumbnail") {
        if (draft.thumbnail.isEmpty())
            draft.thumbnail = resolve(base, attribute(u"url"));
        m_xml.skipCurrentElement();
    } else if (name == u"content" || name == u"group") {
        if (name == u"content") {
            const QUrl url = resolve(base, attribute(u"url"));
            const QString type = attribute(u"type").trimmed();
            if (attribute(u"medium") == u"image" || isImageType(type)) {
                if (draft.mediaImage.isEmpty())
                    draft.mediaImage = url;
            } else {
                bool ok = false;
                const qint64 length = attribute(u"fileSize").toLongLong(&ok);
                draft.addEnclosure({url, type, ok ? length : -1});
            }
        }
        // Thumbnails and descriptions sit inside content and group.
        while (m_xml.readNextStartElement()) {
            const QUrl childBase = baseOf(base);
            if (isMediaNs(m_xml.namespaceUri()))
                readMediaElement(draft, m_xml.name().toString(), childBase);
            else
                m_xml.skipCurrentElement();
        }
    } else if (name == u"description" && draft.summaryHtml.isEmpty()) {
        draft.summaryBase = base;
        draft.summaryHtml = readRichText(attribute(u"type") == u"html").html;
    } else {
        m_xml.skipCurrentElement();
    }
}

void FeedReader::readEntry(const QUrl &base)
{
    EntryDraft draft;
    draft.base = base;
    draft.rdfAbout =
        m_xml.attributes().value(FeedNs::Rdf.toString(), QStringLiteral("about")).toString().trimmed();
    while (m_xml.readNextStartElement()) {
        const QUrl elementBase = baseOf(base);
        const QString ns = m_xml.namespaceUri().toString();
        const QString name = m_xml.name().toString();
        if (m_atom ? ns == m_rootNs : isAtomNs(ns)) {
            readAtomElement(draft, name, elementBase);
        } else if (!m_atom && isRssNs(ns)) {
            readRssElement(draft, name, elementBase);
        } else if (ns == FeedNs::DublinCore || ns == FeedNs::DublinCoreTerms) {
            if (name == u"creator" || name == u"contributor")
                appendOnce(draft.authors, plainTextFromText(readText()));
            else if ((name == u"date" || name == u"issued" || name == u"created")
                     && draft.publishedText.isEmpty())
                draft.publishedText = readText();
            else if (name == u"modified")
                draft.updatedText = readText();
            else if (name == u"subject")
                appendOnce(draft.categories, plainTextFromText(readText()));
            else if (name == u"title" && draft.title.isEmpty())
                draft.title = readRichText(true).plain;
            else
                m_xml.skipCurrentElement();
        } else if (ns == FeedNs::Content && name == u"encoded") {
            draft.contentBase = elementBase;
            draft.contentHtml = innerMarkup(true, false);
        } else if (isMediaNs(ns)) {
            readMediaElement(draft, name, elementBase);
        } else if (isITunesNs(ns) && name == u"image") {
            draft.itunesImage = resolve(elementBase, attribute(u"href"));
            m_xml.skipCurrentElement();
        } else if (isITunesNs(ns) && name == u"author") {
            draft.itunesAuthor = plainTextFromText(readText());
        } else if (isITunesNs(ns) && name == u"summary" && draft.summaryHtml.isEmpty()) {
            draft.summaryBase = elementBase;
            draft.summaryHtml = readRichText(false).html;
        } else {
            m_xml.skipCurrentElement();
        }
    }
    // An entry cut off by an error is not kept: its fields may be half read.
    if (!m_xml.hasError())
        finishEntry(draft);
}

} // namespace News::FeedXml
