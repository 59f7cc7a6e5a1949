// mmdesk-cli watch against the reference portal: saved searches, a first
// run that only notes what matches already, a new video that matches and is
// queued by itself, nothing reported twice.

#include "core/downloads/queuestore.h"
#include "tests/support/clirun.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestCliWatch final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_data;
    TestSupport::PortalProcess m_portal;

    TestSupport::CliRun cli(const QStringList &arguments)
    {
        return TestSupport::runCli(QStringList {QStringLiteral("--data-dir"), m_data.path(),
                                                QStringLiteral("--portal"), m_portal.baseUrl().toString()}
                                   + arguments);
    }

    QJsonObject runOnce()
    {
        const TestSupport::CliRun run =
            cli({QStringLiteral("--json"), QStringLiteral("watch"), QStringLiteral("run")});
        if (run.exitCode != 0)
            qWarning("watch run: %d %s", run.exitCode, run.err.constData());
        return QJsonDocument::fromJson(run.out).object();
    }

    bool addVideo(const char *id, const char *title)
    {
        TestSupport::SingleVideo video;
        video.videoId = QLatin1String(id);
        video.title = QLatin1String(title);
        video.sizeBytes = 48 * 1024;
        return !TestSupport::writeSingleVideo(m_content.path(), video).isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(addVideo("v-summit-1", "Summit opens in The Hague"));
        QVERIFY(addVideo("v-navy", "Naval exercise in the Baltic"));
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void savedSearchesAreChecked()
    {
        QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Summit"),
                      QStringLiteral("--videos"), QStringLiteral("--text"), QStringLiteral("summit"),
                      QStringLiteral("--auto-download"), QStringLiteral("best")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Exercises"),
                      QStringLiteral("--news"), QStringLiteral("--text"), QStringLiteral("exercise")})
                     .exitCode,
                 0);
        // The same name twice, a news search that would download, a rule that is none.
        QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("summit"),
                      QStringLiteral("--videos")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Other"),
                      QStringLiteral("--news"), QStringLiteral("--auto-download"), QStringLiteral("best")})
                     .exitCode,
                 2);
        const TestSupport::CliRun badRule =
            cli({QStringLiteral("watch"), QStringLiteral("add"), QStringLiteral("Other"),
                 QStringLiteral("--videos"), QStringLiteral("--auto-download"), QStringLiteral("avi")});
        QCOMPARE(badRule.exitCode, 2);
        QVERIFY2(badRule.err.contains("best, mxf, mp4 or mov"), badRule.err.constData());
        const TestSupport::CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("watch"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("items")).toArray().size(),
                 2);
    }

    void theFirstRunIsABaseline()
    {
        const QJsonObject first = runOnce();
        QVERIFY(first.contains(QStringLiteral("matches")));
        QCOMPARE(first.value(QStringLiteral("matches")).toArray().size(), 0);
        QCOMPARE(first.value(QStringLiteral("queued")).toArray().size(), 0);
    }

    void aNewMatchIsReportedAndQueuedOnce()
    {
        QVERIFY(addVideo("v-summit-2", "Summit: leaders' doorstep"));
        QVERIFY(addVideo("v-ministers", "Ministers meet on air defence"));
        QVERIFY(m_portal.reloadContent());
        const QJsonObject second = runOnce();
        const QJsonArray matches = second.value(QStringLiteral("matches")).toArray();
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("v-summit-2"));
        QCOMPARE(matches.first().toObject().value(QStringLiteral("search")).toString(),
                 QStringLiteral("Summit"));
        QCOMPARE(second.value(QStringLiteral("queued")).toArray().size(), 1);
        auto store = Downloads::QueueStore::open(m_data.filePath(QStringLiteral("downloads.sqlite")));
        QVERIFY(store.ok());
        const auto records = store.value()->all();
        QVERIFY(records.ok());
        QCOMPARE(records.value().size(), 1);
        QCOMPARE(records.value().first().videoId, QStringLiteral("v-summit-2"));

        const QJsonObject third = runOnce();
        QCOMPARE(third.value(QStringLiteral("matches")).toArray().size(), 0);
        QCOMPARE(store.value()->all().value().size(), 1);
    }

    void removeForgets()
    {
        QCOMPARE(
            cli({QStringLiteral("watch"), QStringLiteral("remove"), QStringLiteral("Exercises")}).exitCode,
            0);
        QCOMPARE(
            cli({QStringLiteral("watch"), QStringLiteral("remove"), QStringLiteral("Exercises")}).exitCode,
            2);
        const TestSupport::CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("watch"), QStringLiteral("list")});
        QCOMPARE(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("items")).toArray().size(),
                 1);
    }

    void anUnreachablePortalSaysSo()
    {
        QVERIFY(m_portal.stop());
        const TestSupport::CliRun run = cli({QStringLiteral("watch"), QStringLiteral("run")});
        QCOMPARE(run.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cliwatch.moc"
