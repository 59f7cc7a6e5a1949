#include "core/library/delivery.h"

#include "core/downloads/fileops.h"
#include "core/library/atomicwrite.h"
#include "core/library/ebucore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <unistd.h>

namespace Library {

namespace {

using Downloads::FileOps;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// "clip.mxf", then "clip (2).mxf", "clip (3).mxf"...
QString numberedName(const QString &fileName, int number)
{
    if (number < 2)
        return fileName;
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix();
    const QString numbered = base + QStringLiteral(" (") + QString::number(number) + u')';
    return suffix.isEmpty() ? numbered : numbered + u'.' + suffix;
}

// Writes all of `length` bytes, or fails with errno set.
bool writeAll(int fd, const unsigned char *data, size_t length)
{
    while (length > 0) {
        const ssize_t written = ::write(fd, data, length);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        length -= static_cast<size_t>(written);
    }
    return true;
}

} // namespace

QString Delivery::partName(const QString &fileName)
{
    return u'.' + fileName + QStringLiteral(".mmdesk-part");
}

Util::Result<Delivery::Outcome> Delivery::deliver(const Clip &clip, const QString &folder, bool withSidecar,
                                                  const std::atomic_bool *cancel,
                                                  const std::function<void(qint64)> &copied)
{
    const QFileInfo source(clip.filePath);
    if (!source.isFile())
        return Util::makeError(QStringLiteral("source_missing"),
                               tr("%1 is no longer where the library has it. Find it with Relink in the "
                                  "Library, then deliver it again.")
                                   .arg(native(clip.filePath)));
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return Util::makeError(QStringLiteral("folder_missing"),
                               tr("The watch folder %1 does not exist. Create it or connect its drive, or "
                                  "choose another in Settings (Deliver verified files to).")
                                   .arg(native(folder)));
    const QDir dir(folder);
    const qint64 size = source.size();
    const qint64 maxSize = FileOps::maxFileSize(folder);
    if (maxSize >= 0 && size > maxSize)
        return Util::makeError(QStringLiteral("too_large"),
                               tr("%1 is larger than the file system of the watch folder %2 can hold "
                                  "(4 GiB on FAT). Choose a watch folder on another drive.")
                                   .arg(source.fileName(), native(folder)));
    const qint64 free = FileOps::freeBytes(folder);
    if (free >= 0 && free < size)
        return Util::makeError(QStringLiteral("disk_full"),
                               tr("Not enough free space in the watch folder %1: %2 MB needed, %3 MB free. "
                                  "Free some space, then deliver the clip again from the Library.")
                                   .arg(native(folder))
                                   .arg(size / 1000000)
                                   .arg(free / 1000000));

    // The first name free for the file and its sidecar, unless the same
    // file is there already.
    int number = 1;
    const auto nextFreeName = [&]() -> std::optional<Outcome> {
        for (;; ++number) {
            const QString candidate = dir.filePath(numberedName(source.fileName(), number));
            const QFileInfo there(candidate);
            if (there.exists()) {
                if (there.isFile() && there.size() == size && !clip.sha256.isEmpty()
                    && FileOps::sha256(candidate, cancel).valueOr(QByteArray()) == clip.sha256) {
                    Outcome same {candidate, {}, true};
                    if (withSidecar && QFileInfo::exists(EbuCore::sidecarPath(candidate)))
                        same.sidecarPath = EbuCore::sidecarPath(candidate);
                    return same;
                }
                continue;
            }
            if (withSidecar && QFileInfo::exists(EbuCore::sidecarPath(candidate)))
                continue;
            return std::nullopt;
        }
    };
    if (auto same = nextFreeName())
        return *same;

    // The copy, under a hidden name, hashed as it is read.
    const QString part = dir.filePath(partName(source.fileName()));
    const QByteArray partName8 = QFile::encodeName(part);
    const int fd = ::open(partName8.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EPERM || error == EROFS)
            return Util::makeError(QStringLiteral("folder_not_writable"),
                                   tr("Multimedia Desk may not write in the watch folder %1 (%2). Give it "
                                      "write access, or choose another folder in Settings.")
                                       .arg(native(folder), qt_error_string(error)));
        return Util::makeError(
            QStringLiteral("write_failed"),
            tr("Cannot write in the watch folder %1: %2").arg(native(folder), qt_error_string(error)));
    }
    const auto removePart = [&] {
        ::unlink(partName8.constData());
    };
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        ::close(fd);
        removePart();
        return Util::makeError(QStringLiteral("hash_failed"), tr("The SHA-256 function is not available."));
    }
    std::atomic_bool stop {false};
    int writeError = 0;
    const auto read =
        FileOps::readBlocks(clip.filePath, &stop, [&](const unsigned char *data, size_t length) {
            if (cancel && cancel->load()) {
                stop = true;
                return;
            }
            EVP_DigestUpdate(context.get(), data, length);
            if (!writeAll(fd, data, length)) {
                writeError = errno;
                stop = true;
                return;
            }
            if (copied)
                copied(static_cast<qint64>(length));
        });
    ::close(fd);
    if (writeError != 0) {
        removePart();
        if (writeError == ENOSPC || writeError == EDQUOT)
            return Util::makeError(QStringLiteral("disk_full"),
                                   tr("The watch folder %1 is full. Free some space, then deliver the clip "
                                      "again from the Library.")
                                       .arg(native(folder)));
        return Util::makeError(QStringLiteral("write_failed"),
                               tr("Cannot write %1 in the watch folder %2: %3")
                                   .arg(source.fileName(), native(folder), qt_error_string(writeError)));
    }
    if (cancel && cancel->load()) {
        removePart();
        return Util::makeError(QStringLiteral("cancelled"), tr("The delivery was stopped."));
    }
    if (!read) {
        removePart();
        return Util::makeError(
            QStringLiteral("source_missing"),
            tr("Cannot read %1 from the library: %2").arg(native(clip.filePath), read.error().message));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    EVP_DigestFinal_ex(context.get(), digest, &digestLength);
    const QByteArray sha256 =
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(digestLength)).toHex();
    if (!clip.sha256.isEmpty() && sha256 != clip.sha256) {
        removePart();
        return Util::makeError(QStringLiteral("source_changed"),
                               tr("The library's copy of %1 no longer matches its SHA-256, so it was not "
                                  "delivered. Verify the clip in the Library and download it again.")
                                   .arg(native(clip.filePath)));
    }

    for (;; ++number) {
        if (number > 1) {
            if (auto same = nextFreeName()) {
                removePart();
                return *same;
            }
        }
        const QString target = dir.filePath(numberedName(source.fileName(), number));
        Outcome outcome {target, {}, false};
        if (withSidecar) {
            auto document = EbuCore::sidecar(
                clip.metadataJson, clip.renditionId,
                EbuCore::FileFacts {QFileInfo(target).fileName(), size, sha256, clip.downloadedAt});
            if (!document) {
                removePart();
                return document.error();
            }
            outcome.sidecarPath = EbuCore::sidecarPath(target);
            auto written =
                AtomicWrite::write(outcome.sidecarPath, document.value(), AtomicWrite::Mode::CreateNew);
            if (!written && written.error().code == u"target_exists")
                continue; // taken meanwhile: the next name
            if (!written) {
                removePart();
                return written.error();
            }
        }
        auto finished = FileOps::finishAtomically(part, target);
        if (finished)
            return outcome;
        if (withSidecar)
            QFile::remove(outcome.sidecarPath); // ours: written with CreateNew
        if (finished.error().code == u"target_exists")
            continue;
        removePart();
        return Util::makeError(QStringLiteral("write_failed"), finished.error().message);
    }
}

} // namespace Library
