// `mmdesk-cli news` against the reference portal: sync, list and search as
// JSON with the fields scripts rely on, show with a sanitised body and the
// pictures the sync kept, marks that survive the next sync, exports to
// Markdown and PDF, and the portal gone: exit code 4 and the kept news still
// readable, exported with its pictures without a request.

#include "tests/support/clirun.h"
#include "tests/support/loopbackhttpserver.h"
#include "tests/support/newscontent.h"
#include "tests/support/nginxprocess.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

namespace {

const QDateTime Base(QDate(2026, 6, 10), QTime(7, 0), QTimeZone::utc());

} // namespace

class TestCliNews final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_data;
    TestSupport::PortalProcess m_portal;
    TestSupport::NginxProcess m_web;

    TestSupport::CliRun cli(const QStringList &arguments)
    {
        return TestSupport::runCli(QStringList {QStringLiteral("--data-dir"), m_data.path(),
                                                QStringLiteral("--portal"), m_portal.baseUrl().toString()}
                                   + arguments);
    }

    QJsonArray jsonArray(const QStringList &arguments)
    {
        const TestSupport::CliRun run = cli(QStringList {QStringLiteral("--json")} + arguments);
        if (run.exitCode != 0)
            qWarning() << run.exitCode << run.err;
        return QJsonDocument::fromJson(run.out).array();
    }

    QString webFile(const QString &name) const
    {
        return QStringLiteral("http://127.0.0.1:%1/files/%2").arg(m_web.port()).arg(name);
    }

    QString newestId()
    {
        return jsonArray({QStringLiteral("news"), QStringLiteral("list"), QStringLiteral("--limit"),
                          QStringLiteral("1")})
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    }

private slots:
    void initTestCase()
    {
        // Pictures, a feed and a web page on a web server of their own.
        QVERIFY(QDir(m_content.path()).mkpath(QStringLiteral("files")));
        const QString problem = m_web.start(m_content.path(), "unused-secret");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const char *name : {"lead.png", "inline.png"}) {
            QImage picture(640, 360, QImage::Format_RGB32);
            picture.fill(Qt::darkCyan);
            QVERIFY(picture.save(m_content.filePath(QStringLiteral("files/") + QLatin1String(name))));
        }
        for (int n = 1; n <= 12; ++n) {
            QJsonObject article =
                TestSupport::newsArticle(n,
                                         n % 4 == 0 ? QStringLiteral("Sécurité énergétique %1").arg(n)
                                                    : QStringLiteral("Energy release %1").arg(n),
                                         Base.addSecs(3600 * n), Base.addSecs(3600 * n));
            if (n == 12) {
                article.insert(QStringLiteral("image_url"), webFile(QStringLiteral("lead.png")));
                article.insert(QStringLiteral("body_html"),
                               QString(article.value(QStringLiteral("body_html")).toString()
                                       + QStringLiteral("<p><img src=\"%1\" alt=\"Map\"></p>")
                                             .arg(webFile(QStringLiteral("inline.png")))));
            }
            QVERIFY(TestSupport::writeNewsArticle(m_content.path(), article));
        }
        QFile feed(m_content.filePath(QStringLiteral("files/feed.atom")));
        QVERIFY(feed.open(QIODevice::WriteOnly));
        // Latin-1 bytes, as the declaration says.
        feed.write(
            QStringLiteral("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                           "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ministère</title>"
                           "<id>urn:feed</id><updated>2026-06-01T00:00:00Z</updated>"
                           "<entry><id>urn:e1</id><title>Première entrée</title>"
                           "<updated>2026-06-01T08:00:00Z</updated>"
                           "<link href=\"https://ministere.example.org/1\"/>"
                           "<content type=\"html\">&lt;p&gt;Bonjour&lt;/p&gt;</content></entry>"
                           "<entry><id>urn:e2</id><title>Second entry</title>"
                           "<updated>2026-06-02T08:00:00Z</updated><summary>Hello</summary></entry></feed>")
                .toLatin1());
        feed.close();
        QFile page(m_content.filePath(QStringLiteral("files/page.html")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("<!DOCTYPE html><html><head><title>Ministry</title></head><body>Hello</body></html>");
        page.close();
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void syncListShowAndMark()
    {
        const TestSupport::CliRun sync = cli({QStringLiteral("news"), QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY2(sync.err.contains("12 articles received"), sync.err.constData());
        QVERIFY2(sync.err.contains("Pictures: 2 kept for reading offline"), sync.err.constData());
        QCOMPARE(TestSupport::requestsUnder(m_web.requests(), QStringLiteral("/files/lead.png")).size(), 1);

        const QJsonArray all = jsonArray({QStringLiteral("news"), QStringLiteral("list")});
        QCOMPARE(all.size(), 12);
        const QJsonObject newest = all.first().toObject();
        for (const char *field : {"id", "source", "kind", "title", "link", "author", "published_at",
                                  "updated_at", "summary", "tags"})
            QVERIFY2(newest.contains(QLatin1String(field)), field);
        QCOMPARE(newest.value(QStringLiteral("title")).toString(), QStringLiteral("Sécurité énergétique 12"));
        QCOMPARE(newest.value(QStringLiteral("source")).toString(), QStringLiteral("portal"));
        QCOMPARE(newest.value(QStringLiteral("published_at")).toString(),
                 QStringLiteral("2026-06-10T19:00:00Z"));
        QCOMPARE(newest.value(QStringLiteral("tags")).toArray().size(), 2);

        const QJsonArray speeches = jsonArray({QStringLiteral("news"), QStringLiteral("list"),
                                               QStringLiteral("--kind"), QStringLiteral("speech")});
        QCOMPARE(speeches.size(), 2); // 5 and 10
        const QJsonArray limited = jsonArray(
            {QStringLiteral("news"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(limited.size(), 3);

        // Accents folded, best match first.
        const QJsonArray found =
            jsonArray({QStringLiteral("news"), QStringLiteral("search"), QStringLiteral("securite")});
        QCOMPARE(found.size(), 3);
        for (const QJsonValue value : found)
            QVERIFY(value.toObject()
                        .value(QStringLiteral("title"))
                        .toString()
                        .startsWith(QStringLiteral("Sécurité")));

        const QString id = newest.value(QStringLiteral("id")).toString();
        const TestSupport::CliRun show =
            cli({QStringLiteral("--json"), QStringLiteral("news"), QStringLiteral("show"), id});
        QCOMPARE(show.exitCode, 0);
        const QString body =
            QJsonDocument::fromJson(show.out).object().value(QStringLiteral("body_html")).toString();
        QVERIFY2(body.contains(QStringLiteral("Paragraph 12 of the release.")), qPrintable(body));
        QVERIFY(!body.contains(QStringLiteral("script")) && !body.contains(QStringLiteral("onclick"))
                && !body.contains(QStringLiteral("javascript")));
        // The files of its pictures, the lead image first, as the sync kept them.
        const QJsonArray images =
            QJsonDocument::fromJson(show.out).object().value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 2);
        for (const QJsonValue path : images) {
            const QImage kept(path.toString());
            QCOMPARE(kept.size(), QSize(640, 360));
        }

        QCOMPARE(cli({QStringLiteral("news"), QStringLiteral("read"), id}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("news"), QStringLiteral("star"), id}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("news"), QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(
            jsonArray({QStringLiteral("news"), QStringLiteral("list"), QStringLiteral("--unread")}).size(),
            11);
        const QJsonArray starred =
            jsonArray({QStringLiteral("news"), QStringLiteral("list"), QStringLiteral("--starred")});
        QCOMPARE(starred.size(), 1);
        QCOMPARE(starred.first().toObject().value(QStringLiteral("id")).toString(), id);

        const QString markdown = m_data.filePath(QStringLiteral("article.md"));
        QCOMPARE(cli({QStringLiteral("news"), QStringLiteral("export"), id, QStringLiteral("--markdown"),
                      markdown})
                     .exitCode,
                 0);
        QFile exported(markdown);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray written = exported.readAll();
        QVERIFY2(written.startsWith("# Sécurité énergétique 12\n"), written.constData());
        QVERIFY(written.contains("Paragraph 12 of the release."));
        QVERIFY(written.contains("Source: Portal, <https://portal.example.org/news/12>"));

        const TestSupport::CliRun missing =
            cli({QStringLiteral("news"), QStringLiteral("show"), QStringLiteral("99999")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("There is no article 99999"));
    }

    void feedSources()
    {
        const QString feedUrl = QStringLiteral("http://127.0.0.1:%1/files/feed.atom").arg(m_web.port());
        const TestSupport::CliRun added = cli({QStringLiteral("--json"), QStringLiteral("news"),
                                               QStringLiteral("sources"), QStringLiteral("add"), feedUrl});
        QVERIFY2(added.exitCode == 0, QByteArray(added.err + added.out).constData());
        const QJsonObject feed = QJsonDocument::fromJson(added.out).object();
        QCOMPARE(feed.value(QStringLiteral("name")).toString(), QStringLiteral("Ministère"));
        QCOMPARE(feed.value(QStringLiteral("entries")).toInt(), 2);
        const QString id = feed.value(QStringLiteral("id")).toString();

        const QJsonArray sources =
            jsonArray({QStringLiteral("news"), QStringLiteral("sources"), QStringLiteral("list")});
        QCOMPARE(sources.size(), 1);
        QCOMPARE(sources.first().toObject().value(QStringLiteral("url")).toString(), feedUrl);
        const QJsonArray entries =
            jsonArray({QStringLiteral("news"), QStringLiteral("list"), QStringLiteral("--source"), id});
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Première entrée"));
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("source")).toString(), id);

        // The next sync asks again with the validators nginx gave: 304.
        const TestSupport::CliRun sync = cli({QStringLiteral("news"), QStringLiteral("sync")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY2(sync.err.contains("Ministère): nothing new"), sync.err.constData());
        const QList<TestSupport::LoggedRequest> served = m_web.requests();
        QVERIFY(served.size() >= 2);
        QCOMPARE(served.last().path, QStringLiteral("/files/feed.atom"));
        QCOMPARE(served.last().status, 304);

        const TestSupport::CliRun page =
            cli({QStringLiteral("news"), QStringLiteral("sources"), QStringLiteral("add"),
                 QStringLiteral("http://127.0.0.1:%1/files/page.html").arg(m_web.port())});
        QCOMPARE(page.exitCode, 1);
        QVERIFY2(page.err.contains("not an RSS or Atom feed"), page.err.constData());

        QCOMPARE(
            cli({QStringLiteral("news"), QStringLiteral("sources"), QStringLiteral("remove"), id}).exitCode,
            0);
        QVERIFY(jsonArray({QStringLiteral("news"), QStringLiteral("list"), QStringLiteral("--source"), id})
                    .isEmpty());
        QCOMPARE(
            cli({QStringLiteral("news"), QStringLiteral("sources"), QStringLiteral("remove"), id}).exitCode,
            2);
    }

    void killedMidSyncGoesOnFromItsWatermark()
    {
        // A portal of 450 articles that holds back the second page: the
        // command is killed (SIGKILL) with the first page applied, and the
        // next run asks only for what changed after it.
        constexpr int Count = 450;
        const QDateTime first(QDate(2026, 3, 1), QTime(6, 0), QTimeZone::utc());
        QList<QJsonObject> items;
        for (int n = 1; n <= Count; ++n) {
            QJsonObject item = TestSupport::newsArticle(n, QStringLiteral("Release %1").arg(n),
                                                        first.addSecs(60 * n), first.addSecs(60 * n));
            item.remove(QStringLiteral("image"));
            items << item;
        }
        bool holdSecondPage = true;
        QList<QUrlQuery> asked;
        TestSupport::LoopbackHttpServer portal([&](const TestSupport::LoopbackHttpServer::Request &request) {
            TestSupport::LoopbackHttpServer::Answer answer;
            answer.contentType = "application/json";
            const QUrl url = request.url();
            if (!url.path().endsWith(QStringLiteral("/news"))) {
                answer.status = "404 Not Found";
                answer.body = R"({"error":{"code":"not_found","message":"no such route"}})";
                return answer;
            }
            const QUrlQuery query(url);
            asked << query;
            // The contract: changed strictly after updated_since, oldest first.
            const QDateTime since =
                QDateTime::fromString(query.queryItemValue(QStringLiteral("updated_since")), Qt::ISODate);
            QList<QJsonObject> changed;
            for (const QJsonObject &item : std::as_const(items)) {
                if (!since.isValid()
                    || QDateTime::fromString(item.value(QStringLiteral("updated_at")).toString(), Qt::ISODate)
                        > since)
                    changed << item;
            }
            const int offset = query.queryItemValue(QStringLiteral("cursor")).toInt();
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            QJsonArray page;
            for (int i = offset; i < std::min<int>(int(changed.size()), offset + limit); ++i)
                page.append(changed.at(i));
            const bool more = offset + limit < changed.size();
            answer.body = QJsonDocument(QJsonObject {{QStringLiteral("items"), page},
                                                     {QStringLiteral("next_cursor"),
                                                      more ? QJsonValue(QString::number(offset + limit))
                                                           : QJsonValue()}})
                              .toJson(QJsonDocument::Compact);
            if (offset > 0 && holdSecondPage)
                answer.delayMs = 120000; // until the command is killed
            return answer;
        });
        QVERIFY(portal.listen());
        QTemporaryDir data;
        const QStringList base {QStringLiteral("--data-dir"), data.path(), QStringLiteral("--portal"),
                                portal.url(QStringLiteral("/api/v1")).toString()};

        QProcess sync;
        sync.start(TestSupport::program(QStringLiteral("mmdesk-cli")),
                   base + QStringList {QStringLiteral("news"), QStringLiteral("sync")});
        QByteArray progress;
        QTRY_VERIFY_WITH_TIMEOUT((progress += sync.readAllStandardError()).contains("articles received"),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 2, 30000); // the second page asked, held back
        sync.kill(); // SIGKILL: no handler runs
        QVERIFY(sync.waitForFinished(10000));
        QCOMPARE(sync.exitStatus(), QProcess::CrashExit);

        const auto listed = [&] {
            const TestSupport::CliRun run = TestSupport::runCli(
                base
                + QStringList {QStringLiteral("--json"), QStringLiteral("news"), QStringLiteral("list"),
                               QStringLiteral("--limit"), QStringLiteral("1000")});
            return QJsonDocument::fromJson(run.out).array();
        };
        const QJsonArray kept = listed();
        QCOMPARE(kept.size(), 200); // the first page, committed with its watermark
        QCOMPARE(asked.first().queryItemValue(QStringLiteral("updated_since")),
                 QStringLiteral("1970-01-01T00:00:00Z"));

        holdSecondPage = false;
        asked.clear();
        // Run with the event loop going: the portal above answers from this thread.
        QProcess again;
        again.start(TestSupport::program(QStringLiteral("mmdesk-cli")),
                    base + QStringList {QStringLiteral("news"), QStringLiteral("sync")});
        QTRY_COMPARE_WITH_TIMEOUT(again.state(), QProcess::NotRunning, 60000);
        QVERIFY2(again.exitStatus() == QProcess::NormalExit && again.exitCode() == 0,
                 again.readAllStandardError().constData());
        // From the watermark (the 200th article's time, less the second the
        // contract's timestamps round to), not from the start.
        QVERIFY(asked.size() >= 2);
        QCOMPARE(asked.first().queryItemValue(QStringLiteral("updated_since")),
                 QStringLiteral("2026-03-01T09:19:59Z")); // 06:00 + 200 min, less a second
        QVERIFY(!asked.first().hasQueryItem(QStringLiteral("cursor")));
        QCOMPARE(listed().size(), Count);
    }

    void offlineExitsFourAndStillReads()
    {
        QVERIFY(m_portal.stop());
        const TestSupport::CliRun sync = cli({QStringLiteral("news"), QStringLiteral("sync")});
        QCOMPARE(sync.exitCode, 4);
        QVERIFY2(sync.err.contains("12 articles kept here"), sync.err.constData());
        QCOMPARE(jsonArray({QStringLiteral("news"), QStringLiteral("search"), QStringLiteral("énergétique")})
                     .size(),
                 3);
        QCOMPARE(jsonArray({QStringLiteral("news"), QStringLiteral("list")}).size(), 12);

        // A PDF with both pictures, from the cache: the picture host sees nothing.
        const qsizetype served = m_web.requests().size();
        const QString pdf = m_data.filePath(QStringLiteral("article.pdf"));
        // No display of any kind: the command line draws offscreen.
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
            headless.remove(QLatin1String(name));
        const TestSupport::CliRun exported = TestSupport::runCli(
            QStringList {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--portal"),
                         m_portal.baseUrl().toString(), QStringLiteral("--json"), QStringLiteral("news"),
                         QStringLiteral("export"), newestId(), QStringLiteral("--pdf"), pdf},
            {}, headless);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(QJsonDocument::fromJson(exported.out).object().value(QStringLiteral("file")).toString(),
                 pdf);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Subtype /Image"), 2);
        QCOMPARE(m_web.requests().size(), served);

        const TestSupport::CliRun both =
            cli({QStringLiteral("news"), QStringLiteral("export"), newestId(), QStringLiteral("--pdf"), pdf,
                 QStringLiteral("--markdown"), pdf});
        QCOMPARE(both.exitCode, 2);
        const TestSupport::CliRun unwritable =
            cli({QStringLiteral("news"), QStringLiteral("export"), newestId(), QStringLiteral("--pdf"),
                 m_data.filePath(QStringLiteral("no-such-folder/article.pdf"))});
        QCOMPARE(unwritable.exitCode, 6);
        QVERIFY2(unwritable.err.contains("could not be written"), unwritable.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliNews)
#include "tst_clinews.moc"
