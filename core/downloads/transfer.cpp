#include "core/downloads/transfer.h"

#include "core/portal/retrypolicy.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cerrno>
#include <cstring>

#include <curl/curl.h>
#include <unistd.h>

namespace Downloads {

namespace {

const char *const UserAgent = "MultimediaDesk/" MMDESK_VERSION;

QByteArray headerValue(const QByteArray &line, const char *name)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return {};
    if (line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) != 0)
        return {};
    return line.mid(colon + 1).trimmed();
}

} // namespace

Transfer::Transfer(Spec spec)
    : m_spec(std::move(spec)), m_curl(curl_easy_init()), m_position(m_spec.offset), m_end(m_spec.end)
{
    curl_easy_setopt(m_curl, CURLOPT_URL, m_spec.url.toEncoded().constData());
    curl_easy_setopt(m_curl, CURLOPT_PRIVATE, this);
    curl_easy_setopt(m_curl, CURLOPT_USERAGENT, UserAgent);
    curl_easy_setopt(m_curl, CURLOPT_FOLLOWLOCATION, 1L);
    curl_easy_setopt(m_curl, CURLOPT_MAXREDIRS, 5L);
    curl_easy_setopt(m_curl, CURLOPT_PROTOCOLS_STR, "http,https");
    // A redirect never goes from https to plain http: the file (and the
    // signed link's query) would travel unencrypted.
    curl_easy_setopt(m_curl, CURLOPT_REDIR_PROTOCOLS_STR, isHttps() ? "https" : "http,https");
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    if (m_spec.proxy)
        curl_easy_setopt(m_curl, CURLOPT_PROXY, m_spec.proxy->constData());
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(m_spec.connectTimeoutSeconds));
    // A stall (no body byte for stallSeconds) ends the transfer; the engine
    // retries. Measured here rather than with CURLOPT_LOW_SPEED_*, whose
    // speed is an average over several seconds and reacts late after a burst.
    curl_easy_setopt(m_curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFOFUNCTION, &Transfer::onProgress);
    curl_easy_setopt(m_curl, CURLOPT_XFERINFODATA, this);
    m_lastProgress.start();
    curl_easy_setopt(m_curl, CURLOPT_BUFFERSIZE, 512L * 1024L);
    curl_easy_setopt(m_curl, CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    curl_easy_setopt(m_curl, CURLOPT_HEADERDATA, this);
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, this);
    // Media is fetched as it is: no content coding that would change the bytes.
    curl_easy_setopt(m_curl, CURLOPT_HTTP_CONTENT_DECODING, 0L);
    if (m_spec.maxBytesPerSecond > 0)
        curl_easy_setopt(m_curl, CURLOPT_MAX_RECV_SPEED_LARGE,
                         static_cast<curl_off_t>(m_spec.maxBytesPerSecond));

    if (m_spec.offset > 0 || m_spec.end >= 0) {
        // Range and If-Range by hand (not CURLOPT_RESUME_FROM, which fails on a
        // 200): the header callback decides what the answer may do.
        QByteArray range = "Range: bytes=" + QByteArray::number(m_spec.offset) + '-';
        if (m_spec.end >= 0)
            range += QByteArray::number(m_spec.end);
        m_headers = curl_slist_append(m_headers, range.constData());
        // A weak ETag never goes into If-Range (RFC 9110 §13.1.5): it
        // would never match, or worse, match bytes that differ.
        if (!m_spec.validator.isEmpty() && !m_spec.validator.startsWith("W/")) {
            const QByteArray ifRange = "If-Range: " + m_spec.validator;
            m_headers = curl_slist_append(m_headers, ifRange.constData());
        }
    }
    if (m_spec.end >= 0) {
        // Segments are separate connections only over HTTP/1.1: HTTP/2 would
        // multiplex them onto one connection, which a per-connection cap
        // then throttles as one.
        curl_easy_setopt(m_curl, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
    }
    m_headers = curl_slist_append(m_headers, "Accept-Encoding: identity");
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, m_headers);
}

bool Transfer::isHttps() const
{
    return m_spec.url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
}

Transfer::~Transfer()
{
    curl_easy_cleanup(m_curl);
    curl_slist_free_all(m_headers);
}

bool Transfer::setEnd(qint64 end)
{
    if (end < m_position - 1 || (m_end >= 0 && end > m_end))
        return false;
    m_end = end;
    return true;
}

void Transfer::setMaxBytesPerSecond(qint64 limit)
{
    m_spec.maxBytesPerSecond = limit;
    curl_easy_setopt(m_curl, CURLOPT_MAX_RECV_SPEED_LARGE,
                     static_cast<curl_off_t>(std::max<qint64>(0, limit)));
}

size_t Transfer::onHeader(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<Transfer *>(self);
    const size_t length = size * count;
    const QByteArray line(data, static_cast<qsizetype>(length));

    if (line.startsWith("HTTP/")) {
        // A new answer (after a redirect or a 100 Continue): start over.
        transfer->m_head = AnswerHead {};
        transfer->m_retryAfter.reset();
        return length;
    }
    if (line.trimmed().isEmpty()) {
        long status = 0;
        curl_easy_getinfo(transfer->m_curl, CURLINFO_RESPONSE_CODE, &status);
        transfer->m_head.status = static_cast<int>(status);
        if (status < 200 || (status >= 300 && status < 400))
            return length; // an interim or redirect answer; the real one follows
        return transfer->judgeHead() ? length : 0;
    }
    if (auto v = headerValue(line, "Content-Range"); !v.isEmpty())
        transfer->m_head.contentRange = v;
    else if (auto e = headerValue(line, "ETag"); !e.isEmpty())
        transfer->m_head.etag = e;
    else if (auto m = headerValue(line, "Last-Modified"); !m.isEmpty())
        transfer->m_head.lastModified = m;
    else if (auto l = headerValue(line, "Content-Length"); !l.isEmpty())
        transfer->m_head.contentLength = l.toLongLong();
    else if (auto r = headerValue(line, "Retry-After"); !r.isEmpty())
        transfer->m_retryAfter = Portal::RetryPolicy::parseRetryAfter(r, QDateTime::currentDateTimeUtc());
    return length;
}

int Transfer::onProgress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    auto *transfer = static_cast<Transfer *>(self);
    if (transfer->m_lastProgress.elapsed() > qint64(transfer->m_spec.stallSeconds) * 1000) {
        transfer->m_stalled = true;
        return 1; // abort: CURLE_ABORTED_BY_CALLBACK
    }
    return 0;
}

bool Transfer::judgeHead()
{
    m_headJudged = true;
    const Verdict verdict =
        decide(RangeAsked {m_spec.offset, m_spec.expectedSize, m_spec.validator, m_spec.end}, m_head);
    m_verdict = verdict;
    if (verdict == Verdict::Append) {
        if (const auto range = ContentRange::parse(m_head.contentRange))
            m_totalSize = range->total;
    } else if (verdict == Verdict::TakeWhole) {
        m_totalSize = m_head.contentLength;
    }
    if (m_spec.onJudged)
        m_spec.onJudged(*this, verdict);
    if (m_abandoned)
        return false;
    switch (verdict) {
    case Verdict::Append:
        m_position = m_spec.offset;
        return true;
    case Verdict::TakeWhole:
        // The whole file follows: what the partial file held is void.
        m_position = 0;
        m_end = -1;
        if (ftruncate(m_spec.fd, 0) != 0) {
            m_writeError = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        return true;
    case Verdict::AlreadyComplete:
        m_totalSize = unsatisfiedRangeTotal(m_head.contentRange);
        m_position = m_spec.offset;
        m_reachedEnd = true;
        return false;
    case Verdict::RestartClean:
    case Verdict::RefreshLink:
    case Verdict::RetryLater:
    case Verdict::Fail:
        // No body byte of this answer is used.
        return false;
    }
    return false;
}

QByteArray Transfer::acceptedValidator() const
{
    return accepted() ? m_head.validator() : QByteArray();
}

bool Transfer::writeAll(const char *data, size_t length)
{
    while (length > 0) {
        const ssize_t written = pwrite(m_spec.fd, data, length, static_cast<off_t>(m_position));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            m_diskFull = errno == ENOSPC || errno == EDQUOT;
            m_fileTooLarge = errno == EFBIG;
            m_writeError = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        data += written;
        length -= static_cast<size_t>(written);
        m_position += written;
    }
    return true;
}

size_t Transfer::onBody(char *data, size_t size, size_t count, void *self)
{
    auto *transfer = static_cast<Transfer *>(self);
    const size_t length = size * count;
    if (!transfer->m_headJudged || !transfer->m_verdict || transfer->m_abandoned
        || (*transfer->m_verdict != Verdict::Append && *transfer->m_verdict != Verdict::TakeWhole))
        return 0;
    transfer->m_received += static_cast<qint64>(length);
    transfer->m_lastProgress.restart();
    if (transfer->m_end >= 0 && transfer->m_position + static_cast<qint64>(length) > transfer->m_end + 1) {
        // The segment ends here (its tail went to another connection, or the
        // server sent more than was asked): write up to the end and stop.
        const auto wanted = static_cast<size_t>(transfer->m_end + 1 - transfer->m_position);
        if (!transfer->writeAll(data, wanted))
            return 0;
        transfer->m_reachedEnd = true;
        return 0;
    }
    // Never write past the end the rendition is known to have.
    if (transfer->m_spec.expectedSize >= 0
        && transfer->m_position + static_cast<qint64>(length) > transfer->m_spec.expectedSize) {
        transfer->m_overrun = true;
        return 0;
    }
    // Of unknown size: never more than the cap, announced or sent.
    if (transfer->m_spec.expectedSize < 0 && transfer->m_spec.maxUnknownSize >= 0
        && (transfer->m_totalSize > transfer->m_spec.maxUnknownSize
            || transfer->m_position + static_cast<qint64>(length) > transfer->m_spec.maxUnknownSize)) {
        transfer->m_tooLarge = true;
        return 0;
    }
    if (!transfer->writeAll(data, length))
        return 0;
    if (transfer->m_spec.onWritten)
        transfer->m_spec.onWritten(transfer->m_position);
    return length;
}

Transfer::Outcome Transfer::finish(int curlCode)
{
    Outcome outcome;
    outcome.httpStatus = m_head.status;
    outcome.etag = m_head.etag;
    outcome.validator = acceptedValidator();
    outcome.totalSize = m_totalSize;
    outcome.position = m_position;
    outcome.retryAfterSeconds = m_retryAfter;
    outcome.verdict = m_verdict.value_or(Verdict::RetryLater);

    const auto code = static_cast<CURLcode>(curlCode);
    const qint64 end = m_end >= 0 ? m_end + 1 : m_spec.expectedSize >= 0 ? m_spec.expectedSize : m_totalSize;
    if (m_reachedEnd || (code == CURLE_OK && m_end >= 0 && m_position == end)) {
        outcome.complete = true;
        return outcome;
    }
    if (code == CURLE_OK) {
        outcome.complete = end < 0 || m_position == end;
        if (!outcome.complete) {
            // The answer ended early without an error (a short body): resume.
            outcome.verdict = Verdict::RetryLater;
            outcome.error = QCoreApplication::translate("Downloads::Transfer", "the connection ended early");
        }
        return outcome;
    }
    if (m_overrun) {
        // More bytes than the file has: not the file the portal described
        // (replaced, or a wrong size); nothing of it is kept.
        outcome.verdict = Verdict::RestartClean;
        outcome.error = QCoreApplication::translate("Downloads::Transfer",
                                                    "the server sent more bytes than the file has");
        return outcome;
    }
    if (m_tooLarge) {
        outcome.verdict = Verdict::Fail;
        outcome.tooLarge = true;
        outcome.error =
            QCoreApplication::translate("Downloads::Transfer",
                                        "the host sends more than %1 MiB for a file of unknown size, "
                                        "more than a preview should be; it was stopped")
                .arg(m_spec.maxUnknownSize / (1024 * 1024));
        return outcome;
    }
    if (!m_writeError.isEmpty()) {
        outcome.diskFull = m_diskFull;
        outcome.fileTooLarge = m_fileTooLarge;
        // The disk's fault, not the server's: the engine says which.
        outcome.verdict = Verdict::RetryLater;
        outcome.writeFailed = true;
        outcome.error = m_writeError;
        return outcome;
    }
    if (code == CURLE_WRITE_ERROR && m_verdict) {
        // Our header callback refused the answer: the verdict says why.
        outcome.error = QStringLiteral("HTTP %1").arg(m_head.status);
        return outcome;
    }
    if (code == CURLE_UNSUPPORTED_PROTOCOL && isHttps()) {
        char *target = nullptr;
        curl_easy_getinfo(m_curl, CURLINFO_REDIRECT_URL, &target);
        outcome.verdict = Verdict::Fail;
        outcome.redirectRefused = true;
        outcome.error = QCoreApplication::translate("Downloads::Transfer",
                                                    "the media host sent the download from https to plain "
                                                    "http (%1); it was not followed, so that the file does "
                                                    "not travel unencrypted. Tell the portal's team.")
                            .arg(target ? QUrl(QString::fromUtf8(target)).toDisplayString(QUrl::RemoveQuery)
                                        : QStringLiteral("?"));
        return outcome;
    }
    if (code == CURLE_PEER_FAILED_VERIFICATION) {
        // Not a passing fault: asking again meets the same certificate.
        outcome.verdict = Verdict::Fail;
        outcome.error =
            QCoreApplication::translate("Downloads::Transfer",
                                        "the media host's certificate is not trusted (%1); nothing "
                                        "was downloaded. Check the date and time of this computer, "
                                        "or tell the portal's team")
                .arg(QString::fromUtf8(curl_easy_strerror(code)));
        return outcome;
    }
    outcome.stalled = m_stalled || code == CURLE_OPERATION_TIMEDOUT;
    outcome.verdict = Verdict::RetryLater;
    outcome.error = m_stalled ? QCoreApplication::translate("Downloads::Transfer", "no data for %n second(s)",
                                                            nullptr, m_spec.stallSeconds)
                              : QString::fromUtf8(curl_easy_strerror(code));
    return outcome;
}

} // namespace Downloads
