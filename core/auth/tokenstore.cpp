#include "core/auth/tokenstore.h"

#include "core/util/logging.h"

#include <qt6keychain/keychain.h>

namespace Auth {

namespace {

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented
        || error == QKeychain::OtherError;
}

template<class Job>
Job *makeJob(const QString &service, const QString &key)
{
    auto *job = new Job(service);
    job->setAutoDelete(true);
    // The insecure fallback would write the secret to a plain settings file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

Util::Error TokenStore::errorFor(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {QStringLiteral("not_found"), tr("No saved sign-in was found in the keychain.")};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return {QStringLiteral("keychain_denied"),
                tr("The keychain refused access (%1). Unlock your keyring and try again.")
                    .arg(job.errorString())};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {QStringLiteral("keychain_unavailable"),
                tr("No keychain service answered (%1). Your sign-in is kept in memory only and ends "
                   "when the application closes. Start a Secret Service such as GNOME Keyring or "
                   "KWallet to stay signed in.")
                    .arg(job.errorString())};
    case QKeychain::CouldNotDeleteEntry:
        return {QStringLiteral("keychain_error"),
                tr("The keychain could not delete the saved sign-in (%1).").arg(job.errorString())};
    case QKeychain::NoError:
        break;
    }
    return {QStringLiteral("keychain_error"), job.errorString()};
}

TokenStore::TokenStore(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) { }

TokenStore::~TokenStore() = default;

void TokenStore::setPersistent(bool persistent, const QString &reason)
{
    m_unavailableReason = persistent ? QString() : reason;
    if (m_persistent == persistent)
        return;
    m_persistent = persistent;
    emit persistenceChanged(persistent);
}

void TokenStore::write(const QString &key, const QByteArray &secret, QObject *context,
                       std::function<void(Util::Result<Where>)> done)
{
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    QPointer<TokenStore> self(this);
    connect(job, &QKeychain::Job::finished, context,
            [self, key, secret, done = std::move(done)](QKeychain::Job *finished) {
                if (!self)
                    return;
                if (finished->error() == QKeychain::NoError) {
                    self->m_memoryOnly.remove(key);
                    self->setPersistent(true, {});
                    done(Where::Keychain);
                    return;
                }
                if (backendMissing(finished->error())) {
                    const Util::Error error = errorFor(*finished);
                    qCWarning(lcAuth) << "keychain unavailable, keeping the secret in memory only:"
                                      << finished->errorString();
                    self->m_memoryOnly.insert(key, secret);
                    self->setPersistent(false, error.message);
                    done(Where::MemoryOnly);
                    return;
                }
                done(errorFor(*finished));
            });
    job->start();
}

void TokenStore::read(const QString &key, QObject *context,
                      std::function<void(Util::Result<QByteArray>)> done)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    QPointer<TokenStore> self(this);
    connect(job, &QKeychain::Job::finished, context,
            [self, key, done = std::move(done)](QKeychain::Job *finished) {
                if (!self)
                    return;
                if (finished->error() == QKeychain::NoError) {
                    done(qobject_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData());
                    return;
                }
                // A secret kept in memory after an earlier failure still counts.
                const auto kept = self->m_memoryOnly.constFind(key);
                if (kept != self->m_memoryOnly.constEnd()) {
                    done(kept.value());
                    return;
                }
                done(errorFor(*finished));
            });
    job->start();
}

void TokenStore::remove(const QString &key, QObject *context, std::function<void(Util::Result<void>)> done)
{
    m_memoryOnly.remove(key);
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        const QKeychain::Error error = finished->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            done({});
            return;
        }
        done(errorFor(*finished));
    });
    job->start();
}

} // namespace Auth
