#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace RefPortal {

// The command line of `mmdesk-portal serve` (docs/portal-server.md).
struct ServerOptions
{
    QString contentDir;
    QString stateDir;
    QString listen = QStringLiteral("127.0.0.1");
    int port = 8080;
    bool dev = false;
    QString publicUrl;
    QUrl mediaBaseUrl;
    QByteArray mediaSecret;
    QString tlsCert;
    QString tlsKey;
    qint64 codeLifetimeSecs = 30 * 60;
    qint64 resendCooldownSecs = 60;
    qint64 linkLifetimeSecs = 6 * 3600;
    qint64 accessLifetimeSecs = 15 * 60;
    qint64 refreshLifetimeSecs = 30 * 24 * 3600;
    qint64 resetLifetimeSecs = 15 * 60;
    // Faults from the command line, in the JSON form of POST /dev/faults.
    QJsonObject faults;

    // arguments: everything after "serve".
    static Util::Result<ServerOptions> parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace RefPortal
