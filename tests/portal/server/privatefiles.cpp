#include "tests/portal/server/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace RefPortal::PrivateFiles {

namespace {
constexpr QFileDevice::Permissions DirMode =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions FileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

Util::Error ioError(const QString &what, const QString &path)
{
    return Util::makeError(QStringLiteral("io_error"), QStringLiteral("%1 %2").arg(what, path));
}
} // namespace

Util::Result<void> ensureDir(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        // Parents get the usual mode; the folder itself is private from the start.
        if (!QDir().mkpath(info.absolutePath()) || !QDir().mkdir(info.absoluteFilePath(), DirMode))
            return ioError(QStringLiteral("Cannot create"), path);
    } else if (!info.isDir()) {
        return ioError(QStringLiteral("Not a folder:"), path);
    }
    // mkdir's mode passed through the umask; this one does not.
    if (!QFile::setPermissions(path, DirMode))
        return ioError(QStringLiteral("Cannot restrict the permissions of"), path);
    return {};
}

Util::Result<void> ensureFile(const QString &path)
{
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, FileMode))
            return ioError(QStringLiteral("Cannot create"), path);
    }
    if (!QFile::setPermissions(path, FileMode))
        return ioError(QStringLiteral("Cannot restrict the permissions of"), path);
    return {};
}

Util::Result<void> restrictIfExists(const QString &path)
{
    if (QFileInfo::exists(path) && !QFile::setPermissions(path, FileMode))
        return ioError(QStringLiteral("Cannot restrict the permissions of"), path);
    return {};
}

} // namespace RefPortal::PrivateFiles
