#include "core/catalogue/thumbnailstore.h"

#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"
#include "core/storage/transaction.h"
#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace Catalogue {

namespace {

const QString IndexName = QStringLiteral("index.sqlite");
const QString Suffix = QStringLiteral(".thumb");

QList<Storage::Migration> migrations()
{
    return {
        Storage::Migration::fromSql(1, QStringLiteral(R"(
            CREATE TABLE thumbnails (
                key       TEXT PRIMARY KEY,
                size      INTEGER NOT NULL CHECK (size >= 0),
                last_used INTEGER NOT NULL
            ) WITHOUT ROWID;
        )")),
    };
}

} // namespace

ThumbnailStore::ThumbnailStore(QString folder, qint64 maxBytes, std::unique_ptr<Storage::Database> db)
    : m_folder(std::move(folder)), m_maxBytes(maxBytes), m_db(std::move(db))
{ }

ThumbnailStore::~ThumbnailStore()
{
    if (auto flushed = flush(); !flushed)
        qCWarning(lcCatalogue) << "thumbnail use order not saved:" << flushed.error().message;
}

QString ThumbnailStore::keyFor(const QUrl &url)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(url.toEncoded(QUrl::FullyEncoded), QCryptographicHash::Sha1).toHex());
}

bool ThumbnailStore::looksLikeImage(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("\x89PNG\r\n\x1A\n")
        || bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a")
        || (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP");
}

QString ThumbnailStore::filePath(const QString &key) const
{
    return filePathIn(m_folder, key);
}

QString ThumbnailStore::filePathIn(const QString &folder, const QString &key)
{
    return folder + u'/' + key + Suffix;
}

Util::Result<std::unique_ptr<ThumbnailStore>> ThumbnailStore::open(const QString &folder, qint64 maxBytes)
{
    if (!QDir().mkpath(folder))
        return Util::makeError(QStringLiteral("disk_error"),
                               QStringLiteral("Cannot create %1").arg(QDir::toNativeSeparators(folder)));
    // One owner at a time: a second program on the same folder would count
    // its own total against the budget and, on opening, delete the files
    // the first is writing. A lock left by a process that died is taken over.
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(QStringLiteral("thumbnails.lock")));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return Util::makeError(
            QStringLiteral("in_use"),
            QStringLiteral("%1 is in use by another program").arg(QDir::toNativeSeparators(folder)));
    auto db = Storage::openMigrated(QDir(folder).filePath(IndexName), migrations());
    if (!db)
        return db.error();
    std::unique_ptr<ThumbnailStore> store(new ThumbnailStore(folder, maxBytes, std::move(db).value()));
    store->m_lock = std::move(lock);
    if (auto loaded = store->load(); !loaded)
        return loaded.error();
    return store;
}

Util::Result<void> ThumbnailStore::load()
{
    auto select = m_db->prepare(QStringLiteral("SELECT key, size, last_used FROM thumbnails"));
    if (!select)
        return select.error();
    QStringList gone;
    auto read = select.value().forEachRow([&](const Storage::Statement &row) {
        const QString key = row.columnText(0);
        const Entry entry {row.columnInt64(1), row.columnInt64(2)};
        const QFileInfo file(filePath(key));
        if (!file.exists() || file.size() != entry.size) {
            gone << key;
            return;
        }
        m_entries.insert(key, entry);
        m_byUse.insert(entry.lastUsed, key);
        m_bytes += entry.size;
        m_clock = std::max(m_clock, entry.lastUsed);
    });
    if (!read)
        return read.error();
    if (!gone.isEmpty()) {
        auto transaction = Storage::Transaction::begin(*m_db);
        if (!transaction)
            return transaction.error();
        auto drop = m_db->prepare(QStringLiteral("DELETE FROM thumbnails WHERE key = ?"));
        if (!drop)
            return drop.error();
        for (const QString &key : std::as_const(gone)) {
            drop.value().reset();
            if (auto done = drop.value().bind(1, key).exec(); !done)
                return done;
        }
        if (auto committed = transaction.value().commit(); !committed)
            return committed;
    }
    // Pictures the index does not know were written just before a crash,
    // .part files are interrupted writes: nothing points at them. Only the
    // cache's own names are touched, whatever else the folder holds.
    const QDir dir(m_folder);
    const QStringList ours {QStringLiteral("*") + Suffix,
                            QStringLiteral("*") + Suffix + QStringLiteral(".part")};
    for (const QString &name : dir.entryList(ours, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot)) {
        if (name.endsWith(Suffix) && m_entries.contains(name.chopped(Suffix.size())))
            continue;
        QFile::remove(dir.filePath(name));
    }
    return evict();
}

std::optional<QByteArray> ThumbnailStore::read(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return std::nullopt;
    QFile file(filePath(key));
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (bytes.size() != it->size || !looksLikeImage(bytes)) {
        qCInfo(lcCatalogue) << "thumbnail" << key << "damaged or missing on disk; fetching it again";
        remove(key);
        return std::nullopt;
    }
    touch(key);
    return bytes;
}

Util::Result<void> ThumbnailStore::write(const QString &key, const QByteArray &bytes)
{
    if (bytes.size() > m_maxBytes)
        return {};
    // Written aside and renamed, without waiting for the disk (fsync): a
    // cache may lose a picture in a crash, which is then fetched again; a
    // torn file has the wrong size or is no picture, and is never shown.
    const QString part = filePath(key) + QStringLiteral(".part");
    QFile file(part);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    file.close();
    if (!written || (QFile::exists(filePath(key)) && !QFile::remove(filePath(key)))
        || !QFile::rename(part, filePath(key))) {
        QFile::remove(part);
        return Util::makeError(QStringLiteral("disk_error"),
                               QStringLiteral("Cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(filePath(key)), file.errorString()));
    }
    forget(key);
    const Entry entry {bytes.size(), ++m_clock};
    auto insert = m_db->prepare(
        QStringLiteral("INSERT OR REPLACE INTO thumbnails (key, size, last_used) VALUES (?, ?, ?)"));
    if (!insert)
        return insert.error();
    if (auto done = insert.value().bindAll(key, entry.size, entry.lastUsed).exec(); !done)
        return done;
    m_entries.insert(key, entry);
    m_byUse.insert(entry.lastUsed, key);
    m_bytes += entry.size;
    return evict();
}

void ThumbnailStore::remove(const QString &key)
{
    forget(key);
    if (auto drop = m_db->prepare(QStringLiteral("DELETE FROM thumbnails WHERE key = ?"))) {
        if (auto done = drop.value().bind(1, key).exec(); !done)
            qCWarning(lcCatalogue) << "thumbnail index:" << done.error().message;
    }
    // The row goes first: a crash in between leaves a file that the next
    // start deletes, never an entry without its file.
    QFile::remove(filePath(key));
}

void ThumbnailStore::forget(const QString &key)
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return;
    m_byUse.remove(it->lastUsed);
    m_bytes -= it->size;
    m_dirty.remove(key);
    m_entries.erase(it);
}

void ThumbnailStore::touch(const QString &key)
{
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return;
    m_byUse.remove(it->lastUsed);
    it->lastUsed = ++m_clock;
    m_byUse.insert(it->lastUsed, key);
    m_dirty.insert(key);
}

Util::Result<void> ThumbnailStore::evict()
{
    while (m_bytes > m_maxBytes && !m_byUse.isEmpty()) {
        const QString oldest = m_byUse.first();
        remove(oldest);
    }
    return {};
}

Util::Result<void> ThumbnailStore::flush()
{
    if (m_dirty.isEmpty())
        return {};
    auto transaction = Storage::Transaction::begin(*m_db);
    if (!transaction)
        return transaction.error();
    auto update = m_db->prepare(QStringLiteral("UPDATE thumbnails SET last_used = ? WHERE key = ?"));
    if (!update)
        return update.error();
    for (const QString &key : std::as_const(m_dirty)) {
        const auto it = m_entries.constFind(key);
        if (it == m_entries.constEnd())
            continue;
        update.value().reset();
        if (auto done = update.value().bindAll(it->lastUsed, key).exec(); !done)
            return done;
    }
    if (auto committed = transaction.value().commit(); !committed)
        return committed;
    m_dirty.clear();
    return {};
}

} // namespace Catalogue
