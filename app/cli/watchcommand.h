#pragma once

#include <QStringList>

#include <functional>

class QObject;

namespace Cli {

class CliContext;

// `mmdesk-cli watch list | add | remove | run`: saved searches of the news
// and the videos, and one pass for cron: sync, match, queue the
// auto-downloads, report what is new. Finishes with done(exitCode).
void runWatch(CliContext &context, const QStringList &arguments, QObject *owner,
              const std::function<void(int)> &done);

} // namespace Cli
