#include "ui/status/trayicon.h"

#include "ui/status/transfertotals.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace Ui {

TrayIcon::TrayIcon(QWidget &window, QObject *parent)
    : QObject(parent),
      m_window(window),
      m_menu(new QMenu),
      m_icon(new QSystemTrayIcon(this)),
      m_showAction(m_menu->addAction(QString())),
      m_quitAction(nullptr)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_menu->addSeparator();
    m_quitAction = m_menu->addAction(QString());
    m_showAction->setObjectName(QStringLiteral("trayShowAction"));
    m_quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    connect(m_showAction, &QAction::triggered, this, &TrayIcon::toggleWindow);
    connect(m_quitAction, &QAction::triggered, this, &TrayIcon::quitRequested);
    // The menu has no parent widget (the tray shows it on its own): it still
    // hears of a language change, as every widget does.
    m_menu->installEventFilter(this);
    m_window.installEventFilter(this);

    m_icon->setIcon(window.windowIcon());
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            toggleWindow();
    });
    retranslate();
    m_icon->show();
}

TrayIcon::~TrayIcon()
{
    m_icon->setContextMenu(nullptr);
    delete m_menu;
}

bool TrayIcon::available()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool TrayIcon::isVisible() const
{
    return m_icon->isVisible();
}

void TrayIcon::setTransfers(TransferTotals *totals)
{
    m_totals = totals;
    if (totals)
        connect(totals, &TransferTotals::changed, this, &TrayIcon::refresh);
    refresh();
}

QString TrayIcon::toolTip() const
{
    return m_icon->toolTip();
}

void TrayIcon::tellStillWorking()
{
    if (m_told)
        return;
    m_told = true;
    m_icon->showMessage(tr("Multimedia Desk is still downloading"),
                        tr("The downloads go on in the background. Click this icon to open the window, "
                           "or choose Quit in its menu to stop them."),
                        QSystemTrayIcon::Information);
}

void TrayIcon::toggleWindow()
{
    if (m_window.isVisible() && !m_window.isMinimized()) {
        m_window.hide();
        return;
    }
    // Back from the tray: closing the last window ends the program again.
    QApplication::setQuitOnLastWindowClosed(true);
    m_window.showNormal();
    m_window.raise();
    m_window.activateWindow();
}

void TrayIcon::retranslate()
{
    m_quitAction->setText(tr("&Quit"));
    refresh();
}

void TrayIcon::refresh()
{
    m_showAction->setText(m_window.isVisible() ? tr("&Hide Multimedia Desk") : tr("&Show Multimedia Desk"));
    QString state = m_totals ? m_totals->summary() : QString();
    if (const QString speed = m_totals ? m_totals->speedSummary() : QString(); !speed.isEmpty())
        state += u'\n' + speed;
    m_icon->setToolTip(state.isEmpty() ? tr("Multimedia Desk") : tr("Multimedia Desk — %1").arg(state));
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    else if (watched == &m_window && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        refresh();
    return QObject::eventFilter(watched, event);
}

} // namespace Ui
