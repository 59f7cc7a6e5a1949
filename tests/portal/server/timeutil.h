#pragma once

#include <QDateTime>
#include <QString>

namespace RefPortal::TimeUtil {

// The server's clock: wall time plus the development offset (see
// advanceDevClock). Every expiry, cooldown and lock reads it.
qint64 nowSecs();
// A monotonic clock in milliseconds (never jumps back) plus the same offset,
// for rate limits.
qint64 monotonicMs();
// Development mode only (POST /dev/clock): moves the server's clock forward
// so that tests can reach a lifetime or a lock's end without waiting.
void advanceDevClock(qint64 secs);
qint64 devClockOffsetSecs();
// RFC 3339 in UTC, second precision: 2025-05-26T14:30:00Z.
QString rfc3339(const QDateTime &time);
QString rfc3339FromSecs(qint64 secs);
// Accepts RFC 3339 with Z or an offset (fractions allowed); invalid otherwise.
QDateTime parseRfc3339(const QString &text);
// IMF-fixdate for HTTP headers: Sun, 06 Nov 1994 08:49:37 GMT.
QString httpDate(const QDateTime &time);
// The three date formats HTTP/1.1 accepts; invalid otherwise.
QDateTime parseHttpDate(const QString &text);
// RFC 5322 Date header: Thu, 26 Nov 2026 14:35:14 +0000.
QString mailDate(const QDateTime &time);

} // namespace RefPortal::TimeUtil
