#pragma once

#include <QObject>

#include <atomic>

namespace Network {

// Whether the whole program works offline, as a person chose (Settings:
// network.offline; File → Work Offline): nothing is asked of the portal, the
// feeds or the media hosts; what is kept on this computer is shown; the
// download queue waits, its partial files kept, and goes on once this is
// turned off. Not a guess about the network: the portal's own reachability
// is PortalClient::reachable().
//
// One switch for the process. isOn() may be read from any thread; changed()
// is emitted on the thread that calls setOn() and reaches other threads
// queued.
class OfflineMode final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfflineMode)

public:
    static OfflineMode &instance();
    static bool isOn() { return instance().m_on.load(std::memory_order_acquire); }
    static void setOn(bool on) { instance().set(on); }

signals:
    void changed(bool on);

private:
    OfflineMode() = default;
    void set(bool on);

    std::atomic<bool> m_on {false};
};

} // namespace Network
