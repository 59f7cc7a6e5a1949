#pragma once

#include "core/downloads/downloadrecord.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace Storage {
class Database;
}

namespace Downloads {

// The download queue in SQLite (WAL), so that it survives a restart or a
// SIGKILL: order, state, validators, per-segment progress and the metadata
// snapshot. One writer: the engine's thread owns a QueueStore; nothing else
// writes the file. Every change is one transaction.
class QueueStore final
{
    Q_DECLARE_TR_FUNCTIONS(Downloads::QueueStore)

public:
    static Util::Result<std::unique_ptr<QueueStore>> open(const QString &path);
    ~QueueStore();
    QueueStore(const QueueStore &) = delete;
    QueueStore &operator=(const QueueStore &) = delete;

    // Adds at the end of the queue; fills in id, position and createdAt.
    Util::Result<DownloadRecord> add(DownloadRecord record);
    // Queues a new download: its file name is made safe, and unique against
    // the files in its folder and every unfinished download, so that two
    // downloads never share a .part file.
    Util::Result<DownloadRecord> enqueue(DownloadRecord record);
    Util::Result<QList<DownloadRecord>> all();
    Util::Result<std::optional<DownloadRecord>> find(qint64 id);
    // Whether a download not yet finished, other than `exceptId`, already
    // targets this file.
    Util::Result<bool> targetInUse(const QString &destDir, const QString &fileName, qint64 exceptId = 0);
    // `wanted`, or the first of "name (2).ext", "name (3).ext"… that no file
    // of the folder (nor its .part) and no other unfinished download uses.
    QString freeFileName(const QString &destDir, const QString &wanted, qint64 exceptId);
    // The download takes another name (before anything was written).
    Util::Result<void> setFileName(qint64 id, const QString &fileName);

    Util::Result<void> setState(qint64 id, State state, const QString &errorCode = {},
                                const QString &errorMessage = {});
    // A fresh signed link and the facts it came with.
    Util::Result<void> setLink(qint64 id, const QString &url, const QDateTime &expiresAt, qint64 sizeBytes,
                               const QByteArray &sha256);
    // Progress and the validator it belongs to, with every segment, at once.
    Util::Result<void> saveProgress(const DownloadRecord &record);
    Util::Result<void> setSpeedLimit(qint64 id, qint64 bytesPerSecond);
    // When the download is needed by (invalid: no deadline). Downloads with a
    // deadline then go first in the queue, the most urgent first; the
    // others keep their order after them.
    Util::Result<void> setNeededBy(qint64 id, const QDateTime &when);
    Util::Result<void> countAttempt(qint64 id, bool corrupt);
    Util::Result<void> markCompleted(qint64 id, const QString &finalFileName);
    Util::Result<void> remove(qint64 id);

    enum class Move { Up, Down, Top, Bottom };
    Util::Result<void> move(qint64 id, Move where);
    // Puts `id` just before `beforeId` (0: at the end), for drag and drop.
    Util::Result<void> moveBefore(qint64 id, qint64 beforeId);

    // After a crash, nothing is really active: those downloads go back to
    // the queue and resume from their saved progress. Returns how many.
    Util::Result<int> requeueInterrupted();
    // Changes whenever another connection (another program) commits to the
    // queue; the same between two calls when only this one wrote.
    Util::Result<qint64> dataVersion();

private:
    explicit QueueStore(std::unique_ptr<Storage::Database> db);
    Util::Result<void> renumber(const QList<qint64> &order);
    // Changes the order around `id` (at index `from`) in one transaction.
    Util::Result<void> reorder(qint64 id, const std::function<void(QList<qint64> &, qsizetype)> &change);
    Util::Result<QList<qint64>> order();
    Util::Result<void> orderByDeadline();

    std::unique_ptr<Storage::Database> m_db;
};

} // namespace Downloads
