#pragma once

#include <QByteArray>
#include <QString>

namespace Library {

// C4 ID (SMPTE ST 2114): a SHA-512 digest read as one big-endian number and
// written in base 58, padded to 88 digits and prefixed with "c4". ASC MHL
// chains name each manifest by it.
class C4Id final
{
public:
    // `digest` is the 64 raw bytes of a SHA-512; anything else gives "".
    static QString fromSha512(const QByteArray &digest);
    static QString ofBytes(const QByteArray &bytes);
    static bool isValid(const QString &id);
};

} // namespace Library
