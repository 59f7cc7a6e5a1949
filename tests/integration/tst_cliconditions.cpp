// mmdesk-cli and the portal's conditions of use (GET /conditions), against
// the reference portal: nothing is queued before they are accepted, a new
// version asks again, and a portal without conditions asks nothing.

#include "core/downloads/queuestore.h"
#include "tests/support/clirun.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString &TextEn = TestSupport::TestConditions::TextEn;
const QString &TextFr = TestSupport::TestConditions::TextFr;
const QString &Credit = TestSupport::TestConditions::Credit;

} // namespace

class TestCliConditions final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_data;
    QTemporaryDir m_dest;
    TestSupport::PortalProcess m_portal;

    TestSupport::CliRun cli(const QStringList &arguments)
    {
        return TestSupport::runCli(QStringList {QStringLiteral("--data-dir"), m_data.path(),
                                                QStringLiteral("--portal"), m_portal.baseUrl().toString()}
                                   + arguments);
    }

    TestSupport::CliRun add(const QStringList &more = {})
    {
        return cli(QStringList {QStringLiteral("download"), QStringLiteral("add"), QStringLiteral("v-terms"),
                                QStringLiteral("--dest"), m_dest.path()}
                   + more);
    }

    int queueLength()
    {
        const TestSupport::CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("list")});
        return list.exitCode == 0
            ? int(QJsonDocument::fromJson(list.out).object().value(QStringLiteral("items")).toArray().size())
            : -1;
    }

    bool publishConditions(const QString &version)
    {
        return TestSupport::writeConditions(m_content.path(), version);
    }

private slots:
    void initTestCase()
    {
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-terms");
        video.title = QStringLiteral("Press conference");
        video.sizeBytes = 64 * 1024;
        video.seed = 5;
        QVERIFY(!TestSupport::writeSingleVideo(m_content.path(), video).isEmpty());
        QVERIFY(publishConditions(QStringLiteral("2026-01")));
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void nothingIsQueuedBeforeAcceptance()
    {
        const TestSupport::CliRun refused = add();
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("conditions of use")
                     && refused.err.contains("mmdesk-cli account accept-conditions"),
                 refused.err.constData());
        QCOMPARE(queueLength(), 0);

        const TestSupport::CliRun json = cli({QStringLiteral("--json"), QStringLiteral("download"),
                                              QStringLiteral("add"), QStringLiteral("v-terms")});
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(QJsonDocument::fromJson(json.out)
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("code")),
                 QStringLiteral("conditions_not_accepted"));
    }

    void conditionsAreShownInEitherLanguage()
    {
        const TestSupport::CliRun shown =
            cli({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("conditions")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(json.value(QStringLiteral("version")).toString(), QStringLiteral("2026-01"));
        QCOMPARE(json.value(QStringLiteral("credit_line")).toString(), Credit);
        QCOMPARE(json.value(QStringLiteral("accepted")).toBool(), false);

        const TestSupport::CliRun french = cli({QStringLiteral("account"), QStringLiteral("conditions"),
                                                QStringLiteral("--language"), QStringLiteral("fr")});
        QCOMPARE(french.exitCode, 0);
        QVERIFY2(QString::fromUtf8(french.out).contains(TextFr), french.out.constData());
        QVERIFY(QString::fromUtf8(french.out).contains(QStringLiteral("Not accepted here yet")));
    }

    void acceptedConditionsLetDownloadsThrough()
    {
        const TestSupport::CliRun accepted =
            cli({QStringLiteral("account"), QStringLiteral("accept-conditions"), QStringLiteral("--language"),
                 QStringLiteral("en")});
        QCOMPARE(accepted.exitCode, 0);
        // The text is printed with the acceptance, never accepted unseen.
        QVERIFY2(QString::fromUtf8(accepted.out).contains(TextEn), accepted.out.constData());
        QVERIFY(QString::fromUtf8(accepted.out).contains(Credit));
        QVERIFY(accepted.out.contains("Accepted here on"));

        const TestSupport::CliRun added = add();
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(queueLength(), 1);
        // The credit line goes with the download, for the library's exports.
        auto store = Downloads::QueueStore::open(m_data.filePath(QStringLiteral("downloads.sqlite")));
        QVERIFY(store.ok());
        const auto records = store.value()->all();
        QVERIFY(records.ok() && records.value().size() == 1);
        QCOMPARE(QJsonDocument::fromJson(records.value().first().metadataJson)
                     .object()
                     .value(QStringLiteral("credit_line"))
                     .toString(),
                 Credit);
    }

    void newVersionAsksAgain()
    {
        QVERIFY(publishConditions(QStringLiteral("2026-02")));
        QVERIFY(m_portal.reloadContent());
        const TestSupport::CliRun refused = add({QStringLiteral("--proxy")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("version 2026-01 was accepted, 2026-02 is current"),
                 refused.err.constData());
        QCOMPARE(queueLength(), 1);

        const TestSupport::CliRun accepted =
            cli({QStringLiteral("--json"), QStringLiteral("account"), QStringLiteral("accept-conditions")});
        QCOMPARE(accepted.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(accepted.out).object();
        QCOMPARE(json.value(QStringLiteral("accepted")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("accepted_version")).toString(), QStringLiteral("2026-02"));
        QVERIFY(add({QStringLiteral("--proxy")}).exitCode == 0);
        QCOMPARE(queueLength(), 2);
    }

    void aPortalWithoutConditionsAsksNothing()
    {
        QVERIFY(QFile::remove(QDir(m_content.path()).filePath(QStringLiteral("conditions.json"))));
        QVERIFY(m_portal.reloadContent());
        const TestSupport::CliRun shown = cli({QStringLiteral("account"), QStringLiteral("conditions")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("no conditions of use"), shown.out.constData());
        // Nothing to accept: not refused for terms.
        const TestSupport::CliRun again = add();
        QVERIFY2(again.exitCode != 3 && !again.err.contains("conditions"), again.err.constData());
    }

    void cleanupTestCase() { QVERIFY(m_portal.stop()); }
};

QTEST_GUILESS_MAIN(TestCliConditions)
#include "tst_cliconditions.moc"
