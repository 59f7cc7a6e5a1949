#pragma once

#include "core/network/proxysetting.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QJsonDocument;
class QNetworkAccessManager;

namespace Portal {
class PortalClient;
class ConditionsGate;
struct ApiError;
} // namespace Portal

namespace Auth {
class TokenStore;
class AccountService;
} // namespace Auth

namespace Cli {

// What every command gets: the resolved global options, the settings and a
// way to answer in text or, with --json, as one JSON document on stdout.
class CliContext final
{
public:
    CliContext(Settings::Paths paths, bool json);
    ~CliContext();

    const Settings::Paths &paths() const { return m_paths; }
    Settings::AppSettings &settings() { return *m_settings; }
    bool json() const { return m_json; }
    QUrl portal() const { return m_portal; }
    void setPortal(const QUrl &portal) { m_portal = portal; }

    // Text lines go to stdout in text mode; the JSON object in --json mode.
    void printText(const QString &text) const;
    void printJson(const QJsonObject &object) const;
    void printJson(const QJsonArray &array) const;
    // Errors go to stderr as "mmdesk-cli: message", or as a JSON error
    // object on stdout in --json mode. Returns exitCode for convenience.
    int fail(int exitCode, const QString &code, const QString &message) const;
    // The same for a portal error, with the exit code its kind calls for.
    int fail(const Portal::ApiError &error) const;

    // The portal client and the account service, made on first use. Fails
    // (nullptr) when no portal is set; the caller reports usage.
    Portal::PortalClient *portalClient();
    // The network manager of every HTTP request but downloads (system proxy).
    QNetworkAccessManager *network();
    // The proxy setting, for Qt Network and for libcurl (an unreadable one:
    // the system's).
    Network::ProxySetting proxy() const
    {
        return Network::ProxySetting::parse(m_settings->proxy()).valueOr(Network::ProxySetting {});
    }
    Auth::AccountService *accounts();
    // The portal's conditions of use and what was accepted of them here.
    Portal::ConditionsGate *conditions();
    // The language texts are shown in: "fr" or "en", from the settings or
    // else the system's locale.
    QString language() const;
    // Runs `done` when no keychain write is under way any more.
    void whenSaved(QObject *context, std::function<void()> done);

private:
    void printDocument(const QJsonDocument &document) const;

    Settings::Paths m_paths;
    std::unique_ptr<Settings::AppSettings> m_settings;
    QUrl m_portal;
    bool m_json;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    std::unique_ptr<Portal::ConditionsGate> m_conditions;
};

} // namespace Cli
