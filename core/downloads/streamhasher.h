#pragma once

#include <QByteArray>

#include <memory>

namespace Downloads {

// SHA-256 of a file computed while it is written, as long as the bytes come
// in order from byte 0 (one stream, not resumed from a position it has not
// seen). Then the check at the end needs no second pass over gigabytes;
// otherwise isComplete() says so and the file is hashed from disk.
class StreamHasher final
{
public:
    StreamHasher();
    ~StreamHasher();
    StreamHasher(const StreamHasher &) = delete;
    StreamHasher &operator=(const StreamHasher &) = delete;

    // Bytes written at `offset`. Bytes that do not continue the hashed
    // prefix break the chain (until reset()).
    void feed(qint64 offset, const char *data, qint64 length);
    // The file starts over from byte 0.
    void reset();

    qint64 hashedBytes() const { return m_broken ? -1 : m_hashed; }
    // Whether exactly [0, size) went through, in order.
    bool isComplete(qint64 size) const { return !m_broken && m_hashed == size; }
    // Lowercase hex; only meaningful when isComplete().
    QByteArray result();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
    qint64 m_hashed = 0;
    bool m_broken = false;
};

} // namespace Downloads
