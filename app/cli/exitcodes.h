#pragma once

// Exit codes of mmdesk-cli, the same for every command (listed in --help).
namespace Cli {

enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitAuthentication = 3,
    ExitNetwork = 4,
    ExitIntegrity = 5,
    ExitDisk = 6,
};

} // namespace Cli
