#include "ui/status/statusindicators.h"

#include "core/network/offlinemode.h"
#include "core/portal/portalclient.h"
#include "ui/status/transfertotals.h"
#include "ui/widgets/datetimetext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>

namespace Ui {

StatusIndicators::StatusIndicators(QWidget *parent)
    : QWidget(parent), m_connection(new QLabel(this)), m_transfers(new QLabel(this))
{
    setObjectName(QStringLiteral("statusIndicators"));
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_transfers->setObjectName(QStringLiteral("transferState"));
    for (QLabel *label : {m_connection, m_transfers}) {
        label->setTextFormat(Qt::PlainText);
    }
    m_connection->hide();
    m_transfers->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_transfers);
    layout->addWidget(m_connection);
    // A click on the downloads' line opens them, as in a mail reader.
    m_transfers->setCursor(Qt::PointingHandCursor);
    m_transfers->installEventFilter(this);
    connect(&Network::OfflineMode::instance(), &Network::OfflineMode::changed, this,
            &StatusIndicators::refresh);
    refresh();
}

void StatusIndicators::setPortal(Portal::PortalClient *portal)
{
    if (m_portal)
        disconnect(m_portal, nullptr, this, nullptr);
    m_portal = portal;
    if (portal) {
        connect(portal, &Portal::PortalClient::reachabilityChanged, this,
                [this](bool reachable) { setReachable(reachable); });
        setReachable(portal->reachable());
    } else {
        setReachable(std::nullopt);
    }
}

void StatusIndicators::setTransfers(TransferTotals *totals)
{
    m_totals = totals;
    if (totals)
        connect(totals, &TransferTotals::changed, this, &StatusIndicators::refresh);
    refresh();
}

void StatusIndicators::setReachable(std::optional<bool> reachable)
{
    if (reachable == m_reachable)
        return;
    if (reachable == false)
        m_offlineSince = QDateTime::currentDateTime();
    m_reachable = reachable;
    refresh();
}

QString StatusIndicators::connectionText() const
{
    return m_connection->text();
}

void StatusIndicators::refresh()
{
    if (Network::OfflineMode::isOn()) {
        // Chosen, not suffered: said as such, whatever the portal did last.
        m_connection->setText(tr("⊘ Working offline"));
        m_connection->setToolTip(tr("Nothing is asked of the network; downloads wait. Turn off File → Work "
                                    "Offline to connect."));
    } else if (!m_reachable) {
        // Nothing asked of the portal yet: nothing to claim.
        m_connection->clear();
        m_connection->setToolTip(QString());
    } else if (*m_reachable) {
        m_connection->setText(tr("● Online"));
        m_connection->setToolTip(tr("The portal answers."));
    } else {
        const QString since = DateTimeText::clock(m_offlineSince);
        m_connection->setText(tr("○ Offline since %1").arg(since));
        m_connection->setToolTip(
            tr("The portal cannot be reached. What is kept on this computer can still be "
               "read; downloads go on by themselves once it answers again."));
    }
    m_connection->setAccessibleName(m_connection->text());
    m_connection->setVisible(!m_connection->text().isEmpty());

    if (m_totals) {
        m_transfers->setText(m_totals->summary());
        m_transfers->setAccessibleName(m_transfers->text());
        const QString speed = m_totals->speedSummary();
        m_transfers->setToolTip(speed.isEmpty() ? tr("Click to open Downloads.")
                                                : tr("%1. Click to open Downloads.").arg(speed));
    }
    m_transfers->setVisible(m_totals != nullptr);
}

bool StatusIndicators::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_transfers && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
        emit transfersActivated();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void StatusIndicators::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace Ui
