#include "tests/portal/server/portalserver.h"

#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/authapi.h"
#include "tests/portal/server/authenticator.h"
#include "tests/portal/server/authlimits.h"
#include "tests/portal/server/codelock.h"
#include "tests/portal/server/codestore.h"
#include "tests/portal/server/contentapi.h"
#include "tests/portal/server/contentstore.h"
#include "tests/portal/server/devapi.h"
#include "tests/portal/server/faultinjector.h"
#include "tests/portal/server/filehashcache.h"
#include "tests/portal/server/jsoncompression.h"
#include "tests/portal/server/linkapi.h"
#include "tests/portal/server/mailcooldown.h"
#include "tests/portal/server/mailer.h"
#include "tests/portal/server/mediaserver.h"
#include "tests/portal/server/mediasigner.h"
#include "tests/portal/server/passwordhashing.h"
#include "tests/portal/server/passwordresetapi.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/privatefiles.h"
#include "tests/portal/server/profileapi.h"
#include "tests/portal/server/requestlog.h"
#include "tests/portal/server/routes.h"
#include "tests/portal/server/serversecret.h"
#include "tests/portal/server/sessionstore.h"
#include "tests/portal/server/urlbuilder.h"

#include <QDir>
#include <QFile>

#include <httplib.h>

#include <chrono>
#include <thread>

namespace RefPortal {

namespace {
// Enough workers for stalled and rate-capped transfers next to API calls.
constexpr size_t WorkerThreads = 64;

QString hostForUrl(const QString &address)
{
    return address.contains(u':') ? u'[' + address + u']' : address;
}

// RFC 9112 6.3: a request with neither Content-Length nor Transfer-Encoding
// has an empty body. cpp-httplib 0.11 instead reads such a POST (PUT, PATCH,
// DELETE) until the connection closes, so `curl -X POST URL` waited for the
// read timeout and got 400 before any route ran. Saying so explicitly makes
// the library read nothing. The request is the library's own non-const
// object, handed to the pre-routing handler as const.
void treatMissingLengthAsEmpty(const httplib::Request &request)
{
    const bool expectsBody = request.method == "POST" || request.method == "PUT" || request.method == "PATCH"
        || request.method == "DELETE";
    if (expectsBody && !request.has_header("Content-Length") && !request.has_header("Transfer-Encoding"))
        const_cast<httplib::Request &>(request).set_header("Content-Length", "0");
}

int defaultHashConcurrency()
{
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}
} // namespace

PortalServer::PortalServer(ServerOptions options) : m_options(std::move(options)) { }

PortalServer::~PortalServer() = default;

Util::Result<void> PortalServer::openState()
{
    if (auto created = PrivateFiles::ensureDir(m_options.stateDir); !created)
        return created;
    auto secret = ServerSecret::loadOrCreate(m_options.stateDir);
    if (!secret)
        return secret.error();
    const ServerSecret::DerivedKeys keys = ServerSecret::derive(secret.value());
    auto database = PortalDatabase::open(m_options.stateDir);
    if (!database)
        return database.error();
    m_database = std::move(database).value();

    m_accounts = std::make_unique<AccountStore>(*m_database);
    m_codes = std::make_unique<CodeStore>(*m_database, keys.codeHashing, m_options.codeLifetimeSecs);
    m_codeLock = std::make_unique<CodeLock>(*m_database, m_options.codeFailuresPerAccount);
    m_cooldown = std::make_unique<MailCooldown>(*m_database, m_options.resendCooldownSecs);
    m_sessions = std::make_unique<SessionStore>(
        *m_database,
        SessionStore::Lifetimes {m_options.accessLifetimeSecs, m_options.refreshLifetimeSecs,
                                 m_options.sessionMaxAgeSecs, m_options.resetLifetimeSecs});
    m_mailer = std::make_unique<Mailer>(QDir(m_options.stateDir).filePath(QStringLiteral("outbox")));
    if (auto ready = m_mailer->ensureOutbox(); !ready)
        return ready;
    m_authenticator = std::make_unique<Authenticator>(*m_sessions, *m_accounts);
    m_hashes = std::make_unique<FileHashCache>(*m_database);
    m_content = std::make_unique<ContentStore>(m_options.contentDir, *m_database, *m_hashes);
    m_signer = std::make_unique<MediaSigner>(keys.linkSigning, m_options.linkLifetimeSecs,
                                             m_options.mediaBaseUrl, m_options.mediaSecret);
    if (m_options.dev) {
        m_faults = std::make_unique<FaultInjector>();
        Api::FieldErrors errors;
        if (!m_faults->apply(m_options.faults, &errors))
            return Util::makeError(QStringLiteral("usage"),
                                   QStringLiteral("Invalid fault flags: %1")
                                       .arg(QStringList(errors.keys()).join(QStringLiteral(", "))));
    }
    PasswordHashing::Options hashing;
    hashing.iterations = m_options.pbkdf2Iterations;
    hashing.concurrency =
        m_options.hashConcurrency > 0 ? m_options.hashConcurrency : defaultHashConcurrency();
    hashing.queue = m_options.hashQueue;
    hashing.maxWaitMs = m_options.hashWaitMs;
    m_hashing = std::make_unique<PasswordHashing>(hashing, m_faults.get());
    m_limits = std::make_unique<AuthLimits>(AuthLimits::Options {
        m_options.authRatePerClient, m_options.authRatePerAccount, m_options.codeFailuresPerClient});
    return {};
}

Util::Result<void> PortalServer::start()
{
    if (auto opened = openState(); !opened)
        return opened;
    auto warnings = m_content->reload();
    if (!warnings)
        return warnings.error();
    for (const QString &warning : warnings.value())
        qWarning("content: %s", qPrintable(warning));
    const auto snapshot = m_content->snapshot();
    qInfo("content: %lld news items, %lld videos, %lld media files",
          static_cast<long long>(snapshot->news.size()), static_cast<long long>(snapshot->videos.size()),
          static_cast<long long>(snapshot->media.size()));

    const bool tls = !m_options.tlsCert.isEmpty();
    if (tls) {
        auto server = std::make_unique<httplib::SSLServer>(QFile::encodeName(m_options.tlsCert).constData(),
                                                           QFile::encodeName(m_options.tlsKey).constData());
        if (!server->is_valid())
            return Util::makeError(QStringLiteral("tls_error"),
                                   QStringLiteral("Cannot load the TLS certificate or key"));
        m_http = std::move(server);
    } else {
        m_http = std::make_unique<httplib::Server>();
    }
    m_http->new_task_queue = [] {
        return new httplib::ThreadPool(WorkerThreads);
    };
    m_http->set_keep_alive_max_count(1000);
    m_http->set_read_timeout(30);
    m_http->set_write_timeout(30);
    m_http->set_payload_max_length(1 << 20);
    // On the thread that answers: when the request came, and what it accepts.
    m_http->set_pre_routing_handler([](const httplib::Request &request, httplib::Response &) {
        RequestLog::begin();
        Api::noteAcceptEncoding(request);
        treatMissingLengthAsEmpty(request);
        return httplib::Server::HandlerResponse::Unhandled;
    });

    m_urls = std::make_unique<UrlBuilder>(m_options.publicUrl, tls, QString());
    registerRoutes();

    const std::string host = m_options.listen.toStdString();
    if (m_options.port == 0) {
        m_port = m_http->bind_to_any_port(host);
        if (m_port <= 0)
            return Util::makeError(QStringLiteral("listen_error"),
                                   QStringLiteral("Cannot listen on %1").arg(m_options.listen));
    } else {
        if (!m_http->bind_to_port(host, m_options.port))
            return Util::makeError(
                QStringLiteral("listen_error"),
                QStringLiteral("Cannot listen on %1:%2").arg(m_options.listen).arg(m_options.port));
        m_port = m_options.port;
    }
    // Absolute URLs without a usable Host header point at where we listen.
    m_urls->setFallbackHost(hostForUrl(m_options.listen) + u':' + QString::number(m_port));
    return {};
}

void PortalServer::registerRoutes()
{
    const AuthServices services {*m_database, *m_accounts, *m_codes,         *m_codeLock, *m_cooldown,
                                 *m_sessions, *m_mailer,   *m_authenticator, *m_hashing,  *m_limits};
    m_authApi = std::make_unique<AuthApi>(services);
    m_resetApi = std::make_unique<PasswordResetApi>(services);
    m_profileApi = std::make_unique<ProfileApi>(services);
    m_contentApi = std::make_unique<ContentApi>(*m_content, *m_urls);
    m_linkApi = std::make_unique<LinkApi>(*m_content, *m_authenticator, *m_signer, *m_urls, m_faults.get());
    m_mediaServer = std::make_unique<MediaServer>(*m_content, *m_signer, m_faults.get(), m_stopping);

    m_authApi->registerRoutes(*m_http);
    m_resetApi->registerRoutes(*m_http);
    m_profileApi->registerRoutes(*m_http);
    m_contentApi->registerRoutes(*m_http);
    m_linkApi->registerRoutes(*m_http);
    m_mediaServer->registerRoutes(*m_http);
    if (m_options.dev) {
        m_devApi = std::make_unique<DevApi>(*m_mailer, *m_faults, *m_content);
        m_devApi->registerRoutes(*m_http);
    }

    // Every error answer carries the contract's body, also the library's own
    // (unknown path, oversized body...).
    m_http->set_error_handler(
        httplib::Server::HandlerWithResponse([this](const httplib::Request &req, httplib::Response &res) {
            if (!res.body.empty() || res.content_length_ > 0)
                return httplib::Server::HandlerResponse::Unhandled;
            // cpp-httplib 0.11 answers 416 itself, before routing, to a Range it
            // cannot parse ("bytes=9-5", another unit...). Media requests get the
            // answer RFC 9110 asks for instead: the Range is ignored.
            if (res.status == 416 && !res.has_header("Content-Range") && MediaServer::handles(req.path)) {
                m_mediaServer->serve(req, res);
                return httplib::Server::HandlerResponse::Handled;
            }
            const QString code = res.status == 404 ? QStringLiteral("not_found")
                : res.status == 413                ? QStringLiteral("payload_too_large")
                : res.status >= 500                ? QStringLiteral("internal_error")
                                                   : QStringLiteral("bad_request");
            const QString message = res.status == 404 ? QStringLiteral("Nothing here.")
                : res.status == 413                   ? QStringLiteral("The request body is too large.")
                                                      : QStringLiteral("The request failed.");
            Api::sendError(res, res.status, code, message);
            return httplib::Server::HandlerResponse::Handled;
        }));
    m_http->set_exception_handler([](const httplib::Request &, httplib::Response &res, std::exception_ptr) {
        Api::sendError(res, 500, QStringLiteral("internal_error"),
                       QStringLiteral("The server could not complete the request."));
    });
    RequestLog::install(*m_http);
}

QString PortalServer::apiUrl() const
{
    const QString scheme = m_options.tlsCert.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    return scheme + QStringLiteral("://") + hostForUrl(m_options.listen) + u':' + QString::number(m_port)
        + QLatin1String(Routes::ApiBase);
}

bool PortalServer::run()
{
    {
        std::lock_guard lock(m_runMutex);
        // A stop (SIGTERM) that came before the loop: nothing to serve.
        if (m_stopping.load())
            return true;
        m_runStarted = true;
    }
    const bool ok = m_http->listen_after_bind();
    m_runEnded.store(true);
    return ok;
}

void PortalServer::stop()
{
    bool runStarted = false;
    {
        std::lock_guard lock(m_runMutex);
        m_stopping.store(true);
        runStarted = m_runStarted;
    }
    if (!m_http || !runStarted)
        return; // run() sees m_stopping and returns
    // cpp-httplib 0.11's stop() does nothing until its accept loop runs, and
    // it offers no event for that: a SIGTERM right after the listening line
    // was lost. Wait the moment until the loop runs (or has ended).
    while (!m_http->is_running() && !m_runEnded.load())
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    m_http->stop();
}

} // namespace RefPortal
