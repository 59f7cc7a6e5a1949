#include "app/cli/clicontext.h"

#include <QJsonDocument>

#include <cstdio>

namespace Cli {

CliContext::CliContext(Settings::Paths paths, bool json)
    : m_paths(std::move(paths)),
      m_settings(std::make_unique<Settings::AppSettings>(m_paths.settingsFile())),
      m_json(json)
{ }

void CliContext::printText(const QString &text) const
{
    std::fputs(qUtf8Printable(text), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::printJson(const QJsonObject &object) const
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
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
