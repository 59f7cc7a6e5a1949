#pragma once

#include <QString>

#include <optional>

namespace Cli {

// Passwords never come from the command line, where other users can read
// them in the process list: either one line of standard input
// (--password-stdin) or a prompt on the terminal with echo turned off.
class PasswordPrompt final
{
public:
    // The first line of standard input, without its line ending.
    static std::optional<QString> readStdinLine();
    // Asks on the terminal (prompt on stderr), echo off. nullopt when
    // standard input is not a terminal.
    static std::optional<QString> ask(const QString &prompt);
    static bool stdinIsTerminal();
};

} // namespace Cli
