#pragma once

#include <QDateTime>
#include <QWidget>

#include <optional>

class QLabel;

namespace Portal {
class PortalClient;
}

namespace Ui {

class TransferTotals;

// The status bar's lasting part: whether the portal answers ("Online",
// "Offline since 14:05", "Working offline") and what the downloads do
// together ("2 downloading · 1.4 GB · 3 min left"; a click opens them).
// Texts follow the language when it changes.
class StatusIndicators final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusIndicators)

public:
    explicit StatusIndicators(QWidget *parent = nullptr);

    void setPortal(Portal::PortalClient *portal);
    void setTransfers(TransferTotals *totals);

    // For a test, and for the tray: the connection as shown.
    QString connectionText() const;

signals:
    // The downloads' line was clicked: show them.
    void transfersActivated();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setReachable(std::optional<bool> reachable);
    void refresh();

    QLabel *m_connection;
    QLabel *m_transfers;
    Portal::PortalClient *m_portal = nullptr;
    TransferTotals *m_totals = nullptr;
    std::optional<bool> m_reachable;
    QDateTime m_offlineSince;
};

} // namespace Ui
