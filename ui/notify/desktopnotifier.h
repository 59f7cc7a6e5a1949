#pragma once

#include <QObject>
#include <QString>

namespace Ui {

// Desktop notifications through the freedesktop Notifications service on the
// session bus (what GNOME, KDE and the others show). The body is escaped: a
// notification server may read it as markup, and it holds portal text (the
// summary is plain text by the specification). Without such
// a service nothing is shown and the log says so once.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };

    explicit DesktopNotifier(QObject *parent = nullptr);

    // category: the freedesktop name ("transfer.complete", "transfer.error").
    void notify(const QString &summary, const QString &body, Urgency urgency, const QString &category);

signals:
    // For the status bar, whatever the desktop does with it.
    void notified(const QString &summary, const QString &body);

private:
    bool m_warned = false;
};

} // namespace Ui
