#pragma once

#include <QString>

namespace Ui {

// Text a portal, a feed or a file wrote, as a tooltip. Qt reads a tooltip
// that looks like markup as rich text, and would draw the pictures it names
// (a local file included); this one is always shown as written.
QString plainToolTip(const QString &text);

} // namespace Ui
