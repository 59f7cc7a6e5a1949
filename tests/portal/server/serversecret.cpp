#include "tests/portal/server/serversecret.h"

#include "tests/portal/server/crypto.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace RefPortal::ServerSecret {

Util::Result<QByteArray> loadOrCreate(const QString &stateDir)
{
    const QString path = QDir(stateDir).filePath(QStringLiteral("server.key"));
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Util::makeError(QStringLiteral("io_error"), QStringLiteral("Cannot read %1").arg(path));
        const QByteArray key = QByteArray::fromHex(existing.readAll().trimmed());
        if (key.size() < 32)
            return Util::makeError(QStringLiteral("io_error"), QStringLiteral("%1 is damaged").arg(path));
        return key;
    }
    const QByteArray key = Crypto::randomBytes(32);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Util::makeError(QStringLiteral("io_error"), QStringLiteral("Cannot create %1").arg(path));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(key.toHex() + '\n');
    if (!file.commit())
        return Util::makeError(QStringLiteral("io_error"), QStringLiteral("Cannot write %1").arg(path));
    return key;
}

} // namespace RefPortal::ServerSecret
