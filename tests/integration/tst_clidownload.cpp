// mmdesk-cli download as a script uses it, against the reference portal:
// add, list, run, exit codes, and SIGKILL at random points of a download,
// each time resumed, ending with a verified file and an intact queue database.

#include "core/storage/database.h"
#include "tests/support/portalprocess.h"
#include "tests/support/testpaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 FileSize = 12 * 1024 * 1024 + 5;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

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

    Run cli(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess process;
        process.start(TestSupport::program(QStringLiteral("mmdesk-cli")), common() + arguments);
        process.write(input);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    void setFaults(const QJsonObject &faults)
    {
        QNetworkRequest request(m_portal.url(QStringLiteral("dev/faults")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reset = m_network.deleteResource(request);
        QTRY_VERIFY(reset->isFinished());
        reset->deleteLater();
        if (faults.isEmpty())
            return;
        QNetworkReply *reply = m_network.post(request, QJsonDocument(faults).toJson());
        QTRY_VERIFY(reply->isFinished());
        reply->deleteLater();
    }

    QByteArray sha256Of(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return hash.result().toHex();
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
        QDir content(m_content.path());
        QVERIFY(content.mkpath(QStringLiteral("news")));
        QVERIFY(content.mkpath(QStringLiteral("videos")));
        QVERIFY(content.mkpath(QStringLiteral("media/v-cli")));
        QByteArray bytes(FileSize, Qt::Uninitialized);
        QRandomGenerator generator(11);
        for (qsizetype i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(generator.bounded(256));
        QFile media(content.filePath(QStringLiteral("media/v-cli/master.mxf")));
        QVERIFY(media.open(QIODevice::WriteOnly));
        media.write(bytes);
        media.close();
        m_sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        for (const char *name : {"media/v-cli/thumb.jpg", "media/v-cli/proxy.mp4"}) {
            QFile small(content.filePath(QString::fromLatin1(name)));
            QVERIFY(small.open(QIODevice::WriteOnly));
            small.write("placeholder bytes for a test");
        }
        const QJsonObject video {
            {QStringLiteral("id"), QStringLiteral("v-cli")},
            {QStringLiteral("title"), QStringLiteral("Point de presse")},
            {QStringLiteral("published_at"), QStringLiteral("2026-11-01T10:00:00Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T10:00:00Z")},
            {QStringLiteral("duration_ms"), 4000},
            {QStringLiteral("thumbnail"), QStringLiteral("media/v-cli/thumb.jpg")},
            {QStringLiteral("preview"), QStringLiteral("media/v-cli/proxy.mp4")},
            {QStringLiteral("renditions"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("id"), QStringLiteral("r-master")},
                 {QStringLiteral("label"), QStringLiteral("Master")},
                 {QStringLiteral("container"), QStringLiteral("mxf")},
                 {QStringLiteral("width"), 1920},
                 {QStringLiteral("height"), 1080},
                 {QStringLiteral("file"), QStringLiteral("media/v-cli/master.mxf")},
                 {QStringLiteral("filename"), QStringLiteral("point de presse/../master.mxf")}}}},
        };
        QFile manifest(content.filePath(QStringLiteral("videos/v-cli.json")));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(video).toJson());
        manifest.close();
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void runNeedsASignIn()
    {
        const Run run = cli({QStringLiteral("download"), QStringLiteral("run")});
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
                      QStringLiteral("--code"), m_portal.latestCode(email)})
                     .exitCode,
                 0);

        const Run unknown = cli({QStringLiteral("download"), QStringLiteral("add"), QStringLiteral("v-cli"),
                                 QStringLiteral("--rendition"), QStringLiteral("r-none"),
                                 QStringLiteral("--dest"), m_dest.path()});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("r-master"), unknown.err.constData()); // names what there is

        const Run added =
            cli({QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("add"),
                 QStringLiteral("v-cli"), QStringLiteral("--best"), QStringLiteral("--dest"), m_dest.path()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject record = QJsonDocument::fromJson(added.out).object();
        QCOMPARE(record.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        // The server's file name cannot climb out of the destination.
        const QString target = record.value(QStringLiteral("file")).toString();
        QCOMPARE(QFileInfo(target).absolutePath(), m_dest.path());
        QCOMPARE(QFileInfo(target).fileName(), QStringLiteral("point de presse_.._master.mxf"));

        const Run run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.contains("completed and verified"));
        QCOMPARE(sha256Of(target), m_sha256);

        const Run list = cli({QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("list")});
        const QJsonArray items =
            QJsonDocument::fromJson(list.out).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("completed"));
    }

    void survivesSigkillAtRandomPoints()
    {
        // About 4 s for the whole file: room to be killed a few times.
        setFaults({{QStringLiteral("rate_bytes_per_second"), 3 * 1024 * 1024}});
        const Run added = cli({QStringLiteral("--json"), QStringLiteral("download"), QStringLiteral("add"),
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
            QTest::qWait(400 + QRandomGenerator::global()->bounded(900));
            process.kill(); // SIGKILL: no chance to save anything
            QVERIFY(process.waitForFinished());
            QCOMPARE(integrity(), QStringLiteral("ok"));
            QVERIFY2(!QFile::exists(target), "killed before the end, yet finished");
            const qint64 size = QFileInfo(part).size();
            QVERIFY(size >= lastSize); // never went backwards
            lastSize = size;
        }
        QVERIFY(lastSize > 0);
        setFaults({});
        const Run run = cli({QStringLiteral("download"), QStringLiteral("run")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(sha256Of(target), m_sha256);
        QVERIFY(!QFile::exists(part));
        QCOMPARE(integrity(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCliDownload)
#include "tst_clidownload.moc"
