#pragma once

#include "tests/portal/server/passwordhasher.h"

#include <condition_variable>
#include <functional>
#include <mutex>

namespace RefPortal {

class FaultInjector;

// Bounds the CPU that password hashing may take. At most `concurrency`
// hashes run at once (HTTP worker threads: 64); up to `queue` more requests
// wait at most `maxWaitMs` for a slot; anything beyond is refused at once, and
// the caller answers 503 server_busy with Retry-After. Safe from any thread.
class PasswordHashing final
{
public:
    struct Options
    {
        int iterations = PasswordHasher::DefaultIterations;
        int concurrency = 2;
        int queue = 32;
        int maxWaitMs = 5000;
    };

    // faults: development mode's /dev/faults (hashing_busy), or null.
    PasswordHashing(const Options &options, FaultInjector *faults);

    const PasswordHasher &hasher() const { return m_hasher; }
    // Runs work in a hashing slot; false (work not run) when none came free.
    bool run(const std::function<void()> &work);

    // Retry-After of the 503 when run() refused.
    static constexpr int RetryAfterSecs = 1;

private:
    bool acquire();
    void release();

    const PasswordHasher m_hasher;
    const Options m_options;
    FaultInjector *m_faults;
    std::mutex m_mutex;
    std::condition_variable m_freed;
    int m_running = 0;
    int m_waiting = 0;
};

} // namespace RefPortal
