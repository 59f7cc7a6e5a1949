#include "core/library/c4id.h"

#include <openssl/evp.h>

#include <array>
#include <string>

namespace Library {

namespace {

constexpr char Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr int DigestBytes = 64;
constexpr int Digits = 88;

} // namespace

QString C4Id::fromSha512(const QByteArray &digest)
{
    if (digest.size() != DigestBytes)
        return {};
    // Long division of the 512-bit number by 58, least significant digit first.
    std::array<unsigned char, DigestBytes> number {};
    for (int i = 0; i < DigestBytes; ++i)
        number[static_cast<size_t>(i)] = static_cast<unsigned char>(digest[i]);
    QByteArray digits(Digits, '1');
    for (int position = Digits - 1; position >= 0; --position) {
        unsigned int remainder = 0;
        for (unsigned char &byte : number) {
            const unsigned int value = (remainder << 8) | byte;
            byte = static_cast<unsigned char>(value / 58);
            remainder = value % 58;
        }
        digits[position] = Alphabet[remainder];
    }
    return QStringLiteral("c4") + QString::fromLatin1(digits);
}

QString C4Id::ofBytes(const QByteArray &bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), static_cast<size_t>(bytes.size()), digest, &length, EVP_sha512(),
                   nullptr)
        != 1)
        return {};
    return fromSha512(QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)));
}

bool C4Id::isValid(const QString &id)
{
    if (id.size() != 2 + Digits || !id.startsWith(u"c4"))
        return false;
    for (qsizetype i = 2; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (c.unicode() > 127 || std::char_traits<char>::find(Alphabet, 58, c.toLatin1()) == nullptr)
            return false;
    }
    return true;
}

} // namespace Library
