// The two longest tables of tst_feedparser: whole feeds and their entries.

#include "tests/unit/feedparsertest.h"

#include <QTest>

using namespace News;
using namespace FeedParserTest;

void TestFeedParser::feeds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<Status>("status");
    QTest::addColumn<FeedFormat>("format");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("language");

    auto row = [](const char *file, Status status, FeedFormat format, int count, const char *title,
                  const char *link, const char *language) {
        QTest::newRow(file) << QString::fromUtf8(file) << status << format << count
                            << QString::fromUtf8(title) << QString::fromUtf8(link)
                            << QString::fromUtf8(language);
    };
    const Status ok = Status::Complete;
    row("rss20-basic.xml", ok, FeedFormat::Rss20, 3, "Regional Desk — Top Stories",
        "https://regional.example.com/", "en-gb");
    row("rss20-cdata.xml", ok, FeedFormat::Rss20, 2, "Culture & Arts", "https://arts.example.net/", "");
    row("rss20-entity-title.xml", ok, FeedFormat::Rss20, 2, "Le Journal Régional",
        "https://journal.example.fr/", "fr");
    row("rss20-double-escaped.xml", ok, FeedFormat::Rss20, 2, "Sports & Leisure",
        "https://sport.example.org/", "");
    row("rss20-content-encoded.xml", ok, FeedFormat::Rss20, 2, "Science Weekly",
        "https://science.example.com", "en");
    row("rss20-media.xml", ok, FeedFormat::Rss20, 3, "World Video", "https://video.example.com/", "");
    row("rss20-podcast.xml", ok, FeedFormat::Rss20, 2, "The Morning Briefing",
        "https://podcasts.example.com/briefing", "en-us");
    row("rss20-no-guid.xml", ok, FeedFormat::Rss20, 2, "Small Town Gazette", "http://gazette.example.com/",
        "");
    row("rss20-no-date.xml", ok, FeedFormat::Rss20, 2, "Notices", "https://notices.example.com/", "");
    row("rss20-duplicate-guid.xml", ok, FeedFormat::Rss20, 2, "Breaking", "https://breaking.example.com/",
        "");
    row("rss20-xmlbase.xml", ok, FeedFormat::Rss20, 3, "Base test",
        "https://base.example.com/root/news/index.html", "");
    row("rss20-relative-nobase.xml", ok, FeedFormat::Rss20, 4, "Relative links", "https://feeds.example.com/",
        "");
    row("rss20-empty.xml", ok, FeedFormat::Rss20, 0, "Quiet Desk", "https://quiet.example.com/", "");
    row("rss20-truncated.xml", Status::Partial, FeedFormat::Rss20, 2, "Cut Short", "https://cut.example.com/",
        "");
    row("rss20-atom-link.xml", ok, FeedFormat::Rss20, 2, "With atom:link", "https://atomlink.example.com/",
        "");
    row("rss20-undeclared-prefix.xml", ok, FeedFormat::Rss20, 1, "Forgot the namespaces",
        "https://forgot.example.com/", "");
    row("rss20-bare-ampersand.xml", ok, FeedFormat::Rss20, 1, "Business & Markets",
        "https://biz.example.com/?section=markets&lang=en", "");
    row("rss20-inline-html.xml", ok, FeedFormat::Rss20, 1, "Unescaped HTML", "https://inline.example.com/",
        "");
    row("rss20-guid-permalink.xml", ok, FeedFormat::Rss20, 2, "Permalinks", "https://perma.example.com/", "");
    row("rss20-categories.xml", ok, FeedFormat::Rss20, 1, "Tagged", "https://tags.example.com/", "");
    row("rss20-author-forms.xml", ok, FeedFormat::Rss20, 4, "Bylines", "https://bylines.example.com/", "");
    row("rss20-leading-junk.xml", ok, FeedFormat::Rss20, 1, "Noisy Server", "https://noisy.example.com/", "");
    row("rss20-whitespace-before-declaration.xml", ok, FeedFormat::Rss20, 1, "Blank lines first",
        "https://blank.example.com/", "");
    row("rss20-control-characters.xml", ok, FeedFormat::Rss20, 1, "Control characters",
        "https://ctrl.example.com/", "");
    row("rss20-enclosure-image.xml", ok, FeedFormat::Rss20, 1, "Photo Desk", "https://photo.example.com/",
        "");
    row("rss20-no-version.xml", ok, FeedFormat::Rss20, 1, "Versionless", "https://versionless.example.com/",
        "");
    row("rss20-numeric-references.xml", ok, FeedFormat::Rss20, 2, "Numeric references",
        "https://numeric.example.com/", "");
    row("rss20-internal-entity.xml", ok, FeedFormat::Rss20, 1, "Northwind News Headlines",
        "https://northwind.example.com/", "");
    row("rss20-iso-dates.xml", ok, FeedFormat::Rss20, 3, "ISO in pubDate", "https://isodates.example.com/",
        "");
    row("rss20-rfc822-dates.xml", ok, FeedFormat::Rss20, 8, "Date forms", "https://dates.example.com/", "");
    row("rss20-userland-namespace.xml", ok, FeedFormat::Rss20, 1, "Namespaced RSS 2.0",
        "https://userland.example.com/", "");
    row("rss20-less-than.xml", ok, FeedFormat::Rss20, 2, "Maths <3", "https://maths.example.com/", "");
    row("rss20-stylesheet.xml", ok, FeedFormat::Rss20, 1, "Styled feed", "https://styled.example.com/", "");
    row("rss20-items-outside-channel.xml", ok, FeedFormat::Rss092, 1, "Loose items",
        "http://loose.example.com/", "");
    row("rss20-media-noslash.xml", ok, FeedFormat::Rss20, 1, "No-slash media namespace",
        "https://mrss.example.com/", "");
    row("rss091-netscape.xml", ok, FeedFormat::Rss091, 2, "Le Monde Numérique",
        "http://numerique.example.fr/", "fr");
    row("rss091-userland.xml", ok, FeedFormat::Rss091, 1, "Scripting Notes", "http://notes.example.com/",
        "en-us");
    row("rss092.xml", ok, FeedFormat::Rss092, 2, "Radio Hour", "http://radiohour.example.com/", "");
    row("rss090.xml", ok, FeedFormat::Rss090, 2, "Mozilla Dot Org", "http://www.mozilla.example.org", "");
    row("rss10-basic.xml", ok, FeedFormat::Rss10, 2, "RDF Site Summary", "https://rdf.example.org/", "de");
    row("rss10-content.xml", ok, FeedFormat::Rss10, 1, "Planet Example", "https://planet.example.net/", "");
    row("rss10-prefixed.xml", ok, FeedFormat::Rss10, 1, "Prefixed RSS 1.0", "https://prefixed.example.org/",
        "");
    row("atom10-basic.xml", ok, FeedFormat::Atom10, 2, "Newsroom Blog", "https://blog.example.org/", "en");
    row("atom10-xhtml.xml", ok, FeedFormat::Atom10, 2, "The XHTML Feed", "https://xhtml.example.org/", "");
    row("atom10-text-content.xml", ok, FeedFormat::Atom10, 1, "Text Content", "https://text.example.org/",
        "");
    row("atom10-prefixed.xml", ok, FeedFormat::Atom10, 1, "Prefixed Atom",
        "https://prefixed-atom.example.org/", "");
    row("atom10-xmlbase.xml", ok, FeedFormat::Atom10, 4, "Atom xml:base",
        "https://base-atom.example.org/blog/", "");
    row("atom10-links.xml", ok, FeedFormat::Atom10, 1, "Many links", "https://links.example.org/", "");
    row("atom10-inherit-author.xml", ok, FeedFormat::Atom10, 2, "Single-author blog",
        "https://solo.example.org/", "");
    row("atom10-categories.xml", ok, FeedFormat::Atom10, 1, "Categorised", "https://cats.example.org/", "");
    row("atom10-youtube.xml", ok, FeedFormat::Atom10, 1, "Example News Channel",
        "https://www.youtube.example.com/channel/UC123", "");
    row("atom10-content-src.xml", ok, FeedFormat::Atom10, 1, "Out-of-line content", "", "");
    row("atom10-html-title.xml", ok, FeedFormat::Atom10, 2, "Bold & Brave", "https://htmltitle.example.org/",
        "");
    row("atom10-truncated.xml", Status::Partial, FeedFormat::Atom10, 1, "Truncated Atom",
        "https://trunc.example.org/", "");
    row("atom10-no-namespace.xml", ok, FeedFormat::Atom10, 1, "Namespace forgotten",
        "https://nons.example.org/", "");
    row("atom10-only-published.xml", ok, FeedFormat::Atom10, 2, "Dates", "https://dates-atom.example.org/",
        "");
    row("atom03-basic.xml", ok, FeedFormat::Atom03, 3, "Old Atom Blog", "http://oldatom.example.org/",
        "en-GB");
    const Status no = Status::NotAFeed;
    row("html-page.html", no, FeedFormat::Unknown, 0, "", "", "");
    row("html-uppercase.html", no, FeedFormat::Unknown, 0, "", "", "");
    row("xhtml-page.xml", no, FeedFormat::Unknown, 0, "", "", "");
    row("xhtml-no-doctype.xml", no, FeedFormat::Unknown, 0, "", "", "");
    row("opml.xml", no, FeedFormat::Unknown, 0, "", "", "");
    row("json-feed.json", no, FeedFormat::Unknown, 0, "", "", "");
    row("plain-text-error.txt", no, FeedFormat::Unknown, 0, "", "", "");
}

void TestFeedParser::entries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("guid");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("updated");
    QTest::addColumn<bool>("dateGuessed");
    QTest::addColumn<QString>("author");

    auto row = [](const char *file, int index, const QString &guid, const char *title, const char *link,
                  const char *published, const char *updated, bool guessed, const char *author) {
        QTest::addRow("%s #%d", file, index)
            << QString::fromUtf8(file) << index << guid << QString::fromUtf8(title) << QString::fromUtf8(link)
            << QString::fromUtf8(published) << QString::fromUtf8(updated) << guessed
            << QString::fromUtf8(author);
    };
    auto s = [](const char *text) {
        return QString::fromUtf8(text);
    };
    const char *fetched = "2026-12-01T12:00:00Z";

    row("rss20-basic.xml", 0, s("https://regional.example.com/news/flood-barriers"),
        "Flood barriers raised along the river", "https://regional.example.com/news/flood-barriers",
        "2026-11-30T17:45:00Z", "2026-11-30T17:45:00Z", false, "Ana Ribeiro");
    row("rss20-basic.xml", 1, s("regional-20261130-0042"), "Council approves new tram line",
        "https://regional.example.com/news/tram-line", "2026-11-30T11:10:30Z", "2026-11-30T11:10:30Z", false,
        "");
    row("rss20-basic.xml", 2, s("https://regional.example.com/news/school-reopens"),
        "School reopens after repairs", "https://regional.example.com/news/school-reopens",
        "2026-11-29T14:00:00Z", "2026-11-29T14:00:00Z", false, "");
    row("rss20-cdata.xml", 0, s("arts-7781"), "Tom & Jerry return to the stage",
        "https://arts.example.net/stage/tom-and-jerry", "2026-11-27T08:30:00Z", "2026-11-27T08:30:00Z", false,
        "");
    row("rss20-cdata.xml", 1, s("arts-7782"), "Festival line-up announced",
        "https://arts.example.net/festival/lineup", "2026-11-26T16:00:00Z", "2026-11-26T16:00:00Z", false,
        "");
    row("rss20-entity-title.xml", 0, s("journal-1001"), "Café de la gare : l’ouverture repoussée",
        "https://journal.example.fr/articles/cafe-gare", "2026-12-01T06:00:00Z", "2026-12-01T06:00:00Z",
        false, "");
    row("rss20-entity-title.xml", 1, s("journal-1002"), "Prix € 5 — une © &unknownentity; histoire",
        "https://journal.example.fr/articles/prix", "2026-12-01T05:00:00Z", "2026-12-01T05:00:00Z", false,
        "");
    row("rss20-double-escaped.xml", 0, s("sport-1"), "Pelé statue unveiled – crowds gather",
        "https://sport.example.org/pele-statue", "2026-11-25T10:00:00Z", "2026-11-25T10:00:00Z", false, "");
    row("rss20-double-escaped.xml", 1, s("sport-2"), "Derby day: it's 2–1", "https://sport.example.org/derby",
        "2026-11-25T09:00:00Z", "2026-11-25T09:00:00Z", false, "");
    row("rss20-content-encoded.xml", 0, s("sci-501"), "Comet visible tonight",
        "https://science.example.com/comet", "2026-11-28T20:15:00Z", "2026-11-28T20:15:00Z", false,
        "Dr. Lena Fischer, Tomás Ruiz");
    row("rss20-content-encoded.xml", 1, s("sci-502"), "Bees and cities", "https://science.example.com/bees",
        "2026-11-27T00:00:00Z", "2026-11-27T00:00:00Z", false, "");
    row("rss20-no-guid.xml", 0, s("http://gazette.example.com/2026/11/bake-sale.html"),
        "Bake sale raises record sum", "http://gazette.example.com/2026/11/bake-sale.html",
        "2026-11-20T10:00:00Z", "2026-11-20T10:00:00Z", false, "");
    row("rss20-no-guid.xml", 1, sha1Guid(s("Road closed for resurfacing\nThu, 19 Nov 2026 10:00:00 GMT\n")),
        "Road closed for resurfacing", "", "2026-11-19T10:00:00Z", "2026-11-19T10:00:00Z", false, "");
    row("rss20-no-date.xml", 0, s("notice-311"), "Water supply interruption",
        "https://notices.example.com/n/311", fetched, fetched, true, "");
    row("rss20-no-date.xml", 1, s("notice-312"), "Library hours", "https://notices.example.com/n/312",
        fetched, fetched, true, "");
    row("rss20-duplicate-guid.xml", 0, s("storm-warning"), "Storm warning upgraded",
        "https://breaking.example.com/storm?v=2", "2026-12-01T11:00:00Z", "2026-12-01T11:00:00Z", false, "");
    row("rss20-duplicate-guid.xml", 1, s("trains"), "Trains cancelled", "https://breaking.example.com/trains",
        "2026-12-01T10:30:00Z", "2026-12-01T10:30:00Z", false, "");
    row("rss20-xmlbase.xml", 0, s("base-1"), "Relative to the channel",
        "https://base.example.com/root/news/story-1.html", fetched, fetched, true, "");
    row("rss20-xmlbase.xml", 1, s("base-2"), "Relative to the item",
        "https://other.example.org/archive/2026/story-2.html", fetched, fetched, true, "");
    row("rss20-xmlbase.xml", 2, s("base-3"), "Relative to the element",
        "https://base.example.com/absolute/story-3.html", fetched, fetched, true, "");
    row("rss20-relative-nobase.xml", 0, s("rel-1"), "Root relative", "https://feeds.example.com/articles/one",
        fetched, fetched, true, "");
    row("rss20-relative-nobase.xml", 1, s("rel-2"), "Path relative",
        "https://feeds.example.com/feeds/two.html", fetched, fetched, true, "");
    row("rss20-relative-nobase.xml", 2, s("rel-3"), "Protocol relative", "https://cdn.example.net/three",
        fetched, fetched, true, "");
    row("rss20-relative-nobase.xml", 3, s("rel-4"), "Padded", "https://elsewhere.example.com/four", fetched,
        fetched, true, "");
    row("rss20-truncated.xml", 0, s("cut-1"), "First complete item", "https://cut.example.com/1",
        "2026-12-01T08:00:00Z", "2026-12-01T08:00:00Z", false, "");
    row("rss20-truncated.xml", 1, s("cut-2"), "Second complete item", "https://cut.example.com/2",
        "2026-12-01T07:00:00Z", "2026-12-01T07:00:00Z", false, "");
    row("rss20-atom-link.xml", 0, s("al-1"), "Item with atom:updated", "https://atomlink.example.com/a",
        "2026-11-30T10:00:00Z", "2026-11-30T15:30:00Z", false, "");
    row("rss20-atom-link.xml", 1, s("tag:atomlink.example.com,2026:b"), "Item linked by atom:link only",
        "https://atomlink.example.com/b", "2026-11-30T09:00:00Z", "2026-11-30T09:00:00Z", false, "");
    row("rss20-undeclared-prefix.xml", 0, s("forgot-1"), "Undeclared media", "https://forgot.example.com/1",
        "2026-11-29T08:00:00Z", "2026-11-29T08:00:00Z", false, "Priya Nair");
    row("rss20-bare-ampersand.xml", 0, s("biz-77"), "AT&T and R&D: Q&A with the CFO",
        "https://biz.example.com/story?id=77&ref=rss", "2026-11-30T10:00:00Z", "2026-11-30T10:00:00Z", false,
        "");
    row("rss20-inline-html.xml", 0, s("inline-1"), "Headline with emphasis", "https://inline.example.com/1",
        fetched, fetched, true, "");
    row("rss20-guid-permalink.xml", 0, s("https://perma.example.com/posts/1"), "Guid is the permalink",
        "https://perma.example.com/posts/1", "2026-11-30T10:00:00Z", "2026-11-30T10:00:00Z", false, "");
    row("rss20-guid-permalink.xml", 1, s("https://perma.example.com/internal/2"), "Guid is not a permalink",
        "", "2026-11-30T09:00:00Z", "2026-11-30T09:00:00Z", false, "");
    row("rss20-author-forms.xml", 0, s("by-1"), "Email and name", "", fetched, fetched, true, "Jane Doe");
    row("rss20-author-forms.xml", 1, s("by-2"), "Name and email", "", fetched, fetched, true, "John Roe");
    row("rss20-author-forms.xml", 2, s("by-3"), "Email only", "", fetched, fetched, true,
        "news@bylines.example.com");
    row("rss20-author-forms.xml", 3, s("by-4"), "Two creators", "", fetched, fetched, true,
        "Ama Mensah, Li Wei");
    row("rss20-leading-junk.xml", 0, s("noisy-1"), "Still readable", "https://noisy.example.com/1",
        "2026-11-30T10:00:00Z", "2026-11-30T10:00:00Z", false, "");
    row("rss20-control-characters.xml", 0, s("ctrl-1"), "Vertical tab and SOH", "https://ctrl.example.com/1",
        fetched, fetched, true, "");
    row("rss20-numeric-references.xml", 0, s("num-1"), "It’s 10–12 “degrees” — €40",
        "https://numeric.example.com/1", fetched, fetched, true, "");
    row("rss20-numeric-references.xml", 1, s("num-2"), "Broken \xEF\xBF\xBD and \xEF\xBF\xBD references",
        "https://numeric.example.com/2", fetched, fetched, true, "");
    row("rss20-internal-entity.xml", 0, s("nw-1"), "Northwind News wins award & éloge",
        "https://northwind.example.com/award", fetched, fetched, true, "");
    row("rss20-iso-dates.xml", 0, s("iso-1"), "Zulu", "", "2026-11-30T10:15:00Z", "2026-11-30T10:15:00Z",
        false, "");
    row("rss20-iso-dates.xml", 1, s("iso-2"), "Offset", "", "2026-11-30T08:15:00Z", "2026-11-30T08:15:00Z",
        false, "");
    row("rss20-iso-dates.xml", 2, s("iso-3"), "Space separated", "", "2026-11-30T10:15:00Z",
        "2026-11-30T10:15:00Z", false, "");
    const char *rfcDates[] = {"2026-11-30T10:00:00Z", "2026-11-30T10:00:00Z", "2026-11-30T10:00:00Z",
                              "2026-11-30T10:00:00Z", "2026-11-30T09:00:00Z", "2026-11-30T10:00:00Z",
                              "2026-11-30T10:00:00Z", "2026-12-01T15:00:00Z"};
    const char *rfcTitles[] = {"No weekday", "Two-digit year", "Pacific", "Military Z",
                               "No seconds", "Full names",     "Comment", "Single-digit day"};
    for (int i = 0; i < 8; ++i)
        row("rss20-rfc822-dates.xml", i, QStringLiteral("d-%1").arg(i + 1), rfcTitles[i], "", rfcDates[i],
            rfcDates[i], false, "");
    row("rss20-userland-namespace.xml", 0, s("ul-1"), "Still RSS", "https://userland.example.com/1", fetched,
        fetched, true, "");
    row("rss20-less-than.xml", 0, s("m-1"), "Why 5 < 6 and 7 > 2", "https://maths.example.com/1", fetched,
        fetched, true, "");
    row("rss20-less-than.xml", 1, s("m-2"), "Safe title", "https://maths.example.com/2", fetched, fetched,
        true, "");
    row("rss20-items-outside-channel.xml", 0, s("http://loose.example.com/1"), "Loose one",
        "http://loose.example.com/1", fetched, fetched, true, "");
    row("rss091-netscape.xml", 0, s("http://numerique.example.fr/articles/ete.html"), "L'été en pente douce",
        "http://numerique.example.fr/articles/ete.html", fetched, fetched, true, "");
    row("rss091-netscape.xml", 1, s("http://numerique.example.fr/articles/naive.html"), "Naïve question",
        "http://numerique.example.fr/articles/naive.html", fetched, fetched, true, "");
    row("rss092.xml", 0, sha1Guid(s("\n\nAn item with no title, only a description & a sound file.")), "", "",
        fetched, fetched, true, "");
    row("rss090.xml", 1, s("http://www.mozilla.example.org/bugs/"), "Bugzilla Reorganized",
        "http://www.mozilla.example.org/bugs/", fetched, fetched, true, "");
    row("rss10-basic.xml", 0, s("https://rdf.example.org/articles/1"), "Erste Meldung",
        "https://rdf.example.org/articles/1", "2026-11-30T07:00:00Z", "2026-11-30T07:00:00Z", false,
        "Jonas Weber");
    row("rss10-basic.xml", 1, s("https://rdf.example.org/articles/2"), "Zweite Meldung",
        "https://rdf.example.org/articles/2", "2026-11-29T00:00:00Z", "2026-11-29T00:00:00Z", false, "");
    row("rss10-prefixed.xml", 0, s("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427"), "Prefixed item",
        "https://prefixed.example.org/item", fetched, fetched, true, "");
    row("atom10-basic.xml", 0, s("tag:blog.example.org,2026:elections"), "How we cover elections",
        "https://blog.example.org/2026/elections", "2026-11-30T17:30:00Z", "2026-12-01T08:00:00Z", false,
        "Maria Costa, Kofi Boateng");
    row("atom10-basic.xml", 1, s("tag:blog.example.org,2026:style"), "Style guide update",
        "https://blog.example.org/2026/style", "2026-11-29T15:00:00Z", "2026-11-29T15:00:00Z", false,
        "Maria Costa");
    row("atom10-xhtml.xml", 0, s("https://xhtml.example.org/1"), "Inline markup & more",
        "https://xhtml.example.org/1", "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "");
    row("atom10-text-content.xml", 0, s("https://text.example.org/1"), "Use <b> for bold & more",
        "https://text.example.org/1", "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "");
    row("atom10-prefixed.xml", 0, s("urn:prefixed:1"), "Entry under a prefix",
        "https://prefixed-atom.example.org/1", "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "");
    row("atom10-xmlbase.xml", 0, s("base-atom-1"), "Feed-level base",
        "https://base-atom.example.org/blog/posts/one", "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false,
        "");
    row("atom10-xmlbase.xml", 1, s("base-atom-2"), "Entry-level base, relative to the feed's",
        "https://base-atom.example.org/blog/2026/11/two.html", "2026-11-30T11:00:00Z", "2026-11-30T11:00:00Z",
        false, "");
    row("atom10-xmlbase.xml", 2, s("base-atom-3"), "Element-level base",
        "https://mirror.example.com/a/c/three?x=1#top", "2026-11-30T10:00:00Z", "2026-11-30T10:00:00Z", false,
        "");
    row("atom10-xmlbase.xml", 3, s("base-atom-4"), "Absolute path", "https://base-atom.example.org/about",
        "2026-11-30T09:00:00Z", "2026-11-30T09:00:00Z", false, "");
    row("atom10-links.xml", 0, s("links-1"), "Links of every kind", "https://links.example.org/1",
        "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "");
    row("atom10-inherit-author.xml", 0, s("solo-1"), "Inherits the feed's author",
        "https://solo.example.org/1", "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "Ines Duarte");
    row("atom10-inherit-author.xml", 1, s("solo-2"), "Has a guest author", "https://solo.example.org/2",
        "2026-11-29T12:00:00Z", "2026-11-29T12:00:00Z", false, "Guest Writer");
    row("atom10-youtube.xml", 0, s("yt:video:abc123"), "Evening bulletin | 30 November",
        "https://www.youtube.example.com/watch?v=abc123", "2026-11-30T19:00:05Z", "2026-11-30T19:30:00Z",
        false, "Example News Channel");
    row("atom10-content-src.xml", 0, s("src-1"), "Content elsewhere",
        "https://src.example.org/articles/1.html", "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "");
    row("atom10-html-title.xml", 0, s("ht-1"), "Café society — a history", "https://htmltitle.example.org/1",
        "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "");
    row("atom10-html-title.xml", 1, s("ht-2"), "Rock & roll hall", "https://htmltitle.example.org/2",
        "2026-11-30T11:00:00Z", "2026-11-30T11:00:00Z", false, "");
    row("atom10-truncated.xml", 0, s("trunc-1"), "Complete entry", "https://trunc.example.org/1",
        "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "");
    row("atom10-no-namespace.xml", 0, s("nons-1"), "Entry without namespace", "https://nons.example.org/1",
        "2026-11-30T12:00:00Z", "2026-11-30T12:00:00Z", false, "");
    row("atom10-only-published.xml", 0, s("da-1"), "Only published", "https://dates-atom.example.org/1",
        "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z", false, "");
    row("atom10-only-published.xml", 1, s("da-2"), "Year only", "https://dates-atom.example.org/2",
        "2025-01-01T00:00:00Z", "2025-01-01T00:00:00Z", false, "");
    row("atom03-basic.xml", 0, s("tag:oldatom.example.org,2026:escaped"), "Escaped content",
        "http://oldatom.example.org/2026/11/escaped", "2026-11-30T09:00:00Z", "2026-11-30T11:00:00Z", false,
        "Pat Legacy");
    row("atom03-basic.xml", 1, s("tag:oldatom.example.org,2026:created"), "Created only",
        "http://oldatom.example.org/2026/11/created", "2026-11-28T09:00:00Z", "2026-11-28T09:00:00Z", false,
        "Pat Legacy");
    row("atom03-basic.xml", 2, s("tag:oldatom.example.org,2026:base64"), "Base64",
        "http://oldatom.example.org/2026/11/base64", "2026-11-27T09:00:00Z", "2026-11-27T09:00:00Z", false,
        "Pat Legacy");
}
