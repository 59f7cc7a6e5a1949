#pragma once

#include <QStringList>

#include <functional>

class QObject;

namespace Cli {

class CliContext;

// `mmdesk-cli news sync | list | search | show | read | unread | star | unstar`.
// Finishes by calling done(exitCode) from the event loop.
void runNews(CliContext &context, const QStringList &arguments, QObject *owner,
             const std::function<void(int)> &done);

} // namespace Cli
