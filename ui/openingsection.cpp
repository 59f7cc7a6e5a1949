#include "ui/openingsection.h"

namespace Ui {

void OpeningSection::watch(Section section, std::function<bool()> holdsSomething)
{
    m_holds[section] = std::move(holdsSomething);
}

std::optional<Section> OpeningSection::answered(Section section)
{
    m_answered.insert(section);
    if (!m_open)
        return std::nullopt;
    for (Section candidate : AllSections) {
        if (candidate == Section::Account)
            break;
        const auto holds = m_holds.find(candidate);
        if (holds == m_holds.end())
            continue;
        if (!m_answered.contains(candidate))
            return std::nullopt;
        if (holds->second()) {
            m_open = false;
            return candidate;
        }
    }
    // Nothing anywhere: the window stays on the first section.
    m_open = false;
    return std::nullopt;
}

} // namespace Ui
