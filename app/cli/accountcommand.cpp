#include "app/cli/accountcommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/conditionscommand.h"
#include "app/cli/exitcodes.h"
#include "app/cli/passwordprompt.h"
#include "core/auth/accountservice.h"
#include "core/auth/passwordpolicy.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace Cli {

namespace {

const char *const AccountHelp = R"(Usage: mmdesk-cli [global options] account <action> [options]

Actions:
  register --email E --name NAME [--organisation ORG] [--newsletter]
           [--language en|fr] [--password-stdin]
                      Create an account; the portal e-mails a 6-digit code.
  verify --email E [--code-stdin]
                      Confirm the code and sign in.
  resend --email E [--purpose register|reset]
                      Send a new code (at most one a minute).
  login --email E [--password-stdin]
                      Sign in. The session is kept in the system keychain.
  logout              Sign out here and at the portal.
  reset --email E     Send a password-reset code.
  reset --email E --confirm | --code-stdin [--password-stdin]
                      Confirm the code and choose a new password. Every other
                      session of the account is signed out.
  me [--name NAME] [--organisation ORG] [--newsletter on|off] [--language en|fr]
                      Show the signed-in account, or change it.
  conditions [--language en|fr]
                      Show the portal's conditions of use and their credit
                      line, and whether they were accepted here.
  accept-conditions [--language en|fr]
                      Show them and accept them: downloads need it, again
                      whenever the portal changes them.

Passwords and codes are read from a prompt without echo, or from standard
input: --code-stdin takes the first line as the code, --password-stdin the
next line (the first, without --code-stdin) as the password. Never from the
command line, where other users of the computer can read them. A password
needs at least 12 characters, no spaces, an upper-case letter, a lower-case
letter, a digit and a symbol.
)";

struct Action
{
    CliContext &context;
    // Shared: the actions' callbacks read options after runAccount returned.
    std::shared_ptr<QCommandLineParser> parser;
    QObject *owner;
    std::function<void(int)> done;
    Auth::AccountService &accounts;

    QString value(const char *name) const { return parser->value(QString::fromLatin1(name)); }
    bool isSet(const char *name) const { return parser->isSet(QString::fromLatin1(name)); }

    void finish(int code) const { done(code); }
    void usage(const QString &message) const
    {
        done(context.fail(ExitUsage, QStringLiteral("usage"), message));
    }
    bool require(const char *name) const
    {
        if (!value(name).isEmpty())
            return true;
        usage(QStringLiteral("--%1 is required here. See 'mmdesk-cli account --help'.")
                  .arg(QLatin1String(name)));
        return false;
    }
};

QJsonObject userJson(const Portal::User &user)
{
    return user.toJson();
}

void printUser(const CliContext &context, const Portal::User &user, const QString &headline)
{
    if (context.json()) {
        context.printJson(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("user"), userJson(user)}});
        return;
    }
    context.printText(QStringLiteral("%1\n  Name:         %2\n  E-mail:       %3\n  Organisation: %4\n"
                                     "  Newsletter:   %5\n  Language:     %6")
                          .arg(headline, user.displayName, user.email,
                               user.organisation.isEmpty() ? QStringLiteral("-") : user.organisation,
                               user.newsletter ? QStringLiteral("yes") : QStringLiteral("no"), user.locale));
}

void warnIfMemoryOnly(const Action &action)
{
    if (action.accounts.tokensPersistent())
        return;
    std::fprintf(stderr,
                 "mmdesk-cli: warning: %s\n"
                 "mmdesk-cli: the sign-in ends with this command; later commands will need it again.\n",
                 qUtf8Printable(action.accounts.keychainProblem()));
}

// A password from --password-stdin or the prompt; `confirm` asks twice.
std::optional<QString> readPassword(const Action &action, const QString &prompt, bool confirm)
{
    if (action.isSet("password-stdin")) {
        auto line = PasswordPrompt::readStdinLine();
        if (!line || line->isEmpty()) {
            action.usage(
                QStringLiteral("--password-stdin was given but standard input had no password line."));
            return std::nullopt;
        }
        return line;
    }
    if (!PasswordPrompt::stdinIsTerminal()) {
        action.usage(QStringLiteral(
            "no terminal to ask for the password: pass it on standard input with --password-stdin."));
        return std::nullopt;
    }
    auto first = PasswordPrompt::ask(prompt);
    if (!first) {
        action.usage(QStringLiteral("no password given."));
        return std::nullopt;
    }
    if (confirm) {
        const auto second = PasswordPrompt::ask(QStringLiteral("Repeat the password: "));
        if (!second || *second != *first) {
            action.usage(QStringLiteral("the two passwords differ; nothing was sent."));
            return std::nullopt;
        }
    }
    return first;
}

// The code of an e-mail, from --code-stdin or the prompt.
std::optional<QString> readCode(const Action &action)
{
    std::optional<QString> code;
    if (action.isSet("code-stdin")) {
        code = PasswordPrompt::readStdinLine();
        if (!code || code->trimmed().isEmpty()) {
            action.usage(QStringLiteral("--code-stdin was given but standard input had no code line."));
            return std::nullopt;
        }
    } else if (!PasswordPrompt::stdinIsTerminal()) {
        action.usage(QStringLiteral("no terminal to ask for the code: pass it on standard input with "
                                    "--code-stdin."));
        return std::nullopt;
    } else {
        code = PasswordPrompt::ask(QStringLiteral("Code from the e-mail: "));
        if (!code || code->trimmed().isEmpty()) {
            action.usage(QStringLiteral("no code given."));
            return std::nullopt;
        }
    }
    return code->trimmed();
}

// Refuses a weak password before anything is sent, naming each unmet rule.
bool passwordAcceptable(const Action &action, const QString &password)
{
    const auto weak = Auth::AccountService::checkPassword(password);
    if (!weak)
        return true;
    const QStringList rules = weak->fields.value(QStringLiteral("password"));
    if (action.context.json()) {
        action.context.printJson(QJsonObject {
            {QStringLiteral("error"),
             QJsonObject {{QStringLiteral("code"), weak->code},
                          {QStringLiteral("message"), weak->message},
                          {QStringLiteral("fields"),
                           QJsonObject {{QStringLiteral("password"), QJsonArray::fromStringList(rules)}}},
                          {QStringLiteral("exit_code"), ExitUsage}}}});
        action.finish(ExitUsage);
    } else {
        action.usage(weak->message + QStringLiteral(" Unmet: ") + rules.join(QStringLiteral(", ")) + u'.');
    }
    return false;
}

void reportCodeSent(const Action &action, const QString &email, const Portal::CodeSent &sent)
{
    if (action.context.json()) {
        action.context.printJson(
            QJsonObject {{QStringLiteral("status"), QStringLiteral("code_sent")},
                         {QStringLiteral("email"), email},
                         {QStringLiteral("code_expires_at"), sent.codeExpiresAt.toString(Qt::ISODate)}});
    } else {
        action.context.printText(
            QStringLiteral("A 6-digit code was sent to %1. It is valid until %2 (UTC).")
                .arg(email, sent.codeExpiresAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    action.finish(ExitOk);
}

void doRegister(const Action &a)
{
    if (!a.require("email") || !a.require("name"))
        return;
    const QString language = a.isSet("language") ? a.value("language") : QStringLiteral("en");
    if (language != u"en" && language != u"fr")
        return a.usage(QStringLiteral("--language takes en or fr."));
    const auto password = readPassword(a, QStringLiteral("Choose a password: "), true);
    if (!password || !passwordAcceptable(a, *password))
        return;
    Portal::Registration registration;
    registration.email = a.value("email");
    registration.password = *password;
    registration.displayName = a.value("name");
    registration.organisation = a.value("organisation");
    registration.newsletter = a.isSet("newsletter");
    registration.locale = language;
    a.accounts.registerAccount(registration, a.owner,
                               [a, email = registration.email](Portal::ApiResult<Portal::CodeSent> r) {
                                   if (!r.ok())
                                       return a.finish(a.context.fail(r.error()));
                                   reportCodeSent(a, email, r.value());
                               });
}

void doVerify(const Action &a)
{
    if (!a.require("email"))
        return;
    const auto code = readCode(a);
    if (!code)
        return;
    a.accounts.verifyRegistration(a.value("email"), *code, a.owner, [a](Portal::ApiResult<Portal::User> r) {
        if (!r.ok())
            return a.finish(a.context.fail(r.error()));
        printUser(a.context, r.value(), QStringLiteral("Account confirmed; signed in."));
        warnIfMemoryOnly(a);
        a.finish(ExitOk);
    });
}

void doResend(const Action &a)
{
    if (!a.require("email"))
        return;
    const QString purpose = a.isSet("purpose") ? a.value("purpose") : QStringLiteral("register");
    if (purpose != u"register" && purpose != u"reset")
        return a.usage(QStringLiteral("--purpose takes register or reset."));
    a.accounts.resendCode(a.value("email"),
                          purpose == u"reset" ? Portal::CodePurpose::Reset : Portal::CodePurpose::Register,
                          a.owner, [a](Portal::ApiResult<Portal::CodeSent> r) {
                              if (!r.ok())
                                  return a.finish(a.context.fail(r.error()));
                              reportCodeSent(a, a.value("email"), r.value());
                          });
}

void doLogin(const Action &a)
{
    if (!a.require("email"))
        return;
    const auto password = readPassword(a, QStringLiteral("Password: "), false);
    if (!password)
        return;
    a.accounts.signIn(a.value("email"), *password, a.owner, [a](Portal::ApiResult<Portal::User> r) {
        if (!r.ok())
            return a.finish(a.context.fail(r.error()));
        printUser(a.context, r.value(), QStringLiteral("Signed in."));
        warnIfMemoryOnly(a);
        a.finish(ExitOk);
    });
}

// Runs `then` with a restored session, or fails with exit code 3.
void withSession(const Action &a, std::function<void()> then)
{
    a.accounts.restore(a.owner, [a, then = std::move(then)](Portal::ApiResult<bool> restored) {
        if (!restored.ok())
            return a.finish(a.context.fail(restored.error()));
        if (!restored.value())
            return a.finish(a.context.fail(
                ExitAuthentication, QStringLiteral("not_signed_in"),
                QStringLiteral("Not signed in to %1. Run 'mmdesk-cli account login --email ADDRESS'.")
                    .arg(a.context.portal().toDisplayString())));
        then();
    });
}

void doLogout(const Action &a)
{
    a.accounts.restore(a.owner, [a](Portal::ApiResult<bool>) {
        a.accounts.signOut(a.owner, [a](Portal::ApiResult<bool>) {
            if (a.context.json())
                a.context.printJson(QJsonObject {{QStringLiteral("status"), QStringLiteral("signed_out")}});
            else
                a.context.printText(QStringLiteral("Signed out."));
            a.finish(ExitOk);
        });
    });
}

void doReset(const Action &a)
{
    if (!a.require("email"))
        return;
    const QString email = a.value("email");
    if (!a.isSet("confirm") && !a.isSet("code-stdin")) {
        a.accounts.requestPasswordReset(email, a.owner, [a, email](Portal::ApiResult<bool> r) {
            if (!r.ok())
                return a.finish(a.context.fail(r.error()));
            if (a.context.json())
                a.context.printJson(
                    QJsonObject {{QStringLiteral("status"), QStringLiteral("reset_requested")},
                                 {QStringLiteral("email"), email}});
            else
                a.context.printText(
                    QStringLiteral("If %1 has an account, a reset code is on its way. Then run:\n"
                                   "  mmdesk-cli account reset --email %1 --confirm")
                        .arg(email));
            a.finish(ExitOk);
        });
        return;
    }
    const auto code = readCode(a);
    if (!code)
        return;
    const auto password = readPassword(a, QStringLiteral("New password: "), true);
    if (!password || !passwordAcceptable(a, *password))
        return;
    a.accounts.verifyResetCode(
        email, *code, a.owner, [a, newPassword = *password](Portal::ApiResult<Portal::ResetToken> token) {
            if (!token.ok())
                return a.finish(a.context.fail(token.error()));
            a.accounts.completePasswordReset(
                token.value().token, newPassword, a.owner, [a](Portal::ApiResult<bool> r) {
                    if (!r.ok())
                        return a.finish(a.context.fail(r.error()));
                    if (a.context.json())
                        a.context.printJson(
                            QJsonObject {{QStringLiteral("status"), QStringLiteral("password_changed")}});
                    else
                        a.context.printText(
                            QStringLiteral("Password changed. Every session of the account was signed "
                                           "out; sign in with the new password."));
                    a.finish(ExitOk);
                });
        });
}

void doMe(const Action &a)
{
    Portal::ProfileChanges changes;
    if (a.isSet("name"))
        changes.displayName = a.value("name");
    if (a.isSet("organisation"))
        changes.organisation = a.value("organisation");
    if (a.isSet("newsletter")) {
        const QString value = a.value("newsletter");
        if (value != u"on" && value != u"off")
            return a.usage(QStringLiteral("--newsletter takes on or off."));
        changes.newsletter = value == u"on";
    }
    if (a.isSet("language")) {
        if (a.value("language") != u"en" && a.value("language") != u"fr")
            return a.usage(QStringLiteral("--language takes en or fr."));
        changes.locale = a.value("language");
    }
    withSession(a, [a, changes] {
        const auto show = [a](Portal::ApiResult<Portal::User> r) {
            if (!r.ok())
                return a.finish(a.context.fail(r.error()));
            printUser(a.context, r.value(),
                      QStringLiteral("Signed in to %1 as:").arg(a.context.portal().toDisplayString()));
            a.finish(ExitOk);
        };
        if (changes.toJson().isEmpty())
            a.accounts.refreshProfile(a.owner, show);
        else
            a.accounts.updateProfile(changes, a.owner, show);
    });
}

} // namespace

void runAccount(CliContext &context, const QStringList &arguments, QObject *owner,
                const std::function<void(int)> &done)
{
    auto parserPtr = std::make_shared<QCommandLineParser>();
    QCommandLineParser &parser = *parserPtr;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const auto option = [](const char *name, const char *valueName = nullptr) {
        QCommandLineOption result(QString::fromLatin1(name), QString());
        if (valueName)
            result.setValueName(QString::fromLatin1(valueName));
        return result;
    };
    parser.addOptions({option("email", "E"), option("name", "NAME"), option("organisation", "ORG"),
                       option("language", "LANG"), option("code", "CODE"), option("purpose", "PURPOSE"),
                       option("password-stdin"), option("code-stdin"), option("confirm")});
    parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QString()));
    // --newsletter is a switch for register and takes on|off for me.
    const bool meAction = arguments.size() > 1 && arguments.at(1) == u"me";
    parser.addOption(meAction ? option("newsletter", "on|off") : option("newsletter"));

    if (!parser.parse(arguments)) {
        done(context.fail(ExitUsage, QStringLiteral("usage"),
                          parser.errorText() + QStringLiteral(". See 'mmdesk-cli account --help'.")));
        return;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        std::fputs(AccountHelp,
                   positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? stderr : stdout);
        done(parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage);
        return;
    }
    if (positional.size() > 1) {
        done(context.fail(
            ExitUsage, QStringLiteral("usage"),
            QStringLiteral("unexpected “%1”. See 'mmdesk-cli account --help'.").arg(positional.at(1))));
        return;
    }
    if (parser.isSet(QStringLiteral("code"))) {
        done(context.fail(
            ExitUsage, QStringLiteral("usage"),
            QStringLiteral("a code is not taken from the command line, where other users of this "
                           "computer can read it: leave out --code and type it at the prompt, or "
                           "pass it on standard input with --code-stdin.")));
        return;
    }
    if (positional.first() == u"conditions" || positional.first() == u"accept-conditions") {
        const QString language = parser.value(QStringLiteral("language"));
        if (!language.isEmpty() && language != u"en" && language != u"fr") {
            done(context.fail(ExitUsage, QStringLiteral("usage"),
                              QStringLiteral("--language takes en or fr.")));
            return;
        }
        runConditions(context, positional.first() == u"accept-conditions", language, owner, done);
        return;
    }
    Auth::AccountService *accounts = context.accounts();
    if (!accounts) {
        done(context.fail(ExitUsage, QStringLiteral("no_portal"),
                          QStringLiteral("No portal is set. Give --portal URL or set MMDESK_PORTAL.")));
        return;
    }

    const Action action {context, parserPtr, owner, done, *accounts};
    const QString name = positional.first();
    if (name == u"register")
        doRegister(action);
    else if (name == u"verify")
        doVerify(action);
    else if (name == u"resend")
        doResend(action);
    else if (name == u"login")
        doLogin(action);
    else if (name == u"logout")
        doLogout(action);
    else if (name == u"reset")
        doReset(action);
    else if (name == u"me")
        doMe(action);
    else
        action.usage(
            QStringLiteral("unknown account action “%1”. See 'mmdesk-cli account --help'.").arg(name));
}

} // namespace Cli
