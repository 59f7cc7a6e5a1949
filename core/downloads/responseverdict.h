#pragma once

#include <QByteArray>

#include <optional>

namespace Downloads {

// "bytes FIRST-LAST/TOTAL" of a 206 answer (TOTAL may be unknown: -1).
struct ContentRange
{
    qint64 first = 0;
    qint64 last = 0;
    qint64 total = -1;

    static std::optional<ContentRange> parse(const QByteArray &header);
};

// What a transfer asked for: bytes from `offset` to `end` (inclusive; -1:
// to the end of the file), with If-Range set to `validator` whenever a Range
// was sent. The validator is a strong ETag (quoted) or, from a server that
// gives none, the Last-Modified date of the version on disk; empty when the
// file holds nothing yet.
struct RangeAsked
{
    qint64 offset = 0;
    qint64 expectedSize = -1; // the rendition's size_bytes, or -1
    QByteArray validator; // the version the file's other bytes were written from
    qint64 end = -1;
};

// The status line and headers of the answer, before any body byte is used.
struct AnswerHead
{
    int status = 0;
    QByteArray contentRange;
    QByteArray etag;
    qint64 contentLength = -1;
    QByteArray lastModified;

    // The validator this answer's bytes can be resumed with later: its ETag
    // when strong, else its Last-Modified date, else nothing. A weak ETag is
    // never one: it does not promise the same bytes.
    QByteArray validator() const;
};

// What to do with an answer, decided before its first body byte touches the
// partial file. This is where "never append bytes of another version or at
// a wrong offset" is enforced.
enum class Verdict {
    Append, // 206 from the asked offset, of the same version: write at offset
    TakeWhole, // 200: the body is the whole file: write it from byte 0
    RestartClean, // do not use this body: drop the partial file, ask again from 0
    RefreshLink, // 401/403/410: the signed link expired or was refused
    RetryLater, // 408/429/5xx: try again after a wait (Retry-After, backoff)
    Fail, // 404 and other client errors: give up with a reason
    AlreadyComplete, // 416 "bytes */N" for a file that already holds all N bytes
};

Verdict decide(const RangeAsked &asked, const AnswerHead &head);

// An entity tag in its quoted form: servers and portals differ on whether
// the quotes are part of the value ("abc" and abc name one tag). Weak tags
// keep their W/ prefix; an empty one stays empty.
QByteArray normaliseEtag(const QByteArray &etag);
bool isStrongEtag(const QByteArray &etag);
// Whether a validator as RangeAsked holds it is an entity tag (quoted,
// possibly weak) rather than a Last-Modified date.
bool isEtagValidator(const QByteArray &validator);

// Strong comparison (RFC 9110 §8.8.3.2) with quotes normalised: weak
// validators never match.
bool strongEtagMatch(const QByteArray &a, const QByteArray &b);

// Whether `validator` (an ETag or a Last-Modified date, as RangeAsked holds
// it) names the version the answer `head` comes from.
bool sameVersion(const QByteArray &validator, const AnswerHead &head);

// "bytes */N" of a 416 answer: N, or -1.
qint64 unsatisfiedRangeTotal(const QByteArray &contentRange);

} // namespace Downloads
