#include "tests/portal/server/accountadmin.h"

#include "core/auth/passwordpolicy.h"
#include "tests/portal/server/accountstore.h"
#include "tests/portal/server/passwordhasher.h"
#include "tests/portal/server/portaldatabase.h"
#include "tests/portal/server/privatefiles.h"

#include <QCommandLineParser>

#include <cstdio>
#include <iostream>
#include <string>

namespace RefPortal {

namespace {

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "mmdesk-portal add-account: %s\n", qUtf8Printable(message));
    return code;
}

} // namespace

int addAccount(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("state"), QString(), QStringLiteral("DIR")},
                       {QStringLiteral("email"), QString(), QStringLiteral("E")},
                       {QStringLiteral("name"), QString(), QStringLiteral("NAME")},
                       {QStringLiteral("organisation"), QString(), QStringLiteral("ORG")},
                       {QStringLiteral("locale"), QString(), QStringLiteral("LANG")}});
    if (!parser.parse(QStringList {QStringLiteral("add-account")} + arguments))
        return fail(parser.errorText(), 2);
    const QString state = parser.value(QStringLiteral("state"));
    const QString email = AccountStore::normaliseEmail(parser.value(QStringLiteral("email")));
    const QString name = parser.value(QStringLiteral("name")).trimmed();
    const QString locale = parser.value(QStringLiteral("locale")).isEmpty()
        ? QStringLiteral("en")
        : parser.value(QStringLiteral("locale"));
    if (state.isEmpty() || email.isEmpty() || name.isEmpty())
        return fail(QStringLiteral("--state, --email and --name are required; the password is read from "
                                   "standard input"),
                    2);
    if (!AccountStore::isValidEmail(email))
        return fail(QStringLiteral("“%1” is not an e-mail address").arg(email), 2);
    if (locale != u"en" && locale != u"fr")
        return fail(QStringLiteral("--locale takes en or fr"), 2);

    std::string line;
    std::getline(std::cin, line);
    const QString password = QString::fromStdString(line).remove(u'\r');
    if (const QStringList weak = Auth::PasswordPolicy::violations(password); !weak.isEmpty())
        return fail(QStringLiteral("the password on standard input does not follow the portal's policy (%1)")
                        .arg(weak.join(QStringLiteral(", "))),
                    2);

    // The folder as the server makes it: owner-only, whatever the umask.
    if (auto created = PrivateFiles::ensureDir(state); !created)
        return fail(created.error().message);
    auto database = PortalDatabase::open(state);
    if (!database)
        return fail(database.error().message);
    AccountStore accounts(*database.value());
    const QString hash = PasswordHasher().hash(password);
    auto existing = accounts.findByEmail(email);
    if (!existing)
        return fail(existing.error().message);
    if (existing.value()) {
        if (auto changed = accounts.setPasswordHash(existing.value()->id, hash); !changed)
            return fail(changed.error().message);
        if (auto verified = accounts.markVerified(existing.value()->id); !verified)
            return fail(verified.error().message);
        std::printf("%s: password set, account verified\n", qUtf8Printable(email));
        return 0;
    }
    User user;
    user.email = email;
    user.passwordHash = hash;
    user.displayName = name;
    const QString organisation = parser.value(QStringLiteral("organisation")).trimmed();
    user.organisation = organisation.isEmpty() ? QString() : organisation;
    user.locale = locale;
    user.verified = true;
    auto created = accounts.create(user);
    if (!created)
        return fail(created.error().message);
    // create() may ignore `verified`: say so in the database whatever it did.
    if (auto verified = accounts.markVerified(created.value().id); !verified)
        return fail(verified.error().message);
    std::printf("%s: account created and verified\n", qUtf8Printable(email));
    return 0;
}

} // namespace RefPortal
