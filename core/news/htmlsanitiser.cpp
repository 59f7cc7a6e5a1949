#include "core/news/htmlsanitiser.h"

#include "core/news/htmlentities.h"
#include "core/news/htmltokenizer.h"
#include "core/news/webaddress.h"

#include <QHash>
#include <QSet>

namespace News {

namespace {

// The elements the output is made of.
enum class Element { P, H2, H3, Blockquote, Ul, Ol, Li, Em, Strong, Q, A };

QLatin1String tagName(Element element)
{
    static constexpr const char *Names[] = {"p",  "h2", "h3",     "blockquote", "ul", "ol",
                                            "li", "em", "strong", "q",          "a"};
    return QLatin1String(Names[int(element)]);
}

bool isInline(Element e)
{
    return e == Element::Em || e == Element::Strong || e == Element::Q || e == Element::A;
}

bool isList(Element e)
{
    return e == Element::Ul || e == Element::Ol;
}

bool isHeading(Element e)
{
    return e == Element::H2 || e == Element::H3;
}

// Blocks that hold other blocks; text in them goes into a paragraph or item.
bool isContainer(Element e)
{
    return e == Element::Blockquote || isList(e) || e == Element::Li;
}

bool takesText(Element e)
{
    return isInline(e) || isHeading(e) || e == Element::P || e == Element::Li;
}

// Whether `e` may be opened `depth` elements deep (1: at the top). An element
// that takes no text stops a level short, so that the paragraph or item its
// text needs still fits: nothing, implicit or not, is ever deeper than
// MaxDepth, and sanitising the output again keeps every element of it.
bool fitsAt(Element e, qsizetype depth)
{
    return depth <= (takesText(e) ? HtmlSanitiser::MaxDepth : HtmlSanitiser::MaxDepth - 1);
}

enum class Role {
    Unwrap, // the tag goes, its text stays
    Keep, // written as `element`
    Break, // br
    Image, // img
    Boundary, // a block container: its text stands apart, as paragraphs
    Drop, // removed with everything in it
    Head, // removed with what belongs in a head, up to the first thing that does not
};

struct Rule
{
    Role role = Role::Unwrap;
    Element element = Element::P;
    bool isVoid = false; // never has content or an end tag
};

Rule ruleFor(const QString &name)
{
    static const QHash<QString, Rule> Rules = [] {
        QHash<QString, Rule> rules;
        const auto keep = [&rules](std::initializer_list<const char *> names, Element element) {
            for (const char *tag : names)
                rules.insert(QLatin1String(tag), {Role::Keep, element, false});
        };
        keep({"p"}, Element::P);
        keep({"h1", "h2"}, Element::H2);
        keep({"h3", "h4", "h5", "h6"}, Element::H3);
        keep({"blockquote"}, Element::Blockquote);
        keep({"ul", "dir", "menu"}, Element::Ul);
        keep({"ol"}, Element::Ol);
        keep({"li"}, Element::Li);
        keep({"em", "i", "cite"}, Element::Em);
        keep({"strong", "b"}, Element::Strong);
        keep({"q"}, Element::Q);
        keep({"a"}, Element::A);
        rules.insert(QStringLiteral("br"), {Role::Break, Element::P, true});
        // A browser reads <image> as <img>.
        for (const char *tag : {"img", "image"})
            rules.insert(QLatin1String(tag), {Role::Image, Element::P, true});
        for (const char *tag :
             {"address",   "article", "aside",  "body",    "caption",  "center",     "dd",     "details",
              "dialog",    "div",     "dl",     "dt",      "fieldset", "figcaption", "figure", "footer",
              "header",    "hgroup",  "hr",     "html",    "legend",   "listing",    "main",   "nav",
              "plaintext", "pre",     "search", "section", "summary",  "table",      "tbody",  "td",
              "tfoot",     "th",      "thead",  "tr",      "xmp"})
            rules.insert(QLatin1String(tag), {Role::Boundary, Element::P, false});
        for (const char *tag : {"applet", "audio",   "button",   "canvas",   "form",   "frameset", "iframe",
                                "math",   "noembed", "noframes", "noscript", "object", "script",   "select",
                                "style",  "svg",     "template", "textarea", "title",  "video"})
            rules.insert(QLatin1String(tag), {Role::Drop, Element::P, false});
        for (const char *tag : {"base", "embed", "frame", "input", "keygen", "link", "meta", "param"})
            rules.insert(QLatin1String(tag), {Role::Drop, Element::P, true});
        rules.insert(QStringLiteral("head"), {Role::Head, Element::P, false});
        return rules;
    }();
    return Rules.value(name);
}

// What a browser lets stand in a head before it starts the body.
bool belongsInHead(const QString &name)
{
    static const QStringList Names = {
        QStringLiteral("base"),     QStringLiteral("link"),     QStringLiteral("meta"),
        QStringLiteral("title"),    QStringLiteral("style"),    QStringLiteral("script"),
        QStringLiteral("noscript"), QStringLiteral("template"),
    };
    return Names.contains(name);
}

bool isAsciiSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\f' || u == u'\r';
}

bool isBlank(QStringView text)
{
    for (const QChar c : text) {
        if (!isAsciiSpace(c))
            return false;
    }
    return true;
}

// `text` without what XML 1.0 cannot carry: controls other than tab and
// newline, C1 controls, U+FFFE/U+FFFF; a lone surrogate becomes U+FFFD.
QString xmlText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (QChar::isHighSurrogate(u) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[++i];
        } else if (QChar::isSurrogate(u)) {
            out += QChar(QChar::ReplacementCharacter);
        } else if (u == u'\t' || u == u'\n') {
            out += text[i];
        } else if (u == u'\r') {
            out += u'\n';
        } else if (u == u'\f') {
            out += u' ';
        } else if (u >= 0x20 && !(u >= 0x7F && u <= 0x9F) && u != 0xFFFE && u != 0xFFFF) {
            out += text[i];
        }
    }
    return out;
}

QString collapsedSpaces(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isAsciiSpace(c))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out += u' ';
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

// Walks the tokens once, keeping a stack of the elements it has written and
// not yet closed; everything it writes is closed in order by the end.
class Writer
{
public:
    Writer(const QUrl &base, const HtmlSanitiser::LocalImage *localImage)
        : m_base(base), m_localImage(localImage)
    { }

    SanitisedHtml run(const QString &html);

private:
    struct Open
    {
        Element element;
        bool implicit; // opened by this, not by a tag of the input
    };

    void startTag(const HtmlToken &token);
    void endTag(const HtmlToken &token);
    void text(const QString &raw);

    void open(Element element, bool implicit, const QUrl &href = {});
    void closeTop();
    void closeFrom(qsizetype index);
    void closeToContainer();
    bool prepareInline();
    bool openBlock(Element element);
    bool openListItem();
    void openInline(Element element, const QUrl &href = {});
    void boundary();
    void lineBreak();
    void image(const HtmlToken &token);

    void plainText(QStringView text);
    void plainBreak();

    QUrl m_base;
    const HtmlSanitiser::LocalImage *m_localImage = nullptr;
    QList<Open> m_open;
    SanitisedHtml m_result;
    QSet<QUrl> m_seenImages;
    QSet<QUrl> m_seenLinks;
    bool m_written = false; // content written since the last block opened or closed
    bool m_pendingBreak = false; // a block container ended inside a list item
    bool m_inHead = false;
    QString m_dropping; // the element being removed with its content
    int m_dropDepth = 0;
};

SanitisedHtml Writer::run(const QString &html)
{
    HtmlTokenizer tokenizer(html);
    for (HtmlToken token = tokenizer.next(); token.kind != HtmlToken::Kind::End; token = tokenizer.next()) {
        switch (token.kind) {
        case HtmlToken::Kind::Text:
            text(token.text);
            break;
        case HtmlToken::Kind::StartTag:
            startTag(token);
            break;
        case HtmlToken::Kind::EndTag:
            endTag(token);
            break;
        case HtmlToken::Kind::End:
            break;
        }
    }
    closeFrom(0);
    while (m_result.text.endsWith(u' ') || m_result.text.endsWith(u'\n'))
        m_result.text.chop(1);
    return m_result;
}

void Writer::startTag(const HtmlToken &token)
{
    const Rule rule = ruleFor(token.name);
    if (!m_dropping.isEmpty()) {
        if (token.name == m_dropping && !token.selfClosing)
            ++m_dropDepth;
        return;
    }
    if (m_inHead && !(rule.role == Role::Drop && belongsInHead(token.name)))
        m_inHead = false;

    switch (rule.role) {
    case Role::Drop:
        // <svg/> and <object/> are empty; <script/> is not (the tokenizer
        // says so), nor is any element with content a browser would show.
        if (!rule.isVoid && !token.selfClosing) {
            m_dropping = token.name;
            m_dropDepth = 1;
        }
        break;
    case Role::Head:
        m_inHead = true;
        break;
    case Role::Keep:
        // Past MaxDepth a tag gives way to its text; a block still stands apart.
        if (rule.element == Element::Li) {
            if (!openListItem())
                boundary();
        } else if (rule.element == Element::A) {
            // A link without an address it may keep is its text alone.
            if (const auto href = webAddress(token.attribute(u"href"), m_base))
                openInline(Element::A, *href);
        } else if (isInline(rule.element)) {
            openInline(rule.element);
        } else if (!openBlock(rule.element)) {
            boundary();
        }
        break;
    case Role::Break:
        lineBreak();
        break;
    case Role::Image:
        image(token);
        break;
    case Role::Boundary:
        boundary();
        break;
    case Role::Unwrap:
        break;
    }
}

void Writer::endTag(const HtmlToken &token)
{
    if (!m_dropping.isEmpty()) {
        if (token.name == m_dropping && --m_dropDepth == 0)
            m_dropping.clear();
        return;
    }
    if (m_inHead) {
        if (token.name == u"head")
            m_inHead = false;
        return;
    }
    const Rule rule = ruleFor(token.name);
    if (rule.role == Role::Break) {
        lineBreak(); // </br> is a line break to a browser too
        return;
    }
    if (rule.role == Role::Boundary) {
        boundary();
        return;
    }
    if (rule.role != Role::Keep)
        return;

    // The element this end tag closes, looked for no further than the
    // element that holds it: </em> does not close a paragraph, </li> does
    // not leave its list, and one that matches nothing is ignored.
    const Element wanted = rule.element;
    for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
        const Element e = m_open[i].element;
        const bool matches = e == wanted || (isHeading(wanted) && isHeading(e));
        if (matches) {
            closeFrom(i);
            return;
        }
        if (isInline(wanted) && !isInline(e))
            return;
        if ((wanted == Element::P || isHeading(wanted)) && isContainer(e))
            return;
        if (wanted == Element::Li && isList(e))
            return;
    }
}

void Writer::text(const QString &raw)
{
    if (!m_dropping.isEmpty())
        return;
    const QString clean = xmlText(raw);
    if (clean.isEmpty())
        return;
    const bool blank = isBlank(clean);
    if (m_inHead) {
        if (blank)
            return;
        m_inHead = false;
    }
    if (blank) {
        // Spaces between inline elements matter; between blocks they do not.
        if (!m_open.isEmpty() && takesText(m_open.last().element)) {
            m_result.html += clean;
            plainText(clean);
        }
        return;
    }
    QStringView view(clean);
    if (prepareInline()) {
        while (isAsciiSpace(view.front()))
            view = view.sliced(1);
    }
    appendHtmlEscaped(m_result.html, view);
    plainText(view);
    m_written = true;
}

void Writer::open(Element element, bool implicit, const QUrl &href)
{
    m_result.html += u'<';
    m_result.html += tagName(element);
    if (element == Element::A) {
        m_result.html += QLatin1String(" href=\"");
        appendHtmlEscaped(m_result.html, href.toString(QUrl::FullyEncoded));
        m_result.html += u'"';
    }
    m_result.html += u'>';
    m_open.append({element, implicit});
    if (!isInline(element)) {
        plainBreak();
        m_written = false;
        m_pendingBreak = false;
    }
}

void Writer::closeTop()
{
    const Open top = m_open.takeLast();
    m_result.html += QLatin1String("</");
    m_result.html += tagName(top.element);
    m_result.html += u'>';
    if (!isInline(top.element)) {
        plainBreak();
        m_written = false;
        m_pendingBreak = false;
    }
}

void Writer::closeFrom(qsizetype index)
{
    while (m_open.size() > index)
        closeTop();
}

void Writer::closeToContainer()
{
    while (!m_open.isEmpty() && !isContainer(m_open.last().element))
        closeTop();
}

// Makes the innermost open element one that takes text, opening a
// paragraph or a list item where needed. Returns whether it opened one.
bool Writer::prepareInline()
{
    for (;;) {
        if (m_open.isEmpty()) {
            open(Element::P, true);
            return true;
        }
        const Open top = m_open.last();
        if (takesText(top.element)) {
            // <li>one<div>two</div></li>: the two stay apart.
            if (top.element == Element::Li && m_pendingBreak && m_written) {
                m_result.html += QLatin1String("<br/>");
                plainBreak();
            }
            m_pendingBreak = false;
            return false;
        }
        if (isList(top.element)) {
            if (top.implicit) {
                closeTop();
                continue;
            }
            open(Element::Li, true);
            return true;
        }
        open(Element::P, true);
        return true;
    }
}

bool Writer::openBlock(Element element)
{
    closeToContainer();
    if (!m_open.isEmpty() && isList(m_open.last().element) && m_open.last().implicit)
        closeTop();
    const bool inList = !m_open.isEmpty() && isList(m_open.last().element);
    if (!fitsAt(element, m_open.size() + (inList ? 2 : 1)))
        return false;
    if (inList)
        open(Element::Li, true);
    open(element, false);
    return true;
}

bool Writer::openListItem()
{
    for (qsizetype i = m_open.size() - 1; i >= 0; --i) {
        if (isList(m_open[i].element)) {
            // A list always has room for its items (fitsAt).
            closeFrom(i + 1);
            open(Element::Li, false);
            return true;
        }
    }
    // An item outside any list: it gets one, closed by whatever is not an item.
    closeToContainer();
    if (!fitsAt(Element::Ul, m_open.size() + 1))
        return false;
    open(Element::Ul, true);
    open(Element::Li, false);
    return true;
}

void Writer::openInline(Element element, const QUrl &href)
{
    prepareInline();
    if (element == Element::A) {
        // A link inside a link ends the first, as in a browser.
        for (qsizetype i = m_open.size() - 1; i >= 0 && isInline(m_open[i].element); --i) {
            if (m_open[i].element == Element::A) {
                closeFrom(i);
                break;
            }
        }
    }
    if (!fitsAt(element, m_open.size() + 1))
        return;
    if (element == Element::A) {
        if (!m_seenLinks.contains(href)) {
            m_seenLinks.insert(href);
            m_result.links.append(href);
        }
    }
    open(element, false, href);
}

void Writer::boundary()
{
    closeToContainer();
    m_pendingBreak = true;
    plainBreak();
}

void Writer::lineBreak()
{
    // Between blocks a line break adds nothing.
    if (m_open.isEmpty() || !takesText(m_open.last().element)) {
        plainBreak();
        return;
    }
    prepareInline();
    m_result.html += QLatin1String("<br/>");
    plainBreak();
    m_written = true;
}

void Writer::image(const HtmlToken &token)
{
    const auto remote = webAddress(token.attribute(u"src"), m_base);
    if (!remote)
        return;
    if (!m_seenImages.contains(*remote)) {
        m_seenImages.insert(*remote);
        m_result.images.append(*remote);
    }
    const bool hasAlt = token.hasAttribute(u"alt");
    const QString alt = collapsedSpaces(xmlText(token.attribute(u"alt")));
    QString source = remote->toString(QUrl::FullyEncoded);
    if (m_localImage) {
        const QUrl local = (*m_localImage)(*remote);
        source = local.isValid() && local.isLocalFile() ? local.toString(QUrl::FullyEncoded) : QString();
        if (source.isEmpty() && alt.isEmpty())
            return;
    }
    prepareInline();
    m_result.html += QLatin1String("<img");
    if (!source.isEmpty()) {
        m_result.html += QLatin1String(" src=\"");
        appendHtmlEscaped(m_result.html, source);
        m_result.html += u'"';
    }
    if (hasAlt) {
        m_result.html += QLatin1String(" alt=\"");
        appendHtmlEscaped(m_result.html, alt);
        m_result.html += u'"';
    }
    m_result.html += QLatin1String("/>");
    m_written = true;
}

void Writer::plainText(QStringView text)
{
    QString &out = m_result.text;
    for (const QChar c : text) {
        if (!isAsciiSpace(c))
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u' ') && !out.endsWith(u'\n'))
            out += u' ';
    }
}

void Writer::plainBreak()
{
    QString &out = m_result.text;
    while (out.endsWith(u' '))
        out.chop(1);
    if (!out.isEmpty() && !out.endsWith(u'\n'))
        out += u'\n';
}

} // namespace

SanitisedHtml HtmlSanitiser::sanitise(const QString &html, const QUrl &base)
{
    return Writer(base, nullptr).run(html);
}

QString HtmlSanitiser::withLocalImages(const QString &html, const LocalImage &localImage)
{
    // The stored fragment goes through the whole sanitiser again: whatever
    // is in the store, only what sanitise() allows comes out.
    const LocalImage none = [](const QUrl &) {
        return QUrl();
    };
    return Writer(QUrl(), localImage ? &localImage : &none).run(html).html;
}

} // namespace News
