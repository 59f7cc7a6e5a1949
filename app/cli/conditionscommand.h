#pragma once

#include <QString>

#include <functional>

class QObject;

namespace Cli {

class CliContext;

// `mmdesk-cli account conditions` prints the portal's conditions of use and
// whether they were accepted here; `account accept-conditions` prints them and
// records their acceptance, which `download add` needs.
// language: "en" or "fr", or empty for the context's language.
void runConditions(CliContext &context, bool accept, const QString &language, QObject *owner,
                   const std::function<void(int)> &done);

// Runs `then` when downloads may go ahead: the portal has no conditions, or
// this version was accepted. Otherwise finishes with done(exit code) and a
// message that says how to accept them.
void requireAcceptedConditions(CliContext &context, QObject *owner, const std::function<void(int)> &done,
                               std::function<void()> then);

} // namespace Cli
