#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QLockFile;

namespace Storage {
class Database;
}

namespace Catalogue {

// Thumbnails on disk within a byte budget: one file per picture and an
// index (SQLite, in the same folder) of sizes and the order of use, so that
// the least recently used go first and the order survives a restart.
// Reads only mark the order in memory; flush() writes it, in one
// transaction. Synchronous and owned by one thread: ThumbnailCache runs it
// on its own.
class ThumbnailStore final
{
public:
    // Opens or creates the folder and its index, forgets entries whose file
    // is gone or has another size, deletes files the index does not know
    // (left by a crash), and evicts down to the budget.
    static Util::Result<std::unique_ptr<ThumbnailStore>> open(const QString &folder, qint64 maxBytes);
    ~ThumbnailStore();
    ThumbnailStore(const ThumbnailStore &) = delete;
    ThumbnailStore &operator=(const ThumbnailStore &) = delete;

    // The bytes kept for `key`, now the most recently used; nullopt when
    // there are none. A file that cannot be read, has changed size or is no
    // picture is forgotten.
    std::optional<QByteArray> read(const QString &key);
    // Keeps bytes as the most recently used, then evicts the least recently
    // used until the total fits the budget. A picture larger than the whole
    // budget is not kept.
    Util::Result<void> write(const QString &key, const QByteArray &bytes);
    void remove(const QString &key);
    Util::Result<void> flush();

    bool contains(const QString &key) const { return m_entries.contains(key); }
    qint64 bytesUsed() const { return m_bytes; }
    int count() const { return static_cast<int>(m_entries.size()); }
    qint64 maxBytes() const { return m_maxBytes; }
    QString filePath(const QString &key) const;
    // The same, for a store that another process may have open.
    static QString filePathIn(const QString &folder, const QString &key);

    // The key of a URL: a hash, so that any URL makes a safe file name.
    static QString keyFor(const QUrl &url);
    // JPEG, PNG, GIF or WebP by their first bytes: what a thumbnail may be.
    static bool looksLikeImage(const QByteArray &bytes);

private:
    struct Entry
    {
        qint64 size = 0;
        qint64 lastUsed = 0;
    };

    ThumbnailStore(QString folder, qint64 maxBytes, std::unique_ptr<Storage::Database> db);
    Util::Result<void> load();
    void forget(const QString &key);
    void touch(const QString &key);
    Util::Result<void> evict();

    QString m_folder;
    qint64 m_maxBytes;
    std::unique_ptr<QLockFile> m_lock; // declared first: released after the index is closed
    std::unique_ptr<Storage::Database> m_db;
    QHash<QString, Entry> m_entries;
    QMap<qint64, QString> m_byUse; // lastUsed → key, oldest first
    QSet<QString> m_dirty; // order changed since the last flush
    qint64 m_clock = 0;
    qint64 m_bytes = 0;
};

} // namespace Catalogue
