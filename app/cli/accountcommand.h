#pragma once

#include <QStringList>

#include <functional>

class QObject;

namespace Cli {

class CliContext;

// `mmdesk-cli account register | verify | resend | login | logout | reset | me |
// conditions | accept-conditions`.
// Finishes by calling done(exitCode) from the event loop.
void runAccount(CliContext &context, const QStringList &arguments, QObject *owner,
                const std::function<void(int)> &done);

} // namespace Cli
