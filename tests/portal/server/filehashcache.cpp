#include "tests/portal/server/filehashcache.h"

#include "core/storage/statement.h"
#include "tests/portal/server/portaldatabase.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <memory>

namespace RefPortal {

Util::Result<QString> FileHashCache::computeSha256(const QString &absolutePath)
{
    QFile file(absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return Util::makeError(QStringLiteral("io_error"),
                               QStringLiteral("Cannot read %1").arg(absolutePath));
    // OpenSSL rather than QCryptographicHash: it uses the CPU's SHA extensions.
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    EVP_DigestInit_ex(ctx.get(), EVP_sha256(), nullptr);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Util::makeError(QStringLiteral("io_error"),
                                   QStringLiteral("Read error in %1").arg(absolutePath));
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx.get(), buffer.constData(), static_cast<size_t>(n));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(ctx.get(), digest, &length);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

Util::Result<QString> FileHashCache::sha256(const QString &absolutePath)
{
    const QFileInfo info(absolutePath);
    const qint64 size = info.size();
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    {
        auto guard = m_database.lock();
        auto select = m_database.db().prepare(
            QStringLiteral("SELECT sha256 FROM file_hashes WHERE path = ? AND size = ? AND mtime_ms = ?"));
        if (!select)
            return select.error();
        auto row = select.value().bindAll(absolutePath, size, mtime).step();
        if (!row)
            return row.error();
        if (row.value())
            return select.value().columnText(0);
    }
    auto computed = computeSha256(absolutePath);
    if (!computed)
        return computed;
    auto guard = m_database.lock();
    auto upsert = m_database.db().prepare(
        QStringLiteral("INSERT INTO file_hashes (path, size, mtime_ms, sha256) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, "
                       "sha256 = excluded.sha256"));
    if (!upsert)
        return upsert.error();
    if (auto done = upsert.value().bindAll(absolutePath, size, mtime, computed.value()).exec(); !done)
        return done.error();
    return computed;
}

} // namespace RefPortal
