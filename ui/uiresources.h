#pragma once

#include <QIcon>
#include <QString>

namespace Ui {

// Registers the icons compiled into the static ui library; the linker would
// otherwise drop them. Safe to call more than once.
void initResources();

// The icon named by a base name of resources/icons, e.g. icon("news"): the
// icon theme's own for it when the theme has one, else the bundled SVG.
QIcon icon(const QString &name);

} // namespace Ui
