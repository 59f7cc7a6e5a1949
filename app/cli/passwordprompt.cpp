#include "app/cli/passwordprompt.h"

#include <cstdio>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace Cli {

namespace {

std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(static_cast<char>(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

bool PasswordPrompt::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

std::optional<QString> PasswordPrompt::readStdinLine()
{
    return readLine();
}

std::optional<QString> PasswordPrompt::ask(const QString &prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    std::fputs(qUtf8Printable(prompt), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool haveTerminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (haveTerminal) {
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const auto line = readLine();
    if (haveTerminal)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputc('\n', stderr);
    return line;
}

} // namespace Cli
