#pragma once

#include <QList>
#include <QString>

namespace News {

struct HtmlAttribute
{
    QString name; // ASCII lower case
    QString value; // character references decoded
};

struct HtmlToken
{
    enum class Kind {
        Text, // `text` holds characters, references decoded (raw text as written)
        StartTag,
        EndTag,
        End, // the input is used up
    };

    Kind kind = Kind::End;
    QString name; // tags: ASCII lower case, as browsers compare them
    QString text;
    QList<HtmlAttribute> attributes; // in order, repeats kept: the first one counts
    bool selfClosing = false; // written <name/>

    // The first attribute of that name, or a null string.
    QString attribute(QStringView attributeName) const;
    bool hasAttribute(QStringView attributeName) const;
};

// Reads HTML as written on the web into tokens, the way a browser's
// tokenizer reads it, so that what the sanitiser keeps is what a browser
// would have seen: upper-case and unclosed tags, unquoted attributes, a '<'
// that opens nothing (text), references without semicolons. Comments,
// DOCTYPEs and processing instructions are skipped; an unterminated comment
// runs to the end, and a tag cut off by the end of input is dropped, as
// browsers do. A CDATA section is read as text.
//
// After the start tag of script, style, iframe, noscript, noembed, noframes,
// xmp, title or textarea, everything up to its end tag (case ignored) is one
// Text token, whatever it looks like (such a start tag is never
// self-closing, as in a browser); after <plaintext>, all the rest is text.
// Tree building (nesting, what to keep) is the caller's.
//
// Linear in the input: no recursion, no backtracking.
class HtmlTokenizer
{
public:
    explicit HtmlTokenizer(const QString &html);

    HtmlToken next();

private:
    HtmlToken rawText();
    bool readMarkup(HtmlToken &token);
    bool readTag(HtmlToken &token);
    qsizetype findMarkup(qsizetype from) const;
    void skipPast(QStringView terminator);

    QString m_input;
    qsizetype m_pos = 0;
    QString m_rawEnd; // the element whose end tag ends raw text, while in it
    bool m_rawDecodes = false; // title and textarea: references are read
    bool m_plainText = false;
};

} // namespace News
