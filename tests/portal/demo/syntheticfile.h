#pragma once

#include "tests/portal/demo/sha256.h"

#include <QString>

#include <optional>

namespace Demo {

// Writes `size` bytes of deterministic pseudo-random data (the same bytes for the same size on
// every run) in large blocks, hashing them on the way: a big download for benchmarks with no
// encoding cost.
std::optional<FileDigest> writeSyntheticFile(const QString &path, qint64 size, QString *error);

// "2G", "512M", "64K" (binary multiples) or a plain byte count; -1 when invalid.
qint64 parseSize(const QString &text);

// "2 GiB", "512 MiB", ...
QString formatSize(qint64 size);

} // namespace Demo
