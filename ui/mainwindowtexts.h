#pragma once

#include "ui/section.h"

#include <QString>

namespace Ui {

// A section's title (in the language of the moment) and icon name, as the
// navigation, the Go menu and the shortcuts list name it.
struct SectionText
{
    QString title;
    QString icon;
};
SectionText sectionText(Section section);

} // namespace Ui
