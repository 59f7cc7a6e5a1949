#pragma once

#include <QStringList>

#include <functional>

class QObject;

namespace Cli {

class CliContext;

// `mmdesk-cli library list | search | show | verify | relink | import |
// export | check-mhl`, on the library file the desktop application uses.
// Finishes by calling done(exitCode) from the event loop.
void runLibrary(CliContext &context, const QStringList &arguments, QObject *owner,
                const std::function<void(int)> &done);

} // namespace Cli
