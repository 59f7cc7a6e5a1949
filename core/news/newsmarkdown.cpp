#include "core/news/newsmarkdown.h"

#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace News {

namespace {

// Backslashes the characters Markdown could take for markup in running text.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c))
            out += u'\\';
        out += c;
    }
    return out;
}

// Walks the sanitised fragment and writes its Markdown.
class Writer
{
public:
    QString convert(const QString &html)
    {
        QXmlStreamReader reader(QStringLiteral("<r>") + html + QStringLiteral("</r>"));
        while (!reader.atEnd()) {
            switch (reader.readNext()) {
            case QXmlStreamReader::StartElement:
                open(reader.name().toString(), reader.attributes());
                break;
            case QXmlStreamReader::EndElement:
                close(reader.name().toString());
                break;
            case QXmlStreamReader::Characters:
                m_line += escaped(reader.text().toString().replace(u'\n', u' '));
                break;
            default:
                break;
            }
        }
        endBlock();
        // No blank or quote-only lines at the end.
        static const QRegularExpression Trailing(QStringLiteral("(\\n>*)+$"));
        m_out.remove(Trailing);
        return m_out.isEmpty() ? m_out : m_out + u'\n';
    }

private:
    void open(const QString &name, const QXmlStreamAttributes &attributes)
    {
        if (name == u"p" || name == u"h2" || name == u"h3") {
            endBlock();
            m_prefix = name == u"h2" ? QStringLiteral("## ")
                : name == u"h3"      ? QStringLiteral("### ")
                                     : QString();
        } else if (name == u"blockquote") {
            endBlock();
            ++m_quote;
        } else if (name == u"ul" || name == u"ol") {
            endBlock();
            m_lists.append(name == u"ol" ? 1 : 0);
        } else if (name == u"li") {
            endBlock();
            const int depth = int(m_lists.size()) - 1;
            const QString indent(std::max(0, depth) * 2, u' ');
            if (!m_lists.isEmpty() && m_lists.last() > 0)
                m_prefix = indent + QString::number(m_lists.last()++) + QStringLiteral(". ");
            else
                m_prefix = indent + QStringLiteral("- ");
        } else if (name == u"em") {
            m_line += u'*';
        } else if (name == u"strong") {
            m_line += QStringLiteral("**");
        } else if (name == u"q") {
            m_line += u'“';
        } else if (name == u"br") {
            m_line += QStringLiteral("\\\n");
        } else if (name == u"a") {
            m_href = attributes.value(QStringLiteral("href")).toString();
            m_line += u'[';
        } else if (name == u"img") {
            m_line += QStringLiteral("![%1](%2)")
                          .arg(escaped(attributes.value(QStringLiteral("alt")).toString()),
                               attributes.value(QStringLiteral("src")).toString());
        }
    }

    void close(const QString &name)
    {
        if (name == u"p" || name == u"h2" || name == u"h3" || name == u"li") {
            endBlock();
        } else if (name == u"blockquote") {
            endBlock();
            m_quote = std::max(0, m_quote - 1);
        } else if (name == u"ul" || name == u"ol") {
            endBlock();
            if (!m_lists.isEmpty())
                m_lists.removeLast();
            // A blank line ends the list: what follows is not one of its items.
            if (m_lists.isEmpty() && !m_out.endsWith(QStringLiteral("\n\n")))
                m_out += u'\n';
        } else if (name == u"em") {
            m_line += u'*';
        } else if (name == u"strong") {
            m_line += QStringLiteral("**");
        } else if (name == u"q") {
            m_line += u'”';
        } else if (name == u"a") {
            m_line += QStringLiteral("](%1)").arg(m_href);
        }
    }

    void endBlock()
    {
        const QString text = m_line.trimmed();
        if (!text.isEmpty()) {
            const QString quote = m_quote > 0 ? QString(m_quote, u'>') + u' ' : QString();
            m_out += quote + m_prefix + text + u'\n';
            // List items follow each other; other blocks are paragraphs.
            if (!m_prefix.trimmed().startsWith(u'-') && !m_prefix.trimmed().endsWith(u'.'))
                m_out += quote.trimmed() + u'\n';
        }
        m_line.clear();
        m_prefix.clear();
    }

    QString m_out;
    QString m_line;
    QString m_prefix;
    QString m_href;
    QList<int> m_lists; // per open list: the next number, or 0 for bullets
    int m_quote = 0;
};

} // namespace

QString articleMarkdown(const NewsItem &item, const QString &sourceName, const QString &creditLine)
{
    QString out = QStringLiteral("# %1\n\n").arg(escaped(item.title));
    QStringList facts {
        QLocale::c().toString(item.publishedAt.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))};
    if (!item.location.isEmpty())
        facts << escaped(item.location);
    facts << escaped(sourceName);
    out += u'*' + facts.join(QStringLiteral(" · ")) + QStringLiteral("*\n\n");
    if (!item.tags.isEmpty())
        out += QStringLiteral("Tags: %1\n\n").arg(escaped(item.tags.join(QStringLiteral(", "))));
    if (item.imageUrl.isValid())
        out += QStringLiteral("![%1](%2)\n\n")
                   .arg(escaped(item.title), item.imageUrl.toString(QUrl::FullyEncoded));
    if (!item.summary.isEmpty())
        out += u'*' + escaped(item.summary) + QStringLiteral("*\n\n");
    out += Writer().convert(item.bodyHtml);
    if (item.link.isValid())
        out += QStringLiteral("\nSource: %1, <%2>\n")
                   .arg(escaped(sourceName), item.link.toString(QUrl::FullyEncoded));
    if (!creditLine.isEmpty())
        out += QStringLiteral("\nCredit: %1\n").arg(escaped(creditLine));
    return out;
}

} // namespace News
