#include "core/watch/watchrunner.h"

#include "core/catalogue/cataloguecache.h"
#include "core/news/newscache.h"

#include <QPointer>

namespace Watch {

namespace {

// The newest this many matches of each search are looked at on each run.
constexpr int MatchesPerRun = 200;

} // namespace

struct WatchRunner::Pass
{
    QList<SavedSearch> searches;
    qsizetype index = 0;
    QList<WatchMatch> matches;
    QPointer<QObject> context;
    Done done;
};

WatchRunner::WatchRunner(WatchStore &store, News::NewsCache *news, Catalogue::CatalogueCache *catalogue,
                         QObject *parent)
    : QObject(parent), m_store(store), m_news(news), m_catalogue(catalogue)
{ }

void WatchRunner::run(QObject *context, Done done)
{
    auto searches = m_store.all();
    if (!searches) {
        done(searches.error());
        return;
    }
    auto pass = std::make_shared<Pass>();
    pass->searches = searches.value();
    pass->context = context;
    pass->done = std::move(done);
    next(pass);
}

void WatchRunner::next(const std::shared_ptr<Pass> &pass)
{
    if (!pass->context)
        return;
    if (pass->index >= pass->searches.size()) {
        pass->done(pass->matches);
        return;
    }
    const SavedSearch search = pass->searches.at(pass->index++);
    const auto failed = [pass](const Util::Error &error) {
        if (pass->context)
            pass->done(error);
    };
    if (search.scope == SavedSearch::Scope::News) {
        if (!m_news)
            return next(pass);
        News::NewsQuery query;
        query.text = search.text;
        query.tag = search.tag;
        query.kind = search.kind;
        query.from = search.from;
        query.to = search.to;
        query.limit = MatchesPerRun;
        m_news->list(query, this, [this, pass, search, failed](Util::Result<News::NewsList> list) {
            if (!list)
                return failed(list.error());
            QList<WatchMatch> candidates;
            for (const News::NewsItem &item : list.value().items)
                candidates.append(WatchMatch {search, QString::number(item.key), item.title, {}});
            found(pass, search, candidates);
        });
        return;
    }
    if (!m_catalogue)
        return next(pass);
    Catalogue::LocalQuery query;
    query.text = search.text;
    query.tag = search.tag;
    query.from = search.from;
    query.to = search.to;
    query.limit = MatchesPerRun;
    m_catalogue->query(query, this, [this, pass, search, failed](Util::Result<Catalogue::LocalPage> page) {
        if (!page)
            return failed(page.error());
        QList<WatchMatch> candidates;
        for (const Catalogue::VideoSummary &video : page.value().items)
            candidates.append(WatchMatch {search, video.id, video.title, {}});
        found(pass, search, candidates);
    });
}

void WatchRunner::found(const std::shared_ptr<Pass> &pass, const SavedSearch &search,
                        QList<WatchMatch> candidates)
{
    auto seen = m_store.seen(search.id);
    if (!seen) {
        pass->done(seen.error());
        return;
    }
    QList<QString> fresh;
    QList<WatchMatch> reported;
    for (const WatchMatch &match : candidates) {
        if (seen.value().contains(match.itemId))
            continue;
        fresh.append(match.itemId);
        if (search.baselined)
            reported.append(match);
    }
    if (reported.isEmpty() || search.scope == SavedSearch::Scope::News || search.autoDownload.isEmpty()) {
        settle(pass, search.id, fresh, reported);
        return;
    }
    // An auto-download needs the whole video (its renditions): one at a time,
    // before anything counts as seen.
    auto fetch = std::make_shared<Fetch>();
    fetch->searchId = search.id;
    fetch->fresh = fresh;
    fetch->remaining = reported;
    fetchVideos(pass, fetch);
}

void WatchRunner::fetchVideos(const std::shared_ptr<Pass> &pass, const std::shared_ptr<Fetch> &fetch)
{
    if (fetch->remaining.isEmpty()) {
        settle(pass, fetch->searchId, fetch->fresh, fetch->done);
        return;
    }
    WatchMatch match = fetch->remaining.takeFirst();
    m_catalogue->video(
        match.itemId, this,
        [this, pass, fetch, match](Util::Result<std::optional<Catalogue::Video>> video) mutable {
            if (video && video.value())
                match.video = video.value()->json;
            fetch->done.append(match);
            fetchVideos(pass, fetch);
        });
}

void WatchRunner::settle(const std::shared_ptr<Pass> &pass, qint64 searchId, const QList<QString> &fresh,
                         const QList<WatchMatch> &reported)
{
    // Seen, and its downloads kept, in one transaction.
    if (auto marked = m_store.markSeen(searchId, fresh, reported); !marked) {
        pass->done(marked.error());
        return;
    }
    pass->matches += reported;
    next(pass);
}

} // namespace Watch
