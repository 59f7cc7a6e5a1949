#include "core/downloads/enginejob.h"

#include "core/downloads/curlmulti.h"
#include "core/downloads/fileops.h"
#include "core/downloads/responseverdict.h"
#include "core/util/logging.h"

#include <QDir>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

// Segmented transfers: one file over several connections, each writing its
// own byte range of the same version (see docs/architecture.md).

namespace Downloads {

bool Engine::prepareSegments(Job &job, qint64 fileSize)
{
    DownloadRecord &record = job.record;
    const qint64 size = record.sizeBytes;
    const int connections = std::clamp(job.connections, 1, 16);
    if (job.singleStream || connections < 2 || size < 2 * m_config.segmentMinBytes)
        return true;
    if (!job.sparseFiles) {
        // FAT and exFAT have no sparse files: a segment written past the end
        // makes the drive write zeros up to it first (and some FUSE drivers
        // of FAT lose such writes). One stream, in order, there.
        qCInfo(lcDownloads) << "download" << record.id
                            << "- one stream: the destination is a FAT/exFAT drive";
        job.singleStream = true;
        return true;
    }
    // Pieces are handed out in file order (one per connection to start,
    // the next one to whichever connection is free), so that the part
    // complete from byte 0, which the SHA-256 follows, grows steadily.
    // The first one goes to the first connection here; startIdleSegments()
    // hands out the others.
    record.segments.clear();
    appendPiece(job);
    // The whole file is allocated at once: a full disk shows before the
    // first byte, and segments written side by side do not fragment it.
    // File systems without fallocate simply grow the file as it is written.
    if (fileSize > 0 && ::ftruncate(job.fd, 0) != 0)
        qCWarning(lcDownloads) << "cannot empty" << record.partPath() << std::strerror(errno);
    if (::fallocate(job.fd, 0, 0, size) != 0 && (errno == ENOSPC || errno == EDQUOT)) {
        record.segments.clear();
        pauseForDisk(job,
                     tr("Not enough free space in %1 for %2 MB. The download continues by itself once "
                        "space is freed.")
                         .arg(QDir::toNativeSeparators(record.destDir))
                         .arg(size / 1000000));
        return false;
    }
    return true;
}

void Engine::startSegment(Job &job, qint64 key, qint64 offset, qint64 end, bool probe)
{
    Transfer::Spec spec;
    spec.url = QUrl(job.record.url);
    spec.fd = job.fd;
    spec.offset = offset;
    spec.end = end;
    spec.expectedSize = job.record.sizeBytes;
    spec.validator = job.record.etag;
    spec.stallSeconds = m_config.stallSeconds;
    spec.proxy = m_config.proxy;
    const qint64 id = job.record.id;
    // The transfer that writes the first unfinished part of the file extends
    // its complete prefix: the hash follows each of its writes, not only the
    // progress ticks, so that little is left to hash when the last byte comes.
    spec.onWritten = [this, id, key](qint64 position) {
        const auto found = m_jobs.find(id);
        if (found == m_jobs.end() || !found.value()->hasher)
            return;
        const Job &writing = *found.value();
        const auto first = std::find_if(writing.record.segments.cbegin(), writing.record.segments.cend(),
                                        [](const Segment &segment) { return !segment.finished(); });
        if (writing.record.segments.isEmpty()
            || (first != writing.record.segments.cend() && first->start == key))
            writing.hasher->advance(position);
    };
    spec.onJudged = [this, id](Transfer &transfer, Verdict verdict) {
        judged(id, transfer, verdict);
    };
    auto transfer = std::make_unique<Transfer>(spec);
    m_multi->add(transfer->handle());
    job.transfers[key] = std::move(transfer);
    job.probing = job.probing || probe;
}

void Engine::startIdleSegments(qint64 id)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end() || found.value()->phase != Phase::Transferring)
        return;
    Job &job = *found.value();
    const auto connections = static_cast<size_t>(std::clamp(job.connections, 1, 16));
    for (const Segment &segment : std::as_const(job.record.segments)) {
        if (job.transfers.size() >= connections)
            break;
        if (segment.finished() || job.transfers.count(segment.start) > 0)
            continue;
        startSegment(job, segment.start, segment.start + segment.done, segment.end, false);
    }
    // Then the next pieces of the file, in order.
    while (job.transfers.size() < connections && !job.record.segments.isEmpty()
           && frontier(job) < job.record.sizeBytes) {
        const Segment next = appendPiece(job);
        startSegment(job, next.start, next.start, next.end, false);
    }
    applySpeedLimits();
}

bool Engine::splitForIdleConnection(Job &job)
{
    // The segment with the most left hands its second half to the
    // connection that just became free, so that no connection idles while
    // one slow one finishes alone.
    Transfer *slowest = nullptr;
    Segment *segment = nullptr;
    qint64 mostLeft = 0;
    for (const auto &[start, transfer] : job.transfers) {
        Segment *candidate = job.segmentAt(start);
        if (!candidate)
            continue;
        const qint64 left = candidate->end + 1 - transfer->position();
        if (left > mostLeft) {
            mostLeft = left;
            slowest = transfer.get();
            segment = candidate;
        }
    }
    if (!slowest || mostLeft < 2 * m_config.segmentMinBytes)
        return false;
    const qint64 cut = slowest->position() + mostLeft / 2;
    if (!slowest->setEnd(cut - 1))
        return false;
    const Segment tail {0, cut, segment->end, 0};
    segment->end = cut - 1;
    QList<Segment> &segments = job.record.segments;
    segments.append(tail);
    std::sort(segments.begin(), segments.end(),
              [](const Segment &a, const Segment &b) { return a.start < b.start; });
    for (qsizetype i = 0; i < segments.size(); ++i)
        segments[i].index = static_cast<int>(i);
    startSegment(job, tail.start, tail.start, tail.end, false);
    return true;
}

void Engine::judged(qint64 id, Transfer &transfer, Verdict verdict)
{
    // Inside libcurl's header callback: no multi-handle calls here; what
    // needs them is posted to run once libcurl has returned.
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    Job &job = *found.value();
    if ((verdict == Verdict::TakeWhole || verdict == Verdict::Append) && versionChanged(job, transfer)
        && mayRenewForVersion(job)) {
        // Another version than the one on disk or the one the link describes:
        // the portal replaced the file. Not one byte of it is written; the
        // engine asks for a new link (its size and SHA-256) once libcurl has
        // returned (transferFinished()).
        job.renewForVersion = true;
        job.versionSeen = transfer.answerHead().etag;
        transfer.abandon();
        return;
    }
    if (job.record.sizeBytes < 0 && transfer.totalSize() >= 0)
        job.record.sizeBytes = transfer.totalSize(); // a preview: its size shows with the first answer
    if (verdict == Verdict::TakeWhole) {
        if (!job.record.segments.isEmpty()) {
            // The whole file follows on this connection: the server ignores
            // ranges or the file changed. The other connections stop writing
            // now and this one carries the file alone.
            for (auto it = job.transfers.begin(); it != job.transfers.end();) {
                if (it->second.get() == &transfer) {
                    ++it;
                    continue;
                }
                it->second->abandon();
                job.retired.push_back(std::move(it->second));
                it = job.transfers.erase(it);
            }
            job.record.segments.clear();
            job.singleStream = true;
            QMetaObject::invokeMethod(
                this, [this, id] { reapRetired(id); }, Qt::QueuedConnection);
        }
        job.probing = false;
        job.record.bytesDone = 0;
        job.record.etag.clear();
        job.hasher->restart();
        return;
    }
    if (verdict != Verdict::Append || !job.probing)
        return;
    job.probing = false;
    const QByteArray etag = transfer.answerEtag();
    if (!isStrongEtag(etag)) {
        // Without a strong validator, ranges fetched over several
        // connections could come from two versions: one stream it is (and
        // it resumes by the Last-Modified date, if there is one).
        job.record.segments.clear();
        job.singleStream = true;
        return;
    }
    job.record.etag = normaliseEtag(etag);
    if (const Segment *first = job.segmentAt(transfer.spec().offset))
        transfer.setEnd(first->end);
    QMetaObject::invokeMethod(
        this, [this, id] { startIdleSegments(id); }, Qt::QueuedConnection);
}

void Engine::reapRetired(qint64 id)
{
    const auto found = m_jobs.find(id);
    if (found == m_jobs.end())
        return;
    for (const auto &transfer : found.value()->retired)
        m_multi->remove(transfer->handle());
    found.value()->retired.clear();
    applySpeedLimits();
}

qint64 Engine::pieceBytes(const Job &job) const
{
    const qint64 perConnection = job.record.sizeBytes / (2 * std::max(1, job.connections));
    return std::max(m_config.segmentMinBytes, std::min(m_config.pieceBytes, perConnection));
}

Segment Engine::appendPiece(Job &job)
{
    const qint64 start = frontier(job);
    const Segment next {static_cast<int>(job.record.segments.size()), start,
                        std::min(job.record.sizeBytes, start + pieceBytes(job)) - 1, 0};
    job.record.segments.append(next);
    return next;
}

qint64 Engine::frontier(const Job &job) const
{
    // Segments are kept in file order; what lies past the last one is not
    // handed out yet.
    return job.record.segments.isEmpty() ? 0 : job.record.segments.last().end + 1;
}

void Engine::mergeFinishedPrefix(Job &job)
{
    // Finished pieces at the start of the file become one segment, so that
    // the list the queue saves stays short for a file of any size.
    QList<Segment> &segments = job.record.segments;
    while (segments.size() >= 2 && segments[0].finished() && segments[1].finished()) {
        segments[0].end = segments[1].end;
        segments[0].done = segments[0].length();
        segments.removeAt(1);
    }
    for (qsizetype i = 0; i < segments.size(); ++i)
        segments[i].index = static_cast<int>(i);
}

void Engine::segmentFinished(Job &job, qint64 key)
{
    collectProgress(job);
    job.transfers.erase(key); // libcurl has let go of it already
    if (Segment *segment = job.segmentAt(key))
        segment->done = segment->length();
    mergeFinishedPrefix(job);
    const bool allWritten = job.record.segments.isEmpty()
        || (frontier(job) >= job.record.sizeBytes
            && std::all_of(job.record.segments.cbegin(), job.record.segments.cend(),
                           [](const Segment &segment) { return segment.finished(); }));
    if (allWritten && job.transfers.empty()) {
        stopTransfer(job); // durable: data, then the offsets
        verify(job);
        return;
    }
    if (!allWritten) {
        const size_t running = job.transfers.size();
        startIdleSegments(job.record.id);
        if (job.transfers.size() == running)
            splitForIdleConnection(job);
    }
    applySpeedLimits();
}

void Engine::collectProgress(Job &job)
{
    DownloadRecord &record = job.record;
    if (record.segments.isEmpty()) {
        if (job.transfers.empty())
            return;
        const Transfer &transfer = *job.transfers.begin()->second;
        record.bytesDone = transfer.position();
        // The validator of the bytes on disk: from an answer whose body was
        // taken, a strong ETag or else its date; nothing else can resume.
        if (transfer.accepted())
            record.etag = transfer.acceptedValidator();
        return;
    }
    for (const auto &[start, transfer] : job.transfers) {
        if (Segment *segment = job.segmentAt(start))
            segment->done = std::clamp<qint64>(transfer->position() - start, 0, segment->length());
    }
    record.bytesDone = 0;
    for (const Segment &segment : std::as_const(record.segments))
        record.bytesDone += segment.done;
}

qint64 Engine::liveBytes(const Job &job) const
{
    if (job.record.segments.isEmpty())
        return job.transfers.empty() ? job.record.bytesDone : job.transfers.begin()->second->position();
    qint64 total = 0;
    for (const Segment &segment : job.record.segments) {
        const auto running = job.transfers.find(segment.start);
        total += running == job.transfers.end()
            ? segment.done
            : std::clamp<qint64>(running->second->position() - segment.start, 0, segment.length());
    }
    return total;
}

qint64 Engine::completePrefix(const Job &job) const
{
    if (job.record.segments.isEmpty())
        return liveBytes(job);
    // Segments are kept in file order: the prefix ends in the first one
    // not yet written to its end.
    for (const Segment &segment : job.record.segments) {
        const auto running = job.transfers.find(segment.start);
        const qint64 done = running == job.transfers.end()
            ? segment.done
            : std::clamp<qint64>(running->second->position() - segment.start, 0, segment.length());
        if (done < segment.length())
            return segment.start + done;
    }
    return job.record.segments.last().end + 1;
}

void Engine::growConnections(Job &job)
{
    // Measured over whole windows once every connection of the current
    // count runs: a step that does not raise the throughput by growthGain
    // ends the growth (the host, the network or this computer is the
    // limit, not the connections).
    if (!job.growing || job.record.segments.isEmpty() || job.probing)
        return;
    if (static_cast<int>(job.transfers.size()) < job.connections || !job.growthClock.isValid()) {
        job.growthClock.start();
        job.growthBytes = liveBytes(job);
        return;
    }
    if (job.growthClock.elapsed() < m_config.growthWindowMs)
        return;
    const qint64 bytes = liveBytes(job);
    const double rate = double(bytes - job.growthBytes) * 1000.0 / double(job.growthClock.elapsed());
    job.growthClock.restart();
    job.growthBytes = bytes;
    if (job.growthRate > 0 && rate < job.growthRate * m_config.growthGain) {
        job.growing = false;
        qCInfo(lcDownloads) << "download" << job.record.id << "- stays at" << job.connections
                            << "connections:" << qRound64(rate / 1e6) << "MB/s, before the last step"
                            << qRound64(job.growthRate / 1e6) << "MB/s";
        return;
    }
    const int limit = std::clamp(m_config.maxConnections, 1, 16);
    if (job.connections >= limit) {
        job.growing = false;
        return;
    }
    job.growthRate = rate;
    const int step = std::max(1, job.connections / 2);
    const int wanted = std::min(limit, job.connections + step);
    const size_t before = job.transfers.size();
    job.connections = wanted;
    startIdleSegments(job.record.id); // the next pieces of the file
    while (static_cast<int>(job.transfers.size()) < job.connections && splitForIdleConnection(job)) { }
    const auto added = static_cast<int>(job.transfers.size() - before);
    job.connections = static_cast<int>(job.transfers.size());
    if (added == 0) {
        job.growing = false; // nothing left worth splitting
        return;
    }
    qCInfo(lcDownloads) << "download" << job.record.id << "- grows to" << job.connections << "connections at"
                        << qRound64(rate / 1e6) << "MB/s";
    applySpeedLimits();
}

} // namespace Downloads
