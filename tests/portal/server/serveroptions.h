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
    qint64 sessionMaxAgeSecs = 30 * 24 * 3600;
    qint64 resetLifetimeSecs = 15 * 60;
    // Limits of /auth/* (0 = none): requests per minute per client address
    // and per account, wrong codes per hour per client address and per day
    // per account (then code entry locks for the rest of the day).
    int authRatePerClient = 300;
    int authRatePerAccount = 30;
    int codeFailuresPerClient = 30;
    int codeFailuresPerAccount = 20;
    // Password hashing: iterations of new hashes (lowered only with --dev),
    // hashes at once (0 = the number of CPU cores), requests waiting for one,
    // and how long each may wait.
    int pbkdf2Iterations = 600'000;
    int hashConcurrency = 0;
    int hashQueue = 32;
    int hashWaitMs = 5000;
    // Faults from the command line, in the JSON form of POST /dev/faults.
    QJsonObject faults;

    // arguments: everything after "serve".
    static Util::Result<ServerOptions> parse(const QStringList &arguments);
    static QString helpText();
    // 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost".
    static bool isLoopback(const QString &address);
};

} // namespace RefPortal
