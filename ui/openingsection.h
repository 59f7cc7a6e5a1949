#pragma once

#include "ui/section.h"

#include <functional>
#include <map>
#include <optional>
#include <set>

namespace Ui {

// Which section a window never opened before starts on: the first, in the
// navigation's order, that holds something. Each section is watched with a
// question ("do you hold anything?") and says when it can answer; a section
// still to answer holds the choice back, one never watched (no page of its
// own) holds nothing. Choosing a section by any other way ends the choice.
class OpeningSection final
{
public:
    // Whether the window may still choose (no section was saved).
    void setOpen(bool open) { m_open = open; }
    bool isOpen() const { return m_open; }

    void watch(Section section, std::function<bool()> holdsSomething);
    // `section` can answer now. Returns the section to open once the choice
    // is made with this answer (and closes it); nullopt otherwise.
    std::optional<Section> answered(Section section);

private:
    std::map<Section, std::function<bool()>> m_holds;
    std::set<Section> m_answered;
    bool m_open = false;
};

} // namespace Ui
