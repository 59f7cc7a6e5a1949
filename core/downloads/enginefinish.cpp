#include "core/downloads/enginejob.h"

#include "core/downloads/fileops.h"
#include "core/downloads/safefilename.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>

// The end of a download: every byte written, the SHA-256 checked, the file
// moved to its name in one step; or the damaged copy set aside and the file
// fetched once more on a fresh link.

namespace Downloads {

void Engine::verify(Job &job)
{
    if (!job.syncError.isEmpty()) {
        // The last bytes may not have reached the disk: checking them would
        // prove nothing.
        fail(job, State::Failed, QStringLiteral("disk_error"),
             tr("Cannot write %1 to disk: %2")
                 .arg(QDir::toNativeSeparators(job.record.partPath()), job.syncError));
        return;
    }
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
    const bool wrong = !hash || (!job.record.sha256.isEmpty() && hash.value() != job.record.sha256);
    if (wrong && !job.rereadWhole) {
        // The follower read the file while it was written. Some file systems
        // (FUSE, network mounts) do not always show a reader what another
        // descriptor has just written: before anything counts as damaged,
        // the finished file, flushed and closed, is read once more whole.
        qCInfo(lcDownloads) << "download" << id << "- the check failed while following the transfer ("
                            << (hash ? QString::fromLatin1(hash.value()) : hash.error().message)
                            << "); reading the file again";
        job.rereadWhole = true;
        job.hasher->restart();
        job.hasher->finish(job.record.sizeBytes >= 0 ? job.record.sizeBytes : job.record.bytesDone);
        storeOk(m_store->setState(id, State::Active, QStringLiteral("verifying"),
                                  tr("Checking the SHA-256 checksum…")));
        emitChanged(id);
        return;
    }
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
        job.rereadWhole = false;
        storeOk(m_store->countAttempt(id, true));
        restartFromZero(job);
        // On a fresh link: if the portal replaced the file, its new size and
        // checksum come with it, and the retry checks against those.
        forgetLink(job);
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
    if (const auto marked = m_store->markCompleted(record.id, finalName); !marked) {
        // The file is in place under its name; only the queue could not say
        // so. Nothing is fetched again: Retry checks the file once more.
        fail(job, State::Failed, QStringLiteral("queue_error"),
             tr("%1 was downloaded and checked, but the download queue could not record it: %2")
                 .arg(QDir::toNativeSeparators(QDir(record.destDir).filePath(finalName)),
                      marked.error().message));
        return;
    }
    const qint64 id = record.id;
    finishJob(id);
    if (auto done = m_store->find(id); done && done.value()) {
        emit changed(*done.value());
        emit completed(*done.value());
    }
    schedule();
}

} // namespace Downloads
