#pragma once

#include "core/util/result.h"
#include "tests/portal/server/serveroptions.h"

#include <atomic>
#include <memory>
#include <mutex>

namespace httplib {
class Server;
}

namespace RefPortal {

class AccountStore;
class AuthApi;
class AuthLimits;
class Authenticator;
class CodeLock;
class CodeStore;
class ContentApi;
class ContentStore;
class DevApi;
class FaultInjector;
class FileHashCache;
class LinkApi;
class MailCooldown;
class Mailer;
class MediaServer;
class MediaSigner;
class PasswordHashing;
class PasswordResetApi;
class PortalDatabase;
class ProfileApi;
class SessionStore;
class UrlBuilder;

// Builds the parts from the options, wires the routes and runs the HTTP(S)
// server. Owns everything; the parts only know what they are handed.
class PortalServer final
{
public:
    explicit PortalServer(ServerOptions options);
    ~PortalServer();
    PortalServer(const PortalServer &) = delete;
    PortalServer &operator=(const PortalServer &) = delete;

    // Opens the state, loads the content and binds the port.
    Util::Result<void> start();
    // The API base as reachable now: http://127.0.0.1:PORT/api/v1.
    QString apiUrl() const;
    // Serves until stop(); false when the listening loop failed.
    bool run();
    // Safe from any thread.
    void stop();

private:
    Util::Result<void> openState();
    void registerRoutes();

    ServerOptions m_options;
    int m_port = 0;
    std::atomic<bool> m_stopping {false};
    // Between stop() from the signal thread and run() on the main thread.
    std::mutex m_runMutex;
    bool m_runStarted = false;
    std::atomic<bool> m_runEnded {false};

    std::unique_ptr<PortalDatabase> m_database;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<CodeStore> m_codes;
    std::unique_ptr<CodeLock> m_codeLock;
    std::unique_ptr<MailCooldown> m_cooldown;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<Mailer> m_mailer;
    std::unique_ptr<Authenticator> m_authenticator;
    std::unique_ptr<PasswordHashing> m_hashing;
    std::unique_ptr<AuthLimits> m_limits;
    std::unique_ptr<FileHashCache> m_hashes;
    std::unique_ptr<ContentStore> m_content;
    std::unique_ptr<UrlBuilder> m_urls;
    std::unique_ptr<MediaSigner> m_signer;
    std::unique_ptr<FaultInjector> m_faults;

    std::unique_ptr<AuthApi> m_authApi;
    std::unique_ptr<PasswordResetApi> m_resetApi;
    std::unique_ptr<ProfileApi> m_profileApi;
    std::unique_ptr<ContentApi> m_contentApi;
    std::unique_ptr<LinkApi> m_linkApi;
    std::unique_ptr<MediaServer> m_mediaServer;
    std::unique_ptr<DevApi> m_devApi;

    std::unique_ptr<httplib::Server> m_http;
};

} // namespace RefPortal
