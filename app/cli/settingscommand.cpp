#include "app/cli/settingscommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcodes.h"
#include "core/settings/settingsoptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace Cli {

namespace {

const char *const SettingsHelp = R"(Usage: mmdesk-cli [global options] settings <action>

Actions:
  list              Every setting with its value, what it takes and its default.
  get KEY           One setting's value.
  set KEY VALUE     Change a setting (checked as the desktop app checks it).
  reset KEY         Put a setting back to its default.

The settings are those of the desktop application, in the same file (see
'mmdesk-cli info'); a running mmdesk reads a change at its next start.
)";

QJsonObject optionJson(const Settings::Option &option, const Settings::AppSettings &settings)
{
    return {{QStringLiteral("key"), option.name},
            {QStringLiteral("value"), option.get(settings)},
            {QStringLiteral("default"), option.defaultText},
            {QStringLiteral("accepts"), option.accepts},
            {QStringLiteral("description"), option.description}};
}

int unknownKey(const CliContext &context, const QString &name)
{
    QStringList names;
    for (const Settings::Option &option : Settings::Options::all())
        names << option.name;
    return context.fail(ExitUsage, QStringLiteral("unknown_setting"),
                        QStringLiteral("There is no setting “%1”. The settings are: %2.")
                            .arg(name, names.join(QStringLiteral(", "))));
}

int list(CliContext &context)
{
    if (context.json()) {
        QJsonArray items;
        for (const Settings::Option &option : Settings::Options::all())
            items.append(optionJson(option, context.settings()));
        context.printJson(QJsonObject {{QStringLiteral("items"), items}});
        return ExitOk;
    }
    for (const Settings::Option &option : Settings::Options::all()) {
        context.printText(
            QStringLiteral("%1 = %2\n    %3\n    Takes %4; default %5.")
                .arg(option.name, option.get(context.settings()), option.description, option.accepts,
                     option.defaultText.isEmpty() ? QStringLiteral("none") : option.defaultText));
    }
    return ExitOk;
}

int change(CliContext &context, const Settings::Option &option, const QString *value)
{
    const auto changed =
        value ? option.set(context.settings(), *value) : Settings::Options::reset(context.settings(), option);
    if (!changed)
        return context.fail(ExitUsage, changed.error().code, changed.error().message);
    if (const auto saved = context.settings().sync(); !saved)
        return context.fail(ExitDisk, saved.error().code, saved.error().message);
    if (context.json())
        context.printJson(optionJson(option, context.settings()));
    else
        context.printText(QStringLiteral("%1 = %2").arg(option.name, option.get(context.settings())));
    return ExitOk;
}

} // namespace

void runSettings(CliContext &context, const QStringList &arguments, QObject *,
                 const std::function<void(int)> &done)
{
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QString()));
    if (!parser.parse(arguments)) {
        done(context.fail(ExitUsage, QStringLiteral("usage"),
                          parser.errorText() + QStringLiteral(". See 'mmdesk-cli settings --help'.")));
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        std::fputs(SettingsHelp, parser.isSet(QStringLiteral("help")) ? stdout : stderr);
        done(parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage);
        return;
    }
    const QString action = positional.first();
    const int wanted = action == u"list" ? 1 : action == u"set" ? 3 : 2;
    if (action != u"list" && action != u"get" && action != u"set" && action != u"reset") {
        done(context.fail(
            ExitUsage, QStringLiteral("usage"),
            QStringLiteral("unknown settings action “%1”. See 'mmdesk-cli settings --help'.").arg(action)));
        return;
    }
    if (positional.size() != wanted) {
        done(context.fail(ExitUsage, QStringLiteral("usage"),
                          QStringLiteral("settings %1 takes %2. See 'mmdesk-cli settings --help'.")
                              .arg(action,
                                   action == u"list"      ? QStringLiteral("nothing more")
                                       : action == u"set" ? QStringLiteral("a KEY and a VALUE")
                                                          : QStringLiteral("one KEY"))));
        return;
    }
    if (action == u"list") {
        done(list(context));
        return;
    }
    const Settings::Option *option = Settings::Options::find(positional.at(1));
    if (!option) {
        done(unknownKey(context, positional.at(1)));
        return;
    }
    if (action == u"get") {
        if (context.json())
            context.printJson(optionJson(*option, context.settings()));
        else
            context.printText(option->get(context.settings()));
        done(ExitOk);
        return;
    }
    done(change(context, *option, action == u"set" ? &positional.at(2) : nullptr));
}

} // namespace Cli
