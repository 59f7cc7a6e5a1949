#pragma once

#include <QStringList>

#include <functional>

class QObject;

namespace Cli {

class CliContext;

// `mmdesk-cli info`: version, portal, folders and whether the keychain
// answers. Finishes by calling done(exitCode) from the event loop.
void runInfo(CliContext &context, const QStringList &arguments, QObject *owner,
             const std::function<void(int)> &done);

} // namespace Cli
