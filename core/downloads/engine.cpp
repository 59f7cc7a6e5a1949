#include "core/downloads/engine.h"

#include "core/downloads/enginejob.h"

#include "core/downloads/curlmulti.h"
#include "core/downloads/fileops.h"
#include "core/downloads/hashfollower.h"
#include "core/downloads/safefilename.h"
#include "core/downloads/transfer.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>
#include <map>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace Downloads {

Engine::Engine(QString queuePath, Config config, QObject *parent)
    : QObject(parent), m_queuePath(std::move(queuePath)), m_config(config)
{
    qRegisterMetaType<Downloads::DownloadRecord>();
    qRegisterMetaType<Downloads::LinkAnswer>();
    qRegisterMetaType<QList<Downloads::DownloadRecord>>();
}

Engine::~Engine()
{
    for (const auto &job : std::as_const(m_jobs)) {
        for (const auto &[start, transfer] : job->transfers)
            m_multi->remove(transfer->handle());
        for (const auto &transfer : job->retired)
            m_multi->remove(transfer->handle());
        if (job->fd >= 0)
            ::close(job->fd);
    }
}

void Engine::start()
{
    auto store = QueueStore::open(m_queuePath);
    if (!store) {
        emit failedToStart(tr("The download queue %1 cannot be opened: %2")
                               .arg(QDir::toNativeSeparators(m_queuePath), store.error().message));
        return;
    }
    m_store = std::move(store).value();
    if (auto requeued = m_store->requeueInterrupted(); requeued && requeued.value() > 0)
        qCInfo(lcDownloads) << requeued.value() << "interrupted download(s) resume";

    m_multi = new CurlMulti(this);
    connect(m_multi, &CurlMulti::finished, this, &Engine::transferFinished);
    m_progressTimer = new QTimer(this);
    m_progressTimer->setInterval(m_config.progressIntervalMs);
    connect(m_progressTimer, &QTimer::timeout, this, &Engine::reportProgress);
    m_progressTimer->start();
    m_diskTimer = new QTimer(this);
    m_diskTimer->setInterval(m_config.diskCheckIntervalMs);
    connect(m_diskTimer, &QTimer::timeout, this, &Engine::checkDisk);
    m_diskTimer->start();

    // Downloads paused for a full disk before the restart wait for space again.
    if (auto all = m_store->all()) {
        for (const DownloadRecord &record : all.value()) {
            if (record.state == State::Paused && record.errorCode == u"disk_full")
                m_pausedForDisk.insert(record.id, record.errorMessage);
        }
        emit started(all.value());
    }
    schedule();
}

bool Engine::storeOk(const Util::Result<void> &result)
{
    if (result)
        return true;
    qCWarning(lcDownloads) << "queue database:" << result.error().message;
    return false;
}

int Engine::activeCount() const
{
    return static_cast<int>(m_jobs.size());
}

void Engine::emitChanged(qint64 id)
{
    if (auto found = m_store->find(id); found && found.value())
        emit changed(*found.value());
}

void Engine::add(DownloadRecord record)
{
    if (!m_store)
        return;
    auto stored = m_store->enqueue(std::move(record));
    if (!stored) {
        qCWarning(lcDownloads) << "cannot queue:" << stored.error().message;
        return;
    }
    emit added(stored.value());
    schedule();
}

void Engine::schedule()
{
    if (!m_store || m_stopping)
        return;
    auto all = m_store->all();
    if (!all)
        return;
    for (const DownloadRecord &record : all.value()) {
        if (activeCount() >= m_config.maxConcurrent)
            break;
        if (record.state != State::Queued || m_jobs.contains(record.id))
            continue;
        auto job = std::make_shared<Job>();
        job->record = record;
        m_jobs.insert(record.id, job);
        begin(*job);
    }
    reportIdleIfDone();
}

void Engine::reportIdleIfDone()
{
    if (!m_jobs.isEmpty() || !m_store)
        return;
    auto all = m_store->all();
    if (!all)
        return;
    for (const DownloadRecord &record : all.value()) {
        if (record.state == State::Queued)
            return;
    }
    emit idle();
}

void Engine::begin(Job &job)
{
    storeOk(m_store->setState(job.record.id, State::Active));
    job.record.state = State::Active;
    emitChanged(job.record.id);
    const bool linkUsable = !job.record.url.isEmpty()
        && (!job.record.urlExpiresAt.isValid()
            || job.record.urlExpiresAt > QDateTime::currentDateTimeUtc().addSecs(60));
    if (!linkUsable) {
        job.phase = Phase::WaitingForLink;
        emit linkNeeded(job.record.id, job.record.videoId, job.record.renditionId);
        return;
    }
    startTransfer(job);
}

void Engine::provideLink(qint64 id, const LinkAnswer &link)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found.value()->phase != Phase::WaitingForLink)
        return;
    Job &job = *found.value();
    DownloadRecord &record = job.record;
    // The portal replaced the file: what the partial file holds is void. (A
    // preview's link says neither size nor checksum: the ETag still tells.)
    const bool replaced = (!record.sha256.isEmpty() && !link.sha256.isEmpty() && link.sha256 != record.sha256)
        || (record.sizeBytes >= 0 && link.sizeBytes >= 0 && link.sizeBytes != record.sizeBytes)
        || (!link.etag.isEmpty() && !record.etag.isEmpty() && link.etag != record.etag);
    record.url = link.url;
    record.urlExpiresAt = link.expiresAt;
    if (link.sizeBytes >= 0)
        record.sizeBytes = link.sizeBytes;
    if (!link.sha256.isEmpty())
        record.sha256 = link.sha256;
    storeOk(m_store->setLink(id, link.url, link.expiresAt, record.sizeBytes, record.sha256));
    if (replaced) {
        qCInfo(lcDownloads) << "download" << id << "- the portal replaced the file; starting over";
        restartFromZero(job);
    }
    startTransfer(job);
}

void Engine::linkFailed(qint64 id, const QString &code, const QString &message, bool authentication,
                        bool retryable)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    Job &job = *found.value();
    if (authentication) {
        // Nothing is lost: the download waits, paused, for the person to sign
        // in (resumeAfterSignIn()); the portal's own code stays in the log.
        qCInfo(lcDownloads) << "download" << id << "waits for a sign-in:" << code;
        stopTransfer(job);
        storeOk(m_store->setState(id, State::Paused, QString::fromLatin1(SignInRequired), message));
        emitChanged(id);
        finishJob(id);
        schedule();
        return;
    }
    if (retryable) {
        retryLater(job, code, message, std::nullopt);
        return;
    }
    fail(job, State::Failed, code, message);
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
    const QFileInfo part(record.partPath());
    const qint64 partSize = part.exists() ? part.size() : 0;
    if (!record.segments.isEmpty()) {
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
    } else {
        qint64 offset = std::min(record.bytesDone, partSize);
        // Resuming needs the validator of the bytes on disk; without one, start over.
        if (offset > 0 && record.etag.isEmpty())
            offset = 0;
        if (offset == 0)
            record.etag.clear();
        record.bytesDone = offset;
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
    job.fd = ::open(QFile::encodeName(record.partPath()).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (job.fd < 0) {
        fail(job, State::Failed, QStringLiteral("disk_error"),
             tr("Cannot write %1: %2")
                 .arg(QDir::toNativeSeparators(record.partPath()),
                      QString::fromLocal8Bit(std::strerror(errno))));
        return;
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
    if (job.hasher->hashed() > completePrefix(job))
        job.hasher->restart();

    job.phase = Phase::Transferring;
    job.sinceSave.start();
    job.speedClock.start();
    job.speedBytes = record.bytesDone;
    job.startBytes = record.bytesDone;
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
    const Transfer::Outcome outcome = job.transfers.at(key)->finish(curlCode);
    if (liveBytes(job) > job.startBytes) {
        job.failures = 0;
        job.linkRefreshes = 0;
    }
    if (outcome.complete) {
        segmentFinished(job, key);
        return;
    }
    // One connection failed: the download stops and tries again as a whole,
    // from what every connection has written.
    stopTransfer(job);
    applySpeedLimits();
    switch (outcome.verdict) {
    case Verdict::RestartClean:
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
        job.record.url.clear();
        storeOk(
            m_store->setLink(job.record.id, QString(), QDateTime(), job.record.sizeBytes, job.record.sha256));
        job.phase = Phase::WaitingForLink;
        emit linkNeeded(job.record.id, job.record.videoId, job.record.renditionId);
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
        break;
    }
    if (outcome.diskFull) {
        pauseForDisk(job,
                     tr("The disk is full. Every byte downloaded so far is kept; the download continues by "
                        "itself once space is freed."));
        return;
    }
    const QString code = outcome.stalled ? QStringLiteral("stalled")
        : outcome.httpStatus >= 400      ? QStringLiteral("http_%1").arg(outcome.httpStatus)
                                         : QStringLiteral("network_error");
    retryLater(job, code, outcome.error, outcome.retryAfterSeconds);
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
    if (job.fd >= 0) {
        saveProgress(job);
        ::close(job.fd);
        job.fd = -1;
    }
    if (job.wait) {
        job.wait->deleteLater();
        job.wait = nullptr;
    }
}

void Engine::saveProgress(Job &job)
{
    // The offsets saved are never beyond what is on disk: data first, then the numbers.
    if (job.fd >= 0)
        ::fdatasync(job.fd);
    storeOk(m_store->saveProgress(job.record));
    job.sinceSave.restart();
}

void Engine::restartFromZero(Job &job)
{
    if (job.hasher)
        job.hasher->restart();
    job.record.bytesDone = 0;
    job.record.etag.clear();
    job.record.segments.clear();
    QFile::remove(job.record.partPath());
    storeOk(m_store->saveProgress(job.record));
}

void Engine::retryLater(Job &job, const QString &code, const QString &message,
                        std::optional<int> retryAfterSeconds)
{
    ++job.failures;
    storeOk(m_store->countAttempt(job.record.id, false));
    if (job.failures >= m_config.maxAttempts) {
        fail(job, State::Failed, code,
             tr("%1 (gave up after %n tries). Use Retry to try again.", nullptr, job.failures).arg(message));
        return;
    }
    const int exponent = std::min(job.failures - 1, 16);
    const qint64 ceiling =
        std::min<qint64>(m_config.backoffMaxMs, qint64(m_config.backoffBaseMs) << exponent);
    qint64 delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
    if (retryAfterSeconds)
        delay = std::max<qint64>(delay, qint64(*retryAfterSeconds) * 1000);
    if (code == u"restart")
        delay = 0;
    job.phase = Phase::Waiting;
    storeOk(m_store->setState(
        job.record.id, State::Active, code,
        tr("%1 — retrying in %n s", nullptr, static_cast<int>((delay + 999) / 1000)).arg(message)));
    emitChanged(job.record.id);
    job.wait = new QTimer(this);
    job.wait->setSingleShot(true);
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

void Engine::pauseForDisk(Job &job, const QString &message)
{
    stopTransfer(job);
    storeOk(m_store->setState(job.record.id, State::Paused, QStringLiteral("disk_full"), message));
    m_pausedForDisk.insert(job.record.id, message);
    emitChanged(job.record.id);
    finishJob(job.record.id);
    schedule();
}

void Engine::checkDisk()
{
    if (m_pausedForDisk.isEmpty() || !m_store)
        return;
    bool resumed = false;
    for (auto it = m_pausedForDisk.begin(); it != m_pausedForDisk.end();) {
        const auto found = m_store->find(it.key());
        if (!found || !found.value() || found.value()->state != State::Paused) {
            it = m_pausedForDisk.erase(it);
            continue;
        }
        const DownloadRecord &record = *found.value();
        const qint64 remaining = std::max<qint64>(0, record.sizeBytes - record.bytesDone);
        if (FileOps::freeBytes(record.destDir) >= FileOps::requiredBytes(remaining)) {
            storeOk(m_store->setState(record.id, State::Queued));
            emitChanged(record.id);
            it = m_pausedForDisk.erase(it);
            resumed = true;
        } else {
            ++it;
        }
    }
    if (resumed)
        schedule();
}

void Engine::verify(Job &job)
{
    job.phase = Phase::Verifying;
    const qint64 size = job.record.sizeBytes >= 0 ? job.record.sizeBytes : job.record.bytesDone;
    job.hasher->finish(size);
    // The hasher followed the transfer; only a long tail is worth a word.
    if (size - job.hasher->hashed() > 64 * 1024 * 1024) {
        storeOk(m_store->setState(job.record.id, State::Active, QStringLiteral("verifying"),
                                  tr("Checking the SHA-256 checksum…")));
        emitChanged(job.record.id);
    }
}

void Engine::verified(qint64 id, quint64 hasherSerial, const Util::Result<QByteArray> &hash)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found.value()->phase != Phase::Verifying
        || found.value()->hasherSerial != hasherSerial)
        return;
    Job &job = *found.value();
    if (!hash) {
        fail(job, State::Failed, hash.error().code, hash.error().message);
        return;
    }
    if (job.record.sha256.isEmpty()) {
        // Nothing to check against (a preview): the hash is kept, so that
        // the file can be checked from now on.
        job.record.sha256 = hash.value();
        storeOk(m_store->setLink(id, job.record.url, job.record.urlExpiresAt, job.record.sizeBytes,
                                 job.record.sha256));
        complete(job);
        return;
    }
    if (hash.value() == job.record.sha256) {
        complete(job);
        return;
    }
    qCWarning(lcDownloads) << "download" << id << "checksum mismatch:" << hash.value() << "expected"
                           << job.record.sha256;
    // Keep the bad file for inspection, out of the way of the clean retry.
    const QString aside = QDir(job.record.destDir)
                              .filePath(SafeFileName::unique(
                                  job.record.fileName + QStringLiteral(".corrupt"), [&](const QString &name) {
                                      return QFile::exists(QDir(job.record.destDir).filePath(name));
                                  }));
    QFile::rename(job.record.partPath(), aside);
    const QString message =
        tr("The finished file does not match the portal's SHA-256 checksum (got %1…, expected "
           "%2…). The damaged copy was kept as %3.")
            .arg(QString::fromLatin1(hash.value().left(12)), QString::fromLatin1(job.record.sha256.left(12)),
                 QDir::toNativeSeparators(aside));
    if (job.record.corruptRetries == 0) {
        ++job.record.corruptRetries;
        storeOk(m_store->countAttempt(id, true));
        restartFromZero(job);
        storeOk(m_store->setState(id, State::Active, QStringLiteral("checksum_mismatch"),
                                  message + u' ' + tr("Downloading it once more.")));
        emitChanged(id);
        begin(job);
        return;
    }
    fail(job, State::Corrupt, QStringLiteral("checksum_mismatch"), message);
}

void Engine::complete(Job &job)
{
    DownloadRecord &record = job.record;
    QString finalName;
    Util::Result<void> finished = Util::makeError(QStringLiteral("target_exists"), QString());
    for (int tries = 0; tries < 5 && !finished && finished.error().code == u"target_exists"; ++tries) {
        finalName = SafeFileName::unique(record.fileName, [&](const QString &name) {
            return QFile::exists(QDir(record.destDir).filePath(name));
        });
        finished = FileOps::finishAtomically(record.partPath(), QDir(record.destDir).filePath(finalName));
    }
    if (!finished) {
        fail(job, State::Failed, finished.error().code, finished.error().message);
        return;
    }
    storeOk(m_store->markCompleted(record.id, finalName));
    const qint64 id = record.id;
    finishJob(id);
    if (auto done = m_store->find(id); done && done.value()) {
        emit changed(*done.value());
        emit completed(*done.value());
    }
    schedule();
}

void Engine::finishJob(qint64 id)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    stopTransfer(*found.value());
    m_jobs.erase(found);
}

void Engine::reportProgress()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job->phase != Phase::Transferring || job->transfers.empty())
            continue;
        const qint64 position = liveBytes(*job);
        const double seconds = job->speedClock.restart() / 1000.0;
        if (seconds > 0) {
            const double instant = std::max<qint64>(0, position - job->speedBytes) / seconds;
            job->speed = job->speed == 0 ? instant : 0.2 * instant + 0.8 * job->speed;
        }
        job->speedBytes = position;
        job->hasher->advance(completePrefix(*job));
        emit progress(job->record.id, position, job->record.sizeBytes, job->speed);
        if (job->sinceSave.elapsed() >= m_config.saveIntervalMs) {
            collectProgress(*job);
            saveProgress(*job);
        }
    }
}

void Engine::applySpeedLimits()
{
    qsizetype transferring = 0;
    for (const auto &job : std::as_const(m_jobs))
        transferring += static_cast<qsizetype>(job->transfers.size());
    for (const auto &job : std::as_const(m_jobs)) {
        if (job->transfers.empty())
            continue;
        // A download's limit is shared by its connections; the global one by
        // every connection of every download.
        const auto connections = static_cast<qint64>(job->transfers.size());
        qint64 limit =
            job->record.speedLimit > 0 ? std::max<qint64>(1024, job->record.speedLimit / connections) : 0;
        if (m_config.globalSpeedLimit > 0) {
            const qint64 share =
                std::max<qint64>(1024, m_config.globalSpeedLimit / std::max<qsizetype>(1, transferring));
            limit = limit > 0 ? std::min(limit, share) : share;
        }
        for (const auto &[start, transfer] : job->transfers)
            transfer->setMaxBytesPerSecond(limit);
    }
}

void Engine::pause(qint64 id)
{
    if (!m_store)
        return;
    m_pausedForDisk.remove(id);
    if (m_jobs.contains(id))
        finishJob(id);
    storeOk(m_store->setState(id, State::Paused));
    emitChanged(id);
    schedule();
}

void Engine::resume(qint64 id)
{
    if (!m_store)
        return;
    const auto found = m_store->find(id);
    if (!found || !found.value() || found.value()->state != State::Paused)
        return;
    m_pausedForDisk.remove(id);
    storeOk(m_store->setState(id, State::Queued));
    emitChanged(id);
    schedule();
}

void Engine::resumeAfterSignIn()
{
    if (!m_store)
        return;
    auto all = m_store->all();
    if (!all)
        return;
    bool resumed = false;
    for (const DownloadRecord &record : all.value()) {
        if (record.state == State::Paused && record.errorCode == QLatin1String(SignInRequired)) {
            storeOk(m_store->setState(record.id, State::Queued));
            emitChanged(record.id);
            resumed = true;
        }
    }
    if (resumed)
        schedule();
}

void Engine::retry(qint64 id)
{
    if (!m_store)
        return;
    const auto found = m_store->find(id);
    if (!found || !found.value())
        return;
    const State state = found.value()->state;
    if (state != State::Failed && state != State::Corrupt && state != State::Paused)
        return;
    storeOk(m_store->setState(id, State::Queued));
    emitChanged(id);
    schedule();
}

void Engine::cancel(qint64 id)
{
    if (!m_store)
        return;
    const auto found = m_store->find(id);
    if (!found || !found.value())
        return;
    m_pausedForDisk.remove(id);
    finishJob(id);
    if (found.value()->state != State::Completed)
        QFile::remove(found.value()->partPath());
    storeOk(m_store->remove(id));
    emit removed(id);
    schedule();
}

void Engine::move(qint64 id, QueueStore::Move where)
{
    if (m_store)
        reordered(m_store->move(id, where));
}

void Engine::moveBefore(qint64 id, qint64 beforeId)
{
    if (m_store)
        reordered(m_store->moveBefore(id, beforeId));
}

void Engine::reordered(const Util::Result<void> &result)
{
    if (!storeOk(result))
        return;
    QList<qint64> ids;
    if (auto all = m_store->all()) {
        for (const DownloadRecord &record : all.value())
            ids << record.id;
    }
    emit orderChanged(ids);
    schedule();
}

void Engine::setMaxConcurrent(int count)
{
    m_config.maxConcurrent = std::clamp(count, 1, 16);
    schedule();
}

void Engine::setConnections(int count)
{
    m_config.connections = std::clamp(count, 1, 16);
}

void Engine::setGlobalSpeedLimit(qint64 bytesPerSecond)
{
    m_config.globalSpeedLimit = std::max<qint64>(0, bytesPerSecond);
    applySpeedLimits();
}

void Engine::setSpeedLimit(qint64 id, qint64 bytesPerSecond)
{
    if (!m_store)
        return;
    storeOk(m_store->setSpeedLimit(id, bytesPerSecond));
    if (const auto found = m_jobs.find(id); found != m_jobs.end())
        found.value()->record.speedLimit = std::max<qint64>(0, bytesPerSecond);
    applySpeedLimits();
    emitChanged(id);
}

void Engine::shutdown()
{
    m_stopping = true;
    if (m_progressTimer)
        m_progressTimer->stop();
    if (m_diskTimer)
        m_diskTimer->stop();
    const QList<qint64> ids = m_jobs.keys();
    for (const qint64 id : ids) {
        finishJob(id);
        // Back to the queue: the next start resumes it from the saved offset.
        if (m_store)
            storeOk(m_store->setState(id, State::Queued));
    }
    emit stopped();
}

} // namespace Downloads
