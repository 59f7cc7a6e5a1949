// Article bodies as a portal or a feed sends them: the sanitiser must end;
// what it keeps holds no dangerous element, no event handler or style, and
// only web addresses, however the input is spelled; and sanitising its
// output again changes nothing.

#include "core/news/htmlsanitiser.h"
#include "tests/fuzz/fuzzinput.h"

#include <QRegularExpression>
#include <QUrl>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::Input input(data, size);
    const QUrl base(QString::fromUtf8(input.line()));
    const QString html = QString::fromUtf8(input.rest());
    const News::SanitisedHtml once = News::HtmlSanitiser::sanitise(html, base);

    static const QRegularExpression Tag(QStringLiteral("<([a-zA-Z0-9]+)([^>]*)>"));
    static const QRegularExpression Attribute(QStringLiteral("\\s([a-zA-Z-]+)=\"([^\"]*)\""));
    static const QStringList Allowed {
        QStringLiteral("p"),          QStringLiteral("br"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("blockquote"), QStringLiteral("q"),  QStringLiteral("em"), QStringLiteral("strong"),
        QStringLiteral("ul"),         QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("a"),
        QStringLiteral("img")};
    for (auto tag = Tag.globalMatch(once.html); tag.hasNext();) {
        const auto match = tag.next();
        if (!Allowed.contains(match.captured(1)))
            std::abort();
        for (auto attribute = Attribute.globalMatch(match.captured(2)); attribute.hasNext();) {
            const auto pair = attribute.next();
            const QString name = pair.captured(1);
            if (name != u"href" && name != u"src" && name != u"alt")
                std::abort();
            if (name == u"alt")
                continue;
            const QString value =
                QString(pair.captured(2)).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            if (!value.startsWith(QStringLiteral("http://")) && !value.startsWith(QStringLiteral("https://")))
                std::abort();
        }
    }
    // Nothing nests deeper than the cap, the elements the sanitiser adds
    // (a list's item, a paragraph for loose text) included.
    // Empty elements (br, img, written "<br/>") open nothing.
    static const QRegularExpression OpenOrClose(QStringLiteral("<(/?)([a-z0-9]+)\\b[^>]*>"));
    int depth = 0;
    for (auto tag = OpenOrClose.globalMatch(once.html); tag.hasNext();) {
        const auto match = tag.next();
        if (match.captured(2) == u"br" || match.captured(2) == u"img")
            continue;
        depth += match.capturedLength(1) > 0 ? -1 : 1;
        if (depth > News::HtmlSanitiser::MaxDepth)
            std::abort();
    }
    // Sanitised again, nothing changes (crash-nesting-cap and
    // crash-item-past-maxdepth: the item a list added went past the cap,
    // and the second pass dropped it).
    const News::SanitisedHtml twice = News::HtmlSanitiser::sanitise(once.html, base);
    if (twice.html != once.html)
        std::abort();
    return 0;
}
