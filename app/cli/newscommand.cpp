#include "app/cli/newscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcodes.h"
#include "app/cli/newspdf.h"
#include "app/cli/newspictures.h"
#include "core/news/feedfetcher.h"
#include "core/news/newscache.h"
#include "core/news/newsimages.h"
#include "core/news/newsmarkdown.h"
#include "core/news/newsstore.h"
#include "core/news/newssync.h"
#include "core/portal/conditions.h"
#include "core/portal/portalclient.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <memory>
#include <optional>

namespace Cli {

namespace {

const char *const NewsHelp = R"(Usage: mmdesk-cli [global options] news <action> [options]

The portal's news, kept on this computer for reading offline (news-*.sqlite
in the data folder, one per portal), the same the desktop application shows.

Actions:
  sync        Fetch what changed on the portal since the last sync (the
              first sync fetches everything), then every feed followed, then
              the pictures of what arrived (kept in a bounded cache, shared
              with the desktop application); progress on standard error.
              Exit code 4 when the portal cannot be reached: what was kept
              stays readable.
  sources add URL [--name NAME]
              Follow an RSS or Atom feed: it is fetched at once and its
              entries kept beside the portal's news. Exit code 1 when the
              answer is not a feed; what the reader repaired is printed.
  sources list | sources remove ID
              The feeds followed; stop following one (its entries go).
  list [--source portal|ID] [--kind KIND] [--tag TAG] [--unread]
       [--starred] [--limit N]
              The articles, newest first. KIND: news, press_release, speech,
              statement, transcript.
  search TEXT [the same filters]
              The articles whose title, summary, text, tags or place hold
              every word of TEXT (accents and case ignored), best match first.
  show ID     One article with its text (sanitised HTML).
  read ID | unread ID | star ID | unstar ID
              Mark one article.
  export ID --markdown FILE | --pdf FILE
              Write one article, with its source, as Markdown or as a PDF
              (A4, with the pictures kept for reading offline).

With --json, list and search answer a JSON array of
{"id","source","kind","title","link","author","published_at","updated_at",
"summary","tags"}; show adds "body_html" and "images" (the files of the
article's pictures kept on this computer).
)";

QString newsPath(CliContext &context)
{
    return QDir(context.paths().dataDir()).filePath(News::NewsCache::fileNameFor(context.portal()));
}

QString stampOf(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject itemJson(const News::NewsItem &item)
{
    return QJsonObject {
        {QStringLiteral("id"), QString::number(item.key)},
        {QStringLiteral("source"),
         item.source == News::PortalSource ? QStringLiteral("portal") : QString::number(item.source)},
        {QStringLiteral("kind"), item.kind},
        {QStringLiteral("title"), item.title},
        {QStringLiteral("link"), item.link.toString(QUrl::FullyEncoded)},
        {QStringLiteral("author"), item.author},
        {QStringLiteral("published_at"), stampOf(item.publishedAt)},
        {QStringLiteral("updated_at"), stampOf(item.updatedAt)},
        {QStringLiteral("summary"), item.summary},
        {QStringLiteral("tags"), QJsonArray::fromStringList(item.tags)},
        {QStringLiteral("guid"), item.id},
        {QStringLiteral("location"), item.location},
        {QStringLiteral("language"), item.language},
        {QStringLiteral("video_ids"), QJsonArray::fromStringList(item.videoIds)},
        {QStringLiteral("read"), item.read},
        {QStringLiteral("starred"), item.starred},
    };
}

struct Session
{
    CliContext &context;
    std::shared_ptr<QCommandLineParser> parser;
    QObject *owner;
    std::function<void(int)> done;
};

// The store for a command that only reads or marks; nullptr after failing.
std::unique_ptr<News::NewsStore> openStore(const Session &s)
{
    auto store = News::NewsStore::open(newsPath(s.context));
    if (!store) {
        s.done(
            s.context.fail(ExitIntegrity, store.error().code,
                           QStringLiteral("The news kept on this computer (%1) cannot be opened: %2")
                               .arg(QDir::toNativeSeparators(newsPath(s.context)), store.error().message)));
        return nullptr;
    }
    return std::move(store).value();
}

void printItems(const Session &s, const QList<News::NewsItem> &items)
{
    if (s.context.json()) {
        QJsonArray array;
        for (const News::NewsItem &item : items)
            array.append(itemJson(item));
        s.context.printJson(array);
        return;
    }
    for (const News::NewsItem &item : items) {
        s.context.printText(
            QStringLiteral("%1  %2  %3%4  %5")
                .arg(item.key, 5)
                .arg(item.publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(item.read ? u' ' : u'•')
                .arg(item.starred ? u'★' : u' ')
                .arg(item.title));
    }
}

// One line on standard error per feed refreshed.
void reportFeeds(const QList<News::FeedOutcome> &outcomes)
{
    for (const News::FeedOutcome &feed : outcomes) {
        QString line;
        if (!feed.error.isEmpty())
            line = QStringLiteral("Feed %1 (%2): %3").arg(feed.feedId).arg(feed.name, feed.error);
        else if (feed.notModified)
            line = QStringLiteral("Feed %1 (%2): nothing new").arg(feed.feedId).arg(feed.name);
        else
            line = QStringLiteral("Feed %1 (%2): %3 entries, %4 new or changed")
                       .arg(feed.feedId)
                       .arg(feed.name)
                       .arg(feed.entries)
                       .arg(feed.changed);
        std::fprintf(stderr, "%s\n", qUtf8Printable(line));
    }
}

void reportPictures(const NewsPictures::Outcome &images)
{
    if (!images.cacheAvailable) {
        std::fprintf(stderr,
                     "Pictures: not fetched; their cache cannot be used now (Multimedia Desk may be "
                     "running: it fetches them itself).\n");
        return;
    }
    if (images.kept > 0)
        std::fprintf(stderr, "Pictures: %d kept for reading offline\n", images.kept);
    if (images.failed > 0)
        std::fprintf(stderr,
                     "Pictures: %d could not be fetched (%s); they show as placeholders until a "
                     "later sync brings them\n",
                     images.failed, qUtf8Printable(images.firstError));
}

QJsonArray feedsJson(const QList<News::FeedOutcome> &outcomes)
{
    QJsonArray array;
    for (const News::FeedOutcome &feed : outcomes)
        array.append(QJsonObject {{QStringLiteral("id"), QString::number(feed.feedId)},
                                  {QStringLiteral("name"), feed.name},
                                  {QStringLiteral("entries"), feed.entries},
                                  {QStringLiteral("changed"), feed.changed},
                                  {QStringLiteral("not_modified"), feed.notModified},
                                  {QStringLiteral("error"), feed.error}});
    return array;
}

void doSync(const Session &s)
{
    Portal::PortalClient *client = s.context.portalClient();
    if (!client) {
        s.done(s.context.fail(ExitUsage, QStringLiteral("no_portal"),
                              QStringLiteral("No portal is set: give --portal URL or set MMDESK_PORTAL.")));
        return;
    }
    // Everything goes when the sync ends: the cache's thread is finished before exit.
    auto *job = new QObject(s.owner);
    auto *cache = new News::NewsCache(newsPath(s.context), job);
    auto *sync = new News::NewsSync(*client, *cache, job);
    auto *feeds = new News::FeedFetcher(*s.context.network(), *cache, job);
    auto *pictures = new NewsPictures(*s.context.network(), News::imageCacheFolder(s.context.paths()), job);
    QObject::connect(sync, &News::NewsSync::imagesFound, pictures, &NewsPictures::add);
    const auto finish = [s, job](int code) {
        job->deleteLater();
        s.done(code);
    };
    QObject::connect(sync, &News::NewsSync::pageApplied, job,
                     [](int, int applied) { std::fprintf(stderr, "News: %d articles received\n", applied); });
    // The portal first, then every feed, whatever the portal did; then the
    // answer, with the articles kept. `failure` is the portal's, if any.
    struct Failure
    {
        QString message;
        bool offline = false;
    };
    const auto thenFeeds = [s, cache, feeds, pictures, finish](int changed, std::optional<Failure> failure) {
        feeds->refreshAll([s, cache, pictures, changed, failure, finish](QList<News::FeedOutcome> outcomes) {
            reportFeeds(outcomes);
            for (const News::FeedOutcome &feed : std::as_const(outcomes))
                pictures->add(feed.images);
            pictures->whenDone([s, cache, changed, failure, outcomes, finish](NewsPictures::Outcome images) {
                reportPictures(images);
                cache->portalSyncState(
                    cache,
                    [s, changed, failure, outcomes, images, finish](Util::Result<News::NewsSyncState> state) {
                        const int count = state ? state.value().itemCount : 0;
                        if (failure) {
                            QString text = failure->message;
                            if (failure->offline && state && state.value().asOf().isValid())
                                text +=
                                    QStringLiteral(" The %1 articles kept here, as of %2, can still be read.")
                                        .arg(count)
                                        .arg(state.value().asOf().toLocalTime().toString(
                                            QStringLiteral("yyyy-MM-dd HH:mm")));
                            finish(s.context.fail(failure->offline ? ExitNetwork : ExitFailure,
                                                  failure->offline ? QStringLiteral("offline")
                                                                   : QStringLiteral("sync_failed"),
                                                  text));
                            return;
                        }
                        if (s.context.json())
                            s.context.printJson(QJsonObject {
                                {QStringLiteral("changed"), changed},
                                {QStringLiteral("articles"), count},
                                {QStringLiteral("feeds"), feedsJson(outcomes)},
                                {QStringLiteral("pictures"),
                                 QJsonObject {{QStringLiteral("kept"), images.kept},
                                              {QStringLiteral("failed"), images.failed},
                                              {QStringLiteral("cache_available"), images.cacheAvailable}}}});
                        else
                            s.context.printText(QStringLiteral("News up to date: %1 changed, %2 kept.")
                                                    .arg(changed)
                                                    .arg(count));
                        finish(ExitOk);
                    });
            });
        });
    };
    QObject::connect(sync, &News::NewsSync::finished, job, [s, job, thenFeeds](int changed) {
        // The portal answers: its conditions of use are brought up to date
        // too, so that an export offline carries the current credit line.
        Portal::ConditionsGate *conditions = s.context.conditions();
        if (!conditions)
            return thenFeeds(changed, std::nullopt);
        conditions->check(job, [thenFeeds, changed](const auto &) { thenFeeds(changed, std::nullopt); });
    });
    QObject::connect(sync, &News::NewsSync::failed, job, [thenFeeds](const QString &message, bool offline) {
        thenFeeds(0, Failure {message, offline});
    });
    sync->start();
}

void doSources(const Session &s, const QStringList &positional)
{
    const QString action = positional.value(1);
    if (action == u"add") {
        const QUrl url(positional.value(2), QUrl::StrictMode);
        if (positional.size() != 3 || !url.isValid()) {
            s.done(s.context.fail(ExitUsage, QStringLiteral("usage"),
                                  QStringLiteral("news sources add takes the feed's address.")));
            return;
        }
        auto *job = new QObject(s.owner);
        auto *cache = new News::NewsCache(newsPath(s.context), job);
        auto *feeds = new News::FeedFetcher(*s.context.network(), *cache, job);
        feeds->add(url, s.parser->value(QStringLiteral("name")), [s, job](News::FeedOutcome outcome) {
            job->deleteLater();
            for (const QString &warning : std::as_const(outcome.warnings))
                std::fprintf(stderr, "warning: %s\n", qUtf8Printable(warning));
            if (!outcome.error.isEmpty() || outcome.feedId == 0) {
                s.done(s.context.fail(outcome.offline ? ExitNetwork : ExitFailure,
                                      outcome.notAFeed ? QStringLiteral("not_a_feed")
                                                       : QStringLiteral("feed_failed"),
                                      outcome.error));
                return;
            }
            if (s.context.json())
                s.context.printJson(
                    QJsonObject {{QStringLiteral("id"), QString::number(outcome.feedId)},
                                 {QStringLiteral("name"), outcome.name},
                                 {QStringLiteral("entries"), outcome.entries},
                                 {QStringLiteral("warnings"), QJsonArray::fromStringList(outcome.warnings)}});
            else
                s.context.printText(QStringLiteral("Feed %1 (%2) added: %3 entries.")
                                        .arg(outcome.feedId)
                                        .arg(outcome.name)
                                        .arg(outcome.entries));
            s.done(ExitOk);
        });
        return;
    }
    auto store = openStore(s);
    if (!store)
        return;
    if (action == u"list" && positional.size() == 2) {
        auto feeds = store->feeds();
        if (!feeds) {
            s.done(s.context.fail(ExitFailure, feeds.error().code, feeds.error().message));
            return;
        }
        QJsonArray array;
        for (const News::FeedSource &feed : feeds.value()) {
            if (s.context.json())
                array.append(QJsonObject {{QStringLiteral("id"), QString::number(feed.id)},
                                          {QStringLiteral("url"), feed.url.toString(QUrl::FullyEncoded)},
                                          {QStringLiteral("name"), feed.name},
                                          {QStringLiteral("fetched_at"), stampOf(feed.fetchedAt)},
                                          {QStringLiteral("last_error"), feed.lastError}});
            else
                s.context.printText(QStringLiteral("%1  %2  %3%4")
                                        .arg(feed.id, 3)
                                        .arg(feed.name, feed.url.toString())
                                        .arg(feed.lastError.isEmpty()
                                                 ? QString()
                                                 : QStringLiteral("  (") + feed.lastError + u')'));
        }
        if (s.context.json())
            s.context.printJson(array);
        s.done(ExitOk);
        return;
    }
    bool ok = false;
    const qint64 id = positional.value(2).toLongLong(&ok);
    if (action == u"remove" && positional.size() == 3 && ok) {
        auto removed = store->removeFeed(id);
        if (!removed) {
            s.done(s.context.fail(ExitFailure, removed.error().code, removed.error().message));
            return;
        }
        if (!removed.value()) {
            s.done(s.context.fail(
                ExitUsage, QStringLiteral("not_found"),
                QStringLiteral("There is no feed %1 (see 'mmdesk-cli news sources list').").arg(id)));
            return;
        }
        s.done(ExitOk);
        return;
    }
    s.done(s.context.fail(ExitUsage, QStringLiteral("usage"),
                          QStringLiteral("news sources takes add URL [--name NAME], list, or remove ID.")));
}

void doList(const Session &s, const QStringList &positional, bool search)
{
    News::NewsQuery query;
    if (search) {
        if (positional.size() < 2) {
            s.done(s.context.fail(ExitUsage, QStringLiteral("usage"),
                                  QStringLiteral("news search takes the words to look for.")));
            return;
        }
        query.text = positional.mid(1).join(u' ');
    }
    const QCommandLineParser &p = *s.parser;
    if (p.isSet(QStringLiteral("source"))) {
        const QString source = p.value(QStringLiteral("source"));
        bool ok = false;
        const qint64 id = source.toLongLong(&ok);
        if (source == u"portal") {
            query.source = News::PortalSource;
        } else if (ok && id > 0) {
            query.source = id;
        } else {
            s.done(s.context.fail(
                ExitUsage, QStringLiteral("usage"),
                QStringLiteral("--source takes “portal” or a feed's ID (see 'news sources list').")));
            return;
        }
    }
    query.kind = p.value(QStringLiteral("kind"));
    query.tag = p.value(QStringLiteral("tag"));
    query.unreadOnly = p.isSet(QStringLiteral("unread"));
    query.starredOnly = p.isSet(QStringLiteral("starred"));
    query.limit = 100;
    if (p.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = p.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1) {
            s.done(s.context.fail(ExitUsage, QStringLiteral("usage"),
                                  QStringLiteral("--limit takes a number from 1.")));
            return;
        }
    }
    auto store = openStore(s);
    if (!store)
        return;
    auto listed = store->list(query);
    if (!listed) {
        s.done(s.context.fail(ExitFailure, listed.error().code, listed.error().message));
        return;
    }
    printItems(s, listed.value().items);
    s.done(ExitOk);
}

// The article ID given to show, read, unread, star and unstar; 0 after failing.
qint64 articleId(const Session &s, const QStringList &positional)
{
    bool ok = false;
    const qint64 key = positional.value(1).toLongLong(&ok);
    if (positional.size() != 2 || !ok || key <= 0) {
        s.done(s.context.fail(ExitUsage, QStringLiteral("usage"),
                              QStringLiteral("news %1 takes one article ID (see 'mmdesk-cli news list').")
                                  .arg(positional.first())));
        return 0;
    }
    return key;
}

int notFound(const Session &s, qint64 key)
{
    return s.context.fail(ExitUsage, QStringLiteral("not_found"),
                          QStringLiteral("There is no article %1 (see 'mmdesk-cli news list').").arg(key));
}

void doShow(const Session &s, const QStringList &positional)
{
    const qint64 key = articleId(s, positional);
    if (key == 0)
        return;
    auto store = openStore(s);
    if (!store)
        return;
    auto found = store->item(key);
    if (!found) {
        s.done(s.context.fail(ExitFailure, found.error().code, found.error().message));
        return;
    }
    if (!found.value()) {
        s.done(notFound(s, key));
        return;
    }
    const News::NewsItem &item = *found.value();
    if (s.context.json()) {
        QJsonObject object = itemJson(item);
        object.insert(QStringLiteral("body_html"), item.bodyHtml);
        QJsonArray images;
        const QString folder = News::imageCacheFolder(s.context.paths());
        for (const QUrl &url : News::articleImages(item)) {
            if (const QString path = News::cachedImagePath(folder, url); !path.isEmpty())
                images.append(path);
        }
        object.insert(QStringLiteral("images"), images);
        s.context.printJson(object);
    } else {
        QStringList lines {
            item.title,
            item.publishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                + (item.location.isEmpty() ? QString() : QStringLiteral(" · ") + item.location)};
        if (!item.tags.isEmpty())
            lines << item.tags.join(QStringLiteral(", "));
        lines << QString() << item.summary << QString() << item.bodyText;
        if (!item.link.isEmpty())
            lines << QString() << item.link.toString();
        s.context.printText(lines.join(u'\n'));
    }
    s.done(ExitOk);
}

void doExport(const Session &s, const QStringList &positional)
{
    const qint64 key = articleId(s, positional.mid(0, 2));
    if (key == 0)
        return;
    const QString markdown = s.parser->value(QStringLiteral("markdown"));
    const QString pdf = s.parser->value(QStringLiteral("pdf"));
    if (markdown.isEmpty() == pdf.isEmpty() || positional.size() != 2) {
        s.done(s.context.fail(ExitUsage, QStringLiteral("usage"),
                              QStringLiteral("news export takes an article ID and either --markdown FILE "
                                             "or --pdf FILE.")));
        return;
    }
    auto store = openStore(s);
    if (!store)
        return;
    auto found = store->item(key);
    if (!found) {
        s.done(s.context.fail(ExitFailure, found.error().code, found.error().message));
        return;
    }
    if (!found.value()) {
        s.done(notFound(s, key));
        return;
    }
    const News::NewsItem &item = *found.value();
    QString source = QStringLiteral("Portal");
    if (item.source != News::PortalSource) {
        if (auto feed = store->feed(item.source); feed && feed.value())
            source = feed.value()->name;
    }
    // The portal's articles carry the credit line of its conditions of use,
    // as last seen (news sync refreshes it).
    QString credit;
    if (item.source == News::PortalSource && s.context.conditions()) {
        if (const auto conditions = s.context.conditions()->record().lastSeen())
            credit = conditions->creditLine;
    }
    const QString file = pdf.isEmpty() ? markdown : pdf;
    QString error;
    if (!pdf.isEmpty()) {
        error = writeArticlePdf(item, source, credit, News::imageCacheFolder(s.context.paths()), pdf);
    } else {
        QSaveFile out(markdown);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(News::articleMarkdown(item, source, credit).toUtf8()) < 0 || !out.commit())
            error = QStringLiteral("%1 could not be written: %2").arg(markdown, out.errorString());
    }
    if (!error.isEmpty()) {
        s.done(s.context.fail(ExitDisk, QStringLiteral("write_failed"), error));
        return;
    }
    if (s.context.json())
        s.context.printJson(
            QJsonObject {{QStringLiteral("id"), QString::number(key)}, {QStringLiteral("file"), file}});
    s.done(ExitOk);
}

void doMark(const Session &s, const QStringList &positional)
{
    const qint64 key = articleId(s, positional);
    if (key == 0)
        return;
    auto store = openStore(s);
    if (!store)
        return;
    const QString action = positional.first();
    auto marked = action == u"read" || action == u"unread" ? store->setRead(key, action == u"read")
                                                           : store->setStarred(key, action == u"star");
    if (!marked) {
        s.done(s.context.fail(ExitFailure, marked.error().code, marked.error().message));
        return;
    }
    if (!marked.value()) {
        s.done(notFound(s, key));
        return;
    }
    if (s.context.json())
        s.context.printJson(
            QJsonObject {{QStringLiteral("id"), QString::number(key)}, {QStringLiteral("done"), action}});
    s.done(ExitOk);
}

} // namespace

void runNews(CliContext &context, const QStringList &arguments, QObject *owner,
             const std::function<void(int)> &done)
{
    auto parser = std::make_shared<QCommandLineParser>();
    for (const char *option : {"source", "kind", "tag", "limit", "name", "markdown", "pdf"})
        parser->addOption(
            QCommandLineOption(QString::fromLatin1(option), QString(), QStringLiteral("VALUE")));
    parser->addOption(QCommandLineOption(QStringLiteral("unread")));
    parser->addOption(QCommandLineOption(QStringLiteral("starred")));
    parser->addOption(QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}));
    if (!parser->parse(arguments)) {
        done(context.fail(ExitUsage, QStringLiteral("usage"),
                          parser->errorText() + QStringLiteral(". See 'mmdesk-cli news --help'.")));
        return;
    }
    const QStringList positional = parser->positionalArguments();
    if (parser->isSet(QStringLiteral("help")) || positional.isEmpty()) {
        std::fputs(NewsHelp,
                   positional.isEmpty() && !parser->isSet(QStringLiteral("help")) ? stderr : stdout);
        done(parser->isSet(QStringLiteral("help")) ? ExitOk : ExitUsage);
        return;
    }
    if (context.portal().isEmpty()) {
        done(context.fail(
            ExitUsage, QStringLiteral("no_portal"),
            QStringLiteral("No portal is set: give --portal URL or set MMDESK_PORTAL. The news is "
                           "kept per portal.")));
        return;
    }
    const Session session {context, parser, owner, done};
    const QString action = positional.first();
    if (action == u"sync")
        doSync(session);
    else if (action == u"list")
        doList(session, positional, false);
    else if (action == u"search")
        doList(session, positional, true);
    else if (action == u"show")
        doShow(session, positional);
    else if (action == u"sources")
        doSources(session, positional);
    else if (action == u"export")
        doExport(session, positional);
    else if (action == u"read" || action == u"unread" || action == u"star" || action == u"unstar")
        doMark(session, positional);
    else
        done(context.fail(
            ExitUsage, QStringLiteral("usage"),
            QStringLiteral("unknown news action “%1”. See 'mmdesk-cli news --help'.").arg(action)));
}

} // namespace Cli
