#include "tests/portal/demo/sha256.h"

#include <QFile>

#include <openssl/evp.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Demo {

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot set up SHA-256");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::addData(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_context, data, size_t(size));
}

QString Sha256::hexResult()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, digest, &length);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

std::optional<FileDigest> digestFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + path + u": "_s + file.errorString();
        return std::nullopt;
    }
    constexpr qint64 blockSize = 4 << 20;
    const auto buffer = std::make_unique<char[]>(blockSize);
    Sha256 hash;
    FileDigest digest;
    for (;;) {
        const qint64 got = file.read(buffer.get(), blockSize);
        if (got < 0) {
            *error = u"cannot read "_s + path + u": "_s + file.errorString();
            return std::nullopt;
        }
        if (got == 0)
            break;
        hash.addData(buffer.get(), got);
        digest.size += got;
    }
    digest.sha256 = hash.hexResult();
    return digest;
}

} // namespace Demo
