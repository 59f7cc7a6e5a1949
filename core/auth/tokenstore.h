#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Auth {

// Keeps secrets (refresh tokens) in the operating system's keychain through
// QtKeychain (the Secret Service on Linux). Never in a plain file: where no
// keychain answers, a secret is kept in this process's memory only and
// isPersistent() turns false, so that the UI and the CLI can say so.
//
// Every call is asynchronous; the callback runs on the thread of `context`,
// and not at all if `context` is destroyed first.
class TokenStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenStore)

public:
    enum class Where { Keychain, MemoryOnly };

    // service: the keychain's service name; tests pass their own so that they
    // never touch a person's real entries.
    explicit TokenStore(QString service = QStringLiteral("mmdesk"), QObject *parent = nullptr);
    ~TokenStore() override;

    QString service() const { return m_service; }
    // False once the keychain failed to store a secret; true again after a
    // later successful write.
    bool isPersistent() const { return m_persistent; }
    // Why the keychain could not be used, for messages; empty while it works.
    QString unavailableReason() const { return m_unavailableReason; }

    void write(const QString &key, const QByteArray &secret, QObject *context,
               std::function<void(Util::Result<Where>)> done);
    // Error code "not_found" when there is no such entry.
    void read(const QString &key, QObject *context, std::function<void(Util::Result<QByteArray>)> done);
    // Removing a missing entry succeeds.
    void remove(const QString &key, QObject *context, std::function<void(Util::Result<void>)> done);

signals:
    void persistenceChanged(bool persistent);

private:
    static Util::Error errorFor(const QKeychain::Job &job);
    void setPersistent(bool persistent, const QString &reason);

    QString m_service;
    QHash<QString, QByteArray> m_memoryOnly;
    bool m_persistent = true;
    QString m_unavailableReason;
};

} // namespace Auth
