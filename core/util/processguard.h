#pragma once

namespace Util {

// Keeps secrets out of core dumps and away from other processes of the same
// user: the process is made non-dumpable (no core file, no ptrace attach
// without privilege, /proc/<pid>/mem closed to them). Called first thing in
// main() by both programs, before a password or a token is in memory.
// Returns whether it took effect.
bool forbidCoreDumps();

// Whether this process may dump core (what forbidCoreDumps() turned off).
bool coreDumpsAllowed();

} // namespace Util
