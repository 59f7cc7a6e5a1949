// mmdesk-cli: the same core as the desktop application, for scripts.

#include "app/cli/accountcommand.h"
#include "app/cli/clicontext.h"
#include "app/cli/downloadcommand.h"
#include "app/cli/exitcodes.h"
#include "app/cli/infocommand.h"
#include "app/cli/librarycommand.h"
#include "app/cli/newscommand.h"
#include "app/cli/newspdf.h"
#include "app/cli/settingscommand.h"
#include "app/cli/watchcommand.h"
#include "core/portal/portalurl.h"
#include "core/util/filelog.h"
#include "core/util/processguard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

const char *const HelpText = R"(Usage: mmdesk-cli [global options] <command> [command options]

Multimedia Desk on the command line: the same core as the desktop application.

Global options:
  --portal URL     The portal's API address (else the saved setting, else
                   the MMDESK_PORTAL environment variable).
  --data-dir DIR   Keep data, settings, cache and logs in this one folder
                   (else MMDESK_DATA_DIR, else the XDG folders).
  --json           Answer with one JSON document on standard output.
  --allow-insecure-portal
                   Accept a portal address with plain http:// to another
                   computer (passwords and tokens cross the network
                   unencrypted; not recommended). http:// to this computer
                   (localhost, 127.0.0.1, ::1) is always accepted.
  -h, --help       Show this help; `<command> --help` shows a command's.
  -v, --version    Show the version.

Commands:
  info             Version, portal, folders and keychain status.
  account          Register, verify, sign in and out, reset a password, show
                   or change the account ('account --help' for the actions).
  download         Queue renditions and work the queue: add, run, list, pause,
                   resume, cancel, retry ('download --help').
  library          The local clip library: list, search, show, verify,
                   relink, import, export (CSV, JSON, EBUCore, ASC MHL),
                   check-mhl ('library --help').
  news             The portal's news, kept for reading offline: sync, list,
                   search, show, mark read or starred ('news --help').
  settings         The settings the desktop app uses: list, get, set, reset
                   ('settings --help').
  watch            Saved searches: list, add, remove, and run one pass for
                   cron: sync, match, queue ('watch --help').

Exit codes:
  0  success
  1  other failure
  2  usage error (unknown command or option, bad value)
  3  not permitted (not signed in, wrong password, expired sign-in, the portal's
     conditions of use not accepted)
  4  network (portal or media host unreachable, timed out)
  5  integrity (checksum mismatch, damaged file or database)
  6  disk (no space, not writable)
)";

} // namespace

int main(int argc, char *argv[])
{
    // Before any password or token is in memory: no core file holds them.
    Util::forbidCoreDumps();
    // A PDF needs fonts and a layout, thus Qt GUI, drawn without a display.
    std::unique_ptr<QCoreApplication> application;
    if (Cli::wantsPdf(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("mmdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MMDESK_VERSION));

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Help."));
    const QCommandLineOption versionOption({QStringLiteral("v"), QStringLiteral("version")},
                                           QStringLiteral("Version."));
    const QCommandLineOption portalOption(QStringLiteral("portal"), QStringLiteral("Portal."),
                                          QStringLiteral("URL"));
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QStringLiteral("Data."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON."));
    const QCommandLineOption insecureOption(QStringLiteral("allow-insecure-portal"),
                                            QStringLiteral("Insecure."));
    parser.addOptions({helpOption, versionOption, portalOption, dataDirOption, jsonOption, insecureOption});

    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "mmdesk-cli: %s\nTry 'mmdesk-cli --help'.\n",
                     qUtf8Printable(parser.errorText()));
        return Cli::ExitUsage;
    }
    if (parser.isSet(versionOption)) {
        std::printf("mmdesk-cli %s\n", MMDESK_VERSION);
        return Cli::ExitOk;
    }
    QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOption) || positional.isEmpty()) {
        std::fputs(HelpText, positional.isEmpty() && !parser.isSet(helpOption) ? stderr : stdout);
        return parser.isSet(helpOption) ? Cli::ExitOk : Cli::ExitUsage;
    }

    const Settings::Paths paths = Settings::Paths::resolve(parser.value(dataDirOption));
    Cli::CliContext context(paths, parser.isSet(jsonOption));
    if (const QString problem = paths.ensureCreated(); !problem.isEmpty())
        return context.fail(Cli::ExitDisk, QStringLiteral("data_dir"), problem);
    Util::FileLog::install(paths.logFile(QStringLiteral("mmdesk-cli")));
    if (const auto migrated = context.settings().migrate(); !migrated)
        return context.fail(Cli::ExitFailure, migrated.error().code, migrated.error().message);

    const auto portal =
        Portal::PortalUrl::resolve(parser.value(portalOption), context.settings(),
                                   parser.isSet(insecureOption) ? Portal::PortalUrl::Insecure::Allow
                                                                : Portal::PortalUrl::Insecure::Refuse);
    if (!portal)
        return context.fail(Cli::ExitUsage, portal.error().code, portal.error().message);
    context.setPortal(portal.value());
    if (Portal::PortalUrl::isInsecure(portal.value()))
        std::fprintf(stderr,
                     "mmdesk-cli: warning: the portal %s is reached over plain http; passwords and "
                     "tokens cross the network unencrypted\n",
                     qUtf8Printable(portal.value().toDisplayString()));

    const QString command = positional.takeFirst();
    // The command's own parser expects a program name first.
    const QStringList commandArguments = QStringList {QStringLiteral("mmdesk-cli ") + command} + positional;
    int exitCode = Cli::ExitOk;
    // Exit only once the keychain holds what the command changed: a refresh
    // token rotated during the command would otherwise be lost.
    const auto finish = [&exitCode, &context, &app](int code) {
        exitCode = code;
        context.whenSaved(&app, [code] { QCoreApplication::exit(code); });
    };

    if (command == u"info") {
        QTimer::singleShot(0, &app, [&] { Cli::runInfo(context, commandArguments, &app, finish); });
    } else if (command == u"download") {
        QTimer::singleShot(0, &app, [&] { Cli::runDownload(context, commandArguments, &app, finish); });
    } else if (command == u"account") {
        QTimer::singleShot(0, &app, [&] { Cli::runAccount(context, commandArguments, &app, finish); });
    } else if (command == u"news") {
        QTimer::singleShot(0, &app, [&] { Cli::runNews(context, commandArguments, &app, finish); });
    } else if (command == u"library") {
        QTimer::singleShot(0, &app, [&] { Cli::runLibrary(context, commandArguments, &app, finish); });
    } else if (command == u"watch") {
        QTimer::singleShot(0, &app, [&] { Cli::runWatch(context, commandArguments, &app, finish); });
    } else if (command == u"settings") {
        QTimer::singleShot(0, &app, [&] { Cli::runSettings(context, commandArguments, &app, finish); });
    } else {
        return context.fail(Cli::ExitUsage, QStringLiteral("usage"),
                            QStringLiteral("unknown command “%1”. Try 'mmdesk-cli --help'.").arg(command));
    }
    QCoreApplication::exec();
    Util::FileLog::uninstall();
    return exitCode;
}
