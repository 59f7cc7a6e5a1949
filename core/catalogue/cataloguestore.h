#pragma once

#include "core/catalogue/catalogueapi.h"
#include "core/catalogue/video.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace Storage {
class Database;
}

namespace Catalogue {

// A video as lists show it: enough to draw a thumbnail, a title and a date
// without parsing the whole video.
struct VideoSummary
{
    QString id;
    QString title;
    QDateTime publishedAt;
    qint64 durationMs = 0;
    QUrl thumbnailUrl;
    QString location;
    QStringList tags;
    // What a card or a row shows of the renditions without opening the
    // video: their containers (upper case, each once, largest file first),
    // the largest file's size (-1: none known), and whether its terms
    // restrict use (termsRestrictUse()).
    QStringList formats;
    qint64 largestBytes = -1;
    bool restricted = false;

    static VideoSummary from(const Video &video);
};

// Where a newest-first list stopped: (published_at, id), the contract's order.
// The next page starts after it, whether it comes from the portal or the cache.
struct ListPosition
{
    qint64 publishedMs = 0;
    QString id;

    bool isValid() const { return !id.isEmpty(); }
    static ListPosition of(const VideoSummary &summary);
};

// A query of the videos kept on this computer; every filter is optional.
struct LocalQuery
{
    QString text; // every word, accents and case ignored, as a prefix
    QString tag;
    QDateTime from; // published_at >= from
    QDateTime to; // published_at <= to
    ListPosition after;
    int limit = 100;
};

struct LocalPage
{
    QList<VideoSummary> items;
    bool atEnd = true;
};

struct TagCount
{
    QString name;
    int count = 0;
};

// How fresh the cache is.
struct SyncState
{
    // The newest updated_at an incremental sync has applied; the next sync
    // asks for what changed after it. Invalid before the first sync.
    QDateTime watermark;
    // When a sync last applied a page, and when one last reached the end
    // (this computer's clock).
    QDateTime syncedAt;
    QDateTime completedAt;
    int videoCount = 0;

    // The moment the cached catalogue reflects, for "as of …".
    QDateTime asOf() const { return completedAt.isValid() ? completedAt : syncedAt; }
};

// The portal's video catalogue in SQLite, for browsing and searching
// offline: the full JSON of every video, a newest-first index, tags, and an
// FTS5 index that ignores case and accents. Synchronous and owned by one
// thread: CatalogueCache runs it on its own.
class CatalogueStore final
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue::CatalogueStore)

public:
    static Util::Result<std::unique_ptr<CatalogueStore>> open(const QString &path);
    ~CatalogueStore();
    CatalogueStore(const CatalogueStore &) = delete;
    CatalogueStore &operator=(const CatalogueStore &) = delete;

    // Keeps videos as the portal listed them, in one transaction. A copy
    // never replaces a newer one. Returns how many rows changed.
    Util::Result<int> store(const QList<Video> &videos);
    // One page of an incremental sync, in one transaction: its videos, its
    // deletions, and the watermark moved to the newest updated_at in it.
    // Returns how many rows changed.
    Util::Result<int> applySyncPage(const VideoPage &page, const QDateTime &now);
    Util::Result<void> markSyncComplete(const QDateTime &now);

    Util::Result<LocalPage> query(const LocalQuery &query);
    Util::Result<std::optional<Video>> video(const QString &id);
    // Tags of the cached videos, by name, with how many videos carry each.
    Util::Result<QList<TagCount>> tags();
    Util::Result<SyncState> syncState();

    // What a person typed as an FTS5 expression that can only mean "all
    // these words, as prefixes": operators and quotes are searched as
    // words, never obeyed. Empty when nothing searchable is left.
    static QString matchExpression(const QString &text);

private:
    explicit CatalogueStore(std::unique_ptr<Storage::Database> db);
    Util::Result<int> upsert(const Video &video);
    // Also remembers the deletion, so that an older copy stays out.
    Util::Result<int> remove(const QString &id, const QDateTime &deletedAt);
    Util::Result<QString> meta(const QString &key);
    Util::Result<void> setMeta(const QString &key, const QString &value);

    std::unique_ptr<Storage::Database> m_db;
};

} // namespace Catalogue
