#pragma once

#include "core/downloads/responseverdict.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

#include <curl/curl.h>

namespace Downloads {

// One HTTP GET of a media file, of its tail from an offset, or of one
// segment [offset, end], written with pwrite() into an open file at the right
// place. The answer's status and headers are judged (decide()) before the
// first body byte is written, so a body of another version never reaches the
// file. Driven by a CURLM owned by the caller (the engine's worker thread);
// not thread-safe by itself.
class Transfer final
{
public:
    // A preview proxy is a few hundred megabytes at most.
    static constexpr qint64 DefaultMaxUnknownSize = qint64(4) * 1024 * 1024 * 1024;

    struct Spec
    {
        QUrl url;
        int fd = -1; // the .part file, opened for writing
        qint64 offset = 0; // first byte wanted
        qint64 end = -1; // last byte wanted (inclusive); -1: to the end of the file
        qint64 expectedSize = -1; // the rendition's size, -1 when unknown
        // Without an expected size (a preview), the most the file may hold:
        // a host that sends more, or announces more, is stopped.
        qint64 maxUnknownSize = DefaultMaxUnknownSize;
        QByteArray validator; // strong ETag the file's other bytes came from
        qint64 maxBytesPerSecond = 0;
        int stallSeconds = 30; // no byte for this long: the transfer fails as stalled
        int connectTimeoutSeconds = 20;
        // libcurl's CURLOPT_PROXY: nullopt leaves it to the environment
        // (http_proxy, https_proxy, no_proxy); empty: no proxy at all.
        std::optional<QByteArray> proxy;
        // Told the verdict on the answer's head, before its first body byte
        // is written (from inside libcurl: it must not call the multi handle).
        std::function<void(Transfer &, Verdict)> onJudged;
        // Told the position after each write (bytes [offset, position) are
        // in the file), from inside libcurl's write callback.
        std::function<void(qint64)> onWritten;
    };

    struct Outcome
    {
        Verdict verdict = Verdict::Fail;
        bool complete = false; // every byte up to the end was written
        int httpStatus = 0;
        QByteArray etag;
        QByteArray validator; // of an accepted answer: see acceptedValidator()
        qint64 totalSize = -1; // what the answer said the file's size is
        qint64 position = 0; // the file holds valid bytes [0, position)
        std::optional<int> retryAfterSeconds;
        QString error; // set when the transfer itself failed
        bool stalled = false;
        bool diskFull = false; // ENOSPC/EDQUOT: pause, keep every byte, go on when space is free
        bool fileTooLarge = false; // EFBIG: the file system cannot hold a file this large
        bool writeFailed = false; // the partial file could not be written (error says why)
        bool redirectRefused = false; // from https to plain http: not followed
        bool tooLarge = false; // of unknown size, and larger than maxUnknownSize
    };

    explicit Transfer(Spec spec);
    ~Transfer();
    Transfer(const Transfer &) = delete;
    Transfer &operator=(const Transfer &) = delete;

    CURL *handle() const { return m_curl; }
    bool isHttps() const;
    const Spec &spec() const { return m_spec; }
    // Valid bytes in the file so far: [0, position()).
    qint64 position() const { return m_position; }
    // The file's size as the answer gave it (-1 until known).
    qint64 totalSize() const { return m_totalSize; }
    qint64 bytesReceived() const { return m_received; }
    // The ETag of the answer being written, as the server sent it.
    QByteArray answerEtag() const { return m_head.etag; }
    // The head of the answer (status, ETag, Last-Modified, ranges).
    const AnswerHead &answerHead() const { return m_head; }
    // What the bytes this transfer writes can be resumed with: the strong
    // ETag or Last-Modified date of an answer whose body is being written;
    // empty for an answer refused, or one without either.
    QByteArray acceptedValidator() const;
    // Whether the answer's body is being written (206 of the asked range, or
    // 200 with the whole file).
    bool accepted() const
    {
        return m_verdict && (*m_verdict == Verdict::Append || *m_verdict == Verdict::TakeWhole)
            && !m_abandoned;
    }
    // Last byte this transfer writes (inclusive), -1: to the end of the file.
    qint64 end() const { return m_end; }
    // Ends the transfer at `end` instead (it then finishes complete): for
    // handing the rest of a segment to another connection. Not before what
    // is already written.
    bool setEnd(qint64 end);
    // Writes nothing more; the caller removes the handle later.
    void abandon() { m_abandoned = true; }
    void setMaxBytesPerSecond(qint64 limit);

    // Called with the CURLcode that curl_multi_info_read() reported.
    Outcome finish(int curlCode);

private:
    static size_t onHeader(char *data, size_t size, size_t count, void *self);
    static size_t onBody(char *data, size_t size, size_t count, void *self);
    static int onProgress(void *self, curl_off_t, curl_off_t, curl_off_t, curl_off_t);
    bool judgeHead();
    bool writeAll(const char *data, size_t length);

    Spec m_spec;
    CURL *m_curl = nullptr;
    curl_slist *m_headers = nullptr;
    AnswerHead m_head;
    bool m_headJudged = false;
    std::optional<Verdict> m_verdict;
    std::optional<int> m_retryAfter;
    qint64 m_position = 0;
    qint64 m_received = 0;
    qint64 m_totalSize = -1;
    qint64 m_end = -1;
    bool m_reachedEnd = false;
    bool m_abandoned = false;
    QString m_writeError;
    bool m_diskFull = false;
    bool m_fileTooLarge = false;
    bool m_overrun = false; // the body ran past the rendition's size
    bool m_tooLarge = false; // of unknown size, past maxUnknownSize
    bool m_stalled = false;
    QElapsedTimer m_lastProgress;
};

} // namespace Downloads
