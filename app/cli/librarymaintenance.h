#pragma once

namespace Cli::LibraryCli {

struct Session;

// `library verify [ID...]`: every file read again and checked.
void doVerify(const Session &s);
// `library relink FOLDER [ID...]`: moved files found again.
void doRelink(const Session &s);
// `library import FOLDER`: files from the portal, known by their SHA-256.
void doImport(const Session &s);

} // namespace Cli::LibraryCli
