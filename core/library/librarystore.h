#pragma once

#include "core/library/clip.h"
#include "core/library/libraryquery.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Storage {
class Database;
}

namespace Downloads {
struct DownloadRecord;
}

namespace Library {

class ClipWriter;

struct Collection
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    qint64 clipCount = 0;
};

// What a verification pass needs to know about one file.
struct FileEntry
{
    qint64 id = 0;
    QString filePath;
    qint64 sizeBytes = -1;
    QByteArray sha256;
    Status status = Status::Unverified;
};

// A clip of a portal video, as the catalogue marks what is already here.
struct Holding
{
    qint64 clipId = 0;
    QString videoId;
    QString renditionId;
    Status status = Status::Unverified;
};

// A clip asked to go to a watch folder (Library::Delivery), and how it went.
struct DeliveryState
{
    qint64 clipId = 0;
    QString folder;
    QDateTime requestedAt;
    QString deliveredPath; // empty until delivered
    QDateTime deliveredAt;
    QString problem; // why the last try failed; empty otherwise

    bool isDelivered() const { return !deliveredPath.isEmpty(); }
};

// The local clip archive in its own SQLite file (WAL), searchable with FTS5.
// One writer: the thread that owns a LibraryStore is the only one writing
// the file; every change is one transaction, the search index included.
//
// A clip is its file: the file path is unique, and adding a clip whose path
// is already in the library refreshes that clip (the portal's description,
// checksum, size, dates, status) and keeps what the person added to it
// (user tags, note, collections). So a download that finishes twice into the
// same place, or a library rebuilt from the download history, never counts a
// file twice, while two copies of a rendition in two folders are two clips.
class LibraryStore final
{
    Q_DECLARE_TR_FUNCTIONS(Library::LibraryStore)

public:
    static Util::Result<std::unique_ptr<LibraryStore>> open(const QString &path);
    ~LibraryStore();
    LibraryStore(const LibraryStore &) = delete;
    LibraryStore &operator=(const LibraryStore &) = delete;

    // Adds or refreshes (see above); returns the clip as stored, with its id.
    Util::Result<Clip> addClip(const Clip &clip);
    Util::Result<Clip> addFromDownload(const Downloads::DownloadRecord &record);
    // Many clips in one transaction (an import, a rebuild): all or none.
    Util::Result<void> addClips(const QList<Clip> &clips);

    Util::Result<std::optional<Clip>> find(qint64 id);
    Util::Result<std::optional<Clip>> findByFilePath(const QString &path);
    // Every file with this content (copies in several folders are several clips).
    Util::Result<QList<Clip>> findBySha256(const QByteArray &sha256);
    // Forgets the clip, its tags and its place in collections. The file
    // stays on disk: deleting it is the caller's decision.
    Util::Result<void> remove(qint64 id);

    Util::Result<void> setUserTags(qint64 id, const QStringList &tags);
    Util::Result<void> setNote(qint64 id, const QString &note);
    // The outcome of a check; verifiedAt is when it was made.
    Util::Result<void> setStatus(qint64 id, Status status, const QDateTime &verifiedAt);
    // Points the clip at its file's new place (relink). The clip becomes
    // Unverified until the caller checks the file there.
    Util::Result<void> setFilePath(qint64 id, const QString &path);

    Util::Result<Collection> createCollection(const QString &name);
    Util::Result<void> renameCollection(qint64 id, const QString &name);
    // The clips stay in the library.
    Util::Result<void> deleteCollection(qint64 id);
    Util::Result<void> addToCollection(qint64 collectionId, const QList<qint64> &clipIds);
    Util::Result<void> removeFromCollection(qint64 collectionId, const QList<qint64> &clipIds);
    Util::Result<QList<Collection>> collections();
    Util::Result<QList<qint64>> collectionsOf(qint64 clipId);

    // For the library view. count() and page() agree on the same query.
    Util::Result<qint64> count(const Query &query);
    // min(count(query), limit), at a cost that grows with `limit` rather than
    // with the number of matches: for a count shown while typing ("10,000+").
    Util::Result<qint64> countUpTo(const Query &query, qint64 limit);
    Util::Result<QList<ClipRow>> page(const Query &query, qint64 offset, int limit);
    // Keyset paging: the cost of a page does not grow with how far down it is.
    Util::Result<Page> pageAfter(const Query &query, const PageCursor &after, int limit);

    // Files in id order, a batch at a time, for verification: no read
    // transaction stays open while files are hashed, and a pass can resume.
    Util::Result<QList<FileEntry>> files(qint64 afterId, int limit);

    // SQLite's integrity check and the FTS index checked against the clips;
    // empty when all is well.
    Util::Result<QStringList> checkIntegrity();
    // Every clip that came from a portal video (video_id set), oldest first.
    Util::Result<QList<Holding>> holdings();

    // Watch-folder deliveries, one per clip: asking again replaces the last.
    Util::Result<void> requestDelivery(qint64 clipId, const QString &folder);
    Util::Result<void> recordDelivered(qint64 clipId, const QString &path);
    Util::Result<void> recordDeliveryProblem(qint64 clipId, const QString &problem);
    // Asked for and not done (failed ones included), oldest first.
    Util::Result<QList<DeliveryState>> pendingDeliveries();
    Util::Result<std::optional<DeliveryState>> delivery(qint64 clipId);

private:
    LibraryStore(std::unique_ptr<Storage::Database> db, std::unique_ptr<ClipWriter> writer);
    Util::Result<QList<Clip>> selectClips(const QString &where, const QVariant &value);
    Util::Result<void> changeCollectionMembers(qint64 collectionId, const QList<qint64> &clipIds, bool add);
    Util::Result<void> requireChanged(const QString &what);
    Util::Result<QString> matchExpression(const QString &userText);
    // limit 0: all.
    Util::Result<qint64> countRows(const Query &query, qint64 limit);

    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<ClipWriter> m_writer;
};

} // namespace Library
