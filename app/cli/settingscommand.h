#pragma once

#include <QStringList>

#include <functional>

class QObject;

namespace Cli {

class CliContext;

// `mmdesk-cli settings list | get KEY | set KEY VALUE | reset KEY`: the
// settings the desktop application uses, in the same file, each checked the
// same way. Finishes by calling done(exitCode) from the event loop.
void runSettings(CliContext &context, const QStringList &arguments, QObject *owner,
                 const std::function<void(int)> &done);

} // namespace Cli
