#include "core/news/feeddate.h"
#include "core/news/feedparser.h"
#include "tests/support/testpaths.h"
#include "tests/unit/feedparsertest.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <ctime>

using namespace News;
using namespace FeedParserTest;

void TestFeedParser::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // ISO 8601 with milliseconds, UTC; empty: no date

    auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("rfc822", "Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00.000Z");
    row("no weekday", "10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00.000Z");
    row("two-digit year, 20xx", "Tue, 10 Jun 03 04:00:00 GMT", "2003-06-10T04:00:00.000Z");
    row("two-digit year, 19xx", "Thu, 10 Jun 99 04:00:00 GMT", "1999-06-10T04:00:00.000Z");
    row("no seconds", "Tue, 10 Jun 2003 04:00 GMT", "2003-06-10T04:00:00.000Z");
    row("UT", "Tue, 10 Jun 2003 04:00:00 UT", "2003-06-10T04:00:00.000Z");
    row("UTC", "Tue, 10 Jun 2003 04:00:00 UTC", "2003-06-10T04:00:00.000Z");
    row("Z", "Tue, 10 Jun 2003 04:00:00 Z", "2003-06-10T04:00:00.000Z");
    row("EST", "Tue, 10 Jun 2003 04:00:00 EST", "2003-06-10T09:00:00.000Z");
    row("EDT", "Tue, 10 Jun 2003 04:00:00 EDT", "2003-06-10T08:00:00.000Z");
    row("CST", "Tue, 10 Jun 2003 04:00:00 CST", "2003-06-10T10:00:00.000Z");
    row("CDT", "Tue, 10 Jun 2003 04:00:00 CDT", "2003-06-10T09:00:00.000Z");
    row("MST", "Tue, 10 Jun 2003 04:00:00 MST", "2003-06-10T11:00:00.000Z");
    row("MDT", "Tue, 10 Jun 2003 04:00:00 MDT", "2003-06-10T10:00:00.000Z");
    row("PST", "Tue, 10 Jun 2003 04:00:00 PST", "2003-06-10T12:00:00.000Z");
    row("PDT", "Tue, 10 Jun 2003 04:00:00 PDT", "2003-06-10T11:00:00.000Z");
    row("military A counts as UTC", "Tue, 10 Jun 2003 04:00:00 A", "2003-06-10T04:00:00.000Z");
    row("military N counts as UTC", "Tue, 10 Jun 2003 04:00:00 N", "2003-06-10T04:00:00.000Z");
    row("+hhmm", "Tue, 10 Jun 2003 04:00:00 +0530", "2003-06-09T22:30:00.000Z");
    row("-hhmm", "Tue, 10 Jun 2003 04:00:00 -0330", "2003-06-10T07:30:00.000Z");
    row("+hh:mm", "Tue, 10 Jun 2003 04:00:00 +05:30", "2003-06-09T22:30:00.000Z");
    row("comment", "Tue, 10 Jun 2003 04:00:00 -0400 (EDT)", "2003-06-10T08:00:00.000Z");
    row("full names", "Tuesday, 10 June 2003 04:00:00 GMT", "2003-06-10T04:00:00.000Z");
    row("single digits", "Sun, 1 Jun 2003 4:05:06 GMT", "2003-06-01T04:05:06.000Z");
    row("asctime", "Tue Jun 10 04:00:00 2003", "2003-06-10T04:00:00.000Z");
    row("no time", "Tue, 10 Jun 2003", "2003-06-10T00:00:00.000Z");
    row("no zone", "Tue, 10 Jun 2003 04:00:00", "2003-06-10T04:00:00.000Z");
    row("CET", "Tue, 10 Jun 2003 04:00:00 CET", "2003-06-10T03:00:00.000Z");
    row("GMT+0200", "Tue, 10 Jun 2003 04:00:00 GMT+0200", "2003-06-10T02:00:00.000Z");
    row("unknown zone name", "Tue, 10 Jun 2003 04:00:00 XYZT", "2003-06-10T04:00:00.000Z");
    row("lower case", "tue, 10 jun 2003 04:00:00 gmt", "2003-06-10T04:00:00.000Z");
    row("year only", "2003", "2003-01-01T00:00:00.000Z");
    row("year-month", "2003-06", "2003-06-01T00:00:00.000Z");
    row("date", "2003-06-10", "2003-06-10T00:00:00.000Z");
    row("minutes", "2003-06-10T04:00Z", "2003-06-10T04:00:00.000Z");
    row("seconds", "2003-06-10T04:00:00Z", "2003-06-10T04:00:00.000Z");
    row("fraction", "2003-06-10T04:00:00.123Z", "2003-06-10T04:00:00.123Z");
    row("long fraction", "2003-06-10T04:00:00.5+01:00", "2003-06-10T03:00:00.500Z");
    row("offset", "2003-06-10T04:00:00+02:00", "2003-06-10T02:00:00.000Z");
    row("offset without colon", "2003-06-10T04:00:00-0530", "2003-06-10T09:30:00.000Z");
    row("hour offset", "2003-06-10T04:00:00+02", "2003-06-10T02:00:00.000Z");
    row("space, no zone", "2003-06-10 04:00:00", "2003-06-10T04:00:00.000Z");
    row("lower-case t and z", "2003-06-10t04:00:00z", "2003-06-10T04:00:00.000Z");
    row("basic form", "20030610T040000Z", "2003-06-10T04:00:00.000Z");
    row("leap second", "2003-06-30T23:59:60Z", "2003-06-30T23:59:59.000Z");
    row("padded", "  2003-06-10T04:00:00Z\n", "2003-06-10T04:00:00.000Z");
    row("empty", "", "");
    row("words", "yesterday afternoon", "");
    row("month 13", "2003-13-01", "");
    row("31 June", "Mon, 31 Jun 2003 10:00:00 GMT", "");
    row("29 February of a common year", "2003-02-29", "");
    row("unknown month", "Tue, 10 Foo 2003 04:00:00 GMT", "");
    row("hour 25", "2003-06-10T25:00:00Z", "");
    row("offset past 14 hours", "Tue, 10 Jun 2003 04:00:00 +2500", "");
}

void TestFeedParser::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto date = parseFeedDate(text);
    QCOMPARE(date.has_value(), !expected.isEmpty());
    if (date) {
        QCOMPARE(date->timeSpec(), Qt::UTC);
        QCOMPARE(date->toString(Qt::ISODateWithMs), expected);
    }
}

void TestFeedParser::feeds()
{
    QFETCH(QString, file);
    QFETCH(Status, status);
    QFETCH(FeedFormat, format);
    QFETCH(int, count);
    QFETCH(QString, title);
    QFETCH(QString, link);
    QFETCH(QString, language);
    const ParsedFeed feed = parseFixture(file);
    QCOMPARE(feed.status, status);
    QCOMPARE(feed.notAFeed(), status == Status::NotAFeed);
    QCOMPARE(feed.error.isEmpty(), status != Status::NotAFeed);
    QCOMPARE(feed.format, format);
    QCOMPARE(feed.entries.size(), count);
    QCOMPARE(feed.title, title);
    QCOMPARE(feed.link.toString(), link);
    QCOMPARE(feed.language, language);
}

void TestFeedParser::feedDetails_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("imageUrl");

    auto row = [](const char *file, const char *description, const char *image) {
        QTest::newRow(file) << QString::fromUtf8(file) << QString::fromUtf8(description)
                            << QString::fromUtf8(image);
    };
    row("rss20-basic.xml", "The latest from the regional newsroom", "https://regional.example.com/logo.png");
    row("rss20-cdata.xml", "Reviews, interviews and listings", "");
    row("rss20-entity-title.xml", "Actualités du jour", "");
    row("rss20-podcast.xml", "Ten minutes of news every weekday.",
        "https://podcasts.example.com/briefing/cover.jpg");
    row("rss091-netscape.xml", "Dernières nouvelles", "http://numerique.example.fr/images/logo.gif");
    row("rss090.xml", "the Mozilla Organization web site", "http://www.mozilla.example.org/images/moz.gif");
    row("rss10-basic.xml", "Items live outside the channel", "https://rdf.example.org/logo.png");
    row("atom10-basic.xml", "Notes from the newsroom", "https://blog.example.org/logo.svg");
    row("atom03-basic.xml", "Still on Atom 0.3", "");
}

void TestFeedParser::feedDetails()
{
    QFETCH(QString, file);
    QFETCH(QString, description);
    QFETCH(QString, imageUrl);
    const ParsedFeed feed = parseFixture(file);
    QCOMPARE(feed.description, description);
    QCOMPARE(feed.imageUrl.toString(), imageUrl);
}

void TestFeedParser::entries()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, guid);
    QFETCH(QString, title);
    QFETCH(QString, link);
    QFETCH(QString, published);
    QFETCH(QString, updated);
    QFETCH(bool, dateGuessed);
    QFETCH(QString, author);
    const ParsedFeed feed = parseFixture(file);
    QVERIFY(index < feed.entries.size());
    const FeedEntry &entry = feed.entries.at(index);
    QCOMPARE(entry.guid, guid);
    QCOMPARE(entry.title, title);
    QCOMPARE(entry.link.toString(), link);
    QCOMPARE(utc(entry.published), published);
    QCOMPARE(utc(entry.updated), updated);
    QCOMPARE(entry.published.timeSpec(), Qt::UTC);
    QCOMPARE(entry.dateGuessed, dateGuessed);
    QCOMPARE(entry.author, author);
}

void TestFeedParser::bodies_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("summaryHtml");
    QTest::addColumn<QString>("contentHtml");
    QTest::addColumn<QString>("baseUrl");

    auto row = [](const char *file, int index, const char *summary, const char *content, const char *base) {
        QTest::addRow("%s #%d", file, index)
            << QString::fromUtf8(file) << index << QString::fromUtf8(summary) << QString::fromUtf8(content)
            << (*base ? QString::fromUtf8(base) : feedUrlOf(QString::fromUtf8(file)).toString());
    };
    row("rss20-cdata.xml", 0,
        R"(<p>The revival opens on <strong>Friday</strong>.</p><img src="/img/tj.jpg">)",
        R"(<p>The revival opens on <strong>Friday</strong>.</p><img src="/img/tj.jpg">)", "");
    row("rss20-double-escaped.xml", 0, "&lt;p&gt;Escaped twice&lt;/p&gt;", "&lt;p&gt;Escaped twice&lt;/p&gt;",
        "");
    row("rss20-double-escaped.xml", 1, "<p>A late <em>winner</em>.</p>", "<p>A late <em>winner</em>.</p>",
        "");
    // Bodies keep their no-break spaces; titles fold them.
    row("rss20-entity-title.xml", 0, "Les travaux ont pris du retard… «\u00A0Nous rouvrirons en mars\u00A0».",
        "Les travaux ont pris du retard… «\u00A0Nous rouvrirons en mars\u00A0».", "");
    row("rss20-content-encoded.xml", 0, "Look north after sunset.",
        R"(<p>Look <em>north</em> after sunset.</p><p><img src="https://science.example.com/comet.jpg" alt="Comet"></p>)",
        "");
    row("rss20-content-encoded.xml", 1, "", "<p>Urban hives &amp; biodiversity.</p>", "");
    row("rss20-media.xml", 2, "Shares &lt;b&gt;rose&lt;/b&gt; in early trading.",
        "Shares &lt;b&gt;rose&lt;/b&gt; in early trading.", "");
    row("rss20-podcast.xml", 0, "What the budget means for you.<br>\nPlus the weather.",
        "What the budget means for you.<br>\nPlus the weather.", "");
    row("rss20-podcast.xml", 1, "Talks resume at noon.", "Talks resume at noon.", "");
    row("rss20-xmlbase.xml", 2, R"(<img src="pic.jpg">)", R"(<img src="pic.jpg">)",
        "https://base.example.com/root/news/sub/");
    row("rss20-inline-html.xml", 0,
        R"(<p>First paragraph.</p><p>Second <a href="https://inline.example.com/x">link</a> &amp; 5 &lt; 6.<br>Line.</p>)",
        R"(<p>First paragraph.</p><p>Second <a href="https://inline.example.com/x">link</a> &amp; 5 &lt; 6.<br>Line.</p>)",
        "");
    row("rss20-bare-ampersand.xml", 0, "Profits & losses", "Profits & losses", "");
    row("rss10-content.xml", 0, "", "<h2>What is new</h2><ul><li>Faster</li></ul>", "");
    row("atom10-basic.xml", 0, "A look behind the scenes.", "<p>It starts <b>months</b> ahead.</p>", "");
    row("atom10-basic.xml", 1, "", "Plain text body", "");
    row("atom10-xhtml.xml", 0, "",
        R"(<p>Hello <a href="/world">world</a>.</p><img src="pic.png" alt="A &quot;pic&quot;"><br>5 &lt; 6)",
        "");
    row("atom10-xhtml.xml", 1, "", "<p>Prefixed <strong>tags</strong></p>", "");
    row("atom10-text-content.xml", 0, "Line one<br>\nLine &quot;two&quot; &amp; &lt;three&gt;",
        "Plain &lt;not html&gt;", "");
    row("atom10-xmlbase.xml", 1, "", R"(<img src="two.jpg">)", "https://static.example.net/assets/");
    row("atom10-youtube.xml", 0, "Tonight's headlines.<br>\nSubscribe for more.",
        "Tonight's headlines.<br>\nSubscribe for more.", "");
    row("atom10-content-src.xml", 0, "", "", "");
    row("atom03-basic.xml", 0, "Short &amp; plain", "<p>Escaped <i>HTML</i></p>", "");
    row("atom03-basic.xml", 1, "", "<p>Inline XML</p>", "");
    row("atom03-basic.xml", 2, "", "<p>Base 64 — ok</p>", "");
}

void TestFeedParser::bodies()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, summaryHtml);
    QFETCH(QString, contentHtml);
    QFETCH(QString, baseUrl);
    const ParsedFeed feed = parseFixture(file);
    QVERIFY(index < feed.entries.size());
    const FeedEntry &entry = feed.entries.at(index);
    QCOMPARE(entry.summaryHtml, summaryHtml);
    QCOMPARE(entry.contentHtml, contentHtml);
    QCOMPARE(entry.baseUrl.toString(), baseUrl);
}

void TestFeedParser::media_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("imageUrl");
    QTest::addColumn<QString>("enclosures"); // "url type length", one a line
    QTest::addColumn<QStringList>("categories");

    auto row = [](const char *file, int index, const char *image, const char *enclosures,
                  const QStringList &categories) {
        QTest::addRow("%s #%d", file, index) << QString::fromUtf8(file) << index << QString::fromUtf8(image)
                                             << QString::fromUtf8(enclosures) << categories;
    };
    row("rss20-basic.xml", 0, "", "", {QStringLiteral("Weather"), QStringLiteral("Local")});
    row("rss20-categories.xml", 0, "", "",
        {QStringLiteral("Politics"), QStringLiteral("Europe"), QStringLiteral("Health & Care"),
         QStringLiteral("Elections")});
    row("rss20-content-encoded.xml", 0, "", "", {QStringLiteral("Astronomy")});
    row("rss20-media.xml", 0, "https://cdn.example.com/thumbs/harbour-fire.jpg",
        "https://cdn.example.com/clips/harbour-fire.mp4 video/mp4 10485760", {});
    row("rss20-media.xml", 1, "https://cdn.example.com/img/election.jpg", "", {});
    row("rss20-media.xml", 2, "https://cdn.example.com/thumbs/market.jpg",
        "https://cdn.example.com/clips/market-720.mp4 video/mp4 -1\n"
        "https://cdn.example.com/clips/market-360.mp4 video/mp4 -1",
        {});
    row("rss20-podcast.xml", 0, "https://podcasts.example.com/briefing/412.jpg",
        "https://media.example.com/briefing/412.mp3 audio/mpeg 9876543", {});
    row("rss20-podcast.xml", 1, "", "https://media.example.com/briefing/411.m4a audio/x-m4a 0", {});
    row("rss20-xmlbase.xml", 0, "", "https://base.example.com/root/media/one.mp3 audio/mpeg 100", {});
    row("rss20-enclosure-image.xml", 0, "https://photo.example.com/full/sunrise.jpg",
        "https://photo.example.com/full/sunrise.jpg image/jpeg 245678", {});
    row("rss20-undeclared-prefix.xml", 0, "https://forgot.example.com/1.jpg", "", {});
    row("rss20-media-noslash.xml", 0, "https://feeds.example.com/feeds/thumbs/1.jpg", "", {});
    row("rss092.xml", 0, "", "http://radiohour.example.com/shows/1.mp3 audio/mpeg 2478",
        {QStringLiteral("Music")});
    row("rss10-content.xml", 0, "", "", {QStringLiteral("Software"), QStringLiteral("Releases")});
    row("atom10-links.xml", 0, "https://links.example.org/1.png",
        "https://links.example.org/1.ogg audio/ogg 12345\nhttps://links.example.org/1.png image/png -1", {});
    row("atom10-xmlbase.xml", 1, "", "https://base-atom.example.org/blog/media/two.mp4 video/mp4 2048", {});
    row("atom10-categories.xml", 0, "", "", {QStringLiteral("Politics"), QStringLiteral("eu")});
    row("atom10-youtube.xml", 0, "https://i.ytimg.example.com/vi/abc123/hqdefault.jpg",
        "https://www.youtube.example.com/v/abc123?version=3 application/x-shockwave-flash -1", {});
}

void TestFeedParser::media()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, imageUrl);
    QFETCH(QString, enclosures);
    QFETCH(QStringList, categories);
    const ParsedFeed feed = parseFixture(file);
    QVERIFY(index < feed.entries.size());
    const FeedEntry &entry = feed.entries.at(index);
    QCOMPARE(entry.imageUrl.toString(), imageUrl);
    QCOMPARE(describe(entry.enclosures), enclosures);
    QCOMPARE(entry.categories, categories);
}

void TestFeedParser::warnings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("expected"); // each must start one warning, in this order

    auto row = [](const char *file, const QStringList &expected) {
        QTest::newRow(file) << QString::fromUtf8(file) << expected;
    };
    row("rss20-basic.xml", {});
    row("atom10-basic.xml", {});
    row("rss20-truncated.xml", {QStringLiteral("line 23, column 8: Premature end of document.")});
    row("atom10-truncated.xml", {QStringLiteral("line 17, column 42: Opening and ending tag mismatch.")});
    row("rss20-duplicate-guid.xml", {QStringLiteral("entries dropped for a guid seen before: 1")});
    row("rss20-no-date.xml", {QStringLiteral("unreadable date \"sometime last week\" in \"Library hours\"")});
    row("rss20-undeclared-prefix.xml",
        {QStringLiteral("the prefix dc: is used without a namespace declaration; read as "
                        "http://purl.org/dc/elements/1.1/"),
         QStringLiteral("the prefix media: is used without a namespace declaration; read as "
                        "http://search.yahoo.com/mrss/"),
         QStringLiteral("the prefix slash: is used without a namespace declaration; read as "
                        "urn:x-undeclared:slash")});
    row("rss20-leading-junk.xml",
        {QStringLiteral("text before the feed was ignored: \"Warning: session_start(): Cannot send session "
                        "cookie in /var\"")});
    row("rss20-control-characters.xml",
        {QStringLiteral("4 characters XML does not allow were replaced by spaces")});
    row("atom10-no-namespace.xml", {QStringLiteral("<feed> without the Atom namespace")});
}

void TestFeedParser::warnings()
{
    QFETCH(QString, file);
    QFETCH(QStringList, expected);
    const ParsedFeed feed = parseFixture(file);
    QCOMPARE(feed.warnings, expected);
}

void TestFeedParser::notAFeed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::newRow("HTML page") << fixture(QStringLiteral("html-page.html"))
                               << QStringLiteral("an HTML page, not a feed");
    QTest::newRow("HTML without doctype")
        << fixture(QStringLiteral("html-uppercase.html")) << QStringLiteral("an HTML page, not a feed");
    QTest::newRow("XHTML page") << fixture(QStringLiteral("xhtml-page.xml"))
                                << QStringLiteral("an HTML page, not a feed");
    QTest::newRow("XHTML under another root")
        << fixture(QStringLiteral("xhtml-no-doctype.xml"))
        << QStringLiteral("the root element <page> is no RSS or Atom feed");
    QTest::newRow("OPML") << fixture(QStringLiteral("opml.xml"))
                          << QStringLiteral("the root element <opml> is no RSS or Atom feed");
    QTest::newRow("JSON Feed") << fixture(QStringLiteral("json-feed.json"))
                               << QStringLiteral("not XML: Start tag expected.");
    QTest::newRow("plain text") << fixture(QStringLiteral("plain-text-error.txt"))
                                << QStringLiteral("not XML: Start tag expected.");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("an empty answer, not a feed");
    QTest::newRow("white space") << QByteArray(" \r\n\t\n") << QStringLiteral("an empty answer, not a feed");
    QTest::newRow("declaration only")
        << QByteArray("<?xml version=\"1.0\"?>\n") << QStringLiteral("not XML: Premature end of document.");
}

void TestFeedParser::notAFeed()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const ParsedFeed feed = FeedParser::parse(body, QUrl(QStringLiteral("https://feeds.example.com/x")),
                                              "text/html; charset=utf-8", FetchedAt);
    QVERIFY(feed.notAFeed());
    QCOMPARE(feed.status, Status::NotAFeed);
    QCOMPARE(feed.format, FeedFormat::Unknown);
    QCOMPARE(feed.error, error);
    QVERIFY(feed.entries.isEmpty());
}

void TestFeedParser::encodings_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("warningCount");

    const QByteArray rss = "application/rss+xml";
    const QString grusse = QStringLiteral("Grüße");
    const QByteArray grusseUtf8 = grusse.toUtf8();
    QTest::newRow("windows-1252: curly quotes and euro")
        << feedWithTitle("windows-1252",
                         "\x93Quoted\x94 \x80"
                         "5 \x96 it\x92s")
        << rss << QStringLiteral("windows-1252") << QStringLiteral("“Quoted” €5 – it’s") << 0;
    QTest::newRow("ISO-8859-1 French")
        << feedWithTitle("ISO-8859-1",
                         "R\xE9sum\xE9 : l'\xE9t\xE9 \xE0 Orl\xE9"
                         "ans, gar\xE7on")
        << rss << QStringLiteral("windows-1252") << QStringLiteral("Résumé : l'été à Orléans, garçon") << 0;
    QTest::newRow("ISO-8859-1 label, Windows-1252 quotes")
        << feedWithTitle("iso-8859-1", "\x93hi\x94") << rss << QStringLiteral("windows-1252")
        << QStringLiteral("“hi”") << 0;
    QTest::newRow("ISO-8859-15 euro") << feedWithTitle("ISO-8859-15", "\xA4 10 \xBD") << rss
                                      << QStringLiteral("iso-8859-15") << QStringLiteral("€ 10 œ") << 0;
    QTest::newRow("ISO-8859-2 Polish") << feedWithTitle("ISO-8859-2",
                                                        "\xA3\xF3"
                                                        "d\xBC")
                                       << rss << QStringLiteral("iso-8859-2") << QStringLiteral("Łódź") << 0;
    QTest::newRow("Windows-1250 Czech")
        << feedWithTitle("windows-1250", "P\xF8\xEDli\x9A \x9Elu\x9Dou\xE8k\xFD k\xF9\xF2") << rss
        << QStringLiteral("windows-1250") << QStringLiteral("Příliš žluťoučký kůň") << 0;
    QTest::newRow("UTF-8 with BOM") << "\xEF\xBB\xBF" + feedWithTitle("utf-8", grusseUtf8) << rss
                                    << QStringLiteral("utf-8") << grusse << 0;
    QTest::newRow("UTF-8 BOM over a Latin-1 declaration")
        << "\xEF\xBB\xBF" + feedWithTitle("ISO-8859-1", grusseUtf8) << rss << QStringLiteral("utf-8")
        << grusse << 0;
    const QString greek = QStringLiteral("Ελληνικά 日本語 😀");
    const QString utf16Feed = QString::fromUtf8(feedWithTitle("UTF-16", greek.toUtf8()));
    QTest::newRow("UTF-16 LE with BOM")
        << utf16(utf16Feed, true, true) << rss << QStringLiteral("utf-16le") << greek << 0;
    QTest::newRow("UTF-16 BE with BOM")
        << utf16(utf16Feed, false, true) << rss << QStringLiteral("utf-16be") << greek << 0;
    QTest::newRow("UTF-16 LE without BOM")
        << utf16(utf16Feed, true, false) << rss << QStringLiteral("utf-16le") << greek << 0;
    QTest::newRow("HTTP charset wins over the declaration")
        << feedWithTitle("utf-8", "\xA4 10") << QByteArray("text/xml; charset=iso-8859-15")
        << QStringLiteral("iso-8859-15") << QStringLiteral("€ 10") << 1;
    QTest::newRow("HTTP Windows-1250 over a declared ISO-8859-2")
        << feedWithTitle("ISO-8859-2",
                         "\x9A"
                         "koda")
        << QByteArray("application/xml;charset=windows-1250") << QStringLiteral("windows-1250")
        << QStringLiteral("škoda") << 1;
    QTest::newRow("HTTP UTF-8 over a Latin-1 declaration, UTF-8 bytes")
        << feedWithTitle("ISO-8859-1", grusseUtf8) << QByteArray("application/rss+xml; charset=UTF-8")
        << QStringLiteral("utf-8") << grusse << 1;
    QTest::newRow("a server's default Latin-1 under UTF-8 bytes")
        << feedWithTitle("UTF-8", grusseUtf8) << QByteArray("text/xml; charset=ISO-8859-1")
        << QStringLiteral("utf-8") << grusse << 1;
    QTest::newRow("HTTP UTF-8 over Windows-1252 bytes")
        << feedWithTitle("windows-1252", "\x93hi\x94") << QByteArray("application/rss+xml; charset=utf-8")
        << QStringLiteral("windows-1252") << QStringLiteral("“hi”") << 1;
    QTest::newRow("quoted HTTP charset, no declaration")
        << feedWithTitle({},
                         "\x80"
                         "5")
        << QByteArray("application/xml; charset=\"Windows-1252\"") << QStringLiteral("windows-1252")
        << QStringLiteral("€5") << 0;
    QTest::newRow("no label, not UTF-8") << feedWithTitle({}, "caf\xE9") << rss
                                         << QStringLiteral("windows-1252") << QStringLiteral("café") << 1;
    QTest::newRow("no label, UTF-8") << feedWithTitle({}, grusseUtf8) << rss << QStringLiteral("utf-8")
                                     << grusse << 0;
    QTest::newRow("unknown HTTP charset")
        << feedWithTitle("utf-8", grusseUtf8) << QByteArray("text/xml; charset=x-no-such-thing")
        << QStringLiteral("utf-8") << grusse << 1;
}

void TestFeedParser::encodings()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(QString, encoding);
    QFETCH(QString, title);
    QFETCH(int, warningCount);
    const ParsedFeed feed =
        FeedParser::parse(body, QUrl(QStringLiteral("https://enc.example.com/feed")), contentType, FetchedAt);
    QCOMPARE(feed.status, Status::Complete);
    QCOMPARE(feed.encoding, encoding);
    QCOMPARE(feed.entries.size(), 1);
    QCOMPARE(feed.entries.first().title, title);
    QCOMPARE(feed.entries.first().guid, QStringLiteral("enc-1"));
    QCOMPARE(feed.warnings.size(), warningCount);
}

void TestFeedParser::everyPrefix_data()
{
    QTest::addColumn<QString>("file");
    for (const char *file : {"rss20-basic.xml", "rss10-basic.xml", "atom10-basic.xml", "atom10-xhtml.xml"})
        QTest::newRow(file) << QString::fromUtf8(file);
}

void TestFeedParser::everyPrefix()
{
    // A download cut at any byte: what is read is a prefix of the whole
    // feed's entries, each complete, and never anything else.
    QFETCH(QString, file);
    const QByteArray body = fixture(file);
    const ParsedFeed whole = parseFixture(file);
    QCOMPARE(whole.status, Status::Complete);
    for (qsizetype cut = 0; cut < body.size(); ++cut) {
        const ParsedFeed part =
            FeedParser::parse(body.first(cut), feedUrlOf(file), "application/xml", FetchedAt);
        QVERIFY2(part.status != Status::Complete || body.sliced(cut).trimmed().isEmpty(),
                 qPrintable(QStringLiteral("cut at %1").arg(cut)));
        QVERIFY(part.entries.size() <= whole.entries.size());
        for (qsizetype i = 0; i < part.entries.size(); ++i) {
            QCOMPARE(part.entries[i].guid, whole.entries[i].guid);
            QCOMPARE(part.entries[i].title, whole.entries[i].title);
            QCOMPARE(part.entries[i].link, whole.entries[i].link);
            QCOMPARE(part.entries[i].contentHtml, whole.entries[i].contentHtml);
        }
    }
}

void TestFeedParser::fiveThousandItems()
{
    constexpr int Items = 5000;
    QByteArray body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n"
        "<channel><title>Archive</title><link>https://archive.example.com/</link>"
        "<description>Everything</description>\n";
    const QDateTime first(QDate(2026, 11, 30), QTime(23, 59), Qt::UTC);
    for (int i = 0; i < Items; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray date = first.addSecs(-60LL * i).toString(Qt::RFC2822Date).toLatin1();
        body += "<item><title>Story " + n
            + " &eacute;t&eacute; &amp; more</title>"
              "<link>/stories/"
            + n + "</link><guid isPermaLink=\"false\">story-" + n
            + "</guid>"
              "<pubDate>"
            + date + "</pubDate><dc:creator>Reporter " + n
            + "</dc:creator>"
              "<category>Section "
            + QByteArray::number(i % 7)
            + "</category>"
              "<description>&lt;p&gt;Summary of story "
            + n
            + "&lt;/p&gt;</description>"
              "<content:encoded><![CDATA[<p>Body of story "
            + n
            + " with <b>markup</b> &amp; more text to read "
              "through, as long as a real article's first paragraph tends to be.</p>]]></content:encoded>"
              "<media:thumbnail url=\"/thumbs/"
            + n + ".jpg\"/></item>\n";
    }
    body += "</channel></rss>\n";

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const ParsedFeed feed = FeedParser::parse(body, QUrl(QStringLiteral("https://archive.example.com/rss")),
                                              "application/rss+xml", FetchedAt);
    const qint64 cpuMs = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    const qint64 wallMs = timer.elapsed();
    qInfo("%d items (%lld KiB) parsed in %lld ms (%lld ms of CPU)", Items, qint64(body.size() / 1024), wallMs,
          cpuMs);

    QCOMPARE(feed.status, Status::Complete);
    QCOMPARE(feed.entries.size(), Items);
    QVERIFY(feed.warnings.isEmpty());
    const FeedEntry &last = feed.entries.last();
    QCOMPARE(feed.entries.first().title, QStringLiteral("Story 0 été & more"));
    QCOMPARE(last.title, QStringLiteral("Story 4999 été & more"));
    QCOMPARE(last.guid, QStringLiteral("story-4999"));
    QCOMPARE(last.link.toString(), QStringLiteral("https://archive.example.com/stories/4999"));
    QCOMPARE(utc(last.published), QStringLiteral("2026-11-27T12:40:00Z"));
    QCOMPARE(last.author, QStringLiteral("Reporter 4999"));
    QCOMPARE(last.categories, QStringList {QStringLiteral("Section 1")});
    QCOMPARE(last.imageUrl.toString(), QStringLiteral("https://archive.example.com/thumbs/4999.jpg"));
    QCOMPARE(last.summaryHtml, QStringLiteral("<p>Summary of story 4999</p>"));
    QVERIFY(
        last.contentHtml.startsWith(QStringLiteral("<p>Body of story 4999 with <b>markup</b> &amp; more")));
    // Well under a second of CPU in a Debug build (the clock of the process,
    // not of the wall, as the machine may be shared); a quadratic step would
    // take tens of seconds here. Sanitizers slow everything down some 3-4 times.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 BudgetMs = 4000;
#else
    constexpr qint64 BudgetMs = 1000;
#endif
    QVERIFY2(cpuMs < BudgetMs, qPrintable(QStringLiteral("%1 ms of CPU").arg(cpuMs)));
}

QTEST_GUILESS_MAIN(TestFeedParser)
