#include "app/cli/watchcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/conditionscommand.h"
#include "app/cli/exitcodes.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/cataloguesync.h"
#include "core/catalogue/video.h"
#include "core/downloads/bandwidthschedule.h"
#include "core/downloads/queuestore.h"
#include "core/news/newscache.h"
#include "core/news/newssync.h"
#include "core/portal/conditions.h"
#include "core/watch/autodownload.h"
#include "core/watch/watchrunner.h"
#include "core/watch/watchstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>
#include <memory>

namespace Cli {

namespace {

const char *const WatchHelp = R"(Usage: mmdesk-cli [global options] watch <action> [options]

Saved searches: after each sync the desktop app tells you what is new for
each of them, and can queue a rendition of each new video by itself.

Actions:
  list                The saved searches.
  add NAME --news|--videos [--text TEXT] [--tag TAG] [--kind KIND]
          [--from DATE] [--to DATE] [--auto-download best|mxf|mp4|mov
          [--max-height LINES] [--max-size SIZE] [--off-hours]]
                      Save a search. --kind is for news; --auto-download for
                      videos: the best rendition, or the largest of that
                      container, goes to the queue (the portal's conditions
                      of use must have been accepted). --max-height and
                      --max-size pass over renditions taller or larger than
                      that (such as 1080, and 4G; k, M and G are powers of
                      1000). --off-hours: its downloads wait for the hours
                      the bandwidth limit (downloads.bandwidth) leaves
                      unlimited, such as the night; until then 'watch run'
                      lists them as waiting. Its first run only notes what
                      already matches.
  remove ID|NAME      Forget a saved search.
  run                 One pass, for cron: sync the news and the videos, run
                      every search, queue the auto-downloads, and print what
                      is new (exit code 4 when the portal cannot be reached).
                      Auto-downloads that wait (for their hours, or for the
                      conditions of use) are kept and queued by a later run.
                      'mmdesk-cli download run' then fetches the queue.
)";

QJsonObject searchJson(const Watch::SavedSearch &s)
{
    const auto stamp = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    return {{QStringLiteral("id"), QString::number(s.id)},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("scope"), Watch::SavedSearch::scopeKey(s.scope)},
            {QStringLiteral("text"), s.text},
            {QStringLiteral("tag"), s.tag},
            {QStringLiteral("kind"), s.kind},
            {QStringLiteral("from"), stamp(s.from)},
            {QStringLiteral("to"), stamp(s.to)},
            {QStringLiteral("auto_download"), s.autoDownload},
            {QStringLiteral("auto_max_height"), s.autoMaxHeight},
            {QStringLiteral("auto_max_bytes"), s.autoMaxBytes},
            {QStringLiteral("auto_off_hours"), s.autoOffHours}};
}

QDateTime parseDate(const QString &text, bool endOfDay)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid())
        return time.toUTC();
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        return {};
    return endOfDay ? QDateTime(day, QTime(23, 59, 59), Qt::UTC) : QDateTime(day, QTime(0, 0), Qt::UTC);
}

struct Run
{
    CliContext &context;
    QObject *owner;
    std::function<void(int)> done;
};

// What a run found, queued, and left waiting (auto-downloads held back by
// the hours of the bandwidth limit, or by conditions of use not accepted).
struct Outcome
{
    QJsonArray queued;
    QList<Watch::WatchMatch> waiting;
    QString waitingFor; // why they wait, for the text report
    QDateTime until; // when the hours that hold them end, if that is why
};

void report(const Run &run, const QList<Watch::WatchMatch> &matches, const Outcome &outcome)
{
    if (run.context.json()) {
        const auto item = [](const Watch::WatchMatch &m) {
            return QJsonObject {{QStringLiteral("search"), m.search.name},
                                {QStringLiteral("scope"), Watch::SavedSearch::scopeKey(m.search.scope)},
                                {QStringLiteral("id"), m.itemId},
                                {QStringLiteral("title"), m.title}};
        };
        QJsonArray items;
        for (const Watch::WatchMatch &m : matches)
            items.append(item(m));
        QJsonArray waiting;
        for (const Watch::WatchMatch &m : outcome.waiting) {
            QJsonObject entry = item(m);
            if (outcome.until.isValid())
                entry.insert(QStringLiteral("until"), outcome.until.toUTC().toString(Qt::ISODate));
            waiting.append(entry);
        }
        run.context.printJson(QJsonObject {{QStringLiteral("matches"), items},
                                           {QStringLiteral("queued"), outcome.queued},
                                           {QStringLiteral("waiting"), waiting}});
        return;
    }
    if (matches.isEmpty() && outcome.queued.isEmpty() && outcome.waiting.isEmpty()) {
        run.context.printText(QStringLiteral("Nothing new for the saved searches."));
        return;
    }
    for (const Watch::WatchMatch &m : matches)
        run.context.printText(QStringLiteral("%1: %2 (%3)").arg(m.search.name, m.title, m.itemId));
    for (const QJsonValue q : outcome.queued)
        run.context.printText(QStringLiteral("Queued as download %1: %2")
                                  .arg(q.toObject().value(QStringLiteral("id")).toString(),
                                       q.toObject().value(QStringLiteral("file")).toString()));
    for (const Watch::WatchMatch &m : outcome.waiting)
        run.context.printText(
            QStringLiteral("Waits %1: %2 (%3)").arg(outcome.waitingFor, m.title, m.search.name));
}

// Queues the pending auto-downloads (the runner kept those of `matches`)
// that are due, the conditions of use permitting, then reports.
void queueAndReport(const Run &run, const std::shared_ptr<Watch::WatchStore> &store,
                    const QList<Watch::WatchMatch> &matches)
{
    auto pending = store->pending();
    if (!pending)
        return run.done(run.context.fail(ExitFailure, pending.error().code, pending.error().message));
    if (pending.value().isEmpty()) {
        report(run, matches, {});
        run.done(ExitOk);
        return;
    }
    requireAcceptedConditions(
        run.context, run.owner,
        [run, matches, waiting = pending.value()](int code) {
            report(run, matches,
                   Outcome {{}, waiting, QStringLiteral("for the conditions of use to be accepted"), {}});
            run.done(code);
        },
        [run, store, matches, pending = pending.value()] {
            auto queue = Downloads::QueueStore::open(
                QDir(run.context.paths().dataDir()).filePath(QStringLiteral("downloads.sqlite")));
            if (!queue)
                return run.done(run.context.fail(ExitFailure, queue.error().code, queue.error().message));
            const auto conditions =
                run.context.conditions() ? run.context.conditions()->record().lastSeen() : std::nullopt;
            const auto schedule =
                Downloads::BandwidthSchedule::parse(run.context.settings().bandwidthSchedule())
                    .valueOr(Downloads::BandwidthSchedule {});
            const QDateTime now = QDateTime::currentDateTime();
            const Watch::DueDownloads split = Watch::dueNow(pending, schedule, now);
            Outcome outcome;
            outcome.waiting = split.waiting;
            auto done = Watch::queueDue(*store, *queue.value(), split.due,
                                        run.context.settings().downloadFolder(), conditions);
            if (!done)
                return run.done(run.context.fail(ExitFailure, done.error().code, done.error().message));
            for (const Watch::WatchMatch &m : done.value().noFit)
                std::fprintf(stderr, "%s: no rendition fits \"%s\"; nothing queued\n",
                             qUtf8Printable(m.title), qUtf8Printable(Watch::autoDownloadRuleText(m.search)));
            for (const Downloads::DownloadRecord &record : done.value().queued)
                outcome.queued.append(QJsonObject {{QStringLiteral("id"), record.id},
                                                   {QStringLiteral("file"), record.targetPath()}});
            if (!outcome.waiting.isEmpty()) {
                outcome.until = schedule.nextChange(now);
                outcome.waitingFor =
                    QStringLiteral("for the hours without a bandwidth limit (from %1)")
                        .arg(QLocale::c().toString(outcome.until.time(), QStringLiteral("HH:mm")));
            }
            report(run, matches, outcome);
            run.done(ExitOk);
        });
}

void doRun(const Run &run, std::shared_ptr<Watch::WatchStore> store)
{
    Portal::PortalClient *client = run.context.portalClient();
    if (!client)
        return run.done(
            run.context.fail(ExitUsage, QStringLiteral("no_portal"),
                             QStringLiteral("No portal is set. Give --portal URL or set MMDESK_PORTAL.")));
    const QUrl portal = run.context.portal();
    auto *job = new QObject(run.owner);
    auto *news = new News::NewsCache(
        QDir(run.context.paths().dataDir()).filePath(News::NewsCache::fileNameFor(portal)), job);
    auto *catalogue = new Catalogue::CatalogueCache(
        QDir(run.context.paths().cacheDir()).filePath(Catalogue::CatalogueCache::fileNameFor(portal)), job);
    auto *newsSync = new News::NewsSync(*client, *news, job);
    auto *catalogueSync = new Catalogue::CatalogueSync(*client, *catalogue, job);
    auto *runner = new Watch::WatchRunner(*store, news, catalogue, job);
    const Run finishing {run.context, run.owner, [done = run.done, job, store](int code) {
                             job->deleteLater();
                             done(code);
                         }};
    const auto offline = [finishing](const QString &message, bool unreachable) {
        finishing.done(finishing.context.fail(
            unreachable ? ExitNetwork : ExitFailure,
            unreachable ? QStringLiteral("offline") : QStringLiteral("sync_failed"), message));
    };
    QObject::connect(newsSync, &News::NewsSync::failed, job, offline);
    QObject::connect(catalogueSync, &Catalogue::CatalogueSync::failed, job, offline);
    QObject::connect(newsSync, &News::NewsSync::finished, job, [catalogueSync] { catalogueSync->start(); });
    QObject::connect(
        catalogueSync, &Catalogue::CatalogueSync::finished, job, [finishing, runner, job, store] {
            runner->run(job, [finishing, store](Util::Result<QList<Watch::WatchMatch>> matches) {
                if (!matches)
                    return finishing.done(
                        finishing.context.fail(ExitFailure, matches.error().code, matches.error().message));
                queueAndReport(finishing, store, matches.value());
            });
        });
    newsSync->start();
}

} // namespace

void runWatch(CliContext &context, const QStringList &arguments, QObject *owner,
              const std::function<void(int)> &done)
{
    auto parser = std::make_shared<QCommandLineParser>();
    parser->addOptions({{QStringLiteral("news"), QString()},
                        {QStringLiteral("videos"), QString()},
                        {QStringLiteral("text"), QString(), QStringLiteral("TEXT")},
                        {QStringLiteral("tag"), QString(), QStringLiteral("TAG")},
                        {QStringLiteral("kind"), QString(), QStringLiteral("KIND")},
                        {QStringLiteral("from"), QString(), QStringLiteral("DATE")},
                        {QStringLiteral("to"), QString(), QStringLiteral("DATE")},
                        {QStringLiteral("auto-download"), QString(), QStringLiteral("RULE")},
                        {QStringLiteral("max-height"), QString(), QStringLiteral("LINES")},
                        {QStringLiteral("max-size"), QString(), QStringLiteral("SIZE")},
                        {QStringLiteral("off-hours"), QString()},
                        {{QStringLiteral("h"), QStringLiteral("help")}, QString()}});
    if (!parser->parse(arguments))
        return done(context.fail(ExitUsage, QStringLiteral("usage"),
                                 parser->errorText() + QStringLiteral(". See 'mmdesk-cli watch --help'.")));
    const QStringList positional = parser->positionalArguments();
    if (parser->isSet(QStringLiteral("help")) || positional.isEmpty()) {
        std::fputs(WatchHelp, parser->isSet(QStringLiteral("help")) ? stdout : stderr);
        return done(parser->isSet(QStringLiteral("help")) ? ExitOk : ExitUsage);
    }
    auto opened =
        Watch::WatchStore::open(QDir(context.paths().dataDir()).filePath(QStringLiteral("watches.sqlite")));
    if (!opened)
        return done(context.fail(ExitFailure, opened.error().code, opened.error().message));
    std::shared_ptr<Watch::WatchStore> store = std::move(opened).value();
    const QString action = positional.first();

    if (action == u"list" && positional.size() == 1) {
        auto all = store->all();
        if (!all)
            return done(context.fail(ExitFailure, all.error().code, all.error().message));
        if (context.json()) {
            QJsonArray items;
            for (const Watch::SavedSearch &s : all.value())
                items.append(searchJson(s));
            context.printJson(QJsonObject {{QStringLiteral("items"), items}});
        } else if (all.value().isEmpty()) {
            context.printText(QStringLiteral("No saved searches. 'mmdesk-cli watch add --help' makes one."));
        } else {
            for (const Watch::SavedSearch &s : all.value())
                context.printText(
                    QStringLiteral("%1  %2  %3  “%4”%5")
                        .arg(s.id)
                        .arg(s.name, Watch::SavedSearch::scopeKey(s.scope), s.text,
                             s.autoDownload.isEmpty()
                                 ? QString()
                                 : QStringLiteral("  auto-download %1").arg(Watch::autoDownloadRuleText(s))));
        }
        return done(ExitOk);
    }
    if (action == u"add" && positional.size() == 2) {
        if (parser->isSet(QStringLiteral("news")) == parser->isSet(QStringLiteral("videos")))
            return done(
                context.fail(ExitUsage, QStringLiteral("usage"), QStringLiteral("give --news or --videos.")));
        Watch::SavedSearch search;
        search.name = positional.at(1);
        search.scope = parser->isSet(QStringLiteral("news")) ? Watch::SavedSearch::Scope::News
                                                             : Watch::SavedSearch::Scope::Videos;
        search.text = parser->value(QStringLiteral("text"));
        search.tag = parser->value(QStringLiteral("tag"));
        search.kind = parser->value(QStringLiteral("kind"));
        search.autoDownload = parser->value(QStringLiteral("auto-download"));
        if (parser->isSet(QStringLiteral("max-height"))) {
            bool ok = false;
            search.autoMaxHeight = parser->value(QStringLiteral("max-height")).toInt(&ok);
            if (!ok || search.autoMaxHeight < 1)
                return done(
                    context.fail(ExitUsage, QStringLiteral("usage"),
                                 QStringLiteral("--max-height takes a number of lines, such as 1080.")));
        }
        if (parser->isSet(QStringLiteral("max-size"))) {
            const auto bytes = Downloads::parseRate(parser->value(QStringLiteral("max-size")));
            if (!bytes)
                return done(
                    context.fail(ExitUsage, QStringLiteral("usage"),
                                 QStringLiteral("--max-size takes a size in bytes, such as 500M or 4G.")));
            search.autoMaxBytes = *bytes;
        }
        search.autoOffHours = parser->isSet(QStringLiteral("off-hours"));
        for (const char *bound : {"from", "to"}) {
            const QString text = parser->value(QLatin1String(bound));
            if (text.isEmpty())
                continue;
            const QDateTime time = parseDate(text, bound[0] == 't');
            if (!time.isValid())
                return done(context.fail(
                    ExitUsage, QStringLiteral("usage"),
                    QStringLiteral("--%1 takes a date such as 2026-12-05.").arg(QLatin1String(bound))));
            (bound[0] == 'f' ? search.from : search.to) = time;
        }
        auto added = store->add(search);
        if (!added) {
            const bool refused =
                added.error().code == u"invalid_value" || added.error().code == u"name_taken";
            return done(
                context.fail(refused ? ExitUsage : ExitFailure, added.error().code, added.error().message));
        }
        if (context.json())
            context.printJson(searchJson(added.value()));
        else
            context.printText(
                QStringLiteral("Saved search %1: %2").arg(added.value().id).arg(added.value().name));
        return done(ExitOk);
    }
    if (action == u"remove" && positional.size() == 2) {
        auto removed = store->remove(positional.at(1));
        if (!removed)
            return done(context.fail(ExitFailure, removed.error().code, removed.error().message));
        if (!removed.value())
            return done(context.fail(ExitUsage, QStringLiteral("not_found"),
                                     QStringLiteral("There is no saved search “%1”.").arg(positional.at(1))));
        return done(ExitOk);
    }
    if (action == u"run" && positional.size() == 1)
        return doRun(Run {context, owner, done}, store);
    done(context.fail(ExitUsage, QStringLiteral("usage"),
                      QStringLiteral("unknown or incomplete watch action. See 'mmdesk-cli watch --help'.")));
}

} // namespace Cli
