#pragma once

#include <QStringList>

#include <functional>

class QObject;

namespace Cli {

class CliContext;

// `mmdesk-cli download add | run | list | pause | resume | cancel | retry`.
// Finishes by calling done(exitCode) from the event loop.
void runDownload(CliContext &context, const QStringList &arguments, QObject *owner,
                 const std::function<void(int)> &done);

} // namespace Cli
