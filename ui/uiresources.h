#pragma once

#include <QIcon>
#include <QString>

namespace Ui {

// Registers the icons compiled into the static ui library; the linker would
// otherwise drop them. Safe to call more than once.
void initResources();

// An icon from resources/icons by base name, e.g. icon("news").
QIcon icon(const QString &name);

} // namespace Ui
