#pragma once

#include "core/util/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <mutex>

namespace RefPortal {

// The portal's mail: every message is written as an RFC 5322 .eml file in
// <state>/outbox/ (folder 0700, files 0600: they hold codes) instead of
// being sent. latestFor() reads them back for the
// development endpoint.
class Mailer final
{
public:
    struct Mail
    {
        QString to;
        QString subject;
        QString body;
        QDateTime date;
        QString code; // the 6-digit code found in the body, if any
        QString fileName;
    };

    explicit Mailer(QString outboxDir);

    Util::Result<void> ensureOutbox() const;
    // purpose: "register" or "reset"; locale: "en" or "fr".
    Util::Result<QString> sendCode(const QString &to, const QString &purpose, const QString &locale,
                                   const QString &code, qint64 lifetimeSecs);
    // Tells the owner that code entry for the address is locked until
    // lockedUntil (unix seconds) after `failures` wrong codes.
    Util::Result<QString> sendCodeLockNotice(const QString &to, const QString &locale, int failures,
                                             qint64 lockedUntil);
    // Newest first.
    QList<Mail> latestFor(const QString &address, int limit) const;

    static Mail parse(const QByteArray &eml);

private:
    Util::Result<QString> write(const QString &to, const QString &subject, const QString &body);

    QString m_outboxDir;
    std::mutex m_mutex;
    quint64 m_counter = 0;
};

} // namespace RefPortal
