#include "core/news/feedtext.h"

#include "core/news/feednamespaces.h"
#include "core/news/htmlentities.h"
#include "core/news/htmltokenizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace News {

namespace {

const QString Utf8 = QStringLiteral("utf-8");
const QString Utf16Le = QStringLiteral("utf-16le");
const QString Utf16Be = QStringLiteral("utf-16be");
const QString Windows1252 = QStringLiteral("windows-1252");

// The label Qt's converters know an encoding by, or empty when they know it
// not. Labels that mean the same to a reader become one.
QString knownEncoding(const QByteArray &label)
{
    QByteArray name = label.trimmed().toLower();
    if (name.size() >= 2 && (name.front() == '"' || name.front() == '\''))
        name = name.mid(1, name.size() - 2).trimmed();
    if (name.isEmpty())
        return {};
    static const QSet<QByteArray> latin1 = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
                                            "latin-1",    "l1",        "us-ascii",   "ascii",
                                            "cp819",      "ibm819",    "cp1252",     "x-cp1252"};
    if (latin1.contains(name))
        return Windows1252;
    if (name == "utf8" || name == "unicode-1-1-utf-8")
        return Utf8;
    if (name == "cp1250" || name == "x-cp1250")
        return QStringLiteral("windows-1250");
    if (name == "utf-16" || name == "utf16")
        return QStringLiteral("utf-16");
    if (!QStringDecoder(name.constData()).isValid())
        return {};
    return QString::fromLatin1(name);
}

bool isSingleByte(const QString &encoding)
{
    return !encoding.startsWith(QLatin1String("utf-"));
}

bool isValidUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString ignored = decoder.decode(bytes);
    return !decoder.hasError();
}

bool hasNonAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

// The encoding named by `<?xml ... encoding="..."?>` at the start of 8-bit text.
QByteArray declaredEncoding(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 1024));
    const qsizetype start = head.indexOf("<?xml");
    if (start < 0)
        return {};
    const qsizetype end = head.indexOf("?>", start);
    const QByteArrayView declaration = head.sliced(start, (end < 0 ? head.size() : end) - start);
    const qsizetype key = declaration.indexOf("encoding");
    if (key < 0)
        return {};
    qsizetype pos = key + 8;
    while (pos < declaration.size() && (declaration[pos] == ' ' || declaration[pos] == '='))
        ++pos;
    if (pos >= declaration.size() || (declaration[pos] != '"' && declaration[pos] != '\''))
        return {};
    const char quote = declaration[pos];
    const qsizetype close = declaration.indexOf(quote, pos + 1);
    if (close < 0)
        return {};
    return declaration.sliced(pos + 1, close - pos - 1).toByteArray();
}

bool isXmlChar(char16_t c)
{
    return c >= 0x20 ? (c != 0xFFFE && c != 0xFFFF) : (c == u'\t' || c == u'\n' || c == u'\r');
}

bool isNameStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'_' || u > 0x7F;
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

// Where the construct starting at text[pos] ('<') ends, for the constructs
// that must be copied untouched; -1 for an ordinary tag.
qsizetype endOfVerbatim(const QString &text, qsizetype pos)
{
    const QStringView rest = QStringView(text).sliced(pos);
    auto pastTerminator = [&](QStringView open, QStringView close) {
        const qsizetype end = text.indexOf(close, pos + open.size());
        return end < 0 ? text.size() : end + close.size();
    };
    if (rest.startsWith(u"<![CDATA["))
        return pastTerminator(u"<![CDATA[", u"]]>");
    if (rest.startsWith(u"<!--"))
        return pastTerminator(u"<!--", u"-->");
    if (rest.startsWith(u"<?"))
        return pastTerminator(u"<?", u"?>");
    if (rest.startsWith(u"<!")) {
        // A DOCTYPE, with its internal subset when it has one.
        const qsizetype bracket = text.indexOf(u'[', pos);
        const qsizetype close = text.indexOf(u'>', pos);
        if (close < 0)
            return text.size();
        if (bracket < 0 || bracket > close)
            return close + 1;
        const qsizetype subsetEnd = text.indexOf(u"]", bracket);
        const qsizetype after = subsetEnd < 0 ? -1 : text.indexOf(u'>', subsetEnd);
        return after < 0 ? text.size() : after + 1;
    }
    return -1;
}

// Where the root element's name ends (to add attributes there), or -1.
qsizetype endOfRootName(const QString &text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        pos = text.indexOf(u'<', pos);
        if (pos < 0 || pos + 1 >= text.size())
            return -1;
        const qsizetype verbatim = endOfVerbatim(text, pos);
        if (verbatim >= 0) {
            pos = verbatim;
            continue;
        }
        qsizetype end = pos + 1;
        while (end < text.size() && !text[end].isSpace() && text[end] != u'>' && text[end] != u'/')
            ++end;
        return end;
    }
    return -1;
}

struct KnownPrefix
{
    QStringView prefix;
    QStringView uri;
};

// Prefixes feeds use without declaring them, and what they always mean.
const KnownPrefix KnownPrefixes[] = {
    {u"media", FeedNs::Media},     {u"dc", FeedNs::DublinCore}, {u"dcterms", FeedNs::DublinCoreTerms},
    {u"content", FeedNs::Content}, {u"itunes", FeedNs::ITunes}, {u"atom", FeedNs::Atom10},
};

// An element prefix without a declaration is fatal to an XML reader, so
// every one gets a declaration on the root: its usual URI when it is a
// well-known one, else a made-up URN whose elements are skipped like any
// unknown extension's.
void declareMissingPrefixes(QString &text, QStringList &warnings)
{
    static const QRegularExpression prefixed(QStringLiteral("</?([A-Za-z_][A-Za-z0-9_.-]*):[A-Za-z_]"));
    QStringList prefixes;
    auto matches = prefixed.globalMatch(text);
    while (matches.hasNext()) {
        const QString prefix = matches.next().captured(1);
        if (!prefixes.contains(prefix) && prefix.compare(QLatin1String("xml"), Qt::CaseInsensitive) != 0)
            prefixes.append(prefix);
    }
    QString declarations;
    for (const QString &prefix : std::as_const(prefixes)) {
        const QString declaration = QStringLiteral("xmlns:") + prefix + u'=';
        if (text.contains(declaration))
            continue;
        QString uri = QStringLiteral("urn:x-undeclared:") + prefix;
        for (const KnownPrefix &known : KnownPrefixes) {
            if (known.prefix == prefix)
                uri = known.uri.toString();
        }
        declarations += u' ' + declaration + u'"' + uri + u'"';
        warnings.append(QStringLiteral("the prefix %1: is used without a namespace declaration; read as %2")
                            .arg(prefix, uri));
    }
    if (declarations.isEmpty())
        return;
    const qsizetype at = endOfRootName(text);
    if (at > 0)
        text.insert(at, declarations);
}

// Moves the XML declaration to the start, without its encoding, and drops
// text before the first markup; the line count stays as it was.
void fixProlog(QString &text, QStringList &warnings)
{
    qsizetype first = 0;
    while (first < text.size() && text[first].isSpace())
        ++first;
    if (first < text.size() && text[first] != u'<') {
        const qsizetype markup = text.indexOf(u'<', first);
        if (markup < 0)
            return;
        warnings.append(QStringLiteral("text before the feed was ignored: \"%1\"")
                            .arg(QStringView(text)
                                     .sliced(first, std::min<qsizetype>(markup - first, 60))
                                     .trimmed()
                                     .toString()));
        for (qsizetype i = first; i < markup; ++i) {
            if (text[i] != u'\n')
                text[i] = u' ';
        }
        first = markup;
    }
    if (!QStringView(text).sliced(first).startsWith(u"<?xml"))
        return;
    const qsizetype end = text.indexOf(u"?>", first);
    if (end < 0)
        return;
    static const QRegularExpression encoding(QStringLiteral("\\s+encoding\\s*=\\s*([\"'])[^\"']*\\1"));
    QString declaration = text.sliced(first, end + 2 - first);
    declaration.remove(encoding);
    text = declaration + QStringView(text).first(first) + QStringView(text).sliced(end + 2);
}

// Writes a reference to `decoded` (what a reference stood for) that XML reads.
void appendNumericReferences(QString &out, const QString &decoded)
{
    for (const char32_t codePoint : decoded.toUcs4()) {
        const bool allowed = codePoint > 0xFFFF || isXmlChar(char16_t(codePoint));
        out += QStringLiteral("&#%1;").arg(allowed ? codePoint : 0xFFFD);
    }
}

// The reference at text[pos] ('&') rewritten for XML; returns where the
// input continues.
qsizetype rewriteReference(const QString &text, qsizetype pos, const QSet<QString> &declared, QString &out)
{
    const qsizetype size = text.size();
    qsizetype end = pos + 1;
    if (end < size && text[end] == u'#') {
        ++end;
        const bool hex = end < size && (text[end] == u'x' || text[end] == u'X');
        if (hex)
            ++end;
        const qsizetype digits = end;
        while (end < size && (hex ? isHexDigit(text[end]) : (text[end] >= u'0' && text[end] <= u'9'))
               && end - digits < 8)
            ++end;
        if (end == digits || end >= size || text[end] != u';') {
            out += QLatin1String("&amp;");
            return pos + 1;
        }
        bool ok = false;
        const uint value = QStringView(text).sliced(digits, end - digits).toUInt(&ok, hex ? 16 : 10);
        const QStringView reference = QStringView(text).sliced(pos, end + 1 - pos);
        if (ok && value >= 0x20 && !(value >= 0x80 && value <= 0x9F) && value != 0xFFFE && value != 0xFFFF
            && !(value >= 0xD800 && value <= 0xDFFF) && value <= 0x10FFFF)
            out += reference;
        else if (ok && (value == u'\t' || value == u'\n' || value == u'\r'))
            out += reference;
        else
            appendNumericReferences(out, decodeCharacterReferences(reference));
        return end + 1;
    }
    if (end < size && isNameStart(text[end])) {
        while (end < size
               && (isAsciiAlnum(text[end]) || text[end] == u'_' || text[end] == u'-' || text[end] == u'.'
                   || text[end].unicode() > 0x7F)
               && end - pos < 40)
            ++end;
        if (end < size && text[end] == u';') {
            const QStringView name = QStringView(text).sliced(pos + 1, end - pos - 1);
            const QStringView reference = QStringView(text).sliced(pos, end + 1 - pos);
            if (name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"apos"
                || declared.contains(name.toString())) {
                out += reference;
                return end + 1;
            }
            const QString decoded = decodeCharacterReferences(reference);
            if (decoded != reference) {
                appendNumericReferences(out, decoded);
                return end + 1;
            }
        }
    }
    // No reference XML or HTML knows: the '&' is text.
    out += QLatin1String("&amp;");
    return pos + 1;
}

QSet<QString> declaredEntities(const QString &text)
{
    QSet<QString> names;
    if (!text.contains(QLatin1String("<!ENTITY")))
        return names;
    static const QRegularExpression declaration(QStringLiteral("<!ENTITY\\s+([^\\s%]+)\\s"));
    auto matches = declaration.globalMatch(text);
    while (matches.hasNext())
        names.insert(matches.next().captured(1));
    return names;
}

} // namespace

QByteArray charsetOfContentType(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray part = parts[i].trimmed();
        const qsizetype equals = part.indexOf('=');
        if (equals > 0 && part.first(equals).trimmed().toLower() == "charset") {
            QByteArray value = part.sliced(equals + 1).trimmed();
            if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
                value = value.mid(1, value.size() - 2);
            return value.trimmed().toLower();
        }
    }
    return {};
}

FeedText decodeFeedBytes(const QByteArray &body, const QByteArray &contentTypeHeader)
{
    FeedText result;
    QByteArrayView bytes(body);
    QString encoding;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        encoding = Utf8;
        bytes = bytes.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = Utf16Le;
        bytes = bytes.sliced(2);
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = Utf16Be;
        bytes = bytes.sliced(2);
    } else if (bytes.startsWith(QByteArrayView("<\0?\0", 4))) {
        encoding = Utf16Le;
    } else if (bytes.startsWith(QByteArrayView("\0<\0?", 4))) {
        encoding = Utf16Be;
    }

    if (encoding.isEmpty()) {
        const QByteArray httpLabel = charsetOfContentType(contentTypeHeader);
        const QByteArray declaredLabel = declaredEncoding(bytes);
        const QString http = knownEncoding(httpLabel);
        const QString declared = knownEncoding(declaredLabel);
        if (!httpLabel.isEmpty() && http.isEmpty())
            result.warnings.append(QStringLiteral("unknown charset \"%1\" in the HTTP Content-Type")
                                       .arg(QString::fromLatin1(httpLabel)));
        if (!declaredLabel.isEmpty() && declared.isEmpty())
            result.warnings.append(QStringLiteral("unknown encoding \"%1\" in the XML declaration")
                                       .arg(QString::fromLatin1(declaredLabel)));
        if (!http.isEmpty()) {
            encoding = http;
            const bool utf8 = isValidUtf8(bytes);
            if (http == Utf8 && !utf8 && !declared.isEmpty() && declared != Utf8)
                encoding = declared;
            else if (isSingleByte(http) && declared == Utf8 && utf8 && hasNonAscii(bytes))
                encoding = Utf8;
            if (!declared.isEmpty() && declared != http)
                result.warnings.append(
                    QStringLiteral("the HTTP charset (%1) and the XML declaration (%2) disagree; read as %3")
                        .arg(http, declared, encoding));
        } else if (!declared.isEmpty()) {
            encoding = declared;
        } else {
            encoding = Utf8;
        }
        if (encoding == Utf8 && !isValidUtf8(bytes)) {
            encoding = Windows1252;
            result.warnings.append(QStringLiteral("the feed is not UTF-8; read as windows-1252"));
        }
    }
    if (encoding == u"utf-16")
        encoding = Utf16Le;

    QStringDecoder decoder(encoding.toLatin1().constData());
    result.text = decoder.decode(bytes);
    if (decoder.hasError())
        result.warnings.append(QStringLiteral("bytes that are not %1 were replaced").arg(encoding));
    result.encoding = encoding;
    return result;
}

bool looksLikeHtmlPage(QStringView text)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        const QStringView rest = text.sliced(pos);
        if (rest.startsWith(u"<?")) {
            const qsizetype end = text.indexOf(u"?>", pos);
            pos = end < 0 ? text.size() : end + 2;
        } else if (rest.startsWith(u"<!--")) {
            const qsizetype end = text.indexOf(u"-->", pos);
            pos = end < 0 ? text.size() : end + 3;
        } else {
            return rest.startsWith(u"<!doctype html", Qt::CaseInsensitive)
                || rest.startsWith(u"<html", Qt::CaseInsensitive);
        }
    }
    return false;
}

QString prepareFeedMarkup(const QString &input, QStringList &warnings)
{
    QString text = input;
    fixProlog(text, warnings);

    // Characters XML forbids (pasted from word processors) end a parse.
    qsizetype forbidden = 0;
    for (const QChar c : std::as_const(text))
        forbidden += isXmlChar(c.unicode()) ? 0 : 1;
    if (forbidden > 0) {
        // A space, not nothing: most are tabs and breaks of another kind.
        for (QChar &c : text) {
            if (!isXmlChar(c.unicode()))
                c = u' ';
        }
        warnings.append(
            QStringLiteral("%1 characters XML does not allow were replaced by spaces").arg(forbidden));
    }
    declareMissingPrefixes(text, warnings);

    if (!text.contains(u'&'))
        return text;
    const QSet<QString> declared = declaredEntities(text);
    QString out;
    out.reserve(text.size() + text.size() / 32);
    qsizetype copied = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const char16_t c = text[pos].unicode();
        if (c == u'<') {
            const qsizetype verbatim = endOfVerbatim(text, pos);
            pos = verbatim >= 0 ? verbatim : pos + 1;
        } else if (c == u'&') {
            out += QStringView(text).sliced(copied, pos - copied);
            pos = rewriteReference(text, pos, declared, out);
            copied = pos;
        } else {
            ++pos;
        }
    }
    out += QStringView(text).sliced(copied);
    return out;
}

QString plainTextFromHtml(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html.simplified();
    HtmlTokenizer tokenizer(html);
    QString text;
    bool skipRawText = false;
    for (HtmlToken token = tokenizer.next(); token.kind != HtmlToken::Kind::End; token = tokenizer.next()) {
        switch (token.kind) {
        case HtmlToken::Kind::Text:
            if (!skipRawText)
                text += token.text;
            skipRawText = false;
            break;
        case HtmlToken::Kind::StartTag:
            skipRawText = token.name == u"script" || token.name == u"style";
            text += u' ';
            break;
        case HtmlToken::Kind::EndTag:
            skipRawText = false;
            text += u' ';
            break;
        case HtmlToken::Kind::End:
            break;
        }
    }
    return text.simplified();
}

QString plainTextFromText(const QString &text)
{
    return decodeCharacterReferences(text).simplified();
}

QString escapeHtml(QStringView text)
{
    QString out;
    out.reserve(text.size() + 16);
    appendHtmlEscaped(out, text);
    return out;
}

QString htmlFromPlainText(const QString &text)
{
    QString html = escapeHtml(QStringView(text).trimmed());
    html.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    html.replace(u'\n', QLatin1String("<br>\n"));
    return html;
}

} // namespace News
