#pragma once

// What every fuzz target shares: the bytes libFuzzer hands over, taken apart
// into the pieces a target needs (a selector, a string, the rest).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Fuzz {

class Input
{
public:
    Input(const uint8_t *data, size_t size)
        : m_bytes(QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size)))
    { }

    bool atEnd() const { return m_at >= m_bytes.size(); }
    // One byte, 0 when none is left.
    quint8 byte() { return atEnd() ? 0 : static_cast<quint8>(m_bytes.at(m_at++)); }
    // Up to the next newline (not included), or the rest.
    QByteArray line()
    {
        const qsizetype end = m_bytes.indexOf('\n', m_at);
        const qsizetype stop = end < 0 ? m_bytes.size() : end;
        QByteArray result = m_bytes.mid(m_at, stop - m_at);
        m_at = end < 0 ? m_bytes.size() : end + 1;
        return result;
    }
    QByteArray rest()
    {
        QByteArray result = m_bytes.mid(m_at);
        m_at = m_bytes.size();
        return result;
    }

private:
    QByteArray m_bytes;
    qsizetype m_at = 0;
};

} // namespace Fuzz
