#pragma once

#include "core/util/result.h"
#include "core/watch/watchstore.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace News {
class NewsCache;
}
namespace Catalogue {
class CatalogueCache;
}

namespace Watch {

// Runs every saved search against what the caches hold (after a sync) and
// reports what is new since the last run. A search's first run only notes
// what already matches: its baseline, not news. Searches of one scope are
// skipped when that cache is not given.
class WatchRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchRunner)

public:
    using Done = std::function<void(Util::Result<QList<WatchMatch>>)>;

    WatchRunner(WatchStore &store, News::NewsCache *news, Catalogue::CatalogueCache *catalogue,
                QObject *parent = nullptr);

    void run(QObject *context, Done done);

private:
    struct Pass;
    void next(const std::shared_ptr<Pass> &pass);
    void found(const std::shared_ptr<Pass> &pass, const SavedSearch &search, QList<WatchMatch> candidates);
    // The videos of one search's new matches, read before they count as seen.
    struct Fetch
    {
        qint64 searchId = 0;
        QList<QString> fresh;
        QList<WatchMatch> remaining;
        QList<WatchMatch> done;
    };
    void fetchVideos(const std::shared_ptr<Pass> &pass, const std::shared_ptr<Fetch> &fetch);
    void settle(const std::shared_ptr<Pass> &pass, qint64 searchId, const QList<QString> &fresh,
                const QList<WatchMatch> &reported);

    WatchStore &m_store;
    News::NewsCache *m_news;
    Catalogue::CatalogueCache *m_catalogue;
};

} // namespace Watch
