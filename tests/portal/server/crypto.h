#pragma once

#include <QByteArray>
#include <QString>

namespace RefPortal::Crypto {

// Bytes from OpenSSL's CSPRNG; aborts if it cannot deliver (never weak randomness).
QByteArray randomBytes(int count);
// A random token of count bytes as base64url without padding.
QString randomToken(int count = 32);
// count decimal digits, uniformly drawn (rejection sampling, no modulo bias).
QString randomDigits(int count);

QByteArray sha256(const QByteArray &data);
QString sha256Hex(const QByteArray &data);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &data);
QByteArray md5(const QByteArray &data);

QString base64Url(const QByteArray &data);
QByteArray fromBase64Url(const QString &text, bool *ok = nullptr);

// Comparison whose time does not depend on where the inputs differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

// PBKDF2-HMAC-SHA256.
QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length);

// HKDF-SHA256 (RFC 5869): extract with salt (empty = 32 zero bytes), then
// expand to length bytes (at most 255 * 32) bound to info.
QByteArray hkdfSha256(const QByteArray &inputKey, const QByteArray &salt, const QByteArray &info, int length);

} // namespace RefPortal::Crypto
