#include "core/news/htmltokenizer.h"

#include "core/news/htmlentities.h"

namespace News {

namespace {

// HTML's whitespace between attributes (CR is gone by then: see the constructor).
bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\f';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

char16_t asciiLower(char16_t u)
{
    return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
}

// Only ASCII letters change case: browsers do not read "ſcript" (long s)
// or "ſtyle" as script and style, so neither does this.
QString lowered(QStringView name)
{
    QString out(name.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t u = name[i].unicode();
        out[i] = u == 0 ? QChar(QChar::ReplacementCharacter) : QChar(asciiLower(u));
    }
    return out;
}

bool equalsAsciiCaseless(QStringView text, QStringView lowerName)
{
    if (text.size() != lowerName.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (asciiLower(text[i].unicode()) != lowerName[i].unicode())
            return false;
    }
    return true;
}

bool isRawTextElement(QStringView name)
{
    static const QStringList Names = {
        QStringLiteral("script"),   QStringLiteral("style"),   QStringLiteral("iframe"),
        QStringLiteral("noscript"), QStringLiteral("noembed"), QStringLiteral("noframes"),
        QStringLiteral("xmp"),      QStringLiteral("title"),   QStringLiteral("textarea"),
    };
    return Names.contains(name);
}

} // namespace

QString HtmlToken::attribute(QStringView attributeName) const
{
    for (const HtmlAttribute &attribute : attributes) {
        if (attribute.name == attributeName)
            return attribute.value;
    }
    return {};
}

bool HtmlToken::hasAttribute(QStringView attributeName) const
{
    for (const HtmlAttribute &attribute : attributes) {
        if (attribute.name == attributeName)
            return true;
    }
    return false;
}

HtmlTokenizer::HtmlTokenizer(const QString &html) : m_input(html)
{
    // Browsers read CR LF and a lone CR as LF before anything else.
    m_input.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    m_input.replace(u'\r', u'\n');
}

HtmlToken HtmlTokenizer::next()
{
    HtmlToken token;
    const qsizetype size = m_input.size();
    if (m_plainText) {
        if (m_pos < size) {
            token.kind = HtmlToken::Kind::Text;
            token.text = m_input.sliced(m_pos);
            m_pos = size;
        }
        return token;
    }
    if (!m_rawEnd.isEmpty()) {
        token = rawText();
        if (!token.text.isEmpty())
            return token;
    }
    while (m_pos < size) {
        const qsizetype markup = findMarkup(m_pos);
        if (markup > m_pos) {
            token.kind = HtmlToken::Kind::Text;
            token.text = decodeCharacterReferences(QStringView(m_input).sliced(m_pos, markup - m_pos));
            m_pos = markup;
            return token;
        }
        if (readMarkup(token))
            return token;
    }
    token = HtmlToken();
    return token;
}

HtmlToken HtmlTokenizer::rawText()
{
    const QStringView input(m_input);
    const qsizetype size = input.size();
    qsizetype end = size;
    for (qsizetype at = m_input.indexOf(u"</", m_pos); at >= 0; at = m_input.indexOf(u"</", at + 2)) {
        const qsizetype after = at + 2 + m_rawEnd.size();
        if (after < size && equalsAsciiCaseless(input.sliced(at + 2, m_rawEnd.size()), m_rawEnd)
            && (isSpace(input[after]) || input[after] == u'/' || input[after] == u'>')) {
            end = at;
            break;
        }
    }
    HtmlToken token;
    token.kind = HtmlToken::Kind::Text;
    const QStringView text = input.sliced(m_pos, end - m_pos);
    token.text = m_rawDecodes ? decodeCharacterReferences(text) : text.toString();
    m_pos = end;
    m_rawEnd.clear();
    return token;
}

qsizetype HtmlTokenizer::findMarkup(qsizetype from) const
{
    const qsizetype size = m_input.size();
    for (qsizetype at = m_input.indexOf(u'<', from); at >= 0; at = m_input.indexOf(u'<', at + 1)) {
        if (at + 1 >= size)
            break;
        const QChar c = m_input[at + 1];
        if (isAsciiLetter(c) || c == u'!' || c == u'?' || (c == u'/' && at + 2 < size))
            return at;
        // "a < b", "<3", "< p>": text, as in a browser.
    }
    return size;
}

void HtmlTokenizer::skipPast(QStringView terminator)
{
    const qsizetype at = m_input.indexOf(terminator, m_pos);
    m_pos = at < 0 ? m_input.size() : at + terminator.size();
}

bool HtmlTokenizer::readMarkup(HtmlToken &token)
{
    const QStringView rest = QStringView(m_input).sliced(m_pos);
    const QChar c = rest[1];
    if (c == u'!') {
        if (rest.startsWith(u"<!--")) {
            m_pos += 4;
            const QStringView body = rest.sliced(4);
            // "<!-->" and "<!--->" are whole (empty) comments.
            if (body.startsWith(u'>')) {
                m_pos += 1;
                return false;
            }
            if (body.startsWith(u"->")) {
                m_pos += 2;
                return false;
            }
            qsizetype at = body.indexOf(u"--");
            // The first "--" followed by ">" or "!>" ends it; others are text of the comment.
            while (at >= 0 && !body.sliced(at + 2).startsWith(u'>') && !body.sliced(at + 2).startsWith(u"!>"))
                at = body.indexOf(u"--", at + 1);
            if (at < 0)
                m_pos = m_input.size();
            else
                m_pos += at + (body.sliced(at + 2).startsWith(u'>') ? 3 : 4);
            return false;
        }
        if (rest.startsWith(u"<![CDATA[")) {
            m_pos += 9;
            const qsizetype close = m_input.indexOf(u"]]>", m_pos);
            const qsizetype end = close < 0 ? m_input.size() : close;
            token.kind = HtmlToken::Kind::Text;
            token.text = m_input.sliced(m_pos, end - m_pos);
            m_pos = close < 0 ? end : close + 3;
            return !token.text.isEmpty();
        }
        // <!DOCTYPE ...>, <![if IE]> and the like.
        skipPast(u">");
        return false;
    }
    if (c == u'?') {
        skipPast(u">");
        return false;
    }
    if (c == u'/' && !isAsciiLetter(rest[2])) {
        // "</>" is nothing; "</ x>" and "</3>" are comments to a browser.
        skipPast(u">");
        return false;
    }
    return readTag(token);
}

bool HtmlTokenizer::readTag(HtmlToken &token)
{
    const QStringView input(m_input);
    const qsizetype size = input.size();
    qsizetype pos = m_pos + 1;
    const bool isEnd = input[pos] == u'/';
    if (isEnd)
        ++pos;
    const auto nameEnds = [&input](qsizetype at) {
        return isSpace(input[at]) || input[at] == u'/' || input[at] == u'>';
    };
    const qsizetype nameStart = pos;
    while (pos < size && !nameEnds(pos))
        ++pos;
    const QString name = lowered(input.sliced(nameStart, pos - nameStart));

    QList<HtmlAttribute> attributes;
    bool selfClosing = false;
    for (;;) {
        while (pos < size && isSpace(input[pos]))
            ++pos;
        if (pos >= size) {
            // Cut off by the end of input: a browser drops such a tag.
            m_pos = size;
            return false;
        }
        if (input[pos] == u'>') {
            ++pos;
            break;
        }
        if (input[pos] == u'/') {
            if (pos + 1 < size && input[pos + 1] == u'>') {
                selfClosing = true;
                pos += 2;
                break;
            }
            // <img/src=x>: a slash separates like a space.
            ++pos;
            continue;
        }
        // The first character of a name may be '=': <p =x> has an attribute "=x".
        const qsizetype attributeStart = pos++;
        while (pos < size && !nameEnds(pos) && input[pos] != u'=')
            ++pos;
        HtmlAttribute attribute {lowered(input.sliced(attributeStart, pos - attributeStart)), {}};
        qsizetype look = pos;
        while (look < size && isSpace(input[look]))
            ++look;
        if (look < size && input[look] == u'=') {
            pos = look + 1;
            while (pos < size && isSpace(input[pos]))
                ++pos;
            if (pos >= size) {
                m_pos = size;
                return false;
            }
            const QChar quote = input[pos];
            if (quote == u'"' || quote == u'\'') {
                const qsizetype close = m_input.indexOf(quote, pos + 1);
                if (close < 0) {
                    m_pos = size;
                    return false;
                }
                attribute.value = decodeCharacterReferences(input.sliced(pos + 1, close - pos - 1),
                                                            ReferenceContext::Attribute);
                pos = close + 1;
            } else {
                // Unquoted: to the next space or '>'; quotes, '<', '=' and
                // backticks in it are part of the value.
                const qsizetype valueStart = pos;
                while (pos < size && !isSpace(input[pos]) && input[pos] != u'>')
                    ++pos;
                attribute.value = decodeCharacterReferences(input.sliced(valueStart, pos - valueStart),
                                                            ReferenceContext::Attribute);
            }
        }
        if (!isEnd)
            attributes.append(std::move(attribute));
    }
    m_pos = pos;
    token.kind = isEnd ? HtmlToken::Kind::EndTag : HtmlToken::Kind::StartTag;
    token.name = name;
    token.attributes = std::move(attributes);
    token.selfClosing = selfClosing;
    if (!isEnd && isRawTextElement(name)) {
        // <script/> opens a script like <script> does: its text follows.
        token.selfClosing = false;
        m_rawEnd = name;
        m_rawDecodes = name == u"title" || name == u"textarea";
    } else if (!isEnd && name == u"plaintext") {
        m_plainText = true;
    }
    return true;
}

} // namespace News
