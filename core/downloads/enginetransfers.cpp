#include "core/downloads/enginejob.h"

#include "core/downloads/curlmulti.h"
#include "core/downloads/fileops.h"
#include "core/downloads/responseverdict.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

// One try of a download: the partial file opened, the transfers started,
// their outcomes judged, progress made durable, and the wait before the next
// try.

namespace Downloads {

namespace {
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

bool Engine::allWritten(const Job &job, qint64 partSize) const
{
    // Every byte is on disk already (the last try ended during the check, or
    // the moment the last byte came): the checksum decides, no byte is asked
    // for again. A single stream's offset counts only with something to
    // check it by.
    const DownloadRecord &record = job.record;
    if (record.sizeBytes <= 0 || partSize < record.sizeBytes)
        return false;
    if (!record.segments.isEmpty())
        return !record.etag.isEmpty() && frontier(job) >= record.sizeBytes
            && std::all_of(record.segments.cbegin(), record.segments.cend(),
                           [](const Segment &segment) { return segment.finished(); });
    return record.bytesDone == record.sizeBytes && (!record.sha256.isEmpty() || !record.etag.isEmpty());
}

bool Engine::takeFreePartName(Job &job)
{
    // A download that has not made its partial file finds the name taken
    // (another program's download, a file or link put there by hand): it
    // moves to a free name rather than write into a file it did not make.
    DownloadRecord &record = job.record;
    const QFileInfo part(record.partPath());
    if (record.partCreated || (!part.exists() && !part.isSymLink()))
        return true;
    const QString name = m_store->freeFileName(record.destDir, record.fileName, record.id);
    qCInfo(lcDownloads) << "download" << record.id << "-" << record.partPath() << "is not its own; using"
                        << name;
    if (!storeOk(m_store->setFileName(record.id, name))) {
        fail(job, State::Failed, QStringLiteral("disk_error"),
             tr("%1 already exists and the queue could not take another name.")
                 .arg(QDir::toNativeSeparators(record.partPath())));
        return false;
    }
    record.fileName = name;
    emitChanged(record.id);
    return true;
}

bool Engine::openPartFile(Job &job)
{
    DownloadRecord &record = job.record;
    const QByteArray path = QFile::encodeName(record.partPath());
    // Never through a link, and a new file only with O_EXCL: a file of that
    // name that someone else made in the meantime is never taken over.
    const int flags = O_RDWR | O_CLOEXEC | O_NOFOLLOW;
    if (record.partCreated) {
        job.fd = ::open(path.constData(), flags);
        if (job.fd >= 0)
            return true;
        if (errno != ENOENT) {
            fail(job, State::Failed, QStringLiteral("disk_error"),
                 tr("Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(record.partPath()), systemError(errno)));
            return false;
        }
    }
    job.fd = ::open(path.constData(), flags | O_CREAT | O_EXCL, 0644);
    if (job.fd < 0) {
        const int error = errno;
        fail(job, State::Failed, QStringLiteral("disk_error"),
             error == EEXIST
                 ? tr("%1 appeared as the download started: another program may be writing it. Use Retry to "
                      "download under another name.")
                       .arg(QDir::toNativeSeparators(record.partPath()))
                 : tr("Cannot write %1: %2")
                       .arg(QDir::toNativeSeparators(record.partPath()), systemError(error)));
        return false;
    }
    record.partCreated = true;
    storeOk(m_store->saveProgress(record));
    m_known.insert(record.id, record.ownPartPath());
    return true;
}

void Engine::startTransfer(Job &job)
{
    DownloadRecord &record = job.record;
    if (!QDir().mkpath(record.destDir)) {
        fail(job, State::Failed, QStringLiteral("disk_error"),
             tr("Cannot create the folder %1. Choose another destination.")
                 .arg(QDir::toNativeSeparators(record.destDir)));
        return;
    }
    if (!takeFreePartName(job))
        return;
    const FileOps::FileSystem fileSystem = FileOps::fileSystem(record.destDir);
    job.sparseFiles = fileSystem == FileOps::FileSystem::Other;
    const qint64 limit = FileOps::maxFileSize(fileSystem);
    if (limit >= 0 && record.sizeBytes > limit) {
        fail(job, State::Failed, QStringLiteral("file_too_large"),
             tr("The drive of %1 cannot hold files over 4 GiB (FAT), and this file has %2 MB. Choose a "
                "folder on another drive, or format this one as exFAT.")
                 .arg(QDir::toNativeSeparators(record.destDir))
                 .arg(record.sizeBytes / 1000000));
        return;
    }
    const QFileInfo part(record.partPath());
    const qint64 partSize = part.exists() ? part.size() : 0;
    const bool complete = allWritten(job, partSize);
    if (!complete && !record.segments.isEmpty()) {
        // Segment offsets are worth only as much as the version they were
        // written from and a file that still holds them.
        qint64 reach = 0;
        for (const Segment &segment : std::as_const(record.segments))
            reach = std::max(reach, segment.start + segment.done);
        if (record.etag.isEmpty() || partSize < reach) {
            for (Segment &segment : record.segments)
                segment.done = 0;
            record.etag.clear();
        }
        record.bytesDone = 0;
        for (const Segment &segment : std::as_const(record.segments))
            record.bytesDone += segment.done;
    } else if (!complete) {
        qint64 offset = std::min(record.bytesDone, partSize);
        // Resuming needs the validator of the bytes on disk; without one, start over.
        if (offset > 0 && record.etag.isEmpty())
            offset = 0;
        if (offset == 0)
            record.etag.clear();
        record.bytesDone = offset;
    }
    if (!job.hasher) {
        const qint64 id = record.id;
        const quint64 serial = ++m_hasherSerial;
        job.hasherSerial = serial;
        // Called on the hasher's thread; posting to the engine is thread-safe,
        // and the engine outlives every hasher (they are members of its jobs).
        job.hasher = std::make_unique<HashFollower>(
            record.partPath(), [this, id, serial](const Util::Result<QByteArray> &hash) {
                QMetaObject::invokeMethod(
                    this, [this, id, serial, hash] { verified(id, serial, hash); }, Qt::QueuedConnection);
            });
    }
    if (complete) {
        qCInfo(lcDownloads) << "download" << record.id << "- every byte is on disk; checking it";
        verify(job);
        return;
    }
    const qint64 remaining = record.sizeBytes < 0                    ? 0
        : !record.segments.isEmpty() && partSize >= record.sizeBytes ? 0 // allocated already
                                                                     : record.sizeBytes - record.bytesDone;
    const qint64 free = FileOps::freeBytes(record.destDir);
    if (free >= 0 && free < FileOps::requiredBytes(remaining)) {
        pauseForDisk(job,
                     tr("Not enough free space in %1: %2 MB needed, %3 MB free. The download continues by "
                        "itself once space is freed.")
                         .arg(QDir::toNativeSeparators(record.destDir))
                         .arg(FileOps::requiredBytes(remaining) / 1000000)
                         .arg(free / 1000000));
        return;
    }
    if (!openPartFile(job))
        return;
    job.syncError.clear();
    if (job.hasher->hashed() > completePrefix(job))
        job.hasher->restart();

    if (job.connections == 0) {
        job.connections = std::clamp(m_config.connections, 1, 16);
        job.growing = m_config.adaptiveConnections;
    }
    job.phase = Phase::Transferring;
    job.sinceSave.start();
    job.speedClock.start();
    job.speedBytes = record.bytesDone;
    job.startBytes = record.bytesDone;
    job.bytesAtSave = record.bytesDone;
    if (record.segments.isEmpty() && record.bytesDone == 0 && !prepareSegments(job, partSize))
        return;

    if (record.segments.isEmpty()) {
        startSegment(job, 0, record.bytesDone, -1, false);
    } else if (record.etag.isEmpty()) {
        // A fresh file: one connection asks for all of it as a range and
        // learns its version; the other segments start once it is known
        // (judged()) and this one is cut back to the first segment.
        startSegment(job, 0, 0, record.sizeBytes - 1, true);
    } else {
        startIdleSegments(record.id);
    }
    applySpeedLimits();
}

void Engine::transferFinished(CURL *easy, int curlCode)
{
    std::shared_ptr<Job> owner;
    qint64 key = -1;
    for (const auto &job : std::as_const(m_jobs)) {
        auto &retired = job->retired;
        const auto gone = std::find_if(retired.begin(), retired.end(),
                                       [easy](const auto &transfer) { return transfer->handle() == easy; });
        if (gone != retired.end()) {
            retired.erase(gone); // given up already; libcurl has let go of it
            return;
        }
        for (const auto &[start, transfer] : job->transfers) {
            if (transfer->handle() == easy) {
                owner = job;
                key = start;
                break;
            }
        }
        if (owner)
            break;
    }
    if (!owner)
        return;
    Job &job = *owner;
    Transfer &transfer = *job.transfers.at(key);
    const Transfer::Outcome outcome = transfer.finish(curlCode);
    if (liveBytes(job) > job.startBytes) {
        job.failures = 0;
        job.linkRefreshes = 0;
    }
    if (job.renewForVersion) {
        renewForNewVersion(job, job.versionSeen);
        return;
    }
    if (outcome.complete) {
        segmentFinished(job, key);
        return;
    }
    const bool otherVersion = outcome.verdict == Verdict::RestartClean && versionChanged(job, transfer);
    // One connection failed: the download stops and tries again as a whole,
    // from what every connection has written.
    stopTransfer(job);
    applySpeedLimits();
    switch (outcome.verdict) {
    case Verdict::RestartClean:
        if (otherVersion && mayRenewForVersion(job)) {
            renewForNewVersion(job, outcome.etag);
            return;
        }
        restartFromZero(job);
        retryLater(job, QStringLiteral("restart"),
                   tr("The server's answer did not match the partial file; starting the file over."), 0);
        return;
    case Verdict::RefreshLink:
        if (++job.linkRefreshes > 3) {
            fail(job, State::Failed, QStringLiteral("link_refused"),
                 tr("The media server keeps refusing fresh download links (HTTP %1).")
                     .arg(outcome.httpStatus));
            return;
        }
        forgetLink(job);
        askForLink(job);
        return;
    case Verdict::Fail:
        fail(job, State::Failed, QStringLiteral("http_%1").arg(outcome.httpStatus),
             outcome.httpStatus == 404
                 ? tr("The media server no longer has this file (HTTP 404). It may have been withdrawn.")
                 : tr("The media server refused the download: %1.").arg(outcome.error));
        return;
    case Verdict::Append:
    case Verdict::TakeWhole:
    case Verdict::RetryLater:
    case Verdict::AlreadyComplete:
        break;
    }
    if (outcome.diskFull) {
        pauseForDisk(job,
                     tr("The disk is full. Every byte downloaded so far is kept; the download continues by "
                        "itself once space is freed."));
        return;
    }
    if (outcome.fileTooLarge) {
        fail(
            job, State::Failed, QStringLiteral("file_too_large"),
            tr("The drive of %1 cannot hold files this large (over 4 GiB on FAT). Choose a folder on another "
               "drive.")
                .arg(QDir::toNativeSeparators(job.record.destDir)));
        return;
    }
    if (outcome.writeFailed) {
        fail(job, State::Failed, QStringLiteral("disk_error"),
             tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(job.record.partPath()), outcome.error));
        return;
    }
    if (!job.syncError.isEmpty()) {
        fail(job, State::Failed, QStringLiteral("disk_error"),
             tr("Cannot write %1 to disk: %2")
                 .arg(QDir::toNativeSeparators(job.record.partPath()), job.syncError));
        return;
    }
    if (!job.record.segments.isEmpty() && job.failures + 1 >= m_config.segmentedFailuresBeforeOneStream)
        toOneStream(job);
    const QString code = outcome.stalled ? QStringLiteral("stalled")
        : outcome.httpStatus >= 400      ? QStringLiteral("http_%1").arg(outcome.httpStatus)
                                         : QStringLiteral("network_error");
    retryLater(job, code, outcome.error, outcome.retryAfterSeconds);
}

void Engine::toOneStream(Job &job)
{
    // Several connections keep failing where one might not (a host that
    // counts connections, a proxy that drops parallel ones): the file goes
    // on as one stream from the end of its complete prefix. What the other
    // segments wrote beyond it is fetched again.
    DownloadRecord &record = job.record;
    const qint64 prefix = completePrefix(job);
    qCInfo(lcDownloads) << "download" << record.id << "- segments keep failing; going on as one stream from"
                        << prefix;
    record.segments.clear();
    record.bytesDone = prefix;
    if (prefix == 0)
        record.etag.clear();
    job.singleStream = true;
    storeOk(m_store->saveProgress(record));
}

bool Engine::closePartFile(Job &job)
{
    // The offsets saved are never beyond what is on disk: data first, then
    // the numbers; a failed flush or close keeps the numbers saved before.
    if (job.fd < 0)
        return true;
    bool ok = ::fdatasync(job.fd) == 0;
    int error = ok ? 0 : errno;
    if (::close(job.fd) != 0 && ok) {
        ok = false;
        error = errno;
    }
    job.fd = -1;
    if (!ok) {
        job.syncError = systemError(error);
        qCWarning(lcDownloads) << "download" << job.record.id << "- cannot flush" << job.record.partPath()
                               << job.syncError;
    }
    return ok;
}

void Engine::stopTransfer(Job &job)
{
    collectProgress(job);
    for (const auto &[start, transfer] : job.transfers)
        m_multi->remove(transfer->handle());
    job.transfers.clear();
    for (const auto &transfer : job.retired)
        m_multi->remove(transfer->handle());
    job.retired.clear();
    job.probing = false;
    if (job.fd >= 0 && closePartFile(job))
        storeOk(m_store->saveProgress(job.record));
    if (job.wait) {
        job.wait->deleteLater();
        job.wait = nullptr;
    }
}

bool Engine::saveProgress(Job &job)
{
    // Data first, then the numbers: an offset is saved only once the bytes
    // before it are on disk.
    if (job.fd >= 0 && ::fdatasync(job.fd) != 0) {
        job.syncError = systemError(errno);
        qCWarning(lcDownloads) << "download" << job.record.id << "- cannot flush" << job.record.partPath()
                               << job.syncError;
        return false;
    }
    storeOk(m_store->saveProgress(job.record));
    job.sinceSave.restart();
    job.bytesAtSave = job.record.bytesDone;
    return true;
}

void Engine::restartFromZero(Job &job)
{
    if (job.hasher)
        job.hasher->restart();
    job.record.bytesDone = 0;
    job.record.etag.clear();
    job.record.segments.clear();
    if (job.record.partCreated)
        QFile::remove(job.record.partPath());
    job.record.partCreated = false;
    m_known.insert(job.record.id, QString());
    storeOk(m_store->saveProgress(job.record));
}

void Engine::retryLater(Job &job, const QString &code, const QString &message,
                        std::optional<int> retryAfterSeconds, bool announced)
{
    qint64 delay = 0;
    if (announced) {
        // The server said when: wait that long (an hour at most, so that a
        // date far off does not park the download for good).
        delay = std::clamp<qint64>(qint64(retryAfterSeconds.value_or(1)) * 1000, 1000, 3600 * 1000);
    } else {
        ++job.failures;
        storeOk(m_store->countAttempt(job.record.id, false));
        if (job.failures >= m_config.maxAttempts) {
            fail(job, State::Failed, code,
                 tr("%1 (gave up after %n tries). Use Retry to try again.", nullptr, job.failures)
                     .arg(message));
            return;
        }
        const int exponent = std::min(job.failures - 1, 16);
        const qint64 ceiling =
            std::min<qint64>(m_config.backoffMaxMs, qint64(m_config.backoffBaseMs) << exponent);
        delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
        if (retryAfterSeconds)
            delay = std::max<qint64>(delay, qint64(*retryAfterSeconds) * 1000);
        if (code == u"restart")
            delay = 0;
    }
    job.phase = Phase::Waiting;
    storeOk(m_store->setState(
        job.record.id, State::Active, code,
        tr("%1 — retrying in %n s", nullptr, static_cast<int>((delay + 999) / 1000)).arg(message)));
    emitChanged(job.record.id);
    if (job.wait)
        job.wait->deleteLater();
    job.wait = new QTimer(this);
    job.wait->setSingleShot(true);
    job.wait->setTimerType(Qt::PreciseTimer); // Retry-After is a floor
    const qint64 id = job.record.id;
    connect(job.wait, &QTimer::timeout, this, [this, id] {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end() || found.value()->phase != Phase::Waiting)
            return;
        Job &waiting = *found.value();
        waiting.wait->deleteLater();
        waiting.wait = nullptr;
        begin(waiting);
    });
    job.wait->start(static_cast<int>(delay));
}

void Engine::fail(Job &job, State state, const QString &code, const QString &message)
{
    qCInfo(lcDownloads) << "download" << job.record.id << "failed:" << code << message;
    stopTransfer(job);
    storeOk(m_store->setState(job.record.id, state, code, message));
    emitChanged(job.record.id);
    finishJob(job.record.id);
    schedule();
}

} // namespace Downloads
