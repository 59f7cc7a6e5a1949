#pragma once

#include <QString>

#include <array>

namespace Ui {

// The main window's areas, in the order of the navigation list.
enum class Section { News, Videos, Downloads, Library, Account };

inline constexpr std::array AllSections {Section::News, Section::Videos, Section::Downloads, Section::Library,
                                         Section::Account};

// Stable names for settings and the command line ("news", "videos", ...).
inline QString sectionKey(Section section)
{
    switch (section) {
    case Section::News:
        return QStringLiteral("news");
    case Section::Videos:
        return QStringLiteral("videos");
    case Section::Downloads:
        return QStringLiteral("downloads");
    case Section::Library:
        return QStringLiteral("library");
    case Section::Account:
        return QStringLiteral("account");
    }
    return {};
}

} // namespace Ui
