#include "core/library/atomicwrite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace Library {

namespace {

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

Util::Result<void> AtomicWrite::write(const QString &path, const QByteArray &bytes, Mode mode)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const auto failure = [&path](int error) {
        return Util::makeError(
            QStringLiteral("disk_error"),
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), systemError(error)));
    };

    // The temporary name starts with a dot so that folder listings, and the
    // hash history, pass over a file that is still being written. It is made
    // with open() rather than QTemporaryFile so that the umask, not 0600,
    // decides who may read the result.
    QByteArray temporary;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        const QString name = u'.' + info.fileName() + QStringLiteral(".tmp-")
            + QString::number(QRandomGenerator::global()->generate(), 36);
        temporary = QFile::encodeName(QDir(folder).filePath(name));
        fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            return failure(errno);
    }
    if (fd < 0)
        return failure(EEXIST);

    if (!writeAll(fd, bytes) || ::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(temporary.constData());
        return failure(error);
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(temporary.constData());
        return failure(error);
    }

    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    if (mode == Mode::Replace) {
        if (::rename(temporary.constData(), target.constData()) != 0) {
            const int error = errno;
            ::unlink(temporary.constData());
            return failure(error);
        }
    } else {
        // link() refuses an existing name where rename() would replace it.
        if (::link(temporary.constData(), target.constData()) != 0) {
            const int error = errno;
            ::unlink(temporary.constData());
            if (error == EEXIST)
                return Util::makeError(QStringLiteral("target_exists"),
                                       tr("Cannot write %1: a file of that name is already there.")
                                           .arg(QDir::toNativeSeparators(path)));
            return failure(error);
        }
        ::unlink(temporary.constData());
    }

    const int dir = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return {};
}

} // namespace Library
