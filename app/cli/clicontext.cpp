#include "app/cli/clicontext.h"

#include "app/cli/exitcodes.h"
#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/network/offlinemode.h"
#include "core/portal/conditions.h"
#include "core/portal/portalclient.h"

#include <QDir>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>

#include <cstdio>

namespace Cli {

CliContext::CliContext(Settings::Paths paths, bool json)
    : m_paths(std::move(paths)),
      m_settings(std::make_unique<Settings::AppSettings>(m_paths.settingsFile())),
      m_json(json)
{
    // The desktop application's choice holds here too: nothing is fetched.
    Network::OfflineMode::setOn(m_settings->workOffline());
}

CliContext::~CliContext() = default;

QNetworkAccessManager *CliContext::network()
{
    if (!m_network) {
        proxy().applyToQt();
        m_network = std::make_unique<QNetworkAccessManager>();
    }
    return m_network.get();
}

Portal::PortalClient *CliContext::portalClient()
{
    if (m_portal.isEmpty())
        return nullptr;
    if (!m_client) {
        m_client = std::make_unique<Portal::PortalClient>(*network(), m_portal);
        m_client->setMaxResponseBytes(m_settings->portalMaxResponseBytes());
    }
    return m_client.get();
}

Auth::AccountService *CliContext::accounts()
{
    Portal::PortalClient *client = portalClient();
    if (!client)
        return nullptr;
    if (!m_accounts) {
        m_tokens = std::make_unique<Auth::TokenStore>();
        m_accounts = std::make_unique<Auth::AccountService>(*client, *m_tokens);
    }
    return m_accounts.get();
}

Portal::ConditionsGate *CliContext::conditions()
{
    Portal::PortalClient *client = portalClient();
    if (!client)
        return nullptr;
    if (!m_conditions) {
        m_conditions = std::make_unique<Portal::ConditionsGate>(
            *client, QDir(m_paths.dataDir()).filePath(Portal::ConditionsRecord::fileNameFor(m_portal)));
    }
    return m_conditions.get();
}

QString CliContext::language() const
{
    const QString chosen = m_settings->uiLanguage();
    if (!chosen.isEmpty())
        return chosen;
    return QLocale::system().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
}

void CliContext::whenSaved(QObject *context, std::function<void()> done)
{
    if (m_accounts)
        m_accounts->whenSaved(context, std::move(done));
    else
        done();
}

int CliContext::fail(const Portal::ApiError &error) const
{
    int exitCode = ExitFailure;
    if (error.isNetwork())
        exitCode = ExitNetwork;
    else if (error.isAuthentication() || error.httpStatus == 403)
        exitCode = ExitAuthentication;
    return fail(exitCode, error.code, error.message);
}

void CliContext::printText(const QString &text) const
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::printJson(const QJsonObject &object) const
{
    printDocument(QJsonDocument(object));
}

void CliContext::printJson(const QJsonArray &array) const
{
    printDocument(QJsonDocument(array));
}

void CliContext::printDocument(const QJsonDocument &document) const
{
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

int CliContext::fail(int exitCode, const QString &code, const QString &message) const
{
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("error"),
                                QJsonObject {{QStringLiteral("code"), code},
                                             {QStringLiteral("message"), message},
                                             {QStringLiteral("exit_code"), exitCode}}}});
    } else {
        std::fprintf(stderr, "mmdesk-cli: %s\n", qUtf8Printable(message));
    }
    return exitCode;
}

} // namespace Cli
