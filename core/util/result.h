#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Util {

// A recoverable failure: a stable code to branch on and a message for people.
struct Error
{
    QString code;
    QString message;
};

// Either a value or an error: Util::Error unless a module needs more detail,
// as the portal client does. std::expected is not available in g++ 12's C++20
// mode; this covers what the project needs of it.
template<class T, class E = Error>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(E error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const E &error() const { return std::get<E>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, E> m_state;
};

template<class E>
class [[nodiscard]] Result<void, E>
{
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

inline Error makeError(QString code, QString message)
{
    return Error {std::move(code), std::move(message)};
}

} // namespace Util
