#pragma once

// A stand-in for a desktop's notification daemon: the freedesktop
// Notifications interface on a session bus connection of its own, so that
// the application's calls cross the real bus, recording every Notify call.

#include <QDBusConnection>
#include <QList>
#include <QObject>
#include <QVariantMap>

#include <memory>

namespace TestSupport {

class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown
    {
        QString appName;
        QString summary;
        QString body;
        QVariantMap hints;
    };

    ~NotificationServer() override
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("notification-daemon"));
    }

    // Takes the service name on the session bus; false when it cannot.
    bool registerOnBus()
    {
        m_bus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(
            QDBusConnection::SessionBus, QStringLiteral("notification-daemon")));
        return m_bus->isConnected()
            && m_bus->registerObject(QStringLiteral("/org/freedesktop/Notifications"), this,
                                     QDBusConnection::ExportAllSlots)
            && m_bus->registerService(QStringLiteral("org.freedesktop.Notifications"));
    }

    int count(const QString &summary) const
    {
        int n = 0;
        for (const Shown &s : shown)
            n += s.summary == summary ? 1 : 0;
        return n;
    }

    const Shown *last(const QString &summary) const
    {
        for (qsizetype i = shown.size() - 1; i >= 0; --i) {
            if (shown.at(i).summary == summary)
                return &shown.at(i);
        }
        return nullptr;
    }

    QList<Shown> shown;

public slots:
    uint Notify(const QString &appName, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        shown.append(Shown {appName, summary, body, hints});
        return uint(shown.size());
    }

private:
    std::unique_ptr<QDBusConnection> m_bus;
};

} // namespace TestSupport
