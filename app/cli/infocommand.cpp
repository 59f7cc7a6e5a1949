#include "app/cli/infocommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcodes.h"
#include "core/auth/tokenstore.h"
#include "core/util/processguard.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

namespace Cli {

void runInfo(CliContext &context, const QStringList &arguments, QObject *owner,
             const std::function<void(int)> &done)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        done(context.fail(ExitUsage, QStringLiteral("usage"), parser.errorText()));
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        context.printText(
            QStringLiteral("Usage: mmdesk-cli [global options] info\n\n"
                           "Shows the version, the portal in use, the folders for data, settings,\n"
                           "cache and logs, and whether the system keychain answers."));
        done(ExitOk);
        return;
    }
    if (!parser.positionalArguments().isEmpty()) {
        done(context.fail(ExitUsage, QStringLiteral("usage"),
                          QStringLiteral("info takes no arguments (got “%1”).")
                              .arg(parser.positionalArguments().join(u' '))));
        return;
    }

    // Reading an entry that does not exist tells whether a keychain answers
    // without writing anything to it.
    auto *store = new Auth::TokenStore(QStringLiteral("mmdesk"), owner);
    store->read(
        QStringLiteral("mmdesk-cli-probe"), owner, [&context, store, done](Util::Result<QByteArray> probe) {
            const bool available = probe.ok() || probe.error().code == u"not_found";
            const QString keychainMessage = available ? QStringLiteral("available") : probe.error().message;
            const Settings::Paths &paths = context.paths();
            if (context.json()) {
                context.printJson(QJsonObject {
                    {QStringLiteral("version"), QStringLiteral(MMDESK_VERSION)},
                    {QStringLiteral("portal"),
                     context.portal().isEmpty() ? QJsonValue() : QJsonValue(context.portal().toString())},
                    {QStringLiteral("data_dir"), paths.dataDir()},
                    {QStringLiteral("settings_file"), paths.settingsFile()},
                    {QStringLiteral("cache_dir"), paths.cacheDir()},
                    {QStringLiteral("log_dir"), paths.logDir()},
                    {QStringLiteral("keychain"),
                     QJsonObject {{QStringLiteral("available"), available},
                                  {QStringLiteral("message"), keychainMessage}}},
                    {QStringLiteral("core_dumps"), Util::coreDumpsAllowed()},
                });
            } else {
                const auto native = [](const QString &path) {
                    return QDir::toNativeSeparators(path);
                };
                context.printText(
                    QStringLiteral("Multimedia Desk %1\n"
                                   "Portal:        %2\n"
                                   "Data folder:   %3\n"
                                   "Settings file: %4\n"
                                   "Cache folder:  %5\n"
                                   "Log folder:    %6\n"
                                   "Keychain:      %7\n"
                                   "Core dumps:    %8")
                        .arg(QStringLiteral(MMDESK_VERSION),
                             context.portal().isEmpty()
                                 ? QStringLiteral("none set (use --portal URL or MMDESK_PORTAL)")
                                 : context.portal().toDisplayString(),
                             native(paths.dataDir()), native(paths.settingsFile()), native(paths.cacheDir()),
                             native(paths.logDir()), keychainMessage,
                             Util::coreDumpsAllowed() ? QStringLiteral("allowed")
                                                      : QStringLiteral("off (secrets stay out of them)")));
            }
            store->deleteLater();
            done(ExitOk);
        });
}

} // namespace Cli
