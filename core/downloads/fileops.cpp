#include "core/downloads/fileops.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace Downloads {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

struct FdCloser
{
    int fd;
    ~FdCloser()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

qint64 FileOps::freeBytes(const QString &folder)
{
    struct statvfs info
    {
    };
    if (statvfs(QFile::encodeName(folder).constData(), &info) != 0)
        return -1;
    return static_cast<qint64>(info.f_bavail) * static_cast<qint64>(info.f_frsize);
}

qint64 FileOps::requiredBytes(qint64 remaining)
{
    constexpr qint64 MinimumMargin = 64LL * 1024 * 1024;
    return remaining + std::max(MinimumMargin, remaining / 100);
}

Util::Result<void> FileOps::readBlocks(const QString &path, const std::atomic_bool *cancel,
                                       const std::function<void(const unsigned char *, size_t)> &consume)
{
    const auto readError = [&path] {
        return Util::makeError(
            QStringLiteral("read_failed"),
            tr("Cannot read %1 to check it: %2").arg(QDir::toNativeSeparators(path), systemError()));
    };
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return readError();
    const FdCloser closer {fd};
    posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    // Large blocks keep a multi-gigabyte clip at disk speed; the cancel flag
    // is looked at once per block.
    constexpr size_t BlockSize = 4 * 1024 * 1024;
    const auto buffer = std::make_unique<unsigned char[]>(BlockSize);
    for (;;) {
        if (cancel && cancel->load())
            return Util::makeError(QStringLiteral("cancelled"), tr("The check was stopped."));
        const ssize_t got = ::read(fd, buffer.get(), BlockSize);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return readError();
        }
        if (got == 0)
            return {};
        consume(buffer.get(), static_cast<size_t>(got));
    }
}

Util::Result<QByteArray> FileOps::sha256(const QString &path, const std::atomic_bool *cancel,
                                         const std::function<void(qint64)> &read)
{
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return Util::makeError(QStringLiteral("hash_failed"), tr("The SHA-256 function is not available."));
    const auto done = readBlocks(path, cancel, [&](const unsigned char *data, size_t length) {
        EVP_DigestUpdate(context.get(), data, length);
        if (read)
            read(static_cast<qint64>(length));
    });
    if (!done)
        return done.error();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

FileOps::FileSystem FileOps::fileSystem(const QString &folder)
{
    const QByteArray path = QFile::encodeName(QFileInfo(folder).absoluteFilePath());
    struct statfs info
    {
    };
    if (::statfs(path.constData(), &info) != 0)
        return FileSystem::Other;
    constexpr unsigned long MsdosMagic = 0x4d44; // vfat and msdos
    constexpr unsigned long ExfatMagic = 0x2011bab0;
    constexpr unsigned long FuseMagic = 0x65735546;
    const auto type = static_cast<unsigned long>(info.f_type);
    if (type == MsdosMagic)
        return FileSystem::Fat;
    if (type == ExfatMagic)
        return FileSystem::ExFat;
    if (type != FuseMagic)
        return FileSystem::Other;
    // FUSE says nothing of what it serves; the mount table does (the mount
    // point that is the longest prefix of the folder).
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    if (!mounts.open(QIODevice::ReadOnly))
        return FileSystem::Other;
    const QByteArray text = mounts.readAll();
    QByteArray bestPoint;
    QByteArray bestType;
    for (const QByteArray &line : text.split('\n')) {
        // id parent major:minor root mount-point options [optional...] - type source super-options
        const QList<QByteArray> fields = line.split(' ');
        const qsizetype dash = fields.indexOf("-");
        if (fields.size() < 5 || dash < 0 || dash + 1 >= fields.size())
            continue;
        QByteArray point = fields.at(4);
        point.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\");
        const bool under = path == point || point == "/" || path.startsWith(QByteArray(point).append('/'));
        if (under && point.size() >= bestPoint.size()) {
            bestPoint = point;
            bestType = fields.at(dash + 1);
        }
    }
    const QByteArray fsType = bestType.toLower();
    if (fsType.contains("exfat"))
        return FileSystem::ExFat;
    if (fsType.contains("fat") || fsType.contains("msdos"))
        return FileSystem::Fat;
    return FileSystem::Other;
}

qint64 FileOps::maxFileSize(const QString &folder)
{
    return maxFileSize(fileSystem(folder));
}

qint64 FileOps::maxFileSize(FileSystem fileSystem)
{
    return fileSystem == FileSystem::Fat ? 4LL * 1024 * 1024 * 1024 - 1 : -1;
}

Util::Result<void> FileOps::finishAtomically(const QString &partPath, const QString &finalPath)
{
    const QByteArray part = QFile::encodeName(partPath);
    const QByteArray target = QFile::encodeName(finalPath);
    {
        const int fd = ::open(part.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0) {
            const QString reason = systemError();
            if (fd >= 0)
                ::close(fd);
            return Util::makeError(
                QStringLiteral("disk_error"),
                tr("Cannot write %1 to disk: %2").arg(QDir::toNativeSeparators(partPath), reason));
        }
        ::close(fd);
    }
    const auto moveError = [&finalPath](int error) {
        return Util::makeError(
            error == EEXIST ? QStringLiteral("target_exists") : QStringLiteral("disk_error"),
            tr("Cannot move the finished file to %1: %2")
                .arg(QDir::toNativeSeparators(finalPath), QString::fromLocal8Bit(std::strerror(error))));
    };
    // link() + unlink() instead of rename(): it refuses to replace a file that
    // appeared under the final name meanwhile.
    if (::link(part.constData(), target.constData()) == 0) {
        ::unlink(part.constData());
    } else if (errno == EEXIST) {
        return moveError(EEXIST);
    } else if (::renameat2(AT_FDCWD, part.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0) {
        // No hard links here (FAT, exFAT, many SMB and FUSE mounts): the
        // kernel still refuses to replace an existing name.
    } else if (errno == EEXIST) {
        return moveError(EEXIST);
    } else if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP && errno != EPERM) {
        return moveError(errno);
    } else {
        // Neither: the name is checked just before the rename. Only another
        // program making that very name in the instant between could lose it.
        struct stat existing
        {
        };
        if (::lstat(target.constData(), &existing) == 0)
            return moveError(EEXIST);
        if (errno != ENOENT)
            return moveError(errno);
        if (::rename(part.constData(), target.constData()) != 0)
            return moveError(errno);
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(finalPath).absolutePath());
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace Downloads
