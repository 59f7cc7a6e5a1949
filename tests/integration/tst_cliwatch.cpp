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

    // Limits on an auto-download pass over renditions too tall or too large.
    void limitsPassOverWhatDoesNotFit()
    {
        const auto add = [this](const QStringList &more) {
            return cli(QStringList {QStringLiteral("--json"), QStringLiteral("watch"), QStringLiteral("add")}
                       + more);
        };
        // A limit with no rule to limit, and a height that is no number.
        QCOMPARE(add({QStringLiteral("Limits alone"), QStringLiteral("--videos"),
                      QStringLiteral("--max-size"), QStringLiteral("1M")})
                     .exitCode,
                 2);
        const TestSupport::CliRun tall =
            add({QStringLiteral("Tall"), QStringLiteral("--videos"), QStringLiteral("--auto-download"),
                 QStringLiteral("best"), QStringLiteral("--max-height"), QStringLiteral("tall")});
        QCOMPARE(tall.exitCode, 2);
        // With --json, the error is the answer on standard output.
        QVERIFY2(tall.out.contains("--max-height takes a number of lines"), tall.out.constData());

        const TestSupport::CliRun small =
            add({QStringLiteral("Small Baltic"), QStringLiteral("--videos"), QStringLiteral("--text"),
                 QStringLiteral("baltic"), QStringLiteral("--auto-download"), QStringLiteral("mxf"),
                 QStringLiteral("--max-size"), QStringLiteral("100k")});
        QVERIFY2(small.exitCode == 0, small.err.constData());
        const QJsonObject saved = QJsonDocument::fromJson(small.out).object();
        QCOMPARE(saved.value(QStringLiteral("auto_max_bytes")).toInteger(), 100000);
        QCOMPARE(saved.value(QStringLiteral("auto_max_height")).toInt(), 0);
        QVERIFY(add({QStringLiteral("Baltic SD"), QStringLiteral("--videos"), QStringLiteral("--text"),
                     QStringLiteral("baltic"), QStringLiteral("--auto-download"), QStringLiteral("best"),
                     QStringLiteral("--max-height"), QStringLiteral("576")})
                    .exitCode
                == 0);
        const TestSupport::CliRun list = cli({QStringLiteral("watch"), QStringLiteral("list")});
        QVERIFY2(list.out.contains("auto-download best up to 576 lines"), list.out.constData());
        QVERIFY2(list.out.contains("auto-download mxf up to 100.0 kB"), list.out.constData());
        QCOMPARE(runOnce().value(QStringLiteral("queued")).toArray().size(), 0); // the baseline

        // 48 KiB at 1920×1080: under the size, over the height.
        QVERIFY(addVideo("v-baltic-2", "Baltic patrol at dawn"));
        QVERIFY(m_portal.reloadContent());
        const TestSupport::CliRun run =
            cli({QStringLiteral("--json"), QStringLiteral("watch"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(result.value(QStringLiteral("matches")).toArray().size(), 2);
        QCOMPARE(result.value(QStringLiteral("queued")).toArray().size(), 1);
        QVERIFY2(run.err.contains("Baltic patrol at dawn: no rendition fits \"best up to 576 lines\""),
                 run.err.constData());
        auto store = Downloads::QueueStore::open(m_data.filePath(QStringLiteral("downloads.sqlite")));
        QVERIFY(store.ok());
        const auto records = store.value()->all();
        QVERIFY(records.ok());
        QCOMPARE(records.value().last().videoId, QStringLiteral("v-baltic-2"));
        QCOMPARE(records.value().last().renditionId, QStringLiteral("r-master"));
    }

    // An off-hours search's downloads wait while the bandwidth limit is on,
    // survive the runs in between, and go at the first run after it.
    void offHoursDownloadsWaitForTheUnlimitedHours()
    {
        const auto setBandwidth = [this](int fromMinutes, int toMinutes) {
            const QTime now = QTime::currentTime();
            const QString hours = QStringLiteral("1M %1-%2")
                                      .arg(now.addSecs(fromMinutes * 60).toString(QStringLiteral("HH:mm")),
                                           now.addSecs(toMinutes * 60).toString(QStringLiteral("HH:mm")));
            return cli({QStringLiteral("settings"), QStringLiteral("set"),
                        QStringLiteral("downloads.bandwidth"), hours})
                       .exitCode
                == 0;
        };
        const TestSupport::CliRun added =
            cli({QStringLiteral("--json"), QStringLiteral("watch"), QStringLiteral("add"),
                 QStringLiteral("Night"), QStringLiteral("--videos"), QStringLiteral("--text"),
                 QStringLiteral("night"), QStringLiteral("--auto-download"), QStringLiteral("best"),
                 QStringLiteral("--off-hours")});
        QVERIFY2(added.exitCode == 0, added.out.constData());
        QVERIFY(QJsonDocument::fromJson(added.out).object().value(QStringLiteral("auto_off_hours")).toBool());
        QCOMPARE(runOnce().value(QStringLiteral("queued")).toArray().size(), 0); // the baseline

        // Limited from an hour ago to an hour from now.
        QVERIFY(setBandwidth(-60, 60));
        QVERIFY(addVideo("v-night-1", "Night patrol"));
        QVERIFY(m_portal.reloadContent());
        const QJsonObject limited = runOnce();
        QCOMPARE(limited.value(QStringLiteral("matches")).toArray().size(), 1);
        QCOMPARE(limited.value(QStringLiteral("queued")).toArray().size(), 0);
        const QJsonArray waiting = limited.value(QStringLiteral("waiting")).toArray();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("v-night-1"));
        const QDateTime until = QDateTime::fromString(
            waiting.first().toObject().value(QStringLiteral("until")).toString(), Qt::ISODate);
        QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(55 * 60));
        QVERIFY(until < QDateTime::currentDateTimeUtc().addSecs(61 * 60));
        // In words too.
        const TestSupport::CliRun text = cli({QStringLiteral("watch"), QStringLiteral("run")});
        QVERIFY2(text.out.contains("Waits for the hours without a bandwidth limit (from "),
                 text.out.constData());

        // Still limited: told once, still waiting.
        const QJsonObject again = runOnce();
        QCOMPARE(again.value(QStringLiteral("matches")).toArray().size(), 0);
        QCOMPARE(again.value(QStringLiteral("waiting")).toArray().size(), 1);

        // The limit's hours now start in two hours: the download goes.
        QVERIFY(setBandwidth(120, 180));
        const QJsonObject free = runOnce();
        QCOMPARE(free.value(QStringLiteral("queued")).toArray().size(), 1);
        QCOMPARE(free.value(QStringLiteral("waiting")).toArray().size(), 0);
        auto store = Downloads::QueueStore::open(m_data.filePath(QStringLiteral("downloads.sqlite")));
        QVERIFY(store.ok());
        QCOMPARE(store.value()->all().value().last().videoId, QStringLiteral("v-night-1"));
        QCOMPARE(runOnce().value(QStringLiteral("queued")).toArray().size(), 0); // once
        QCOMPARE(
            cli({QStringLiteral("settings"), QStringLiteral("reset"), QStringLiteral("downloads.bandwidth")})
                .exitCode,
            0);
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
