#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace TestSupport {

// One run of mmdesk-cli: its exit code (-1 when it crashed or hung), output
// and error output.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun runCli(const QStringList &arguments, const QByteArray &input = {},
              const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
              int timeoutMs = 120000);

} // namespace TestSupport
