#include "app/cli/downloadcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/conditionscommand.h"
#include "app/cli/exitcodes.h"
#include "core/auth/accountservice.h"
#include "core/catalogue/catalogueapi.h"
#include "core/downloads/bandwidthschedule.h"
#include "core/downloads/downloadmanager.h"
#include "core/downloads/queuestore.h"
#include "core/library/downloadintake.h"
#include "core/library/librarystore.h"
#include "core/network/offlinemode.h"
#include "core/portal/conditions.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

namespace Cli {

namespace {

const char *const DownloadHelp = R"(Usage: mmdesk-cli [global options] download <action> [options]

Actions:
  add VIDEO_ID [--rendition ID | --best | --proxy] [--dest DIR]
              Queue a rendition (default: the best, by picture size then
              bitrate), or the low-bitrate preview proxy, into DIR
              (default: the download folder chosen in mmdesk, else
              ~/Videos/Multimedia Desk). The portal gives no
              SHA-256 for a proxy: its checksum is recorded when it is done.
              The portal's conditions of use must have been accepted
              ('mmdesk-cli account accept-conditions'); exit code 3 if not.
  run [--connections N] [--limit RATE]
              Work the queue until it is empty or all that is left failed or
              is paused; progress on standard error. Exit code 0 only when
              every download completed and matched its SHA-256.
              --connections: exactly N connections per large file, 1-16
              (default: the setting downloads.connections, which is "auto":
              4 to start, more, up to 16, while they make it faster).
              --limit: total bandwidth in bytes per second; k, M and G
              multiply by 1000 (e.g. 20M).
  list        The queue, in order.
  pause ID | resume ID | cancel ID | retry ID
              Change one download. cancel deletes its partial file.
)";

QString queuePath(const CliContext &context)
{
    return QDir(context.paths().dataDir()).filePath(QStringLiteral("downloads.sqlite"));
}

QJsonObject recordJson(const Downloads::DownloadRecord &r)
{
    return QJsonObject {
        {QStringLiteral("id"), r.id},
        {QStringLiteral("video_id"), r.videoId},
        {QStringLiteral("rendition_id"), r.renditionId},
        {QStringLiteral("title"), r.title},
        {QStringLiteral("label"), r.label},
        {QStringLiteral("state"), Downloads::stateKey(r.state)},
        {QStringLiteral("file"), r.targetPath()},
        {QStringLiteral("size_bytes"), r.sizeBytes},
        {QStringLiteral("bytes_done"), r.bytesDone},
        {QStringLiteral("sha256"), QString::fromLatin1(r.sha256)},
        {QStringLiteral("error_code"), r.errorCode},
        {QStringLiteral("error_message"), r.errorMessage},
    };
}

QString percent(const Downloads::DownloadRecord &r)
{
    if (r.sizeBytes <= 0)
        return QStringLiteral("   -");
    return QStringLiteral("%1%").arg(100.0 * double(r.bytesDone) / double(r.sizeBytes), 3, 'f', 0);
}

int exitCodeFor(const QList<Downloads::DownloadRecord> &records)
{
    int code = ExitOk;
    for (const auto &r : records) {
        if (r.state == Downloads::State::Completed)
            continue;
        if (r.state == Downloads::State::Corrupt)
            return ExitIntegrity;
        if (r.errorCode == u"disk_full" || r.errorCode == u"disk_error")
            code = ExitDisk;
        else if (r.errorCode == QLatin1String(Downloads::Engine::SignInRequired)
                 || r.errorCode.startsWith(u"http_401"))
            code = code == ExitOk ? ExitAuthentication : code;
        else if (r.errorCode == u"network_error" || r.errorCode == u"stalled" || r.errorCode == u"timeout")
            code = code == ExitOk ? ExitNetwork : code;
        else if (code == ExitOk)
            code = ExitFailure;
    }
    return code;
}

struct Session
{
    CliContext &context;
    std::shared_ptr<QCommandLineParser> parser;
    QObject *owner;
    std::function<void(int)> done;
};

std::unique_ptr<Downloads::QueueStore> openQueue(const Session &s)
{
    auto store = Downloads::QueueStore::open(queuePath(s.context));
    if (!store) {
        s.done(s.context.fail(ExitFailure, store.error().code, store.error().message));
        return nullptr;
    }
    return std::move(store).value();
}

void doList(const Session &s)
{
    auto store = openQueue(s);
    if (!store)
        return;
    auto records = store->all();
    if (!records)
        return s.done(s.context.fail(ExitFailure, records.error().code, records.error().message));
    if (s.context.json()) {
        QJsonArray items;
        for (const auto &r : records.value())
            items.append(recordJson(r));
        s.context.printJson(QJsonObject {{QStringLiteral("items"), items}});
    } else if (records.value().isEmpty()) {
        s.context.printText(QStringLiteral("The download queue is empty."));
    } else {
        for (const auto &r : records.value()) {
            QString line = QStringLiteral("%1  %2  %3  %4 — %5")
                               .arg(r.id, 4)
                               .arg(Downloads::stateKey(r.state), -9)
                               .arg(percent(r), r.title, QDir::toNativeSeparators(r.targetPath()));
            if (!r.errorMessage.isEmpty() && r.state != Downloads::State::Completed)
                line += QStringLiteral("\n        ") + r.errorMessage;
            s.context.printText(line);
        }
    }
    s.done(ExitOk);
}

void doChange(const Session &s, const QString &action, const QStringList &positional)
{
    bool ok = false;
    const qint64 id = positional.value(1).toLongLong(&ok);
    if (positional.size() != 2 || !ok)
        return s.done(s.context.fail(
            ExitUsage, QStringLiteral("usage"),
            QStringLiteral("download %1 takes one download ID (see 'mmdesk-cli download list').")
                .arg(action)));
    auto store = openQueue(s);
    if (!store)
        return;
    const auto found = store->find(id);
    if (!found || !found.value())
        return s.done(s.context.fail(
            ExitUsage, QStringLiteral("not_found"),
            QStringLiteral("There is no download %1 (see 'mmdesk-cli download list').").arg(id)));
    const Downloads::DownloadRecord record = *found.value();
    using Downloads::State;
    Util::Result<void> result;
    if (action == u"cancel") {
        if (const QString part = record.ownPartPath(); !part.isEmpty())
            QFile::remove(part);
        result = store->remove(id);
    } else if (action == u"pause") {
        if (record.state != State::Queued && record.state != State::Active)
            return s.done(s.context.fail(
                ExitUsage, QStringLiteral("invalid_state"),
                QStringLiteral("Download %1 is %2; only queued or running downloads can be paused.")
                    .arg(id)
                    .arg(Downloads::stateKey(record.state))));
        result = store->setState(id, State::Paused);
    } else {
        const bool allowed = action == u"resume"
            ? record.state == State::Paused
            : (record.state == State::Failed || record.state == State::Corrupt
               || record.state == State::Paused);
        if (!allowed)
            return s.done(s.context.fail(ExitUsage, QStringLiteral("invalid_state"),
                                         QStringLiteral("Download %1 is %2; %3 does not apply.")
                                             .arg(id)
                                             .arg(Downloads::stateKey(record.state), action)));
        result = store->setState(id, State::Queued);
    }
    if (!result)
        return s.done(s.context.fail(ExitFailure, result.error().code, result.error().message));
    if (s.context.json())
        s.context.printJson(QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("status"), action}});
    else
        s.context.printText(QStringLiteral("Download %1: %2 done.").arg(id).arg(action));
    s.done(ExitOk);
}

// The preview proxy of a video as a download; none when it has no preview.
std::optional<Downloads::DownloadRecord> previewRecord(const Catalogue::Video &video, const QString &dest,
                                                       const std::optional<Portal::Conditions> &conditions)
{
    if (!video.previewUrl.isValid())
        return std::nullopt;
    Downloads::DownloadRecord record;
    record.videoId = video.id;
    record.renditionId = Downloads::PreviewRenditionId;
    record.title = video.title;
    record.label = QStringLiteral("Preview proxy (MP4)");
    const QString served = video.previewUrl.fileName();
    record.fileName = served.isEmpty() ? video.id + QStringLiteral("-preview.mp4") : served;
    record.destDir = dest;
    record.metadataJson = Portal::downloadMetadata(video.json, conditions);
    return record;
}

void queue(const Session &s, const std::optional<Downloads::DownloadRecord> &wanted)
{
    if (!wanted)
        return s.done(s.context.fail(ExitUsage, QStringLiteral("no_preview"),
                                     QStringLiteral("This video has no preview proxy.")));
    const Downloads::DownloadRecord &record = *wanted;
    auto store = openQueue(s);
    if (!store)
        return;
    auto queued = store->enqueue(record);
    if (!queued)
        return s.done(s.context.fail(ExitFailure, queued.error().code, queued.error().message));
    if (s.context.json())
        s.context.printJson(recordJson(queued.value()));
    else
        s.context.printText(QStringLiteral("Queued as download %1: %2, %3 (%4) → %5")
                                .arg(queued.value().id)
                                .arg(record.title, record.label,
                                     record.sizeBytes < 0
                                         ? QStringLiteral("size told by the server")
                                         : QStringLiteral("%1 MB").arg(record.sizeBytes / 1000000))
                                .arg(QDir::toNativeSeparators(queued.value().targetPath())));
    s.done(ExitOk);
}

void addVideo(const Session &s, Portal::PortalClient &client, const QString &videoId, const QString &dest);

void doAdd(const Session &s, const QStringList &positional)
{
    if (positional.size() != 2)
        return s.done(s.context.fail(
            ExitUsage, QStringLiteral("usage"),
            QStringLiteral("download add takes one VIDEO_ID. See 'mmdesk-cli download --help'.")));
    if (int(s.parser->isSet(QStringLiteral("rendition"))) + int(s.parser->isSet(QStringLiteral("best")))
            + int(s.parser->isSet(QStringLiteral("proxy")))
        > 1)
        return s.done(s.context.fail(ExitUsage, QStringLiteral("usage"),
                                     QStringLiteral("give one of --rendition ID, --best or --proxy.")));
    Portal::PortalClient *client = s.context.portalClient();
    if (!client)
        return s.done(
            s.context.fail(ExitUsage, QStringLiteral("no_portal"),
                           QStringLiteral("No portal is set. Give --portal URL or set MMDESK_PORTAL.")));
    QString dest = s.parser->value(QStringLiteral("dest"));
    if (dest.isEmpty())
        dest = s.context.settings().downloadFolder();
    dest = QDir(dest).absolutePath();
    if (!QDir().mkpath(dest))
        return s.done(s.context.fail(
            ExitDisk, QStringLiteral("disk_error"),
            QStringLiteral("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dest))));

    // The portal's conditions of use come first: nothing is queued before
    // they are accepted (and again when they change).
    requireAcceptedConditions(s.context, s.owner, s.done,
                              [s, client, dest, id = positional.at(1)] { addVideo(s, *client, id, dest); });
}

void addVideo(const Session &s, Portal::PortalClient &client, const QString &videoId, const QString &dest)
{
    auto api = std::make_shared<Catalogue::CatalogueApi>(client);
    // The terms just checked: their credit line goes with the download.
    const std::optional<Portal::Conditions> conditions =
        s.context.conditions() ? s.context.conditions()->record().lastSeen() : std::nullopt;
    api->video(videoId, s.owner, [s, api, dest, conditions](Portal::ApiResult<Catalogue::Video> video) {
        if (!video.ok())
            return s.done(s.context.fail(video.error()));
        if (s.parser->isSet(QStringLiteral("proxy")))
            return queue(s, previewRecord(video.value(), dest, conditions));
        const QString wanted = s.parser->value(QStringLiteral("rendition"));
        const auto rendition =
            wanted.isEmpty() ? video.value().bestRendition() : video.value().rendition(wanted);
        if (!rendition) {
            QStringList ids;
            for (const auto &r : video.value().renditions)
                ids << r.id + QStringLiteral(" (") + r.label + u')';
            return s.done(s.context.fail(
                ExitUsage, QStringLiteral("no_rendition"),
                wanted.isEmpty()
                    ? QStringLiteral("Video %1 has no downloadable rendition.").arg(video.value().id)
                    : QStringLiteral("Video %1 has no rendition “%2”. It has: %3")
                          .arg(video.value().id, wanted, ids.join(QStringLiteral(", ")))));
        }
        Downloads::DownloadRecord record;
        record.videoId = video.value().id;
        record.renditionId = rendition->id;
        record.title = video.value().title;
        record.label = rendition->label;
        record.fileName = rendition->filename;
        record.destDir = dest;
        record.sizeBytes = rendition->sizeBytes;
        record.sha256 = rendition->sha256;
        record.metadataJson = Portal::downloadMetadata(video.value().json, conditions);
        queue(s, record);
    });
}

void doRun(const Session &s)
{
    // The queue would wait for good: say so instead.
    if (Network::OfflineMode::isOn())
        return s.done(s.context.fail(
            ExitNetwork, QStringLiteral("offline"),
            QStringLiteral(
                "The queue is not fetched while Multimedia Desk works offline (setting "
                "network.offline). To fetch it, run: mmdesk-cli settings set network.offline off")));
    Downloads::Engine::Config config;
    config.setConnectionsPerFile(s.context.settings().connectionsPerFile());
    config.maxConcurrent = s.context.settings().concurrentDownloads();
    config.proxy = s.context.proxy().curlProxy();
    if (s.parser->isSet(QStringLiteral("connections"))) {
        bool ok = false;
        config.connections = s.parser->value(QStringLiteral("connections")).toInt(&ok);
        if (!ok || config.connections < 1 || config.connections > 16)
            return s.done(s.context.fail(ExitUsage, QStringLiteral("usage"),
                                         QStringLiteral("--connections takes a number from 1 to 16.")));
        // A count asked for here is kept, whatever downloads.connections says.
        config.adaptiveConnections = false;
    }
    if (s.parser->isSet(QStringLiteral("limit"))) {
        const auto rate = Downloads::parseRate(s.parser->value(QStringLiteral("limit")));
        if (!rate)
            return s.done(
                s.context.fail(ExitUsage, QStringLiteral("usage"),
                               QStringLiteral("--limit takes bytes per second, such as 500k, 20M or 1.5G.")));
        config.globalSpeedLimit = *rate;
    }
    Auth::AccountService *accounts = s.context.accounts();
    if (!accounts)
        return s.done(
            s.context.fail(ExitUsage, QStringLiteral("no_portal"),
                           QStringLiteral("No portal is set. Give --portal URL or set MMDESK_PORTAL.")));
    accounts->restore(s.owner, [s, config](Portal::ApiResult<bool> restored) {
        if (restored.ok() && !restored.value())
            return s.done(s.context.fail(
                ExitAuthentication, QStringLiteral("not_signed_in"),
                QStringLiteral(
                    "Not signed in: downloads need a portal account. Run 'mmdesk-cli account login'.")));
        const bool signedIn = restored.ok() && restored.value();
        auto manager = std::make_shared<Downloads::DownloadManager>(*s.context.portalClient(),
                                                                    queuePath(s.context), config);
        // Every verified download enters the library, as in the desktop app.
        std::shared_ptr<Library::LibraryStore> library;
        std::shared_ptr<Library::DownloadIntake> intake;
        if (auto opened = Library::LibraryStore::open(
                QDir(s.context.paths().dataDir()).filePath(QStringLiteral("library.sqlite")))) {
            library = std::move(opened).value();
            intake = std::make_shared<Library::DownloadIntake>(*library);
            intake->setWriteSidecars(s.context.settings().writeSidecars());
            intake->setKeepHashHistory(s.context.settings().keepHashHistory());
            intake->setDeliveryFolder(s.context.settings().deliveryFolder());
            QObject::connect(manager.get(), &Downloads::DownloadManager::completed, intake.get(),
                             &Library::DownloadIntake::take);
            QObject::connect(intake.get(), &Library::DownloadIntake::delivered, s.owner,
                             [](qint64, const QString &path) {
                                 std::fprintf(stderr, "delivered to the watch folder: %s\n",
                                              qUtf8Printable(QDir::toNativeSeparators(path)));
                             });
            intake->resumeDeliveries();
            QObject::connect(
                intake.get(), &Library::DownloadIntake::problem, s.owner,
                [](const QString &message) { std::fprintf(stderr, "%s\n", qUtf8Printable(message)); });
        } else {
            std::fprintf(stderr, "The clip library cannot be opened (%s); downloads go on without it.\n",
                         qUtf8Printable(opened.error().message));
        }
        // Without --limit, the limit of the settings, in its hours.
        std::shared_ptr<Downloads::BandwidthScheduler> bandwidth;
        if (!s.parser->isSet(QStringLiteral("limit"))) {
            if (const auto schedule =
                    Downloads::BandwidthSchedule::parse(s.context.settings().bandwidthSchedule());
                schedule && schedule.value().limit > 0) {
                bandwidth = std::make_shared<Downloads::BandwidthScheduler>(
                    [raw = manager.get()](qint64 rate) { raw->setGlobalSpeedLimit(rate); });
                bandwidth->setSchedule(schedule.value());
            }
        }
        auto lastLine = std::make_shared<QElapsedTimer>();
        lastLine->start();
        QObject::connect(manager.get(), &Downloads::DownloadManager::failedToStart, s.owner,
                         [s](const QString &message) {
                             s.done(s.context.fail(ExitFailure, QStringLiteral("queue"), message));
                         });
        // The desktop app (or another run) works this queue: two programs on
        // the same partial files would spoil them. What was queued here is
        // in its queue already.
        QObject::connect(manager.get(), &Downloads::DownloadManager::queueBusy, s.owner,
                         [s, manager](const QString &message) {
                             if (message.isEmpty())
                                 return;
                             QTimer::singleShot(0, s.owner, [s, manager, message]() mutable {
                                 manager.reset();
                                 s.done(s.context.fail(ExitFailure, QStringLiteral("queue_busy"), message));
                             });
                         });
        QObject::connect(manager.get(), &Downloads::DownloadManager::progress, s.owner,
                         [lastLine](qint64 id, qint64 done, qint64 size, double speed) {
                             if (lastLine->elapsed() < 1000)
                                 return;
                             lastLine->restart();
                             std::fprintf(stderr, "download %lld: %5.1f%%  %lld/%lld MB  %.1f MB/s\n",
                                          static_cast<long long>(id),
                                          size > 0 ? 100.0 * double(done) / double(size) : 0.0,
                                          static_cast<long long>(done / 1000000),
                                          static_cast<long long>(size / 1000000), speed / 1e6);
                         });
        QObject::connect(manager.get(), &Downloads::DownloadManager::changed, s.owner,
                         [](const Downloads::DownloadRecord &r) {
                             if (r.state == Downloads::State::Completed && r.isPreview())
                                 std::fprintf(stderr,
                                              "download %lld: completed (a preview: no checksum from the "
                                              "portal; SHA-256 %s recorded): %s\n",
                                              static_cast<long long>(r.id), r.sha256.constData(),
                                              qUtf8Printable(QDir::toNativeSeparators(r.targetPath())));
                             else if (r.state == Downloads::State::Completed)
                                 std::fprintf(stderr, "download %lld: completed and verified: %s\n",
                                              static_cast<long long>(r.id),
                                              qUtf8Printable(QDir::toNativeSeparators(r.targetPath())));
                             else if (r.state != Downloads::State::Active
                                      && r.state != Downloads::State::Queued)
                                 std::fprintf(stderr, "download %lld: %s: %s\n", static_cast<long long>(r.id),
                                              qUtf8Printable(Downloads::stateKey(r.state)),
                                              qUtf8Printable(r.errorMessage));
                             else if (!r.errorMessage.isEmpty())
                                 std::fprintf(stderr, "download %lld: %s\n", static_cast<long long>(r.id),
                                              qUtf8Printable(r.errorMessage));
                         });
        QObject::connect(manager.get(), &Downloads::DownloadManager::idle, s.owner,
                         [s, manager, intake, library, bandwidth] {
                             const QList<Downloads::DownloadRecord> records = manager->downloads();
                             if (s.context.json()) {
                                 QJsonArray items;
                                 for (const auto &r : records)
                                     items.append(recordJson(r));
                                 s.context.printJson(QJsonObject {{QStringLiteral("items"), items}});
                             }
                             const int code = exitCodeFor(records);
                             // The manager stops its engine (progress saved) before the exit;
                             // a hash history being written is finished first, and so is a
                             // copy to the watch folder.
                             const auto finish = [s, manager, code, intake, library, bandwidth]() mutable {
                                 bandwidth.reset();
                                 manager.reset();
                                 intake.reset();
                                 library.reset();
                                 s.done(code);
                             };
                             if (intake && !intake->isIdle())
                                 QObject::connect(intake.get(), &Library::DownloadIntake::idle, s.owner,
                                                  finish, Qt::SingleShotConnection);
                             else
                                 QTimer::singleShot(0, s.owner, finish);
                         });
        // Signed in: what waited for a sign-in goes on with the rest, before
        // the queue could be found idle without it.
        manager->start(signedIn);
    });
}

} // namespace

void runDownload(CliContext &context, const QStringList &arguments, QObject *owner,
                 const std::function<void(int)> &done)
{
    auto parser = std::make_shared<QCommandLineParser>();
    parser->addOption(QCommandLineOption(QStringLiteral("rendition"), QString(), QStringLiteral("ID")));
    parser->addOption(QCommandLineOption(QStringLiteral("best")));
    parser->addOption(QCommandLineOption(QStringLiteral("proxy")));
    parser->addOption(QCommandLineOption(QStringLiteral("connections"), QString(), QStringLiteral("N")));
    parser->addOption(QCommandLineOption(QStringLiteral("limit"), QString(), QStringLiteral("RATE")));
    parser->addOption(QCommandLineOption(QStringLiteral("dest"), QString(), QStringLiteral("DIR")));
    parser->addOption(QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}));
    if (!parser->parse(arguments)) {
        done(context.fail(ExitUsage, QStringLiteral("usage"),
                          parser->errorText() + QStringLiteral(". See 'mmdesk-cli download --help'.")));
        return;
    }
    const QStringList positional = parser->positionalArguments();
    if (parser->isSet(QStringLiteral("help")) || positional.isEmpty()) {
        std::fputs(DownloadHelp,
                   positional.isEmpty() && !parser->isSet(QStringLiteral("help")) ? stderr : stdout);
        done(parser->isSet(QStringLiteral("help")) ? ExitOk : ExitUsage);
        return;
    }
    const Session session {context, parser, owner, done};
    const QString action = positional.first();
    if (action == u"add")
        doAdd(session, positional);
    else if (action == u"run")
        doRun(session);
    else if (action == u"list")
        doList(session);
    else if (action == u"pause" || action == u"resume" || action == u"cancel" || action == u"retry")
        doChange(session, action, positional);
    else
        done(context.fail(
            ExitUsage, QStringLiteral("usage"),
            QStringLiteral("unknown download action “%1”. See 'mmdesk-cli download --help'.").arg(action)));
}

} // namespace Cli
