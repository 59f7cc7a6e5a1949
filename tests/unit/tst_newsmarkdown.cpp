// An article as Markdown, from the sanitiser's fragment: each element its
// one form, text that would read as markup escaped, the source at the end.

#include "core/news/htmlsanitiser.h"
#include "core/news/newsmarkdown.h"

#include <QTest>
#include <QTimeZone>

using namespace News;

class TestNewsMarkdown final : public QObject
{
    Q_OBJECT

private slots:
    void body_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("markdown");
        QTest::newRow("paragraphs") << QStringLiteral("<p>One.</p><p>Two.</p>")
                                    << QStringLiteral("One.\n\nTwo.\n");
        QTest::newRow("headings") << QStringLiteral("<h2>Air</h2><h3>Sea</h3><p>x</p>")
                                  << QStringLiteral("## Air\n\n### Sea\n\nx\n");
        QTest::newRow("emphasis") << QStringLiteral("<p><em>a</em> and <strong>b</strong></p>")
                                  << QStringLiteral("*a* and **b**\n");
        QTest::newRow("quote") << QStringLiteral("<p>He said <q>now</q>.</p>")
                               << QStringLiteral("He said “now”.\n");
        QTest::newRow("bullets") << QStringLiteral("<ul><li>a</li><li>b</li></ul><p>after</p>")
                                 << QStringLiteral("- a\n- b\n\nafter\n");
        QTest::newRow("numbers") << QStringLiteral("<ol><li>a</li><li>b</li></ol>")
                                 << QStringLiteral("1. a\n2. b\n");
        QTest::newRow("nested") << QStringLiteral("<ul><li>a<ul><li>b</li></ul></li></ul>")
                                << QStringLiteral("- a\n  - b\n");
        QTest::newRow("blockquote") << QStringLiteral("<blockquote><p>Said.</p></blockquote>")
                                    << QStringLiteral("> Said.\n");
        QTest::newRow("link") << QStringLiteral("<p><a href=\"https://example.org/a\">the text</a></p>")
                              << QStringLiteral("[the text](https://example.org/a)\n");
        QTest::newRow("picture") << QStringLiteral(
            "<p><img src=\"https://example.org/p.jpg\" alt=\"A ship\"/></p>")
                                 << QStringLiteral("![A ship](https://example.org/p.jpg)\n");
        QTest::newRow("line break") << QStringLiteral("<p>a<br/>b</p>") << QStringLiteral("a\\\nb\n");
        QTest::newRow("markup in text")
            << QStringLiteral("<p>*not* _emphasis_ [or] #tag &lt;b&gt;</p>")
            << QStringLiteral("\\*not\\* \\_emphasis\\_ \\[or\\] \\#tag \\<b\\>\n");
    }

    void body()
    {
        QFETCH(QString, html);
        QFETCH(QString, markdown);
        NewsItem item;
        item.title = QStringLiteral("T");
        item.publishedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 5), QTimeZone::utc());
        item.bodyHtml = HtmlSanitiser::sanitise(html).html;
        const QString out = articleMarkdown(item, QStringLiteral("Portal"));
        const QString head = QStringLiteral("# T\n\n*2026-03-02 09:05 UTC · Portal*\n\n");
        QVERIFY2(out.startsWith(head), qPrintable(out));
        QCOMPARE(out.mid(head.size()), markdown);
    }

    void wholeArticle()
    {
        NewsItem item;
        item.title = QStringLiteral("Sécurité: l'accord");
        item.summary = QStringLiteral("Résumé.");
        item.location = QStringLiteral("Bruxelles");
        item.tags = {QStringLiteral("defence"), QStringLiteral("summit")};
        item.publishedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 5), QTimeZone::utc());
        item.link = QUrl(QStringLiteral("https://portal.example.org/news/7"));
        item.imageUrl = QUrl(QStringLiteral("https://portal.example.org/media/lead%20photo.jpg"));
        item.bodyHtml = HtmlSanitiser::sanitise(QStringLiteral("<p>Texte.</p>")).html;
        QCOMPARE(articleMarkdown(item, QStringLiteral("Portal")),
                 QStringLiteral("# Sécurité: l'accord\n\n*2026-03-02 09:05 UTC · Bruxelles · Portal*\n\n"
                                "Tags: defence, summit\n\n"
                                "![Sécurité: l'accord](https://portal.example.org/media/lead%20photo.jpg)\n\n"
                                "*Résumé.*\n\nTexte.\n\n"
                                "Source: Portal, <https://portal.example.org/news/7>\n"));
        // A portal article carries the credit line of the portal's conditions of use.
        QVERIFY(articleMarkdown(item, QStringLiteral("Portal"), QStringLiteral("Alliance Multimedia Library"))
                    .endsWith(QStringLiteral("Source: Portal, <https://portal.example.org/news/7>\n\n"
                                             "Credit: Alliance Multimedia Library\n")));
    }
};

QTEST_GUILESS_MAIN(TestNewsMarkdown)
#include "tst_newsmarkdown.moc"
