#include "tests/unit/htmlsanitiserhostile.h"

#include <QTest>

namespace {

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

void hostile(const char *name, const QString &input, const QString &text = {}, const QString &absent = {},
             int urls = -1)
{
    QTest::newRow(name) << input << text << absent << urls;
}

} // namespace

void addHostileRows()
{
    const QString alert = QStringLiteral("alert(1)");
    // Scripts, spelled every way.
    hostile("script", u8("<script>alert(1)</script>Hello"), u8("Hello"), alert);
    hostile("SCRIPT", u8("<SCRIPT>alert(1)</SCRIPT>Hello"), u8("Hello"), alert);
    hostile("ScRiPt", u8("<ScRiPt>alert(1)</sCrIpT>Hello"), u8("Hello"), alert);
    hostile("script with spaces", u8("<script >alert(1)</script >Hello"), u8("Hello"), alert);
    hostile("script with newlines", u8("<script\n>alert(1)</script\n>Hello"), u8("Hello"), alert);
    hostile("script with tab", u8("<script\ttype=text/javascript>alert(1)</script\t>Hello"), u8("Hello"),
            alert);
    hostile("script/src", u8("<script/src=//evil.example/x.js></script>Hello"), u8("Hello"),
            u8("evil.example"));
    hostile("SCRIPT SRC", u8("<SCRIPT SRC=//evil.example/x.js></SCRIPT>Hello"), u8("Hello"),
            u8("evil.example"));
    hostile("self-closed script", u8("<script src=x.js />alert(1)</script>Hello"), u8("Hello"), alert);
    hostile("split script", u8("<scr<script>ipt>alert(1)</script>Hello"), u8("Hello"));
    hostile("script after <", u8("<<script>alert(1)//<</script>Hello"), u8("Hello"), alert);
    hostile("unclosed script", u8("<p>Before</p><script>alert(1)"), u8("Before"), alert);
    hostile("unclosed script end", u8("<p>Before</p><script>alert(1)</script"), u8("Before"), alert);
    hostile("script writing markup", u8("<script>document.write('<p>x</p>')</script>After"), u8("After"),
            u8("document"));
    hostile("script with end in a string", u8("<script>var a = '</scr' + 'ipt>';</script>After"), u8("After"),
            u8("var a"));
    hostile("script end in other case", u8("<script>alert(1)</SCRIPT>After"), u8("After"), alert);
    hostile("template script", u8("<script type=text/template><img src=x onerror=alert(1)></script>After"),
            u8("After"), u8("onerror"));
    hostile("long s is not script", u8("<ſcript>alert(1)</ſcript>After"), u8("After"));
    hostile("script with NUL in name", QStringLiteral("<script") + QChar(0) + QStringLiteral(">x</script>A"),
            u8("A"));
    hostile("space before script name", u8("< script>alert(1)</script>After"), u8("After"));
    hostile("escaped script text", u8("&lt;script&gt;alert(1)&lt;/script&gt;"),
            u8("<script>alert(1)</script>"));
    hostile("double-escaped script", u8("&amp;lt;script&amp;gt;"), u8("&lt;script&gt;"));
    hostile("xmp shows its text", u8("<xmp><script>alert(1)</script></xmp>"),
            u8("<script>alert(1)</script>"));
    hostile("plaintext shows the rest", u8("<plaintext><script>alert(1)</script><p>x"),
            u8("<script>alert(1)</script><p>x"));

    // Foreign content, frames, plugins and forms.
    hostile("svg script", u8("<svg><script>alert(1)</script></svg>Hello"), u8("Hello"), alert);
    hostile("svg onload", u8("<svg onload=alert(1)></svg>Hello"), u8("Hello"), alert);
    hostile("self-closed svg", u8("<svg onload=alert(1) />Hello"), u8("Hello"), alert);
    hostile("svg/onload is not closed", u8("<svg/onload=alert(1)>Gone"), {}, u8("Gone"));
    hostile("svg link", u8("<svg><a xlink:href=\"javascript:alert(1)\"><text>Evil</text></a></svg>After"),
            u8("After"), u8("Evil"));
    hostile("svg animate", u8("<svg><animate attributeName=href to=javascript:alert(1) /></svg>After"),
            u8("After"), alert);
    hostile("nested svg", u8("<svg><svg><g>One</g></svg><g>Two</g></svg>After"), u8("After"), u8("Two"));
    hostile("math", u8("<math><mi xlink:href=\"javascript:alert(1)\">Evil</mi></math>After"), u8("After"),
            u8("Evil"));
    hostile("math maction",
            u8("<math><maction actiontype=statusline xlink:href=javascript:alert(1)>X</maction></math>After"),
            u8("After"), alert);
    hostile("iframe", u8("<iframe src=\"javascript:alert(1)\"></iframe>After"), u8("After"), alert);
    hostile("iframe srcdoc", u8("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>After"), u8("After"),
            alert);
    hostile("IFRAME fallback", u8("<IFRAME SRC=https://evil.example>Fallback</IFRAME>After"), u8("After"),
            u8("Fallback"));
    hostile("unclosed iframe", u8("<p>Before</p><iframe src=https://evil.example><p>x"), u8("Before"),
            u8("evil"));
    hostile("object data", u8("<object data=\"javascript:alert(1)\">Fallback</object>After"), u8("After"),
            u8("Fallback"));
    hostile("object data: url",
            u8("<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>After"),
            u8("After"), u8("base64"));
    hostile("object param", u8("<object><param name=src value=javascript:alert(1)></object>After"),
            u8("After"), alert);
    hostile("embed", u8("<embed src=\"javascript:alert(1)\">After"), u8("After"), alert);
    hostile("embed data", u8("<EMBED SRC=\"data:image/svg+xml;base64,PHN2Zz4=\" type=image/svg+xml>After"),
            u8("After"), u8("base64"));
    hostile("applet", u8("<applet code=Evil.class>Fallback</applet>After"), u8("After"), u8("Fallback"));
    hostile("form action",
            u8("<form action=\"javascript:alert(1)\"><input type=submit value=Go></form>After"), u8("After"),
            alert);
    hostile("button formaction",
            u8("<form><button formaction=javascript:alert(1)>Click</button></form>After"), u8("After"),
            u8("Click"));
    hostile("input onfocus", u8("<input autofocus onfocus=alert(1)>After"), u8("After"), alert);
    hostile("textarea", u8("<textarea><script>alert(1)</script></textarea>After"), u8("After"), alert);
    hostile("select", u8("<select><option>One<script>alert(1)</script></select>After"), u8("After"), alert);
    hostile("frameset", u8("<frameset><frame src=javascript:alert(1)></frameset>After"), u8("After"), alert);
    hostile("noembed", u8("<noembed><script>alert(1)</script></noembed>After"), u8("After"), alert);
    hostile("noframes", u8("<noframes><img src=x onerror=alert(1)></noframes>After"), u8("After"), alert);
    hostile("noscript title", u8("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"), {}, {});
    hostile("template", u8("<template><script>alert(1)</script><p>Hidden</p></template>After"), u8("After"),
            u8("Hidden"));
    hostile("video", u8("<video src=x onerror=alert(1)><source onerror=alert(1)>No video</video>After"),
            u8("After"), alert);
    hostile("audio", u8("<audio src=javascript:alert(1)>No audio</audio>After"), u8("After"), alert);

    // The document around a fragment.
    hostile("base href", u8("<base href=\"javascript:alert(1)//\"><a href=\"/x\">Link</a>"), u8("Link"),
            alert, 1);
    hostile("meta refresh", u8("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">After"),
            u8("After"), alert);
    hostile("meta refresh data", u8("<META HTTP-EQUIV=refresh CONTENT=\"0;url=data:text/html,x\">After"),
            u8("After"), u8("data:"));
    hostile("link import", u8("<link rel=import href=https://evil.example/x.html>After"), u8("After"),
            u8("evil"));
    hostile("link stylesheet", u8("<link rel=stylesheet href=javascript:alert(1)>After"), u8("After"), alert);
    hostile("head", u8("<head><script>alert(1)</script><title>Page title</title></head><body><p>Body</p>"),
            u8("Body"), u8("Page title"));
    hostile("head without body",
            u8("<html><head><meta charset=utf-8><style>p{color:red}</style><p>No body tag</p>"),
            u8("No body tag"), u8("color"));
    hostile("head text ends it", u8("<head><title>T</title>Words"), u8("Words"));
    hostile("doctype", u8("<!DOCTYPE html><html><body>Text</body></html>"), u8("Text"));
    hostile("doctype with subset", u8("<!DOCTYPE x [<!ENTITY e \"<script>\">]><p>After</p>"), u8("After"));
    hostile("xml declaration", u8("<?xml version=\"1.0\"?><p>Text</p>"), u8("Text"));
    hostile("processing instruction", u8("<?php echo 1; ?>Text"), u8("Text"));
    hostile("body onload", u8("<body onload=alert(1)>Text</body>"), u8("Text"), alert);

    // Styles.
    hostile("style block", u8("<style>body{background:url(javascript:alert(1))}</style>After"), u8("After"),
            u8("background"));
    hostile("STYLE import", u8("<STYLE>@import 'https://evil.example/x.css';</STYLE>After"), u8("After"),
            u8("import"));
    hostile("self-closed style", u8("<style/>p{color:red}</style>After"), u8("After"), u8("color"));
    hostile("style url", u8("<p style=\"background:url(javascript:alert(1))\">Text</p>"), u8("Text"), alert);
    hostile("style expression", u8("<p style=\"width:expression(alert(1))\">Text</p>"), u8("Text"), alert);
    hostile("style behavior", u8("<div style=\"behavior:url(x.htc)\">Text</div>"), u8("Text"), u8("htc"));
    hostile("style unquoted", u8("<p STYLE=color:red>Text</p>"), u8("Text"), u8("color"));
    hostile("class id title", u8("<p class=x id=y title=t lang=fr dir=rtl>Text</p>"), u8("Text"));
    hostile("style escaped", u8("<p style=\"x:\\65xpression(alert(1))\">Text</p>"), u8("Text"),
            u8("xpression"));

    // Event handlers, with every kind of separator.
    hostile("img onerror", u8("<img src=x onerror=alert(1)>Text"), u8("Text"), alert, 1);
    hostile("img/onerror", u8("<img/src=x/onerror=alert(1)>Text"), u8("Text"));
    hostile("img quoted onerror", u8("<img src=\"x\"onerror=\"alert(1)\">Text"), u8("Text"), alert, 1);
    hostile("img encoded handler", u8("<img src=x onerror=\"&#97;lert(1)\">Text"), u8("Text"), alert, 1);
    hostile("a onmouseover", u8("<a href=\"https://portal.example.org/\" onmouseover=\"alert(1)\">Hover</a>"),
            u8("Hover"), alert, 1);
    hostile("handler with slashes", u8("<p onclick=alert(1)//>Text</p>"), u8("Text"), alert);
    hostile("empty handlers", u8("<p on=x onclick= >Text</p>"), u8("Text"));
    hostile("details ontoggle", u8("<details open ontoggle=alert(1)>Text</details>"), u8("Text"), alert);
    hostile("marquee onstart", u8("<marquee onstart=alert(1)>Text</marquee>"), u8("Text"), alert);
    hostile("equals first", u8("<p =onclick=alert(1)>Text</p>"), u8("Text"), alert);
    const QStringList tags = {
        QStringLiteral("p"),  QStringLiteral("h2"),  QStringLiteral("h3"),     QStringLiteral("blockquote"),
        QStringLiteral("q"),  QStringLiteral("em"),  QStringLiteral("strong"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"),  QStringLiteral("b"),      QStringLiteral("i"),
        QStringLiteral("h1"), QStringLiteral("div"), QStringLiteral("span"),
    };
    const QStringList separators = {
        QStringLiteral(" "),  QStringLiteral("/"),   QStringLiteral("\n"),
        QStringLiteral("\t"), QStringLiteral(" / "),
    };
    for (const QString &tag : tags) {
        for (const QString &separator : separators) {
            const QString input = QStringLiteral("<%1%2onclick=\"alert(1)\"%2ONMOUSEOVER=alert(1)>Text</%1>")
                                      .arg(tag, separator);
            QTest::addRow("%s handler, separator %d", qPrintable(tag), int(separators.indexOf(separator)))
                << input << QStringLiteral("Text") << alert << -1;
        }
    }
    for (const QString &separator : separators) {
        QTest::addRow("a handler, separator %d", int(separators.indexOf(separator)))
            << QStringLiteral("<a%1href=\"https://portal.example.org/\"%1onclick=alert(1)>Text</a>")
                   .arg(separator)
            << QStringLiteral("Text") << alert << 1;
        QTest::addRow("img handler, separator %d", int(separators.indexOf(separator)))
            << QStringLiteral("<img%1src=\"pic.jpg\"%1onerror=alert(1)%1onload='alert(1)'>Text")
                   .arg(separator)
            << QStringLiteral("Text") << alert << 1;
        QTest::addRow("br handler, separator %d", int(separators.indexOf(separator)))
            << QStringLiteral("One<br%1onmouseover=alert(1)>Text").arg(separator) << QStringLiteral("Text")
            << alert << 0;
    }

    // Addresses that are not http(s), however they are hidden.
    const QString tab = QStringLiteral("\t");
    const QStringList addresses = {
        u8("javascript:alert(1)"),
        u8("JaVaScRiPt:alert(1)"),
        u8("JAVASCRIPT:alert(1)"),
        u8(" javascript:alert(1)"),
        u8("   \n javascript:alert(1) "),
        QChar(1) + QStringLiteral("javascript:alert(1)"),
        QChar(0x1F) + QStringLiteral(" javascript:alert(1)"),
        u8("jav\tascript:alert(1)"),
        u8("jav\nascript:alert(1)"),
        u8("jav\rascript:alert(1)"),
        u8("java") + QChar(0) + u8("script:alert(1)"),
        u8("java") + QChar(0x7F) + u8("script:alert(1)"),
        u8("jav&#x09;ascript:alert(1)"),
        u8("jav&#9;ascript:alert(1)"),
        u8("jav&#x0A;ascript:alert(1)"),
        u8("jav&#13;ascript:alert(1)"),
        u8("jav&#x0D;ascript:alert(1)"),
        u8("&#106;avascript:alert(1)"),
        u8("&#x6A;avascript:alert(1)"),
        u8("&#X6a;avascript:alert(1)"),
        u8("&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#"
           "0000058alert(1)"),
        u8("&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)"),
        u8("&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)"),
        u8("&#x0000006A;avascript:alert(1)"),
        u8("javascript&colon;alert(1)"),
        u8("javascript&#58;alert(1)"),
        u8("javascript&#x3a;alert(1)"),
        u8("&Tab;javascript:alert(1)"),
        u8("java&NewLine;script:alert(1)"),
        u8("java&Tab;script&colon;alert&lpar;1&rpar;"),
        u8("`javascript:alert(1)`"),
        u8("javascript://%0Aalert(1)"),
        u8("javascript:/*--></title></style></textarea></script><svg/onload=alert(1)>"),
        u8("\u00A0javascript:alert(1)"),
        u8("java\u200Bscript:alert(1)"),
        u8("ｊａｖａｓｃｒｉｐｔ:alert(1)"),
        u8("livescript:alert(1)"),
        u8("vbscript:msgbox(1)"),
        u8("VBScript:msgbox(1)"),
        u8("vb&#x73;cript:msgbox(1)"),
        u8("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
        u8("DATA:text/html,<script>alert(1)</script>"),
        u8("d&#97;ta:text/html,x"),
        u8(" data:image/svg+xml;base64,PHN2Zz4="),
        u8("file:///etc/passwd"),
        u8("FILE://C:/Windows/win.ini"),
        u8("mailto:desk@example.org"),
        u8("ftp://files.example.org/x"),
        u8("jar:https://evil.example/x.jar!/"),
        u8("about:blank"),
        u8("blob:https://portal.example.org/0a1b"),
        u8("https:evil.example/x"),
        u8("http:///x"),
        u8("https://"),
    };
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString value = addresses[i];
        QTest::addRow("address %d in a", int(i)) << QStringLiteral("<a href=\"%1\">Link</a>").arg(value)
                                                 << QStringLiteral("Link") << QString() << 0;
        QTest::addRow("address %d in img", int(i))
            << QStringLiteral("<img src=\"%1\" alt=\"Alt\">After").arg(value) << QStringLiteral("After")
            << QString() << 0;
    }
    hostile("unquoted javascript img", u8("<img src=javascript:alert(1)>After"), u8("After"), alert, 0);
    hostile("single-quoted javascript", u8("<a href='javascript:alert(1)'>Link</a>"), u8("Link"), alert, 0);
    hostile("first href counts",
            u8("<a href=\"https://portal.example.org/ok\" href=\"javascript:alert(1)\">L</a>"), u8("L"),
            alert, 1);
    hostile("first src counts", u8("<img src=\"javascript:alert(1)\" src=\"pic.jpg\">After"), u8("After"),
            alert, 0);
    hostile("srcset and dynsrc",
            u8("<img src=pic.jpg srcset=\"javascript:alert(1) 2x\" dynsrc=javascript:x>A"), u8("A"), alert,
            1);
    hostile("a xlink", u8("<a xlink:href=javascript:alert(1)>Link</a>"), u8("Link"), alert, 0);
    hostile("a formaction", u8("<a href=/ok formaction=javascript:alert(1)>Link</a>"), u8("Link"), alert, 1);

    // Comments and CDATA hiding markup.
    hostile("comment", u8("<!--<script>alert(1)</script>-->After"), u8("After"), alert);
    hostile("conditional comment", u8("<!--[if IE]><script>alert(1)</script><![endif]-->After"), u8("After"),
            alert);
    hostile("conditional comment gte", u8("<!--[if gte IE 4]><SCRIPT>alert(1);</SCRIPT><![endif]-->After"),
            u8("After"), alert);
    hostile("downlevel-revealed", u8("<![if !IE]><p>Shown</p><![endif]>"), u8("Shown"));
    hostile("comment --!>", u8("<!-- x --!><p>After</p>"), u8("After"));
    hostile("comment --!> then script", u8("<!-- x --!> <script>alert(1)</script>After"), u8("After"), alert);
    hostile("comment <!-->", u8("<!--><script>alert(1)</script>After"), u8("After"), alert);
    hostile("comment <!--->", u8("<!---><script>alert(1)</script>After"), u8("After"), alert);
    hostile("unterminated comment", u8("<p>Before</p><!-- <script>alert(1)</script>"), u8("Before"), alert);
    hostile("dashes in comment", u8("<!-- a -- b -- > c --><p>After</p>"), u8("After"), u8(" c "));
    hostile("comment of dashes", u8("<!--- x ---><p>After</p>"), u8("After"));
    hostile("comment in text", u8("<p>Be<!-- <img src=x onerror=alert(1)> -->fore</p>"), u8("Before"),
            u8("onerror"));
    hostile("comment in attribute", u8("<p title=\"<!--\">Text</p><script>alert(1)</script>-->"), u8("Text"),
            alert);
    hostile("bogus end tag", u8("</ x><p>After</p>"), u8("After"));
    hostile("empty end tag", u8("</>After"), u8("After"));
    hostile("cdata", u8("<![CDATA[<script>alert(1)</script>]]>After"), u8("After"));
    hostile("cdata then script", u8("<![CDATA[x]]><script>alert(1)</script>"), u8("x"), alert);
    hostile("unterminated cdata", u8("<![CDATA[ <img src=x onerror=alert(1)>"), u8("<img"));
    hostile("lower-case cdata", u8("<![cdata[<script>alert(1)</script>]]>After"), u8("After"));

    // Quoting tricks.
    hostile("quote in title", u8("<a href=\"x\" title='\"><script>alert(1)</script>'>Link</a>"), u8("Link"),
            alert, 1);
    hostile("apostrophe in title", u8("<a href='x' title=\"'><script>alert(1)</script>\">Link</a>"),
            u8("Link"), alert, 1);
    hostile("unquoted quote", u8("<a href=x title=\"><script>alert(1)</script>\">Link</a>"), u8("Link"),
            alert);
    hostile("backticks", u8("<img src=`x` onerror=alert(1)>After"), u8("After"), alert);
    hostile("script in alt", u8("<img src=pic.jpg alt=\"<script>alert(1)</script>\">After"), u8("After"), {},
            1);
    hostile("handler in alt", u8("<img src=pic.jpg alt='\" onerror=\"alert(1)'>After"), u8("After"), {}, 1);
    hostile("unterminated quote", u8("<p>Before</p><img src=\"x onerror=alert(1)>After"), u8("Before"),
            alert);
    hostile("tag cut off", u8("<p>Before</p><img src=x onerror=alert(1)"), u8("Before"), alert);
    hostile("attribute without value", u8("<a href>Link</a>"), u8("Link"), {}, 0);
    hostile("empty href", u8("<a href=\"\">Link</a>"), u8("Link"), {}, 0);
    hostile("spaces around =", u8("<a href = \"https://portal.example.org/x\" >Link</a>"), u8("Link"), {}, 1);

    // Nesting, stray and missing tags.
    hostile("unclosed inline", u8("<p><b><i>Nested</p>After"), u8("Nested"));
    hostile("misnested", u8("<b><p>Bold para</b></p>"), u8("Bold para"));
    hostile("items without ends", u8("<ul><li>One<li>Two</ul>"), u8("One\nTwo"));
    hostile("orphan item", u8("<li>Orphan</li>After"), u8("Orphan\nAfter"));
    hostile("table", u8("<table><tr><td>Cell<script>alert(1)</script></td></tr></table>"), u8("Cell"), alert);
    hostile("link in link", u8("<a href=/x><a href=/y>Inner</a></a>"), u8("Inner"), {}, 2);
    hostile("heading soup", u8("<h1><h2>Heading</h1></h2>"), u8("Heading"));
    hostile("stray end tags", u8("</p></b></ul></li></blockquote>Stray ends"), u8("Stray ends"));
    hostile("unclosed blockquotes", u8("<blockquote><blockquote><p>Quote</blockquote>"), u8("Quote"));
    hostile("div in paragraph", u8("<p>Open<div>Inner<p>Para"), u8("Open\nInner\nPara"));
    hostile("deep unclosed em", repeated(QStringLiteral("<em>"), 5000) + QStringLiteral("Deep"), u8("Deep"));
    hostile("deep unclosed li", repeated(QStringLiteral("<ul><li>"), 3000) + QStringLiteral("Deep"),
            u8("Deep"));
    hostile("deep unclosed svg", repeated(QStringLiteral("<svg>"), 3000) + QStringLiteral("Gone"), {},
            u8("Gone"));

    // Text that looks like markup, and characters XML cannot carry.
    hostile("comparison", u8("a < b > c & d"), u8("a < b > c & d"));
    hostile("double <", u8("<<p>>Text"), u8(">Text"));
    hostile("NUL in text", QStringLiteral("Te") + QChar(0) + QStringLiteral("xt"), u8("Text"));
    hostile("controls in text",
            QStringLiteral("A") + QChar(1) + QChar(0x1B) + QChar(0x85) + QStringLiteral("B"), u8("AB"));
    hostile("control references", u8("<p>A&#1;&#8;&#11;&#127;&#x81;B</p>"), u8("AB"));
    hostile("lone surrogate", QStringLiteral("A") + QChar(0xD800) + QStringLiteral("B"), u8("A\uFFFDB"));
    hostile("noncharacter", QStringLiteral("A") + QChar(0xFFFF) + QStringLiteral("B"), u8("AB"));
    hostile("right-to-left override", u8("<p>\u202Eevil</p>"), u8("\u202Eevil"));
    hostile("many attributes",
            QStringLiteral("<p ") + repeated(QStringLiteral("onclick=x "), 2000)
                + QStringLiteral(">Text</p>"),
            u8("Text"));
}
