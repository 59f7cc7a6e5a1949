#include "core/network/offlinemode.h"

#include "core/util/logging.h"

namespace Network {

OfflineMode &OfflineMode::instance()
{
    // Never destroyed: threads that outlive main() may still ask.
    static OfflineMode *const mode = new OfflineMode;
    return *mode;
}

void OfflineMode::set(bool on)
{
    if (m_on.exchange(on, std::memory_order_acq_rel) == on)
        return;
    qCInfo(lcApp) << (on ? "working offline" : "working online");
    emit changed(on);
}

} // namespace Network
