#pragma once

#include <QString>

namespace TestSupport {

// The build tree's bin/ folder, where every executable of the project lands.
QString binaryDir();

// Absolute path of a program built by the project, e.g. program("mmdesk-cli").
QString program(const QString &name);

// Absolute path below the source tree.
QString sourcePath(const QString &relative);

} // namespace TestSupport
