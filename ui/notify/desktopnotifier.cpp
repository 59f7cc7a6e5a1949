#include "ui/notify/desktopnotifier.h"

#include "core/util/logging.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QVariantMap>

namespace Ui {

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) { }

void DesktopNotifier::notify(const QString &summary, const QString &body, Urgency urgency,
                             const QString &category)
{
    emit notified(summary, body);
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        if (!m_warned)
            qCInfo(lcApp) << "no session bus: desktop notifications are not shown";
        m_warned = true;
        return;
    }
    const QString service = QStringLiteral("org.freedesktop.Notifications");
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/Notifications"), service, QStringLiteral("Notify"));
    const QVariantMap hints {{QStringLiteral("urgency"), QVariant::fromValue(uchar(urgency))},
                             {QStringLiteral("category"), category},
                             {QStringLiteral("desktop-entry"), QStringLiteral("org.mmdesk.MultimediaDesk")}};
    // app_name, replaces_id, app_icon, summary, body, actions, hints, expire_timeout
    call << QStringLiteral("Multimedia Desk") << uint(0) << QStringLiteral("org.mmdesk.MultimediaDesk")
         << summary << body.toHtmlEscaped() << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->isError() && !m_warned) {
            m_warned = true;
            qCInfo(lcApp) << "desktop notifications are not shown:" << watcher->error().message();
        }
    });
}

} // namespace Ui
