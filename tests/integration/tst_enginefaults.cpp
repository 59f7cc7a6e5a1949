// The download engine against what the contract allows a portal and its
// media host to do, beyond dropped and slow connections (tst_engine): a
// file replaced while it is fetched, links that live two seconds on a host
// that drops and caps connections, maintenance answers to /link, weak and
// missing ETags, a 416 for a file already complete, a queue left with every
// byte written, and a drive without hard links. Each test proves from the
// portal's request log that its fault happened, and compares the finished
// file with a SHA-256 it computed itself.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/engine.h"
#include "core/downloads/fileops.h"
#include "core/downloads/queuestore.h"
#include "core/portal/linkapi.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/enginerig.h"
#include "tests/support/portalprocess.h"
#include "tests/support/requestlogentries.h"
#include "tests/support/singlevideo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Downloads;
using TestSupport::EngineRig;
using TestSupport::LoggedRequest;

namespace {

constexpr qint64 FileSize = 6 * 1024 * 1024 + 3;

// A portal of its own with one signed-in account, for tests that need the
// portal started with other flags.
struct SignedInPortal
{
    TestSupport::PortalProcess process;
    std::unique_ptr<Portal::PortalClient> client;
    std::unique_ptr<Auth::TokenStore> tokens;
    std::unique_ptr<Auth::AccountService> accounts;

    bool start(QNetworkAccessManager &network, const QString &content, const QStringList &flags,
               const QString &keychainService, const QString &email)
    {
        if (!process.start(content, flags))
            return false;
        client = std::make_unique<Portal::PortalClient>(network, process.baseUrl());
        tokens = std::make_unique<Auth::TokenStore>(keychainService);
        accounts = std::make_unique<Auth::AccountService>(*client, *tokens);
        return TestSupport::signUp(*accounts, process, email);
    }
};

// A portal of its own holding one larger video, for the tests that need
// the portal started with other flags or a file other than the shared one.
struct PortalWithVideo
{
    QTemporaryDir content;
    QByteArray sha256;
    SignedInPortal portal;
};

QList<LoggedRequest> since(const QList<LoggedRequest> &all, qsizetype mark)
{
    return all.mid(mark);
}

} // namespace

class TestEngineFaults final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    TestSupport::SingleVideo m_video;
    QByteArray m_sha256;
    SignedInPortal m_portal;
    QNetworkAccessManager m_network;
    TestSupport::EngineKnobs m_knobs;

    std::unique_ptr<EngineRig> startEngine(const QString &queuePath, SignedInPortal *portal = nullptr)
    {
        return std::make_unique<EngineRig>(*(portal ? portal : &m_portal)->client, m_knobs, queuePath);
    }

    DownloadRecord request(const QString &dest) const
    {
        return TestSupport::downloadRequest(m_video.videoId, dest);
    }

    void setFaults(const QJsonObject &faults) { QVERIFY(m_portal.process.setFaults(faults)); }

    // Starts a portal of its own (with `flags`) serving the video with
    // `sizeBytes` bytes of `seed`, and signs an account in to it.
    std::unique_ptr<PortalWithVideo> portalWithVideo(qint64 sizeBytes, quint32 seed, const QStringList &flags,
                                                     const QString &account)
    {
        auto own = std::make_unique<PortalWithVideo>();
        TestSupport::SingleVideo video = m_video;
        video.sizeBytes = sizeBytes;
        video.seed = seed;
        own->sha256 = TestSupport::writeSingleVideo(own->content.path(), video);
        if (own->sha256.isEmpty()
            || !own->portal.start(m_network, own->content.path(), flags,
                                  QStringLiteral("mmdesk-enginefaults-") + account,
                                  account + QStringLiteral("@example.org"))) {
            qWarning("%s", qPrintable(own->portal.process.log()));
            return nullptr;
        }
        return own;
    }

    qsizetype logMark() const { return m_portal.process.requests().size(); }
    QList<LoggedRequest> logSince(qsizetype mark) const { return since(m_portal.process.requests(), mark); }

    // Puts the rendition's first bytes back after a test replaced them.
    void restoreRendition()
    {
        QCOMPARE(TestSupport::replaceRendition(m_content.path(), m_video, 120), m_sha256);
        QVERIFY(m_portal.process.reloadContent());
    }

    // Runs one download to its end with the rig and returns its final record.
    DownloadRecord runToEnd(EngineRig &rig, const QString &dest, int timeoutMs = 60000)
    {
        const qint64 before = rig.lastAddedId();
        rig.add(request(dest));
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(rig.lastAddedId() != before && rig.last().id == rig.lastAddedId()
                                         && EngineRig::isFinal(rig.last().state),
                                     timeoutMs);
        }();
        return rig.last();
    }

    // With `faults` set on the shared portal (or on `own`), downloads the
    // video to its end on a fresh queue, checks that it completed with the
    // expected bytes, and returns what the portal logged meanwhile.
    QList<LoggedRequest> logOfAVerifiedRun(const QJsonObject &faults, PortalWithVideo *own = nullptr)
    {
        SignedInPortal &portal = own ? own->portal : m_portal;
        const QByteArray &sha = own ? own->sha256 : m_sha256;
        [&] {
            QVERIFY(portal.process.setFaults(faults));
        }();
        const qsizetype mark = portal.process.requests().size();
        QTemporaryDir dest;
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")), &portal);
        const DownloadRecord last = runToEnd(*rig, dest.path(), 120000);
        [&] {
            QVERIFY2(last.state == State::Completed, qPrintable(last.errorCode + u": " + last.errorMessage));
            QCOMPARE(TestSupport::sha256OfFile(last.targetPath()), sha);
        }();
        return since(portal.process.requests(), mark);
    }

    QList<LoggedRequest> mediaOfAVerifiedRun(const QJsonObject &faults)
    {
        return TestSupport::requestsUnder(logOfAVerifiedRun(faults), QStringLiteral("/media/"));
    }

    // A queue left as a crash leaves it: the download active, every byte of
    // the file written and saved as written, not yet checked.
    void leaveWrittenFile(const QString &queue, const QString &dest, bool segmented)
    {
        auto store = QueueStore::open(queue);
        QVERIFY(store.ok());
        DownloadRecord record = request(dest);
        record.sizeBytes = FileSize;
        record.sha256 = m_sha256;
        auto added = store.value()->add(record);
        QVERIFY(added.ok());
        record = added.value();
        QVERIFY(QFile::copy(renditionFile(), record.partPath()));
        // A link still valid, and the version it names, as the queue keeps them.
        const Portal::DownloadLink link = signedLink();
        QVERIFY(link.url.isValid() && !link.etag.isEmpty());
        record.etag = link.etag;
        record.bytesDone = FileSize;
        record.partCreated = true; // as the engine notes when it makes the file
        if (segmented) {
            const qint64 half = FileSize / 2;
            record.segments = {Segment {0, 0, half - 1, half},
                               Segment {1, half, FileSize - 1, FileSize - half}};
        }
        QVERIFY(
            store.value()->setLink(record.id, link.url.toString(), link.expiresAt, FileSize, m_sha256).ok());
        QVERIFY(store.value()->saveProgress(record).ok());
        QVERIFY(store.value()->setState(record.id, State::Active).ok());
    }

    Portal::DownloadLink signedLink()
    {
        std::optional<Portal::ApiResult<Portal::DownloadLink>> answer;
        Portal::LinkApi(*m_portal.client)
            .requestLink(
                m_video.videoId, m_video.renditionId, this,
                [&answer](Portal::ApiResult<Portal::DownloadLink> link) { answer = std::move(link); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
            return {};
        return answer->value();
    }

    QString renditionFile() const
    {
        return m_content.filePath(QStringLiteral("media/") + m_video.videoId
                                  + QStringLiteral("/rendition.bin"));
    }

private slots:
    void initTestCase()
    {
        m_video.videoId = QStringLiteral("v-faults");
        m_video.sizeBytes = FileSize;
        m_video.seed = 31;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), m_video);
        QVERIFY(!m_sha256.isEmpty());
        QVERIFY2(m_portal.start(m_network, m_content.path(), {}, QStringLiteral("mmdesk-enginefaults-test"),
                                QStringLiteral("faults@example.org")),
                 qPrintable(m_portal.process.log()));
    }

    void init()
    {
        m_knobs = TestSupport::EngineKnobs();
        setFaults({});
    }

    void replacedFileEndsAsTheNewVersion_data() { TestSupport::addConnectionRows(); }

    void replacedFileEndsAsTheNewVersion()
    {
        // The portal publishes a new version while the old one is fetched:
        // the host answers with a new strong ETag from then on. The download
        // must end as the new version, checked against the new SHA-256.
        QFETCH(int, connections);
        m_knobs.connections = connections;
        setFaults({{QStringLiteral("rate_bytes_per_second"), 1024 * 1024},
                   {QStringLiteral("drop_after_bytes"), 1024 * 1024},
                   {QStringLiteral("drop_count"), 2}});
        const qsizetype mark = logMark();
        QTemporaryDir dest;
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")));
        rig->add(request(dest.path()));
        QSignalSpy progress(rig->engine(), &Engine::progress);
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toLongLong() > 1024 * 1024,
                                 20000);

        TestSupport::SingleVideo replacement = m_video;
        replacement.seed = 32;
        const QByteArray newSha = TestSupport::replaceRendition(m_content.path(), replacement);
        QVERIFY(!newSha.isEmpty() && newSha != m_sha256);
        QVERIFY(m_portal.process.reloadContent());

        QTRY_VERIFY_WITH_TIMEOUT(EngineRig::isFinal(rig->last().state), 60000);
        const DownloadRecord last = rig->last();
        QVERIFY2(last.state == State::Completed, qPrintable(last.errorCode + u": " + last.errorMessage));
        QCOMPARE(TestSupport::sha256OfFile(last.targetPath()), newSha);
        QCOMPARE(last.sha256, newSha);
        QCOMPARE(last.corruptRetries, 0); // never a wrong file on the way

        // The fault fired: the host answered with two versions, and a new
        // link was asked for once the second one showed.
        const auto log = logSince(mark);
        QSet<QString> etags;
        for (const LoggedRequest &r : TestSupport::requestsUnder(log, QStringLiteral("/media/")))
            if (!r.etag.isEmpty())
                etags.insert(r.etag);
        QVERIFY2(etags.size() >= 2, qPrintable(QStringList(etags.values()).join(u' ')));
        QVERIFY(TestSupport::linkRequests(log).size() >= 2);
        rig.reset();
        restoreRendition();
    }

    void shortLinksOnADroppingCappedHost_data() { TestSupport::addConnectionRows(); }

    void shortLinksOnADroppingCappedHost()
    {
        // Links live two seconds; every answer is cut after 2 MiB and each
        // connection gets 4 MiB/s: links expire mid-transfer again and again.
        QFETCH(int, connections);
        m_knobs.connections = connections;
        const qint64 size = 24 * 1024 * 1024 + 1;
        const auto own = portalWithVideo(size, 33, {QStringLiteral("--link-lifetime"), QStringLiteral("2")},
                                         QStringLiteral("short%1").arg(connections));
        QVERIFY(own);
        const auto log = logOfAVerifiedRun({{QStringLiteral("drop_after_bytes"), 2 * 1024 * 1024},
                                            {QStringLiteral("rate_bytes_per_second"), 4 * 1024 * 1024}},
                                           own.get());
        if (QTest::currentTestFailed())
            return;
        const auto media = TestSupport::requestsUnder(log, QStringLiteral("/media/"));
        const auto expired = std::count_if(media.cbegin(), media.cend(),
                                           [](const LoggedRequest &r) { return r.status == 410; });
        const auto cut = std::count_if(media.cbegin(), media.cend(), [](const LoggedRequest &r) {
            return (r.status == 200 || r.status == 206) && r.bytes > 2 * 1024 * 1024 - 256 * 1024
                && r.bytes <= 2 * 1024 * 1024;
        });
        QVERIFY2(cut >= 3, "the host did not drop answers");
        // Links were renewed as they expired: more than one was asked for, and
        // every expired answer was followed by a new link.
        const auto links = TestSupport::linkRequests(log);
        QVERIFY(links.size() >= 2);
        if (expired > 0) {
            const auto lastExpired = std::find_if(log.crbegin(), log.crend(), [](const LoggedRequest &r) {
                return r.status == 410 && r.path.startsWith(QLatin1String("/media/"));
            });
            QVERIFY(std::any_of(log.crbegin(), lastExpired, [](const LoggedRequest &r) {
                return r.method == u"POST" && r.path.endsWith(QLatin1String("/link"));
            }));
        }
        qInfo("%d media answers, %d cut short, %d refused as expired, %d links",
              static_cast<int>(media.size()), static_cast<int>(cut), static_cast<int>(expired),
              static_cast<int>(links.size()));
        // What was fetched again stays small: resumed, never restarted.
        QVERIFY2(TestSupport::mediaBytesServed(log) < size * 12 / 10,
                 qPrintable(QString::number(TestSupport::mediaBytesServed(log))));
    }

    void connectionsGrowOnAHostThatCapsEach()
    {
        // A CDN that caps each connection (2 MiB/s here): starting from two,
        // the download opens more while that raises its throughput.
        m_knobs.connections = 2;
        m_knobs.adaptiveConnections = true;
        const auto own = portalWithVideo(40 * 1024 * 1024 + 9, 34, {}, QStringLiteral("grow"));
        QVERIFY(own);
        const auto log =
            logOfAVerifiedRun({{QStringLiteral("rate_bytes_per_second"), 2 * 1024 * 1024}}, own.get());
        if (QTest::currentTestFailed())
            return;
        // More ranges than the two it started with were asked for at once:
        // count the ranged answers, each a connection of its own.
        const auto media = TestSupport::requestsUnder(log, QStringLiteral("/media/"));
        QVERIFY2(media.size() >= 4, qPrintable(QString::number(media.size())));
        for (const LoggedRequest &r : media)
            QCOMPARE(r.status, 206);
    }

    void segmentsThatKeepFailingGoOnAsOneStream()
    {
        // Four connections and three failures in a row (a host overloaded by
        // parallel requests): the file goes on as one stream.
        const auto media =
            mediaOfAVerifiedRun({{QStringLiteral("fail_next"), 3}, {QStringLiteral("fail_status"), 500}});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(std::count_if(media.cbegin(), media.cend(),
                               [](const LoggedRequest &r) { return r.status == 500; }),
                 3);
        // After the failures, one request for the rest of the file.
        const auto answered = std::find_if(media.cbegin(), media.cend(), [](const LoggedRequest &r) {
            return r.status == 200 || r.status == 206;
        });
        QVERIFY(answered != media.cend());
        QCOMPARE(media.cend() - answered, 1);
        QVERIFY2(answered->range.isEmpty() || answered->range.endsWith(u'-'), qPrintable(answered->range));
    }

    void maintenanceAnswersAreWaitedOut()
    {
        // The portal answers /link with 503 and Retry-After three times. One
        // counted failure would end the download here (one try allowed).
        m_knobs.maxAttempts = 1;
        setFaults({{QStringLiteral("link_fail_next"), 3}, {QStringLiteral("link_retry_after"), 1}});
        const qsizetype mark = logMark();
        QTemporaryDir dest;
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")));
        rig->add(request(dest.path()));
        QTRY_COMPARE_WITH_TIMEOUT(rig->last().errorCode, QStringLiteral("maintenance"), 10000);
        QCOMPARE(rig->last().state, State::Active); // waiting, not failed
        QTRY_VERIFY_WITH_TIMEOUT(EngineRig::isFinal(rig->last().state), 30000);
        const DownloadRecord last = rig->last();
        QVERIFY2(last.state == State::Completed, qPrintable(last.errorCode + u": " + last.errorMessage));
        QCOMPARE(TestSupport::sha256OfFile(last.targetPath()), m_sha256);
        const auto links = TestSupport::linkRequests(logSince(mark));
        QCOMPARE(links.size(), 4);
        QCOMPARE(std::count_if(links.cbegin(), links.cend(),
                               [](const LoggedRequest &r) { return r.status == 503; }),
                 3);
    }

    void weakOrMissingEtags_data()
    {
        QTest::addColumn<QString>("etag");
        QTest::addColumn<int>("connections");
        for (const char *mode : {"weak", "none"}) {
            for (const int connections : {1, 4})
                QTest::addRow("%s, %d connection(s)", mode, connections)
                    << QString::fromLatin1(mode) << connections;
        }
    }

    void weakOrMissingEtags()
    {
        // Without a strong ETag, ranges from several connections could mix
        // versions: one stream, resumed by the Last-Modified date, and never
        // a weak ETag in If-Range.
        QFETCH(QString, etag);
        QFETCH(int, connections);
        m_knobs.connections = connections;
        const auto media = mediaOfAVerifiedRun({{QStringLiteral("etag"), etag},
                                                {QStringLiteral("drop_after_bytes"), 1500000},
                                                {QStringLiteral("drop_count"), 2}});
        if (QTest::currentTestFailed())
            return;
        int resumedByDate = 0;
        for (const LoggedRequest &r : media) {
            QVERIFY2(!r.ifRange.startsWith(QLatin1String("W/")), qPrintable(r.ifRange));
            QVERIFY2(!r.range.endsWith(u'-') || r.range == QLatin1String("bytes=0-") || !r.ifRange.isEmpty(),
                     "a resume without a validator");
            if (etag == u"weak")
                QVERIFY(r.etag.startsWith(QLatin1String("W/")));
            else
                QVERIFY(r.etag.isEmpty());
            if (r.ifRange.endsWith(QLatin1String("GMT")) && r.status == 206)
                ++resumedByDate;
        }
        QVERIFY2(resumedByDate >= 1, "never resumed by the Last-Modified date");
        // One stream: after the first answer (which may be a segment probe),
        // every request runs to the end of the file.
        for (const LoggedRequest &r : media.mid(1))
            QVERIFY2(r.range.isEmpty() || r.range.endsWith(u'-'), qPrintable(r.range));
    }

    void writtenFileIsCheckedNotFetched_data()
    {
        QTest::addColumn<bool>("segmented");
        QTest::newRow("one stream") << false;
        QTest::newRow("segments") << true;
    }

    void writtenFileIsCheckedNotFetched()
    {
        // A stop or a crash after the last byte and before the end of the
        // check: the next start checks the file and asks the host for nothing.
        QFETCH(bool, segmented);
        QTemporaryDir dest;
        QTemporaryDir state;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        leaveWrittenFile(queue, dest.path(), segmented);
        const qsizetype mark = logMark();
        auto rig = startEngine(queue);
        QTRY_VERIFY_WITH_TIMEOUT(!rig->completed().isEmpty() || EngineRig::isFinal(rig->last().state), 30000);
        const DownloadRecord last = rig->last();
        QVERIFY2(last.state == State::Completed, qPrintable(last.errorCode + u": " + last.errorMessage));
        QCOMPARE(TestSupport::sha256OfFile(last.targetPath()), m_sha256);
        QVERIFY(TestSupport::requestsUnder(logSince(mark), QStringLiteral("/media/")).isEmpty());
        QVERIFY(TestSupport::linkRequests(logSince(mark)).isEmpty());
        // The queue is idle after it: nothing holds a slot.
        QSignalSpy idle(rig->engine(), &Engine::idle);
        QMetaObject::invokeMethod(rig->engine(), [engine = rig->engine()] { engine->setMaxConcurrent(3); });
        QTRY_VERIFY(!idle.isEmpty());
    }

    void unsatisfiableRangeAtTheEndMeansComplete()
    {
        // A preview (no size from the portal) with every byte on disk: the
        // host answers the next byte with 416 "bytes */N", N being where the
        // file ends. That is a complete file, to be checked, not deleted.
        QTemporaryDir dest;
        QTemporaryDir state;
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        const QByteArray preview = "placeholder preview";
        QUrl url;
        QByteArray etag;
        {
            // The preview's address as the portal gives it, and its version.
            QNetworkReply *video = m_network.get(
                QNetworkRequest(m_portal.process.url(QStringLiteral("videos/") + m_video.videoId)));
            QSignalSpy answered(video, &QNetworkReply::finished);
            QVERIFY(answered.wait(10000));
            url = QUrl(QJsonDocument::fromJson(video->readAll())
                           .object()
                           .value(QStringLiteral("preview_url"))
                           .toString());
            video->deleteLater();
            QVERIFY2(url.isValid(), qPrintable(url.toString()));
            QNetworkReply *head = m_network.head(QNetworkRequest(url));
            QSignalSpy finished(head, &QNetworkReply::finished);
            QVERIFY(finished.wait(10000));
            etag = head->rawHeader("ETag");
            head->deleteLater();
        }
        QVERIFY(!etag.isEmpty());
        {
            auto store = QueueStore::open(queue);
            QVERIFY(store.ok());
            DownloadRecord record = TestSupport::downloadRequest(
                m_video.videoId, dest.path(), QString(PreviewRenditionId), QStringLiteral("proxy.mp4"));
            auto added = store.value()->add(record);
            QVERIFY(added.ok());
            record = added.value();
            QFile part(record.partPath());
            QVERIFY(part.open(QIODevice::WriteOnly) && part.write(preview) == preview.size());
            part.close();
            record.etag = etag;
            record.bytesDone = preview.size();
            record.partCreated = true;
            QVERIFY(store.value()->setLink(record.id, url.toString(), QDateTime(), -1, QByteArray()).ok());
            QVERIFY(store.value()->saveProgress(record).ok());
        }
        const qsizetype mark = logMark();
        auto rig = startEngine(queue);
        QTRY_VERIFY_WITH_TIMEOUT(EngineRig::isFinal(rig->last().state), 30000);
        const DownloadRecord last = rig->last();
        QVERIFY2(last.state == State::Completed, qPrintable(last.errorCode + u": " + last.errorMessage));
        QFile done(last.targetPath());
        QVERIFY(done.open(QIODevice::ReadOnly));
        QCOMPARE(done.readAll(), preview);
        const auto media = TestSupport::requestsUnder(logSince(mark), QStringLiteral("/media/"));
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().status, 416);
        QCOMPARE(media.first().range, QStringLiteral("bytes=%1-").arg(preview.size()));
    }

    void finishesOnADriveWithoutHardLinks()
    {
        // A FAT image mounted through FUSE, as delivery drives are: link()
        // is refused there, the finish must still be atomic and complete.
        QTemporaryDir work;
        const QString image = work.filePath(QStringLiteral("delivery.img"));
        const QString mount = work.filePath(QStringLiteral("delivery"));
        QVERIFY(QDir().mkpath(mount));
        const QString mkfs = QStandardPaths::findExecutable(
            QStringLiteral("mkfs.vfat"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        QVERIFY2(!mkfs.isEmpty(), "mkfs.vfat (dosfstools) is needed");
        // 256 MiB: room for the file and the margin a download keeps free.
        QCOMPARE(QProcess::execute(mkfs, {QStringLiteral("-C"), image, QStringLiteral("262144")}), 0);
        QCOMPARE(QProcess::execute(QStringLiteral("fusefat"),
                                   {QStringLiteral("-o"), QStringLiteral("rw+"), image, mount}),
                 0);
        const auto unmount = qScopeGuard([&] {
            if (QProcess::execute(QStringLiteral("fusermount3"), {QStringLiteral("-u"), mount}) != 0)
                QProcess::execute(QStringLiteral("umount"), {mount});
        });
        QVERIFY(QFile::exists(mount));

        const qsizetype mark = logMark();
        QTemporaryDir state;
        auto rig = startEngine(state.filePath(QStringLiteral("queue.sqlite")));
        const DownloadRecord last = runToEnd(*rig, mount);
        QVERIFY2(last.state == State::Completed, qPrintable(last.errorCode + u": " + last.errorMessage));
        QCOMPARE(last.targetPath(), QDir(mount).filePath(QStringLiteral("master.mxf")));
        QCOMPARE(TestSupport::sha256OfFile(last.targetPath()), m_sha256);
        QVERIFY(!QFile::exists(last.partPath()));
        QVERIFY(!TestSupport::requestsUnder(logSince(mark), QStringLiteral("/media/")).isEmpty());

        // Without link() the finish still never replaces a file: a name that
        // is taken is refused, and both files stay as they were. (Short names:
        // fusefat mishandles the sizes of files with long names.)
        const QString taken = QDir(mount).filePath(QStringLiteral("TAKEN.BIN"));
        const QString part = QDir(mount).filePath(QStringLiteral("PART.BIN"));
        for (const auto &[path, bytes] :
             {std::pair {taken, QByteArray("kept")}, std::pair {part, QByteArray("new")}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        }
        const auto refused = FileOps::finishAtomically(part, taken);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("target_exists"));
        QFile kept(taken);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("kept"));
        QVERIFY(QFile::exists(part));

        // A file over 4 GiB cannot go there: that is said before the first
        // byte, not after a transfer refused half-way.
        QCOMPARE(FileOps::maxFileSize(mount), 4LL * 1024 * 1024 * 1024 - 1);
        QCOMPARE(FileOps::maxFileSize(work.path()), -1LL);
        const qsizetype beforeBig = logMark();
        const QString queue = state.filePath(QStringLiteral("queue.sqlite"));
        {
            auto store = QueueStore::open(queue);
            QVERIFY(store.ok());
            // Queued by another program, as mmdesk-cli does beside the app,
            // with a link that says 5 GiB.
            const Portal::DownloadLink link = signedLink();
            DownloadRecord big = request(mount);
            big.url = link.url.toString();
            big.urlExpiresAt = link.expiresAt;
            big.sizeBytes = 5LL * 1024 * 1024 * 1024;
            big.sha256 = m_sha256;
            QVERIFY(store.value()->add(big).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(rig->last().errorCode, QStringLiteral("file_too_large"), 10000);
        QCOMPARE(rig->last().state, State::Failed);
        QVERIFY2(rig->last().errorMessage.contains(QLatin1String("4 GiB")),
                 qPrintable(rig->last().errorMessage));
        QVERIFY(TestSupport::requestsUnder(logSince(beforeBig), QStringLiteral("/media/")).isEmpty());
        rig.reset();
    }
};

QTEST_GUILESS_MAIN(TestEngineFaults)
#include "tst_enginefaults.moc"
