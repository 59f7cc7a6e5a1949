#include "tests/portal/server/serversecret.h"

#include "tests/portal/server/crypto.h"
#include "tests/portal/server/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace RefPortal::ServerSecret {

Util::Result<QByteArray> loadOrCreate(const QString &stateDir)
{
    const QString path = QDir(stateDir).filePath(QStringLiteral("server.key"));
    QFile existing(path);
    if (existing.exists()) {
        if (auto restricted = PrivateFiles::restrictIfExists(path); !restricted)
            return restricted.error();
        if (!existing.open(QIODevice::ReadOnly))
            return Util::makeError(QStringLiteral("io_error"), QStringLiteral("Cannot read %1").arg(path));
        const QByteArray key = QByteArray::fromHex(existing.readAll().trimmed());
        if (key.size() < 32)
            return Util::makeError(QStringLiteral("io_error"), QStringLiteral("%1 is damaged").arg(path));
        return key;
    }
    const QByteArray key = Crypto::randomBytes(32);
    QSaveFile file(path);
    // Restricted before the key is written (QSaveFile creates with the umask).
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Util::makeError(QStringLiteral("io_error"), QStringLiteral("Cannot create %1").arg(path));
    file.write(key.toHex() + '\n');
    if (!file.commit())
        return Util::makeError(QStringLiteral("io_error"), QStringLiteral("Cannot write %1").arg(path));
    return key;
}

DerivedKeys derive(const QByteArray &masterKey)
{
    const auto key = [&masterKey](const char *label) {
        return Crypto::hkdfSha256(masterKey, QByteArray(), QByteArray(label), 32);
    };
    return {key(CodeHashingLabel), key(LinkSigningLabel)};
}

} // namespace RefPortal::ServerSecret
