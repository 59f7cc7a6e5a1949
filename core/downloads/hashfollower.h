#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace Downloads {

// The SHA-256 of a file computed on a thread of its own while the file is
// still being written. Writers report how far the file is complete from
// byte 0 (advance()); the follower reads that prefix back, from the page
// cache as a rule, and hashes it. Hashing thus overlaps the transfer, on
// another core, for one stream as for segments, for a fresh download as for
// one resumed after a restart; when the last byte is written only the tail
// is left to hash.
class HashFollower final
{
public:
    // Called on the follower's thread, once per finish(), with the lowercase
    // hex digest or the reason there is none.
    using Done = std::function<void(const Util::Result<QByteArray> &)>;

    HashFollower(QString path, Done done);
    ~HashFollower();
    HashFollower(const HashFollower &) = delete;
    HashFollower &operator=(const HashFollower &) = delete;

    // Bytes [0, available) of the file are written and will not change.
    void advance(qint64 available);
    // The file starts over (or was replaced): what was hashed is void.
    void restart();
    // The file is complete at `size` bytes: deliver its hash once hashed.
    void finish(qint64 size);
    // Bytes hashed so far (of the current file).
    qint64 hashed() const { return m_hashed.load(); }

private:
    void run();

    const QString m_path;
    const Done m_done;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    qint64 m_available = 0;
    qint64 m_finalSize = -1; // >= 0 once finish() was called
    quint64 m_generation = 0;
    bool m_stop = false;
    std::atomic<qint64> m_hashed {0};
    std::thread m_thread;
};

} // namespace Downloads
