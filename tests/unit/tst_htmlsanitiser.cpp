#include "core/news/htmlsanitiser.h"
#include "tests/unit/htmlsanitiserhostile.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace News;

namespace {

const QUrl Base(QStringLiteral("https://portal.example.org/news/2024/article.html"));

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString repeated(const QString &piece, int times)
{
    QString out;
    out.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        out += piece;
    return out;
}

// What is wrong with a fragment read as XML inside a root element: not
// well-formed, an element or attribute outside the allowed set, an address
// that is not http(s) (or file:, for local pictures), or nesting deeper than
// the sanitiser allows. Empty when nothing is.
QString problemsOf(const QString &html, bool localImages = false)
{
    static const QStringList Elements = {
        QStringLiteral("p"),          QStringLiteral("br"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("blockquote"), QStringLiteral("q"),  QStringLiteral("em"), QStringLiteral("strong"),
        QStringLiteral("ul"),         QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("a"),
        QStringLiteral("img"),
    };
    static const QRegularExpression Hidden(QStringLiteral("(javascript|vbscript|data|livescript)\\s*:"),
                                           QRegularExpression::CaseInsensitiveOption);
    QXmlStreamReader xml(QStringLiteral("<r>") + html + QStringLiteral("</r>"));
    int depth = 0;
    int deepest = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement())
            --depth;
        if (!xml.isStartElement())
            continue;
        deepest = std::max(deepest, depth++);
        const QString name = xml.name().toString();
        if (depth == 1)
            continue; // the root
        if (!Elements.contains(name))
            return QStringLiteral("element <%1>").arg(name);
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            const QString attributeName = attribute.name().toString();
            const bool allowed = (name == u"a" && attributeName == u"href")
                || (name == u"img" && (attributeName == u"src" || attributeName == u"alt"));
            if (!allowed)
                return QStringLiteral("attribute %1 on <%2>").arg(attributeName, name);
            if (attributeName == u"alt")
                continue;
            const QString value = attribute.value().toString();
            const QString scheme = QUrl(value).scheme();
            const bool fileOk = localImages && name == u"img" && scheme == u"file";
            if (Hidden.match(value).hasMatch() || !(scheme == u"http" || scheme == u"https" || fileOk))
                return QStringLiteral("address %1").arg(value);
        }
    }
    if (xml.hasError())
        return QStringLiteral("not well-formed: %1").arg(xml.errorString());
    if (deepest > HtmlSanitiser::MaxDepth)
        return QStringLiteral("nested %1 deep").arg(deepest);
    return {};
}

// An attribute that runs code or styles, in any tag of the output (values,
// which hold only escaped quotes, are left out of the search).
bool hasHandlerOrStyle(const QString &html)
{
    static const QRegularExpression Tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression Value(QStringLiteral("\"[^\"]*\""));
    static const QRegularExpression Attribute(QStringLiteral("[\\s/](on[a-z]*|style|formaction|srcdoc)\\s*="),
                                              QRegularExpression::CaseInsensitiveOption);
    for (auto match = Tag.globalMatch(html); match.hasNext();) {
        QString tag = match.next().captured();
        tag.replace(Value, QStringLiteral("\"\""));
        if (Attribute.match(tag).hasMatch())
            return true;
    }
    return false;
}

} // namespace

class TestHtmlSanitiser final : public QObject
{
    Q_OBJECT

private slots:
    void checksCatchWhatTheySeek_data()
    {
        QTest::addColumn<QString>("html");
        QTest::newRow("handler") << u8("<p onclick=\"x\">a</p>");
        QTest::newRow("style") << u8("<p style=\"x\">a</p>");
        QTest::newRow("javascript href") << u8("<a href=\"javascript:x\">a</a>");
        QTest::newRow("data src") << u8("<img src=\"data:image/png,x\"/>");
        QTest::newRow("relative src") << u8("<img src=\"a.png\"/>");
        QTest::newRow("other element") << u8("<div>a</div>");
        QTest::newRow("unclosed") << u8("<p>a");
        QTest::newRow("misnested") << u8("<p><em>a</p></em>");
        QTest::newRow("html entity") << u8("<p>a&nbsp;b</p>");
        QTest::newRow("too deep") << repeated(u8("<em>"), 200) + repeated(u8("</em>"), 200);
    }

    void checksCatchWhatTheySeek()
    {
        // The checks the hostile table relies on do fail on what they look for.
        QFETCH(QString, html);
        QVERIFY(!problemsOf(html).isEmpty());
        QVERIFY(hasHandlerOrStyle(u8("<p style=\"x\">")));
        QVERIFY(hasHandlerOrStyle(u8("<img/onerror=\"x\"/>")));
        QVERIFY(!hasHandlerOrStyle(u8("<img alt=\"&quot; onerror=&quot;x\"/> onclick=x")));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expectedText"); // must survive, when set
        QTest::addColumn<QString>("absent"); // must be gone from text and HTML, when set
        QTest::addColumn<int>("keptUrls"); // links + pictures kept, or -1: not checked

        addHostileRows();
    }

    void hostileInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expectedText);
        QFETCH(QString, absent);
        QFETCH(int, keptUrls);
        const SanitisedHtml out = HtmlSanitiser::sanitise(input, Base);
        QVERIFY2(!out.html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(out.html));
        QVERIFY2(!hasHandlerOrStyle(out.html), qPrintable(out.html));
        const QString problem = problemsOf(out.html);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(" in ") + out.html.left(500)));
        if (!expectedText.isEmpty())
            QVERIFY2(out.text.contains(expectedText), qPrintable(out.text.left(500)));
        if (!absent.isEmpty()) {
            QVERIFY2(!out.text.contains(absent), qPrintable(out.text.left(500)));
            QVERIFY2(!out.html.contains(absent), qPrintable(out.html.left(500)));
        }
        for (const QList<QUrl> &urls : {out.links, out.images}) {
            for (const QUrl &url : urls)
                QVERIFY2(url.scheme() == u"https" || url.scheme() == u"http", qPrintable(url.toString()));
        }
        if (keptUrls >= 0)
            QCOMPARE(out.links.size() + out.images.size(), keptUrls);
        // The output is a fixed point: sanitised again, it stays as it is.
        QCOMPARE(HtmlSanitiser::sanitise(out.html, Base).html, out.html);
    }

    void keepsAndMaps_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("html");
        const auto row = [](const char *name, const char *input, const char *html) {
            QTest::newRow(name) << u8(input) << u8(html);
        };
        row("paragraph", "<p>Para</p>", "<p>Para</p>");
        row("line break", "<p>a<br>b<br/>c</p>", "<p>a<br/>b<br/>c</p>");
        row("headings", "<h2>T</h2><h3>S</h3>", "<h2>T</h2><h3>S</h3>");
        row("blockquote", "<blockquote><p>Q</p></blockquote>", "<blockquote><p>Q</p></blockquote>");
        row("inline", "<p><q>q</q> <em>e</em> <strong>s</strong></p>",
            "<p><q>q</q> <em>e</em> <strong>s</strong></p>");
        row("lists", "<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>",
            "<ul><li>a</li><li>b</li></ul><ol><li>c</li></ol>");
        row("link", "<p><a href=\"https://portal.example.org/x\">L</a></p>",
            "<p><a href=\"https://portal.example.org/x\">L</a></p>");
        row("image", "<img src=/i.jpg alt=Alt>",
            "<p><img src=\"https://portal.example.org/i.jpg\" alt=\"Alt\"/></p>");
        row("image without alt", "<p><img src=/i.jpg></p>",
            "<p><img src=\"https://portal.example.org/i.jpg\"/></p>");
        row("image tag", "<image src=/i.jpg>", "<p><img src=\"https://portal.example.org/i.jpg\"/></p>");
        row("upper case", "<P CLASS=x>A<BR>B</P>", "<p>A<br/>B</p>");
        row("b and i", "<b>x</b> <i>y</i>", "<p><strong>x</strong> <em>y</em></p>");
        row("h1", "<h1>T</h1>", "<h2>T</h2>");
        row("h4 to h6", "<h4>a</h4><h5>b</h5><h6>c</h6>", "<h3>a</h3><h3>b</h3><h3>c</h3>");
        row("heading ends any heading", "<h1>a</h4>b", "<h2>a</h2><p>b</p>");
        row("divs", "<div>a</div><div>b</div>", "<p>a</p><p>b</p>");
        row("sections",
            "<article><section><p>a</p></section><figure><img src=/i.jpg><figcaption>c</figcaption>"
            "</figure></article>",
            "<p>a</p><p><img src=\"https://portal.example.org/i.jpg\"/></p><p>c</p>");
        row("span", "<span>a</span>", "<p>a</p>");
        row("bare text", "Text", "<p>Text</p>");
        row("leading space", "  \n Text", "<p>Text</p>");
        row("quote text", "<blockquote>q</blockquote>", "<blockquote><p>q</p></blockquote>");
        row("implicit paragraph ends", "<p>a<p>b", "<p>a</p><p>b</p>");
        row("implicit items", "<ul><li>a<li>b</ul>", "<ul><li>a</li><li>b</li></ul>");
        row("text in a list", "<ul>x<li>y</li></ul>", "<ul><li>x</li><li>y</li></ul>");
        row("list in a list", "<ul><li>a<ul><li>b</li></ul></li></ul>",
            "<ul><li>a<ul><li>b</li></ul></li></ul>");
        row("list right in a list", "<ol><ul><li>a</li></ul></ol>", "<ol><li><ul><li>a</li></ul></li></ol>");
        row("paragraph in an item", "<ul><li><p>a</p></li></ul>", "<ul><li><p>a</p></li></ul>");
        row("block ends inline", "<p><b>x<p>y", "<p><strong>x</strong></p><p>y</p>");
        row("orphan items", "<li>a</li> <li>b</li><p>c</p>", "<ul><li>a</li><li>b</li></ul><p>c</p>");
        row("orphan item then text", "<li>a</li>b", "<ul><li>a</li></ul><p>b</p>");
        row("menu", "<menu><li>a</li></menu>", "<ul><li>a</li></ul>");
        row("blocks in an item", "<li><div>a</div><div>b</div></li>", "<ul><li>a<br/>b</li></ul>");
        row("dropped link", "<a href=\"javascript:x\">t</a>", "<p>t</p>");
        row("dropped image", "<img src=\"javascript:x\" alt=a>", "");
        row("query in a link", "<a href=\"https://x.example/?a=1&b=2&amp;c=3\">L</a>",
            "<p><a href=\"https://x.example/?a=1&amp;b=2&amp;c=3\">L</a></p>");
        row("copy= stays in a link", "<a href=\"https://x.example/?a=1&copy=2\">L</a>",
            "<p><a href=\"https://x.example/?a=1&amp;copy=2\">L</a></p>");
        row("quotes in alt", "<img src=\"https://x.example/a.png\" alt='say \"hi\" & <go>'>",
            "<p><img src=\"https://x.example/a.png\" alt=\"say &quot;hi&quot; &amp; &lt;go&gt;\"/></p>");
        row("alt spaces", "<img src=/a.png alt=\" two\n  words \">",
            "<p><img src=\"https://portal.example.org/a.png\" alt=\"two words\"/></p>");
        row("table", "<table><tr><td>a</td><td>b</td></tr></table>", "<p>a</p><p>b</p>");
        row("escaped text", "<p>1 &lt; 2 &amp;&amp; \"x\" > y</p>",
            "<p>1 &lt; 2 &amp;&amp; &quot;x&quot; &gt; y</p>");
        row("link around a block", "<a href=/x><div>t</div></a>",
            "<p><a href=\"https://portal.example.org/x\"></a></p><p>t</p>");
        row("link in a link", "<a href=/x>a<a href=/y>b</a>c</a>",
            "<p><a href=\"https://portal.example.org/x\">a</a><a "
            "href=\"https://portal.example.org/y\">b</a>c</p>");
        row("br between blocks", "<p>a</p><br><p>b</p>", "<p>a</p><p>b</p>");
        row("end br", "a</br>b", "<p>a<br/>b</p>");
        row("nothing", "", "");
        row("only a comment", "<!-- x -->", "");
        row("unclosed everything", "<blockquote><ul><li><p><b><i>x",
            "<blockquote><ul><li><p><strong><em>x</em>"
            "</strong></p></li></ul></blockquote>");
    }

    void keepsAndMaps()
    {
        QFETCH(QString, input);
        QFETCH(QString, html);
        const SanitisedHtml out = HtmlSanitiser::sanitise(input, Base);
        QCOMPARE(out.html, html);
        QVERIFY2(problemsOf(out.html).isEmpty(), qPrintable(problemsOf(out.html)));
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        const auto row = [](const char *name, const QString &input, const QString &text) {
            QTest::newRow(name) << input << text;
        };
        row("paragraphs", u8("<p>One</p><p>Two</p>"), u8("One\nTwo"));
        row("heading and text", u8("<h2>T</h2>Body"), u8("T\nBody"));
        row("spaces collapse", u8("<p>  a  \n\t b  </p>"), u8("a b"));
        row("items", u8("<ul><li>a</li><li>b</li></ul>"), u8("a\nb"));
        row("line break", u8("a<br>b"), u8("a\nb"));
        row("inline keeps spaces", u8("<p><b>a</b> <i>b</i></p>"), u8("a b"));
        row("dropped content", u8("<p>x</p><script>y</script><style>z</style><p>w</p>"), u8("x\nw"));
        row("markup characters", u8("<p>A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;</p>"),
            u8("A & B <C> \"D\" 'E'"));
        row("punctuation",
            u8("&copy; &reg; &hellip; &mdash; &ndash; &lsquo;x&rsquo; &ldquo;y&rdquo; "
               "&laquo;z&raquo; &euro; &trade; &bull;"),
            u8("© ® … — – ‘x’ “y” «z» € ™ •"));
        row("nbsp", u8("a&nbsp;b&NBSP;c"), u8("a\u00A0b&NBSP;c"));
        row("accents",
            u8("&eacute;&egrave;&ecirc;&agrave;&acirc;&ccedil;&ocirc;&ucirc;&ugrave;&icirc;&iuml;"
               "&euml;&oelig;"),
            u8("éèêàâçôûùîïëœ"));
        row("capital accents",
            u8("&Eacute;&Egrave;&Ecirc;&Agrave;&Acirc;&Ccedil;&Ocirc;&Ucirc;&Ugrave;&Icirc;"
               "&Iuml;&Euml;&OElig;"),
            u8("ÉÈÊÀÂÇÔÛÙÎÏËŒ"));
        row("capital names", u8("&AMP; &LT; &GT; &QUOT; &COPY; &REG;"), u8("& < > \" © ®"));
        row("without semicolon", u8("&amp &lt &gt &copy caf&eacute x&nbsp;y"), u8("& < > © café x\u00A0y"));
        row("longest legacy name", u8("&notit; &ampx"), u8("¬it; &x"));
        row("numeric", u8("&#106;&#x6A;&#X6A;&#0000106;&#106 &#x0006a"), u8("jjjjj j"));
        row("numeric accents", u8("&#233;t&#xE9;"), u8("été"));
        row("astral", u8("&#x1F600; &#128512;"), u8("😀 😀"));
        row("invalid numbers", u8("&#0;&#xD800;&#xDFFF;&#x110000;&#99999999999999;"),
            QString(5, QChar(0xFFFD)));
        row("windows-1252 numbers", u8("&#150;&#146;&#128;&#133;&#156;"), u8("–’€…œ"));
        row("not references", u8("&unknown; &#x; &#; & b &"), u8("&unknown; &#x; &#; & b &"));
        row("french", u8("<p>L’Élysée a annoncé « une réforme » — à Noël, dès l’été ; ça marche.</p>"),
            u8("L’Élysée a annoncé « une réforme » — à Noël, dès l’été ; ça marche."));
        row("french entities",
            u8("<p>L&rsquo;&Eacute;lys&eacute;e&nbsp;: &laquo;&nbsp;r&eacute;forme&nbsp;&raquo;</p>"),
            u8("L’Élysée\u00A0: «\u00A0réforme\u00A0»"));
        row("carriage returns", u8("<p>a\r\nb\rc</p>"), u8("a b c"));
        row("alt is not text", u8("<img src=/a.png alt=Picture>Caption"), u8("Caption"));
    }

    void plainText()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        const SanitisedHtml out = HtmlSanitiser::sanitise(input, Base);
        QCOMPARE(out.text, text);
        QVERIFY2(problemsOf(out.html).isEmpty(), qPrintable(problemsOf(out.html)));
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QUrl>("base");
        QTest::addColumn<QStringList>("links");
        QTest::addColumn<QStringList>("images");
        const QString relative =
            u8("<a href=\"other.html\">a</a><a href=\"/root\">b</a><a href=\"../up\">c</a>"
               "<a href=\"?q=1\">d</a><a href=\"#part\">e</a><img src=\"img/p.jpg\">");
        QTest::newRow("relative, with base")
            << relative << Base
            << QStringList {u8("https://portal.example.org/news/2024/other.html"),
                            u8("https://portal.example.org/root"), u8("https://portal.example.org/news/up"),
                            u8("https://portal.example.org/news/2024/article.html?q=1"),
                            u8("https://portal.example.org/news/2024/article.html#part")}
            << QStringList {u8("https://portal.example.org/news/2024/img/p.jpg")};
        QTest::newRow("relative, without base") << relative << QUrl() << QStringList() << QStringList();
        QTest::newRow("relative, file base")
            << relative << QUrl(u8("file:///tmp/article.html")) << QStringList() << QStringList();
        QTest::newRow("relative, javascript base")
            << relative << QUrl(u8("javascript:alert(1)")) << QStringList() << QStringList();
        QTest::newRow("absolute, without base")
            << u8("<a href=\"https://example.org/a\">a</a><a href=\"http://example.org/b\">b</a>"
                  "<img src=\"https://cdn.example.org/i.png\">")
            << QUrl() << QStringList {u8("https://example.org/a"), u8("http://example.org/b")}
            << QStringList {u8("https://cdn.example.org/i.png")};
        QTest::newRow("protocol-relative")
            << u8("<a href=\"//other.example/x\">a</a><img src=\"//cdn.example/i.png\">") << Base
            << QStringList {u8("https://other.example/x")} << QStringList {u8("https://cdn.example/i.png")};
        QTest::newRow("protocol-relative, http base")
            << u8("<a href=\"//other.example/x\">a</a>") << QUrl(u8("http://portal.example.org/"))
            << QStringList {u8("http://other.example/x")} << QStringList();
        QTest::newRow("protocol-relative, without base")
            << u8("<a href=\"//other.example/x\">a</a>") << QUrl() << QStringList() << QStringList();
        QTest::newRow("backslashes") << u8("<a href=\"\\\\other.example\\x\">a</a>") << Base
                                     << QStringList {u8("https://other.example/x")} << QStringList();
        QTest::newRow("scheme case") << u8("<a href=\"HTTPS://Portal.Example.ORG/A\">a</a>") << QUrl()
                                     << QStringList {u8("https://portal.example.org/A")} << QStringList();
        QTest::newRow("spaces in the path")
            << u8("<img src=\" https://portal.example.org/a b.jpg \">") << QUrl() << QStringList()
            << QStringList {u8("https://portal.example.org/a%20b.jpg")};
        QTest::newRow("tab in the scheme of a good address")
            << u8("<a href=\"ht\ttps://portal.example.org/x\">a</a>") << QUrl()
            << QStringList {u8("https://portal.example.org/x")} << QStringList();
        QTest::newRow("entities in an address")
            << u8("<a href=\"&#104;ttps://portal.example.org/?a=1&amp;b=2&copy=3\">a</a>") << QUrl()
            << QStringList {u8("https://portal.example.org/?a=1&b=2&copy=3")} << QStringList();
        QTest::newRow("each once, in order")
            << u8("<img src=/b.png><img src=/a.png><img src=/b.png><a href=/y>1</a><a href=/x>2</a><a "
                  "href=/y>3</a>")
            << Base << QStringList {u8("https://portal.example.org/y"), u8("https://portal.example.org/x")}
            << QStringList {u8("https://portal.example.org/b.png"), u8("https://portal.example.org/a.png")};
        QTest::newRow("no host") << u8("<a href=\"https:evil.example\">a</a><a href=\"http:///x\">b</a>")
                                 << Base << QStringList() << QStringList();
        QTest::newRow("other schemes") << u8(
            "<a href=\"mailto:a@example.org\">a</a><a href=\"tel:123\">b</a><img src=\"ftp://x.example/i\">")
                                       << Base << QStringList() << QStringList();
    }

    void addresses()
    {
        QFETCH(QString, input);
        QFETCH(QUrl, base);
        QFETCH(QStringList, links);
        QFETCH(QStringList, images);
        const SanitisedHtml out = HtmlSanitiser::sanitise(input, base);
        QStringList gotLinks;
        for (const QUrl &url : out.links)
            gotLinks << url.toString(QUrl::FullyEncoded);
        QStringList gotImages;
        for (const QUrl &url : out.images)
            gotImages << url.toString(QUrl::FullyEncoded);
        QCOMPARE(gotLinks, links);
        QCOMPARE(gotImages, images);
        QVERIFY2(problemsOf(out.html).isEmpty(), qPrintable(problemsOf(out.html)));
        // What the lists name is what the fragment links to and shows.
        for (const QUrl &url : out.links)
            QVERIFY(out.html.contains(
                QStringLiteral("href=\"%1\"").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped())));
        for (const QUrl &url : out.images)
            QVERIFY(out.html.contains(
                QStringLiteral("src=\"%1\"").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped())));
    }

    void localImages()
    {
        const QString input = u8("<p>a<img src=/cached.jpg alt=Cached>b<img src=/missing.jpg alt=\"Not yet\">"
                                 "<img src=/missing-too.jpg>c<img src=/remote.jpg alt=Remote>"
                                 "<script>alert(1)</script></p>");
        const SanitisedHtml out = HtmlSanitiser::sanitise(input, Base);
        QCOMPARE(out.images.size(), 4);
        QList<QUrl> asked;
        const auto local = [&asked](const QUrl &remote) {
            asked << remote;
            if (remote.path() == u"/cached.jpg")
                return QUrl::fromLocalFile(QStringLiteral("/cache/pictures/ab12 cd.jpg"));
            if (remote.path() == u"/remote.jpg")
                return QUrl(QStringLiteral("https://evil.example/x.jpg")); // not a local copy
            return QUrl();
        };
        const QString html = HtmlSanitiser::withLocalImages(out.html, local);
        QCOMPARE(asked, out.images);
        QCOMPARE(
            html,
            u8("<p>a<img src=\"file:///cache/pictures/ab12%20cd.jpg\" alt=\"Cached\"/>b<img alt=\"Not yet\"/>"
               "c<img alt=\"Remote\"/></p>"));
        QVERIFY2(problemsOf(html, true).isEmpty(), qPrintable(problemsOf(html, true)));

        // Whatever is handed to it is sanitised on the way.
        const QString tampered = u8("<p onclick=alert(1)>x<img src=/cached.jpg onerror=alert(1)>"
                                    "<script>alert(1)</script><img src=javascript:alert(1) alt=J></p>");
        const QString again = HtmlSanitiser::withLocalImages(tampered, local);
        QCOMPARE(again, u8("<p>x</p>"));
        QCOMPARE(HtmlSanitiser::withLocalImages(out.html, {}),
                 u8("<p>a<img alt=\"Cached\"/>b<img alt=\"Not yet\"/>c<img alt=\"Remote\"/></p>"));
    }

    void deepAndLong_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        const int n = 10000;
        const QString deep = QStringLiteral("Deep");
        for (const char *tag :
             {"div", "em", "b", "blockquote", "ul", "ol", "li", "p", "span", "q", "table", "h1"}) {
            const QString open = QStringLiteral("<%1>").arg(QLatin1String(tag));
            const QString close = QStringLiteral("</%1>").arg(QLatin1String(tag));
            QTest::addRow("%d nested %s", n, tag) << repeated(open, n) + deep + repeated(close, n) << deep;
            QTest::addRow("%d unclosed %s", n, tag) << repeated(open, n) + deep << deep;
        }
        QTest::addRow("%d nested links", n) << repeated(QStringLiteral("<a href=/x>"), n) + deep << deep;
        QTest::addRow("%d mixed", n) << repeated(QStringLiteral("<blockquote><ul><li><b><a href=/x><i>"),
                                                 n / 6)
                + deep << deep;
        QTest::addRow("%d nested svg", n) << repeated(QStringLiteral("<svg>"), n) + deep
                + repeated(u8("</svg>"), n)
                + QStringLiteral("After") << QStringLiteral("After");
        QTest::newRow("1 MB of text") << QStringLiteral("<p>") + QString(1 << 20, u'x') + deep << deep;
        QTest::newRow("many paragraphs")
            << repeated(QStringLiteral("<p>Line &amp; more</p>\n"), 20000) + deep << deep;
        QTest::newRow("many stray <") << repeated(QStringLiteral("< <3 <> </> a< "), 50000) + deep << deep;
        QTest::newRow("many ampersands") << repeated(QStringLiteral("&&#&#x&am"), 50000) + deep << deep;
        QTest::newRow("unterminated comment")
            << deep + QStringLiteral("<!--") + repeated(QStringLiteral("- -"), 100000) << deep;
        QTest::newRow("unterminated script")
            << deep + QStringLiteral("<script>") + repeated(u8("</scrip "), 50000) << deep;
        QTest::newRow("many attributes")
            << QStringLiteral("<img src=/a.png ") + repeated(u8("a=b "), 100000) + QStringLiteral(">") + deep
            << deep;
        QTest::newRow("many images") << repeated(QStringLiteral("<img src=/a.png>"), 10000) + deep << deep;
        // Found by fuzz_htmlsanitiser: the item a list opens for its text
        // went past MaxDepth, and the second pass dropped what was below it.
        QTest::newRow("an item past MaxDepth")
            << repeated(QStringLiteral("<ul>"), 50) + QStringLiteral("<i>") + deep << deep;
    }

    void deepAndLong()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QElapsedTimer timer;
        timer.start();
        const SanitisedHtml out = HtmlSanitiser::sanitise(input, Base);
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
        QVERIFY(out.text.contains(text));
        const QString problem = problemsOf(out.html);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(HtmlSanitiser::sanitise(out.html, Base).html, out.html);
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitiser)
#include "tst_htmlsanitiser.moc"
