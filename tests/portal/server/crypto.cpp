#include "tests/portal/server/crypto.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace RefPortal::Crypto {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), count) != 1)
        qFatal("OpenSSL RAND_bytes failed");
    return bytes;
}

QString randomToken(int count)
{
    return base64Url(randomBytes(count));
}

QString randomDigits(int count)
{
    QString digits;
    digits.reserve(count);
    while (digits.size() < count) {
        const QByteArray bytes = randomBytes(16);
        for (const char byte : bytes) {
            const auto value = static_cast<unsigned char>(byte);
            // 250 = 25 * 10: values above it would favour the low digits.
            if (value < 250 && digits.size() < count)
                digits.append(QChar(u'0' + value % 10));
        }
    }
    return digits;
}

namespace {
QByteArray digest(const EVP_MD *md, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()), out, &length, md, nullptr) != 1)
        qFatal("OpenSSL EVP_Digest failed");
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}
} // namespace

QByteArray sha256(const QByteArray &data)
{
    return digest(EVP_sha256(), data);
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(sha256(data).toHex());
}

QByteArray md5(const QByteArray &data)
{
    return digest(EVP_md5(), data);
}

QByteArray hmacSha256(const QByteArray &key, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), static_cast<int>(key.size()),
              reinterpret_cast<const unsigned char *>(data.constData()), static_cast<size_t>(data.size()),
              out, &length))
        qFatal("OpenSSL HMAC failed");
    return QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length));
}

QString base64Url(const QByteArray &data)
{
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray fromBase64Url(const QString &text, bool *ok)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (ok)
        *ok = static_cast<bool>(decoded);
    return decoded ? *decoded : QByteArray();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QByteArray pbkdf2Sha256(const QByteArray &password, const QByteArray &salt, int iterations, int length)
{
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), static_cast<int>(password.size()),
                          reinterpret_cast<const unsigned char *>(salt.constData()),
                          static_cast<int>(salt.size()), iterations, EVP_sha256(), length,
                          reinterpret_cast<unsigned char *>(out.data()))
        != 1)
        qFatal("OpenSSL PKCS5_PBKDF2_HMAC failed");
    return out;
}

QByteArray hkdfSha256(const QByteArray &inputKey, const QByteArray &salt, const QByteArray &info, int length)
{
    constexpr int HashLength = 32;
    if (length < 0 || length > 255 * HashLength)
        qFatal("HKDF output length out of range");
    const QByteArray prk = hmacSha256(salt.isEmpty() ? QByteArray(HashLength, '\0') : salt, inputKey);
    QByteArray okm;
    QByteArray block;
    for (int i = 1; okm.size() < length; ++i) {
        block = hmacSha256(prk, block + info + static_cast<char>(i));
        okm += block;
    }
    return okm.left(length);
}

} // namespace RefPortal::Crypto
