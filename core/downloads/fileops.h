#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace Downloads {

// The file-system steps of a download, kept apart from the engine so that
// each can be tested on its own.
class FileOps final
{
    Q_DECLARE_TR_FUNCTIONS(Downloads::FileOps)

public:
    // Bytes the current user may still write in the folder's file system.
    static qint64 freeBytes(const QString &folder);
    // The room a download of `remaining` bytes asks for: the bytes plus 1 %
    // and at least 64 MiB, so that finishing never fills the disk to the brim.
    static qint64 requiredBytes(qint64 remaining);

    // Lowercase hex SHA-256 of a file, read in large blocks; stops early
    // (returning an error) when `cancel` turns true.
    // Reads a whole file in large blocks (sequential read-ahead asked for),
    // handing each block to `consume`; stops early with "cancelled" when
    // `cancel` turns true, or with "read_failed" and the reason.
    static Util::Result<void> readBlocks(const QString &path, const std::atomic_bool *cancel,
                                         const std::function<void(const unsigned char *, size_t)> &consume);

    // `read` hears how many bytes each block added.
    static Util::Result<QByteArray> sha256(const QString &path, const std::atomic_bool *cancel = nullptr,
                                           const std::function<void(qint64)> &read = {});

    // The FAT family, which matters to downloads: no file over 4 GiB on FAT,
    // and no sparse files on either (a write past the end makes the drive
    // write zeros up to it first).
    enum class FileSystem { Other, Fat, ExFat };
    // What the folder is on: vfat/msdos/exfat, or the same through FUSE
    // (fusefat, exfat-fuse), read from the mount table.
    static FileSystem fileSystem(const QString &folder);

    // The largest file the folder's file system can hold, or -1 when it has
    // no limit worth knowing: FAT holds files of at most 4 GiB - 1.
    static qint64 maxFileSize(const QString &folder);
    static qint64 maxFileSize(FileSystem fileSystem);

    // fsync the file, rename it to `finalPath` (which must not exist), and
    // fsync the folder, so that after a crash either the old or the new name
    // is there, with all its bytes. Never replaces a file: with link() where
    // the file system has hard links, else renameat2(RENAME_NOREPLACE), else
    // (FUSE and SMB mounts have neither) a check for the name just before
    // rename(). Fails with "target_exists" when the name is taken.
    static Util::Result<void> finishAtomically(const QString &partPath, const QString &finalPath);
};

} // namespace Downloads
