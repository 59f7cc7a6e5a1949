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
    open(false);
}

void Engine::startSignedIn()
{
    open(true);
}

void Engine::open(bool signedIn)
{
    auto store = QueueStore::open(m_queuePath);
    if (!store) {
        emit failedToStart(tr("The download queue %1 cannot be opened: %2")
                               .arg(QDir::toNativeSeparators(m_queuePath), store.error().message));
        return;
    }
    m_store = std::move(store).value();
    m_signedInAtStart = signedIn;
    // One program works a queue at a time: the desktop app and a scheduled
    // mmdesk-cli would otherwise write, truncate and delete the same partial
    // files. The other one reads the queue, queues into it, and takes over
    // when the lock is free. A lock left by a program that died is taken.
    m_lock = std::make_unique<QLockFile>(m_queuePath + QStringLiteral(".lock"));
    m_lock->setStaleLockTime(0);

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
    m_watchTimer = new QTimer(this);
    m_watchTimer->setInterval(m_config.watchIntervalMs);
    connect(m_watchTimer, &QTimer::timeout, this, &Engine::watchQueue);
    m_watchTimer->start();

    takeLock();
    if (auto all = m_store->all()) {
        for (const DownloadRecord &record : all.value())
            m_known.insert(record.id, record.ownPartPath());
        emit started(all.value());
    }
    if (auto version = m_store->dataVersion())
        m_dataVersion = version.value();
    schedule();
}

bool Engine::takeLock()
{
    if (m_working)
        return true;
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->getLockInfo(&pid, &host, &application);
        const QString message =
            tr("%1 (process %2) is working this download queue. Downloads queued here go on there; this "
               "program takes over once it closes.")
                .arg(application.isEmpty() ? tr("Another program") : application)
                .arg(pid);
        if (message != m_busyMessage) {
            m_busyMessage = message;
            qCInfo(lcDownloads) << "queue busy:" << message;
            emit queueBusy(message);
        }
        return false;
    }
    m_working = true;
    if (!m_busyMessage.isEmpty()) {
        m_busyMessage.clear();
        emit queueBusy(QString());
    }
    if (auto requeued = m_store->requeueInterrupted(); requeued && requeued.value() > 0)
        qCInfo(lcDownloads) << requeued.value() << "interrupted download(s) resume";
    if (auto all = m_store->all()) {
        for (const DownloadRecord &record : all.value()) {
            // Downloads paused for a full disk before the restart wait for space again.
            if (record.state == State::Paused && record.errorCode == u"disk_full")
                m_pausedForDisk.insert(record.id, record.errorMessage);
            if (m_signedInAtStart && record.state == State::Paused
                && record.errorCode == QLatin1String(SignInRequired))
                storeOk(m_store->setState(record.id, State::Queued));
            // Held by a program that worked offline; this one works online.
            if (!m_offline && record.state == State::Queued
                && record.errorCode == QLatin1String(WorkingOffline))
                storeOk(m_store->setState(record.id, State::Queued));
        }
    }
    return true;
}

void Engine::watchQueue()
{
    if (!m_store || m_stopping)
        return;
    const bool tookOver = !m_working && takeLock();
    auto version = m_store->dataVersion();
    if (!version || (!tookOver && version.value() == m_dataVersion))
        return;
    m_dataVersion = version.value();
    // Another program changed the queue: queued, paused, resumed, moved or
    // cancelled something. Views hear of every record; work that another
    // program paused or cancelled stops here.
    auto all = m_store->all();
    if (!all)
        return;
    QHash<qint64, QString> present;
    QList<qint64> order;
    for (const DownloadRecord &record : all.value()) {
        present.insert(record.id, record.ownPartPath());
        order.append(record.id);
        if (m_jobs.contains(record.id) && record.state != State::Active)
            finishJob(record.id);
        if (!m_known.contains(record.id))
            emit added(record);
        else
            emit changed(record);
    }
    for (auto it = m_known.cbegin(); it != m_known.cend(); ++it) {
        if (present.contains(it.key()))
            continue;
        // Cancelled by the other program: this one owns the partial file.
        finishJob(it.key());
        if (m_working && !it.value().isEmpty())
            QFile::remove(it.value());
        emit removed(it.key());
    }
    m_known = present;
    emit orderChanged(order);
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
    m_known.insert(stored.value().id, stored.value().ownPartPath());
    emit added(stored.value());
    // A download asked for by a time goes where its deadline puts it.
    if (stored.value().neededBy.isValid())
        reordered(m_store->setNeededBy(stored.value().id, stored.value().neededBy));
    else
        schedule();
}

void Engine::schedule()
{
    if (!m_store || m_stopping || !m_working)
        return;
    auto all = m_store->all();
    if (!all)
        return;
    if (m_offline) {
        // Every queued download says why it does not start, also one added
        // or put back while offline.
        for (const DownloadRecord &record : all.value()) {
            if (record.state == State::Queued && record.errorCode != QLatin1String(WorkingOffline)) {
                storeOk(m_store->setState(record.id, State::Queued, QLatin1String(WorkingOffline),
                                          tr("Waits: Multimedia Desk is working offline.")));
                emitChanged(record.id);
            }
        }
        return;
    }
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
    if (!m_jobs.isEmpty() || !m_store || !m_working)
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
        growConnections(*job);
        // Durable every second, and every few MiB on a fast link: a crash
        // then costs at most that much to fetch again.
        if (job->sinceSave.elapsed() >= m_config.saveIntervalMs
            || position - job->bytesAtSave >= m_config.saveEveryBytes) {
            collectProgress(*job);
            if (!saveProgress(*job)) {
                // The disk refused to flush: stop before anything else is
                // written (the offsets saved before stay true).
                const qint64 id = job->record.id;
                QMetaObject::invokeMethod(
                    this,
                    [this, id] {
                        if (const auto failed = m_jobs.find(id); failed != m_jobs.end())
                            fail(*failed.value(), State::Failed, QStringLiteral("disk_error"),
                                 tr("Cannot write %1 to disk: %2")
                                     .arg(QDir::toNativeSeparators(failed.value()->record.partPath()),
                                          failed.value()->syncError));
                    },
                    Qt::QueuedConnection);
            }
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

void Engine::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    // The program that works the queue writes its states.
    if (!m_store || !m_working)
        return;
    if (offline) {
        const QList<qint64> ids = m_jobs.keys();
        for (const qint64 id : ids) {
            if (m_jobs.value(id)->phase == Phase::Verifying)
                continue;
            // Stopped with its progress saved: it resumes from there.
            finishJob(id);
            storeOk(m_store->setState(id, State::Queued));
        }
        schedule();
        return;
    }
    if (auto all = m_store->all()) {
        for (const DownloadRecord &record : all.value()) {
            if (record.state == State::Queued && record.errorCode == QLatin1String(WorkingOffline)) {
                storeOk(m_store->setState(record.id, State::Queued));
                emitChanged(record.id);
            }
        }
    }
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
    // The program that works the queue owns its partial files; another
    // one that cancels leaves the file to it (it stops and deletes it when
    // it sees the download gone).
    if (const QString part = found.value()->ownPartPath(); !part.isEmpty() && m_working)
        QFile::remove(part);
    storeOk(m_store->remove(id));
    m_known.remove(id);
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
    m_config.adaptiveConnections = false;
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

void Engine::setNeededBy(qint64 id, const QDateTime &when)
{
    if (!m_store)
        return;
    const auto result = m_store->setNeededBy(id, when);
    if (result)
        emitChanged(id);
    reordered(result);
}

void Engine::shutdown()
{
    m_stopping = true;
    if (m_progressTimer)
        m_progressTimer->stop();
    if (m_diskTimer)
        m_diskTimer->stop();
    if (m_watchTimer)
        m_watchTimer->stop();
    const QList<qint64> ids = m_jobs.keys();
    for (const qint64 id : ids) {
        finishJob(id);
        // Back to the queue: the next start resumes it from the saved offset.
        if (m_store)
            storeOk(m_store->setState(id, State::Queued));
    }
    if (m_lock && m_working)
        m_lock->unlock();
    m_working = false;
    emit stopped();
}

} // namespace Downloads
