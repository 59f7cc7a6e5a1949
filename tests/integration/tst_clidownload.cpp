// mmdesk-cli download as a script uses it, against the reference portal:
// add, list, run, exit codes, and SIGKILL at random points of a download,
// each time resumed, ending with a verified file and an intact queue database.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/queuestore.h"
#include "core/library/librarystore.h"
#include "core/portal/portalclient.h"
#include "core/storage/database.h"
#include "tests/support/accountsignup.h"
#include "tests/support/clirun.h"
#include "tests/support/enginerig.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"
#include "tests/support/singlevideo.h"
#include "tests/support/testpaths.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace {

// Over twice the smallest segment: `download run` fetches it over two connections.
constexpr qint64 FileSize = 20 * 1024 * 1024 + 5;

} // namespace

class TestCliDownload final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_data;
    QTemporaryDir m_dest;
    QByteArray m_sha256;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;

    QStringList common() const
    {
        return {QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--portal"),
                m_portal.baseUrl().toString()};
    }

    TestSupport::CliRun cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return TestSupport::runCli(common() + arguments, input);
    }

    void setFaults(const QJsonObject &faults) { QVERIFY(m_portal.setFaults(faults)); }

    qint64 savedOffset()
    {
        auto store = Downloads::QueueStore::open(m_data.filePath(QStringLiteral("downloads.sqlite")));
        if (!store)
            return -1;
        const auto records = store.value()->all();
        return records && !records.value().isEmpty() ? records.value().last().bytesDone : -1;
    }

    QString queueFile() const { return m_data.filePath(QStringLiteral("downloads.sqlite")); }

    // Queues the rendition into `dest` and returns the target the CLI names.
    QString addDownload(const QString &dest, const QStringList &more = {})
    {
        const TestSupport::CliRun added =
            cli(QStringList {QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("add"),
                             QStringLiteral("v-cli"), QStringLiteral("--dest"), dest}
                + more);
        if (added.exitCode != 0)
            qWarning("download add: %s", added.err.constData());
        return QJsonDocument::fromJson(added.out).object().value(QStringLiteral("file")).toString();
    }

    // The download with this target in the queue, as it was last saved.
    std::optional<Downloads::DownloadRecord> queued(const QString &target)
    {
        auto store = Downloads::QueueStore::open(queueFile());
        if (!store)
            return std::nullopt;
        const auto records = store.value()->all();
        if (!records)
            return std::nullopt;
        for (const Downloads::DownloadRecord &r : records.value()) {
            if (r.targetPath() == target)
                return r;
        }
        return std::nullopt;
    }

    QString integrity()
    {
        auto db = Storage::Database::open(m_data.filePath(QStringLiteral("downloads.sqlite")));
        if (!db)
            return db.error().message;
        auto check = db.value()->pragma(QStringLiteral("integrity_check"));
        return check ? check.value() : check.error().message;
    }

private slots:
    void initTestCase()
    {
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-cli");
        video.title = QStringLiteral("Point de presse");
        video.fileName = QStringLiteral("point de presse/../master.mxf");
        video.sizeBytes = FileSize;
        video.seed = 11;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), video);
        QVERIFY(!m_sha256.isEmpty());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void runNeedsASignIn()
    {
        const TestSupport::CliRun run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("account login"), run.err.constData());
    }

    void addListRun()
    {
        const QString email = QStringLiteral("desk@example.org");
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("register"), QStringLiteral("--email"), email,
                      QStringLiteral("--name"), QStringLiteral("Desk"), QStringLiteral("--password-stdin")},
                     "Night-Desk-Editor-7\n")
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("account"), QStringLiteral("verify"), QStringLiteral("--email"), email,
                      QStringLiteral("--code-stdin")},
                     m_portal.latestCode(email).toUtf8() + '\n')
                     .exitCode,
                 0);

        const TestSupport::CliRun unknown =
            cli({QStringLiteral("download"), QStringLiteral("add"), QStringLiteral("v-cli"),
                 QStringLiteral("--rendition"), QStringLiteral("r-none"), QStringLiteral("--dest"),
                 m_dest.path()});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("r-master"), unknown.err.constData()); // names what there is

        const TestSupport::CliRun added =
            cli({QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("add"),
                 QStringLiteral("v-cli"), QStringLiteral("--best"), QStringLiteral("--dest"), m_dest.path()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject record = QJsonDocument::fromJson(added.out).object();
        QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        // The server's file name cannot climb out of the destination.
        const QString target = record.value(QStringLiteral("file")).toString();
        QCOMPARE(QFileInfo(target).absolutePath(), m_dest.path());
        QCOMPARE(QFileInfo(target).fileName(), QStringLiteral("point de presse_.._master.mxf"));

        const TestSupport::CliRun run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
        QVERIFY(run.err.contains("completed and verified"));
        QCOMPARE(TestSupport::sha256OfFile(target), m_sha256);
        // The verified file entered the library by itself.
        {
            auto library = Library::LibraryStore::open(m_data.filePath(QStringLiteral("library.sqlite")));
            QVERIFY(library.ok());
            const auto clip = library.value()->findByFilePath(target);
            QVERIFY(clip.ok() && clip.value().has_value());
            QCOMPARE(clip.value()->title, QStringLiteral("Point de presse"));
            QCOMPARE(clip.value()->sha256, m_sha256);
            QCOMPARE(clip.value()->status, Library::Status::Ok);
        }

        const TestSupport::CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("list")});
        const QJsonArray items =
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("completed"));
    }

    // downloads.connections reaches `download run`: automatic splits this
    // file, a count of one is kept.
    void connectionsSettingReachesTheRun_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("fewest");
        QTest::addColumn<int>("most");
        QTest::newRow("auto") << QStringLiteral("auto") << 2 << 16;
        QTest::newRow("one") << QStringLiteral("1") << 1 << 1;
    }

    void connectionsSettingReachesTheRun()
    {
        QFETCH(QString, setting);
        QFETCH(int, fewest);
        QFETCH(int, most);
        const TestSupport::CliRun set = cli({QStringLiteral("settings"), QStringLiteral("set"),
                                             QStringLiteral("downloads.connections"), setting});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        // Put back whatever happens below, for the tests after this one.
        const auto putBack = qScopeGuard([this] {
            setFaults({});
            cli({QStringLiteral("settings"), QStringLiteral("reset"),
                 QStringLiteral("downloads.connections")});
        });
        QTemporaryDir dest;
        const QString target = addDownload(dest.path());
        QVERIFY(!target.isEmpty());
        // Each connection capped, so that the answers of one run overlap
        // by a second or more, not by the few milliseconds of loopback.
        setFaults({{QStringLiteral("rate_bytes_per_second"), 8 * 1024 * 1024}});
        const qsizetype mark = m_portal.requests().size();
        const TestSupport::CliRun run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(TestSupport::sha256OfFile(target), m_sha256);
        // The media answers that were being sent at the same time, one per connection.
        const int together = TestSupport::mostAtOnce(
            TestSupport::requestsUnder(m_portal.requests().mid(mark), QStringLiteral("/media/")));
        QVERIFY2(together >= fewest && together <= most, qPrintable(QString::number(together)));
    }

    // A watch folder gets each verified file whole, with its sidecar, and
    // the run ends only once the copy is there.
    void deliversToTheWatchFolder()
    {
        QTemporaryDir dest;
        QTemporaryDir watch;
        const auto set = [this](const QString &name, const QString &value) {
            const TestSupport::CliRun run =
                cli({QStringLiteral("settings"), QStringLiteral("set"), name, value});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        };
        set(QStringLiteral("downloads.deliver-to"), watch.path());
        set(QStringLiteral("library.sidecars"), QStringLiteral("on"));
        const QString target = addDownload(dest.path());
        QVERIFY(!target.isEmpty());
        const TestSupport::CliRun run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("delivered to the watch folder"), run.err.constData());
        const QString delivered = QDir(watch.path()).filePath(QFileInfo(target).fileName());
        QCOMPARE(TestSupport::sha256OfFile(delivered), m_sha256);
        QVERIFY(QFileInfo::exists(delivered + QStringLiteral(".ebucore.xml")));
        QCOMPARE(QDir(watch.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // no copy left half-way
        {
            auto library = Library::LibraryStore::open(m_data.filePath(QStringLiteral("library.sqlite")));
            QVERIFY(library.ok());
            const auto clip = library.value()->findByFilePath(target);
            QVERIFY(clip.ok() && clip.value().has_value());
            const auto state = library.value()->delivery(clip.value()->id);
            QVERIFY(state.ok() && state.value().has_value());
            QCOMPARE(state.value()->deliveredPath, delivered);
        }
        for (const char *name : {"downloads.deliver-to", "library.sidecars"}) {
            const TestSupport::CliRun reset =
                cli({QStringLiteral("settings"), QStringLiteral("reset"), QString::fromLatin1(name)});
            QVERIFY2(reset.exitCode == 0, reset.err.constData());
        }
    }

    void proxyAndRunOptions()
    {
        for (const QStringList &wrong : {QStringList {QStringLiteral("--connections"), QStringLiteral("0")},
                                         QStringList {QStringLiteral("--connections"), QStringLiteral("17")},
                                         QStringList {QStringLiteral("--limit"), QStringLiteral("fast")}}) {
            const TestSupport::CliRun run =
                cli(QStringList {QStringLiteral("download"), QStringLiteral("run")} + wrong);
            QCOMPARE(run.exitCode, 2);
        }
        const TestSupport::CliRun both =
            cli({QStringLiteral("download"), QStringLiteral("add"), QStringLiteral("v-cli"),
                 QStringLiteral("--best"), QStringLiteral("--proxy")});
        QCOMPARE(both.exitCode, 2);

        const TestSupport::CliRun added = cli(
            {QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("add"),
             QStringLiteral("v-cli"), QStringLiteral("--proxy"), QStringLiteral("--dest"), m_dest.path()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject record = QJsonDocument::fromJson(added.out).object();
        QCOMPARE(record.value(QStringLiteral("rendition_id")).toString(), QStringLiteral("preview"));
        const QString target = record.value(QStringLiteral("file")).toString();

        const TestSupport::CliRun run =
            cli({QStringLiteral("download"), QStringLiteral("run"), QStringLiteral("--connections"),
                 QStringLiteral("2"), QStringLiteral("--limit"), QStringLiteral("50M")});
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
        QVERIFY2(run.err.contains("a preview"), run.err.constData());
        // The portal gives no checksum for a preview: the one recorded is the file's own.
        const QByteArray expected = TestSupport::sha256OfFile(target);
        QCOMPARE(expected,
                 QCryptographicHash::hash("placeholder preview", QCryptographicHash::Sha256).toHex());
        const TestSupport::CliRun list =
            cli({QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("list")});
        bool found = false;
        for (const QJsonValue item :
             QJsonDocument::fromJson(list.out).object().value(QStringLiteral("items")).toArray()) {
            if (item.toObject().value(QStringLiteral("file")).toString() != target)
                continue;
            found = true;
            QCOMPARE(item.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
            QCOMPARE(item.toObject().value(QStringLiteral("sha256")).toString().toLatin1(), expected);
        }
        QVERIFY(found);
    }

    void survivesSigkillAtRandomPoints()
    {
        // Two connections at 1 MiB/s each, about 10 s for the whole file:
        // room to be killed a few times.
        setFaults({{QStringLiteral("rate_bytes_per_second"), 1024 * 1024}});
        const TestSupport::CliRun added =
            cli({QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("add"),
                 QStringLiteral("v-cli"), QStringLiteral("--dest"), m_dest.path()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString target =
            QJsonDocument::fromJson(added.out).object().value(QStringLiteral("file")).toString();
        const QString part = target + QStringLiteral(".part");

        qint64 lastSize = 0;
        for (int kill = 0; kill < 3; ++kill) {
            QProcess process;
            process.start(TestSupport::program(QStringLiteral("mmdesk-cli")),
                          common() + QStringList {QStringLiteral("download"), QStringLiteral("run")});
            QVERIFY(process.waitForStarted());
            // Killed at a random moment once this run has saved progress of
            // its own (a slow start under the sanitizers takes seconds).
            QTRY_VERIFY_WITH_TIMEOUT(savedOffset() > lastSize, 60000);
            QTest::qWait(QRandomGenerator::global()->bounded(1200));
            process.kill(); // SIGKILL: no chance to save anything
            QVERIFY(process.waitForFinished());
            QCOMPARE(integrity(), QStringLiteral("ok"));
            QVERIFY2(!QFile::exists(target), "killed before the end, yet finished");
            // What the queue holds as durable never goes backwards, and the
            // partial file always has at least that many bytes.
            const qint64 saved = savedOffset();
            QVERIFY(saved >= lastSize);
            QVERIFY(QFileInfo(part).size() >= saved);
            lastSize = saved;
        }
        QVERIFY(lastSize > 0);
        setFaults({});
        const TestSupport::CliRun run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
        QCOMPARE(TestSupport::sha256OfFile(target), m_sha256);
        QVERIFY(!QFile::exists(part));
        QCOMPARE(integrity(), QStringLiteral("ok"));
    }

    void signInWaitsEndWithASignedInRun()
    {
        // A download paused because nobody was signed in, and now someone
        // is: 'download run' takes it up instead of finding the queue idle.
        QTemporaryDir dest;
        const QString target = addDownload(dest.path());
        QVERIFY(!target.isEmpty());
        {
            auto store = Downloads::QueueStore::open(queueFile());
            QVERIFY(store.ok());
            const auto record = queued(target);
            QVERIFY(record);
            QVERIFY(store.value()
                        ->setState(record->id, Downloads::State::Paused,
                                   QString::fromLatin1(Downloads::Engine::SignInRequired),
                                   QStringLiteral("Sign in."))
                        .ok());
        }
        const TestSupport::CliRun run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
        QCOMPARE(TestSupport::sha256OfFile(target), m_sha256);
    }

    void killedAtTheLastByte()
    {
        // SIGKILL after the last byte is written and before the download is
        // recorded as done (during the check): the next run checks the file
        // and finishes; it does not fetch it again, nor wait for ever.
        // The moment is caught by stopping the program as soon as the partial
        // file holds every byte; a try that finished first is not counted.
        setFaults({{QStringLiteral("rate_bytes_per_second"), 8 * 1024 * 1024}});
        int caught = 0;
        for (int attempt = 0; attempt < 6 && caught < 2; ++attempt) {
            QTemporaryDir dest;
            const QString target = addDownload(dest.path());
            QVERIFY(!target.isEmpty());
            const QString part = target + QStringLiteral(".part");
            QProcess process;
            process.start(TestSupport::program(QStringLiteral("mmdesk-cli")),
                          common()
                              + QStringList {QStringLiteral("download"), QStringLiteral("run"),
                                             QStringLiteral("--connections"), QStringLiteral("1")});
            QVERIFY(process.waitForStarted());
            bool stopped = false;
            QDeadlineTimer deadline(30000);
            while (!deadline.hasExpired() && process.state() == QProcess::Running) {
                if (QFileInfo(part).size() >= FileSize) {
                    ::kill(static_cast<pid_t>(process.processId()), SIGSTOP);
                    stopped = true;
                    break;
                }
                QThread::usleep(500);
            }
            const bool written = stopped && !QFile::exists(target) && QFileInfo(part).size() == FileSize;
            process.kill();
            QVERIFY(process.waitForFinished());
            QCOMPARE(integrity(), QStringLiteral("ok"));
            if (!written) {
                QVERIFY2(process.exitStatus() == QProcess::CrashExit || QFile::exists(target),
                         "neither caught nor finished");
                continue;
            }
            ++caught;
            const qsizetype mark = m_portal.requests().size();
            setFaults({});
            const TestSupport::CliRun run = cli({QStringLiteral("download"), QStringLiteral("run")});
            QVERIFY2(run.exitCode == 0,
                     qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
            QCOMPARE(TestSupport::sha256OfFile(target), m_sha256);
            // At most what was written since the last save is fetched again.
            const qint64 again = TestSupport::mediaBytesServed(m_portal.requests().mid(mark));
            QVERIFY2(again <= 5 * 1024 * 1024, qPrintable(QString::number(again)));
            setFaults({{QStringLiteral("rate_bytes_per_second"), 8 * 1024 * 1024}});
        }
        setFaults({});
        qInfo("the last byte caught before the end in %d tries", caught);
        QVERIFY2(caught >= 1, "the last byte was never caught before the end");
    }

    void oneProgramWorksTheQueue()
    {
        // The desktop app's engine works the queue; mmdesk-cli beside it
        // queues into it and refuses to work the same partial files.
        TestSupport::PortalProcess &portal = m_portal;
        Portal::PortalClient client(m_network, portal.baseUrl());
        Auth::TokenStore tokens(QStringLiteral("mmdesk-clidownload-app"));
        Auth::AccountService accounts(client, tokens);
        QVERIFY(TestSupport::signUp(accounts, portal, QStringLiteral("app@example.org")));
        TestSupport::EngineKnobs knobs;
        auto app = std::make_unique<TestSupport::EngineRig>(client, knobs, queueFile());
        QTRY_VERIFY(QFile::exists(queueFile() + QStringLiteral(".lock")));

        const TestSupport::CliRun busy = cli({QStringLiteral("download"), QStringLiteral("run")});
        QCOMPARE(busy.exitCode, 1);
        QVERIFY2(busy.err.contains("is working this download queue"), busy.err.constData());

        QTemporaryDir dest;
        const QString target = addDownload(dest.path());
        QVERIFY(!target.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            app->last().targetPath() == target && app->last().state == Downloads::State::Completed, 30000);
        QCOMPARE(TestSupport::sha256OfFile(target), m_sha256);

        // Cancelled from the command line while the app downloads it: the
        // app stops, and its partial file goes.
        setFaults({{QStringLiteral("rate_bytes_per_second"), 1024 * 1024}});
        QTemporaryDir slow;
        const QString slowTarget = addDownload(slow.path());
        QTRY_VERIFY_WITH_TIMEOUT(app->last().targetPath() == slowTarget
                                     && app->last().state == Downloads::State::Active
                                     && QFile::exists(slowTarget + QStringLiteral(".part")),
                                 20000);
        const auto record = queued(slowTarget);
        QVERIFY(record);
        QCOMPARE(
            cli({QStringLiteral("download"), QStringLiteral("cancel"), QString::number(record->id)}).exitCode,
            0);
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(slowTarget + QStringLiteral(".part")), 10000);
        QVERIFY(!QFile::exists(slowTarget));
        setFaults({});

        // Closed: the queue is the command line's again.
        app.reset();
        const TestSupport::CliRun run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0,
                 qPrintable(QString::number(run.exitCode) + u' ' + QString::fromUtf8(run.err)));
    }
};

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_clidownload.moc"
