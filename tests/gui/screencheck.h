#pragma once

#include <QString>

class QWidget;

// What the GUI tests check of every screen they show, and the pictures of
// it in docs/screenshots.
namespace ScreenCheck {

// Fails the running test when a visible control is cut off (smaller than
// its minimum size hint) or reaches outside `window`. Left alone: what a
// scroll area holds (it scrolls), and the parts a spin box, combo box or
// line edit lays out itself (a line edit animates its clear button).
void nothingClipped(QWidget *window, const QString &screen);

// Fails the running test when a column title of a visible table or list is
// cut off (its section narrower than the title needs).
void titlesWhole(QWidget *window, const QString &screen);

// nothingClipped() and titlesWhole(), then, with MMDESK_SCREENSHOT_DIR set, `window` saved
// there as `fileName` (e.g. "videos-grid.png").
void capture(QWidget *window, const QString &screen, const QString &fileName);

} // namespace ScreenCheck
