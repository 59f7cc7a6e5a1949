#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace Ui {

class TransferTotals;

// The icon in the desktop's system tray: its tooltip tells what the downloads
// do, a click shows or hides the window, and its menu can quit. Present only
// where the desktop has a tray (a StatusNotifier host or an X11 tray).
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    explicit TrayIcon(QWidget &window, QObject *parent = nullptr);
    ~TrayIcon() override;

    static bool available();
    bool isVisible() const;
    void setTransfers(TransferTotals *totals);
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    // Said once a session: the window closed and the work goes on here.
    void tellStillWorking();

signals:
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void toggleWindow();

    QWidget &m_window;
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_showAction;
    QAction *m_quitAction;
    QPointer<TransferTotals> m_totals;
    bool m_told = false;
};

} // namespace Ui
