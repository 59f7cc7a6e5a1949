#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Storage {
class Database;
}

namespace Watch {

// A search of the news or the videos kept on this computer, saved by name,
// that the application runs again after each sync to report what is new.
struct SavedSearch
{
    enum class Scope { News, Videos };

    qint64 id = 0;
    QString name;
    Scope scope = Scope::Videos;
    QString text; // every word, accents and case ignored
    QString tag;
    QString kind; // news only
    QDateTime from; // published_at >= from
    QDateTime to; // published_at <= to
    // Videos only: "" (notify only), "best", or a container ("mxf", "mp4",
    // "mov") whose largest rendition is queued.
    QString autoDownload;
    // Limits on what an auto-download takes, 0 for none: renditions taller
    // than this many lines, or larger than this many bytes, are passed over.
    int autoMaxHeight = 0;
    qint64 autoMaxBytes = 0;
    // Its auto-downloads wait for the hours the bandwidth schedule leaves
    // unlimited (Watch::dueNow), such as the night.
    bool autoOffHours = false;
    // Run once already: what matched then is the baseline, not news.
    bool baselined = false;

    static QString scopeKey(Scope scope);
};

// Something a saved search found that it had not reported before.
struct WatchMatch
{
    SavedSearch search;
    QString itemId; // the news item's key, or the video's id
    QString title;
    QJsonObject video; // videos: the portal's Video, for an auto-download
};

// Saved searches and the matches already reported (watches.sqlite in the
// data folder; WAL, migrations as in the other stores). Synchronous: a few
// rows, read on the thread that owns it.
class WatchStore final
{
    Q_DECLARE_TR_FUNCTIONS(Watch::WatchStore)

public:
    static Util::Result<std::unique_ptr<WatchStore>> open(const QString &path);
    ~WatchStore();
    Q_DISABLE_COPY_MOVE(WatchStore)

    // Refuses a name in use, an empty name, an auto-download rule that is
    // not one of "", best, mxf, mp4, mov (or one on a news search), and
    // limits (or off hours) that are negative or have no rule to limit.
    Util::Result<SavedSearch> add(SavedSearch search);
    Util::Result<QList<SavedSearch>> all();
    // By id (digits) or name; false when there is no such search.
    Util::Result<bool> remove(const QString &idOrName);

    Util::Result<QSet<QString>> seen(qint64 searchId);
    // Records the items as reported and the search as run, and keeps the
    // auto-downloads among `downloads` (videos of a search that downloads)
    // as pending in the same transaction: a download found is kept before
    // its match counts as seen. Pending downloads stay until donePending(),
    // across restarts, so that none is lost to a crash, to conditions of use
    // not yet accepted or to hours that make them wait. Removing a search
    // forgets its pending downloads.
    Util::Result<void> markSeen(qint64 searchId, const QList<QString> &itemIds,
                                const QList<WatchMatch> &downloads = {});

    // Oldest first, each with its search as it is now.
    Util::Result<QList<WatchMatch>> pending();
    // Takes a pending download for queueing: false when another program
    // took it a moment ago (a claim left by a crash lapses after ten minutes).
    Util::Result<bool> claimPending(qint64 searchId, const QString &itemId);
    // Gives a claimed download back, when it could not be queued.
    Util::Result<void> releasePending(qint64 searchId, const QString &itemId);
    Util::Result<void> donePending(qint64 searchId, const QString &itemId);

private:
    explicit WatchStore(std::unique_ptr<Storage::Database> db);
    std::unique_ptr<Storage::Database> m_db;
};

} // namespace Watch
