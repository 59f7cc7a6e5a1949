#pragma once

namespace Cli::LibraryCli {

struct Session;

// `library export --csv | --json | --ebucore | --mhl FOLDER`.
void doExport(const Session &s);
// `library check-mhl FOLDER`: the hash history checked, nothing written.
void doCheckMhl(const Session &s);

} // namespace Cli::LibraryCli
