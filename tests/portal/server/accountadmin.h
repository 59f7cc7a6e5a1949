#pragma once

#include <QStringList>

namespace RefPortal {

// `mmdesk-portal add-account --state DIR --email E --name NAME
// [--organisation ORG] [--locale en|fr]`: a verified account made directly in
// the state folder, with the password read from standard input (first line),
// so that a demo can hand a newcomer an account to sign in with. The password
// must follow the portal's policy. An address that has an account already
// gets this password and is marked verified. Returns the exit code.
int addAccount(const QStringList &arguments);

} // namespace RefPortal
