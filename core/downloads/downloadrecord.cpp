#include "core/downloads/downloadrecord.h"

#include <array>
#include <utility>

namespace Downloads {

namespace {
constexpr std::array<std::pair<State, const char *>, 6> StateKeys {{
    {State::Queued, "queued"},
    {State::Active, "active"},
    {State::Paused, "paused"},
    {State::Failed, "failed"},
    {State::Corrupt, "corrupt"},
    {State::Completed, "completed"},
}};
} // namespace

QString stateKey(State state)
{
    for (const auto &[value, key] : StateKeys) {
        if (value == state)
            return QString::fromLatin1(key);
    }
    return {};
}

bool stateFromKey(const QString &key, State *state)
{
    for (const auto &[value, name] : StateKeys) {
        if (key == QLatin1String(name)) {
            *state = value;
            return true;
        }
    }
    return false;
}

} // namespace Downloads
