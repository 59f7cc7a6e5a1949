#include "core/library/mhlhasher.h"

#include "core/downloads/fileops.h"

#include "core/library/c4id.h"

#include <QDir>

#include <openssl/evp.h>
#include <xxhash.h>

#include <memory>

namespace Library {

namespace {

struct FormatName
{
    MhlHashFormat format;
    const char16_t *name;
};

constexpr FormatName FormatNames[] = {
    {MhlHashFormat::C4, u"c4"},         {MhlHashFormat::Md5, u"md5"},   {MhlHashFormat::Sha1, u"sha1"},
    {MhlHashFormat::Xxh128, u"xxh128"}, {MhlHashFormat::Xxh3, u"xxh3"}, {MhlHashFormat::Xxh64, u"xxh64"},
};

using EvpContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

// One running hash per requested format, fed the same blocks.
class Hashers
{
public:
    explicit Hashers(const QList<MhlHashFormat> &formats)
    {
        for (const MhlHashFormat format : formats) {
            switch (format) {
            case MhlHashFormat::C4:
                m_sha512 = newEvp(EVP_sha512());
                break;
            case MhlHashFormat::Md5:
                m_md5 = newEvp(EVP_md5());
                break;
            case MhlHashFormat::Sha1:
                m_sha1 = newEvp(EVP_sha1());
                break;
            case MhlHashFormat::Xxh128:
                m_xxh128.reset(XXH3_createState());
                XXH3_128bits_reset(m_xxh128.get());
                break;
            case MhlHashFormat::Xxh3:
                m_xxh3.reset(XXH3_createState());
                XXH3_64bits_reset(m_xxh3.get());
                break;
            case MhlHashFormat::Xxh64:
                m_xxh64.reset(XXH64_createState());
                XXH64_reset(m_xxh64.get(), 0);
                break;
            }
        }
    }

    void update(const void *data, size_t length)
    {
        if (m_sha512)
            EVP_DigestUpdate(m_sha512.get(), data, length);
        if (m_md5)
            EVP_DigestUpdate(m_md5.get(), data, length);
        if (m_sha1)
            EVP_DigestUpdate(m_sha1.get(), data, length);
        if (m_xxh128)
            XXH3_128bits_update(m_xxh128.get(), data, length);
        if (m_xxh3)
            XXH3_64bits_update(m_xxh3.get(), data, length);
        if (m_xxh64)
            XXH64_update(m_xxh64.get(), data, length);
    }

    MhlHashValues finish()
    {
        MhlHashValues values;
        if (m_sha512)
            values.insert(MhlHashFormat::C4, C4Id::fromSha512(finishEvp(m_sha512.get())).toLatin1());
        if (m_md5)
            values.insert(MhlHashFormat::Md5, finishEvp(m_md5.get()).toHex());
        if (m_sha1)
            values.insert(MhlHashFormat::Sha1, finishEvp(m_sha1.get()).toHex());
        if (m_xxh128) {
            XXH128_canonical_t canonical;
            XXH128_canonicalFromHash(&canonical, XXH3_128bits_digest(m_xxh128.get()));
            values.insert(MhlHashFormat::Xxh128, toHex(canonical.digest, sizeof canonical.digest));
        }
        if (m_xxh3) {
            XXH64_canonical_t canonical;
            XXH64_canonicalFromHash(&canonical, XXH3_64bits_digest(m_xxh3.get()));
            values.insert(MhlHashFormat::Xxh3, toHex(canonical.digest, sizeof canonical.digest));
        }
        if (m_xxh64) {
            XXH64_canonical_t canonical;
            XXH64_canonicalFromHash(&canonical, XXH64_digest(m_xxh64.get()));
            values.insert(MhlHashFormat::Xxh64, toHex(canonical.digest, sizeof canonical.digest));
        }
        return values;
    }

private:
    struct Xxh3Free
    {
        void operator()(XXH3_state_t *state) const { XXH3_freeState(state); }
    };
    struct Xxh64Free
    {
        void operator()(XXH64_state_t *state) const { XXH64_freeState(state); }
    };

    static EvpContext newEvp(const EVP_MD *md)
    {
        EvpContext context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
        EVP_DigestInit_ex(context.get(), md, nullptr);
        return context;
    }
    static QByteArray finishEvp(EVP_MD_CTX *context)
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_DigestFinal_ex(context, digest, &length);
        return QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length));
    }
    static QByteArray toHex(const unsigned char *bytes, size_t length)
    {
        return QByteArray(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(length)).toHex();
    }

    EvpContext m_sha512 {nullptr, &EVP_MD_CTX_free};
    EvpContext m_md5 {nullptr, &EVP_MD_CTX_free};
    EvpContext m_sha1 {nullptr, &EVP_MD_CTX_free};
    std::unique_ptr<XXH3_state_t, Xxh3Free> m_xxh128;
    std::unique_ptr<XXH3_state_t, Xxh3Free> m_xxh3;
    std::unique_ptr<XXH64_state_t, Xxh64Free> m_xxh64;
};

} // namespace

QString mhlHashFormatName(MhlHashFormat format)
{
    for (const FormatName &entry : FormatNames) {
        if (entry.format == format)
            return QString::fromUtf16(entry.name);
    }
    return {};
}

std::optional<MhlHashFormat> mhlHashFormatFromName(QStringView name)
{
    for (const FormatName &entry : FormatNames) {
        if (name == QStringView(entry.name))
            return entry.format;
    }
    return std::nullopt;
}

Util::Result<MhlHashValues> MhlHasher::hashFile(const QString &path, const QList<MhlHashFormat> &formats,
                                                const std::atomic_bool *cancel,
                                                const BytesHashed &bytesHashed)
{
    Hashers hashers(formats);
    const auto done =
        Downloads::FileOps::readBlocks(path, cancel, [&](const unsigned char *data, size_t length) {
            hashers.update(data, length);
            if (bytesHashed)
                bytesHashed(static_cast<qint64>(length));
        });
    if (!done)
        return done.error();
    return hashers.finish();
}

MhlHashValues MhlHasher::hashBytes(const QByteArray &bytes, const QList<MhlHashFormat> &formats)
{
    Hashers hashers(formats);
    hashers.update(bytes.constData(), static_cast<size_t>(bytes.size()));
    return hashers.finish();
}

} // namespace Library
