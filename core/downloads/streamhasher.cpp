#include "core/downloads/streamhasher.h"

#include <openssl/evp.h>

namespace Downloads {

struct StreamHasher::Context
{
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(md); }
};

StreamHasher::StreamHasher() : m_context(std::make_unique<Context>())
{
    reset();
}

StreamHasher::~StreamHasher() = default;

void StreamHasher::reset()
{
    m_hashed = 0;
    m_broken = !m_context->md || EVP_DigestInit_ex(m_context->md, EVP_sha256(), nullptr) != 1;
}

void StreamHasher::feed(qint64 offset, const char *data, qint64 length)
{
    if (m_broken)
        return;
    if (offset != m_hashed) {
        m_broken = true;
        return;
    }
    EVP_DigestUpdate(m_context->md, data, static_cast<size_t>(length));
    m_hashed += length;
}

QByteArray StreamHasher::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (m_broken || EVP_DigestFinal_ex(m_context->md, digest, &length) != 1)
        return {};
    m_broken = true; // finalised: no more feeding until reset()
    return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex();
}

} // namespace Downloads
