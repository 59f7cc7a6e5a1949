#include "tests/gui/screencheck.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace ScreenCheck {

namespace {

// Inside a scroll area, reaching past the window is by design.
bool scrolls(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
            area && area->viewport() == parent)
            return true;
    }
    return false;
}

bool laidOutByItsParent(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
        || qobject_cast<const QLineEdit *>(parent);
}

QString described(const QString &screen, const QWidget *widget)
{
    return QStringLiteral("%1: %2 (%3)")
        .arg(screen, widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
}

} // namespace

void nothingClipped(QWidget *window, const QString &screen)
{
    const QRect inside = window->rect();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow() || scrolls(widget) || laidOutByItsParent(widget))
            continue;
        const QRect where(widget->mapTo(window, QPoint(0, 0)), widget->size());
        QVERIFY2(inside.contains(where),
                 qPrintable(described(screen, widget) + QStringLiteral(" lies outside the window")));
        if (qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || (qobject_cast<QLabel *>(widget) && !static_cast<QLabel *>(widget)->wordWrap())) {
            const QSize needed = widget->minimumSizeHint();
            QVERIFY2(widget->width() >= needed.width() && widget->height() >= needed.height(),
                     qPrintable(described(screen, widget)
                                + QStringLiteral(" is cut off: %1×%2 < %3×%4")
                                      .arg(widget->width())
                                      .arg(widget->height())
                                      .arg(needed.width())
                                      .arg(needed.height())));
        }
    }
}

void capture(QWidget *window, const QString &screen, const QString &fileName)
{
    QApplication::processEvents();
    nothingClipped(window, screen);
    const QString folder = qEnvironmentVariable("MMDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(fileName);
    QVERIFY2(window->grab().save(file), qPrintable(file));
}

} // namespace ScreenCheck
