#pragma once

#include "core/util/result.h"

#include <QString>

namespace RefPortal::PrivateFiles {

// The state folder holds secrets (server key, password hashes, mailed codes):
// folders are 0700 and files 0600 whatever the process umask, including ones
// left with looser modes by an older version.

// Creates the folder (and missing parents) and sets it to 0700.
Util::Result<void> ensureDir(const QString &path);
// Creates the file empty with mode 0600 if missing, and sets it to 0600.
Util::Result<void> ensureFile(const QString &path);
// Sets an existing file to 0600; a missing one is fine.
Util::Result<void> restrictIfExists(const QString &path);

} // namespace RefPortal::PrivateFiles
