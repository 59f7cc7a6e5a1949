#include "tests/portal/server/portalserver.h"

#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/authapi.h"
#include "tests/portal/server/authenticator.h"
#include "tests/portal/server/codestore.h"
#include "tests/portal/server/contentapi.h"
#include "tests/portal/server/contentstore.h"
#include "tests/portal/server/devapi.h"
#include "tests/portal/server/faultinjector.h"
#include "tests/portal/server/filehashcache.h"
#include "tests/portal/server/jsoncompression.h"
#include "tests/portal/server/linkapi.h"
#include "tests/portal/server/mailer.h"
#include "tests/portal/server/mediaserver.h"
#include "tests/portal/server/mediasigner.h"
#include "tests/portal/server/passwordresetapi.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/profileapi.h"
#include "tests/portal/server/requestlog.h"
#include "tests/portal/server/routes.h"
#include "tests/portal/server/serversecret.h"
#include "tests/portal/server/sessionstore.h"
#include "tests/portal/server/urlbuilder.h"

#include <QDir>
#include <QFile>

#include <httplib.h>

namespace RefPortal {

namespace {
// Enough workers for stalled and rate-capped transfers next to API calls.
constexpr size_t WorkerThreads = 64;

QString hostForUrl(const QString &address)
{
    return address.contains(u':') ? u'[' + address + u']' : address;
}
} // namespace

PortalServer::PortalServer(ServerOptions options) : m_options(std::move(options)) { }

PortalServer::~PortalServer() = default;

Util::Result<void> PortalServer::openState()
{
    if (!QDir().mkpath(m_options.stateDir))
        return Util::makeError(QStringLiteral("io_error"),
                               QStringLiteral("Cannot create %1").arg(m_options.stateDir));
    auto secret = ServerSecret::loadOrCreate(m_options.stateDir);
    if (!secret)
        return secret.error();
    auto database = PortalDatabase::open(m_options.stateDir);
    if (!database)
        return database.error();
    m_database = std::move(database).value();

    m_accounts = std::make_unique<AccountStore>(*m_database);
    m_codes = std::make_unique<CodeStore>(*m_database, secret.value(), m_options.codeLifetimeSecs,
                                          m_options.resendCooldownSecs);
    m_sessions = std::make_unique<SessionStore>(*m_database, m_options.accessLifetimeSecs,
                                                m_options.refreshLifetimeSecs, m_options.resetLifetimeSecs);
    m_mailer = std::make_unique<Mailer>(QDir(m_options.stateDir).filePath(QStringLiteral("outbox")));
    if (auto ready = m_mailer->ensureOutbox(); !ready)
        return ready;
    m_authenticator = std::make_unique<Authenticator>(*m_sessions, *m_accounts);
    m_hashes = std::make_unique<FileHashCache>(*m_database);
    m_content = std::make_unique<ContentStore>(m_options.contentDir, *m_database, *m_hashes);
    m_signer = std::make_unique<MediaSigner>(secret.value(), m_options.linkLifetimeSecs,
                                             m_options.mediaBaseUrl, m_options.mediaSecret);
    if (m_options.dev) {
        m_faults = std::make_unique<FaultInjector>();
        Api::FieldErrors errors;
        if (!m_faults->apply(m_options.faults, &errors))
            return Util::makeError(QStringLiteral("usage"),
                                   QStringLiteral("Invalid fault flags: %1")
                                       .arg(QStringList(errors.keys()).join(QStringLiteral(", "))));
    }
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
    const AuthServices services {*m_database, *m_accounts, *m_codes,
                                 *m_sessions, *m_mailer,   *m_authenticator};
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
    return m_http->listen_after_bind();
}

void PortalServer::stop()
{
    m_stopping.store(true);
    if (m_http)
        m_http->stop();
}

} // namespace RefPortal
