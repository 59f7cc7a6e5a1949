#include "tests/portal/server/passwordhashing.h"

#include "tests/portal/server/faultinjector.h"

#include <chrono>

namespace RefPortal {

PasswordHashing::PasswordHashing(const Options &options, FaultInjector *faults)
    : m_hasher(options.iterations), m_options(options), m_faults(faults)
{ }

bool PasswordHashing::acquire()
{
    if (m_faults && m_faults->hashingBusy())
        return false;
    std::unique_lock lock(m_mutex);
    if (m_running < m_options.concurrency) {
        ++m_running;
        return true;
    }
    if (m_waiting >= m_options.queue)
        return false;
    ++m_waiting;
    const bool freed = m_freed.wait_for(lock, std::chrono::milliseconds(m_options.maxWaitMs),
                                        [this] { return m_running < m_options.concurrency; });
    --m_waiting;
    if (!freed)
        return false;
    ++m_running;
    return true;
}

void PasswordHashing::release()
{
    {
        std::lock_guard lock(m_mutex);
        --m_running;
    }
    m_freed.notify_one();
}

bool PasswordHashing::run(const std::function<void()> &work)
{
    if (!acquire())
        return false;
    struct Release
    {
        PasswordHashing *self;
        ~Release() { self->release(); }
    } release {this};
    work();
    return true;
}

} // namespace RefPortal
