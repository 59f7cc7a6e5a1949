#include "core/downloads/enginejob.h"

#include "core/downloads/responseverdict.h"
#include "core/util/logging.h"

// Signed links: asking the portal for one, taking what it says of the file
// (size, SHA-256, ETag), renewing a link that expired, and starting over on
// a new link when the media host serves another version of the file.

namespace Downloads {

namespace {
// New links asked for in one run of a download because the host served
// another version. One is what a replaced file needs; a second covers a
// replacement during the renewal. A host whose ETag changes on every answer
// would otherwise never let the download end.
constexpr int MaxVersionRenewals = 2;
} // namespace

void Engine::begin(Job &job)
{
    storeOk(m_store->setState(job.record.id, State::Active));
    job.record.state = State::Active;
    emitChanged(job.record.id);
    const bool linkUsable = !job.record.url.isEmpty()
        && (!job.record.urlExpiresAt.isValid()
            || job.record.urlExpiresAt > QDateTime::currentDateTimeUtc().addSecs(60));
    if (!linkUsable) {
        askForLink(job);
        return;
    }
    startTransfer(job);
}

void Engine::forgetLink(Job &job)
{
    // The next try asks the portal for a link (and what it says of the file).
    job.record.url.clear();
    storeOk(m_store->setLink(job.record.id, QString(), QDateTime(), job.record.sizeBytes, job.record.sha256));
}

void Engine::askForLink(Job &job)
{
    job.phase = Phase::WaitingForLink;
    emit linkNeeded(job.record.id, job.record.videoId, job.record.renditionId);
}

void Engine::provideLink(qint64 id, const LinkAnswer &link)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found.value()->phase != Phase::WaitingForLink)
        return;
    Job &job = *found.value();
    DownloadRecord &record = job.record;
    const QByteArray linkEtag = isStrongEtag(link.etag) ? normaliseEtag(link.etag) : QByteArray();
    // The portal replaced the file: what the partial file holds is void. (A
    // preview's link says neither size nor checksum: the ETag still tells.)
    // The bytes on disk may be named by a date instead of an ETag; then
    // the size and the checksum tell.
    const bool diskHasEtag = isEtagValidator(record.etag);
    const bool replaced = (!record.sha256.isEmpty() && !link.sha256.isEmpty() && link.sha256 != record.sha256)
        || (record.sizeBytes >= 0 && link.sizeBytes >= 0 && link.sizeBytes != record.sizeBytes)
        || (!linkEtag.isEmpty() && diskHasEtag && !strongEtagMatch(linkEtag, record.etag));
    record.url = link.url;
    record.urlExpiresAt = link.expiresAt;
    job.linkEtag = linkEtag;
    if (replaced) {
        // The new version's facts replace the old ones whole: a size or
        // checksum the new link does not give is unknown, not the old one.
        record.sizeBytes = link.sizeBytes;
        record.sha256 = link.sha256;
    } else {
        if (link.sizeBytes >= 0)
            record.sizeBytes = link.sizeBytes;
        if (!link.sha256.isEmpty())
            record.sha256 = link.sha256;
    }
    storeOk(m_store->setLink(id, link.url, link.expiresAt, record.sizeBytes, record.sha256));
    if (replaced) {
        qCInfo(lcDownloads) << "download" << id << "- the portal replaced the file; starting over";
        restartFromZero(job);
    }
    startTransfer(job);
}

void Engine::linkFailed(qint64 id, const QString &code, const QString &message, bool authentication,
                        bool retryable, std::optional<int> retryAfterSeconds)
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
    if (code == QLatin1String(WorkingOffline)) {
        // Asked before the queue heard that the program works offline: it
        // hears it next, and holds the download then; until then, a wait.
        retryLater(job, code, message, 5, true);
        return;
    }
    if (retryable && retryAfterSeconds) {
        // The portal said when to come back (maintenance, a rate limit): the
        // download waits that long as often as it is told to, and never
        // fails for it.
        retryLater(job, code, message, retryAfterSeconds, true);
        return;
    }
    if (retryable) {
        retryLater(job, code, message, std::nullopt);
        return;
    }
    fail(job, State::Failed, code, message);
}

bool Engine::versionChanged(const Job &job, const Transfer &transfer) const
{
    // Only a strong ETag names a version; an answer without one cannot say
    // the file changed (its bytes are still checked against the SHA-256).
    const AnswerHead &head = transfer.answerHead();
    if (!isStrongEtag(head.etag))
        return false;
    const QByteArray &validator = transfer.spec().validator;
    if (isEtagValidator(validator))
        return !strongEtagMatch(validator, head.etag);
    // A fresh file: the link said which version it describes.
    return validator.isEmpty() && !job.linkEtag.isEmpty() && !strongEtagMatch(job.linkEtag, head.etag);
}

void Engine::renewForNewVersion(Job &job, const QByteArray &seen)
{
    // The media host serves another version than the one on disk or the one
    // the link describes: the portal replaced the file. Its size and SHA-256
    // come with a new link; the old ones would fail the finished file.
    ++job.versionRenewals;
    job.renewForVersion = false;
    qCInfo(lcDownloads) << "download" << job.record.id << "- the media host serves another version (ETag"
                        << seen << "); asking the portal for a new link";
    stopTransfer(job);
    applySpeedLimits();
    restartFromZero(job);
    forgetLink(job);
    storeOk(m_store->setState(job.record.id, State::Active, QStringLiteral("replaced"),
                              tr("The portal replaced this file; downloading the new version.")));
    emitChanged(job.record.id);
    askForLink(job);
}

bool Engine::mayRenewForVersion(const Job &job) const
{
    return job.versionRenewals < MaxVersionRenewals;
}

} // namespace Downloads
