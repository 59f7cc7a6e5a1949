#include "tests/portal/server/passwordhasher.h"

#include "tests/portal/server/crypto.h"

#include <QStringList>

namespace RefPortal {

namespace {
constexpr int SaltLength = 16;
constexpr int HashLength = 32;
const QLatin1String Scheme("pbkdf2-sha256");

struct Parsed
{
    int iterations = 0;
    QByteArray salt;
    QByteArray hash;
};

bool parse(const QString &stored, Parsed *out)
{
    const QStringList parts = stored.split(u'$');
    if (parts.size() != 4 || parts.at(0) != Scheme)
        return false;
    bool ok = false;
    out->iterations = parts.at(1).toInt(&ok);
    if (!ok || out->iterations < 1)
        return false;
    out->salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    out->hash = QByteArray::fromBase64(parts.at(3).toLatin1());
    return !out->salt.isEmpty() && !out->hash.isEmpty();
}
} // namespace

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray salt = Crypto::randomBytes(SaltLength);
    const QByteArray derived = Crypto::pbkdf2Sha256(password.toUtf8(), salt, m_iterations, HashLength);
    return Scheme + QStringLiteral("$%1$").arg(m_iterations) + QString::fromLatin1(salt.toBase64()) + u'$'
        + QString::fromLatin1(derived.toBase64());
}

bool PasswordHasher::verify(const QString &password, const QString &stored)
{
    Parsed parsed;
    if (!parse(stored, &parsed))
        return false;
    const QByteArray derived = Crypto::pbkdf2Sha256(password.toUtf8(), parsed.salt, parsed.iterations,
                                                    static_cast<int>(parsed.hash.size()));
    return Crypto::constantTimeEquals(derived, parsed.hash);
}

bool PasswordHasher::needsRehash(const QString &stored) const
{
    Parsed parsed;
    return !parse(stored, &parsed) || parsed.iterations < m_iterations;
}

void PasswordHasher::dummyVerify(const QString &password) const
{
    std::call_once(m_dummyOnce, [this] { m_dummy = hash(QStringLiteral("dummy-Password-1")); });
    (void)verify(password, m_dummy);
}

} // namespace RefPortal
