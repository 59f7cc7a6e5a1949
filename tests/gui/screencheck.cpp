#include "tests/gui/screencheck.h"

#include "ui/widgets/headerfit.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

namespace ScreenCheck {

namespace {

// The scroll area `widget` lies in, if any: reaching past the window is by
// design there, as long as it can scroll that way.
const QAbstractScrollArea *scrollAreaOf(const QWidget *widget)
{
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(parent->parentWidget());
            area && area->viewport() == parent)
            return area;
    }
    return nullptr;
}

bool laidOutByItsParent(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent)
        || qobject_cast<const QLineEdit *>(parent);
}

// What a person reads or clicks: a button, a field, a label.
bool isControl(const QWidget *widget)
{
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QLabel *>(widget);
}

QString described(const QString &screen, const QWidget *widget)
{
    return QStringLiteral("%1: %2 (%3)")
        .arg(screen, widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
}

} // namespace

void nothingClipped(QWidget *window, const QString &screen)
{
    // A text changed a moment ago is laid out at the next layout pass: that
    // pass first, so that only what stays cut off counts.
    // One pass may post the next (a pane widened, then its splitter): a few.
    for (int pass = 0; pass < 10; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QRect inside = window->rect();
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->isWindow() || laidOutByItsParent(widget))
            continue;
        if (const QAbstractScrollArea *area = scrollAreaOf(widget)) {
            // Without a horizontal scroll bar, what reaches past the right
            // edge can never be seen.
            if (area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff && isControl(widget)) {
                const int right = widget->mapTo(area->viewport(), QPoint(widget->width(), 0)).x();
                QVERIFY2(
                    right <= area->viewport()->width(),
                    qPrintable(described(screen, widget)
                               + QStringLiteral(" reaches %1 px past the right edge of a scroll area that "
                                                "cannot scroll sideways")
                                     .arg(right - area->viewport()->width())));
            }
            continue;
        }
        const QRect where(widget->mapTo(window, QPoint(0, 0)), widget->size());
        QVERIFY2(inside.contains(where),
                 qPrintable(described(screen, widget) + QStringLiteral(" lies outside the window")));
        if (isControl(widget)
            && !(qobject_cast<QLabel *>(widget) && static_cast<QLabel *>(widget)->wordWrap())) {
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

void titlesWhole(QWidget *window, const QString &screen)
{
    for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal || !header->model())
            continue;
        for (int section = 0; section < header->count(); ++section) {
            if (header->isSectionHidden(section) || header->sectionSize(section) == 0)
                continue;
            // The last section may stretch past the edge; the others must show whole.
            const int needed = Ui::headerSectionNeeds(*header, section);
            const QString title = header->model()->headerData(section, Qt::Horizontal).toString();
            QVERIFY2(header->sectionSize(section) >= needed,
                     qPrintable(QStringLiteral("%1: the column title “%2” is cut off: %3 < %4 px")
                                    .arg(screen, title)
                                    .arg(header->sectionSize(section))
                                    .arg(needed)));
        }
    }
}

void capture(QWidget *window, const QString &screen, const QString &fileName)
{
    QApplication::processEvents();
    nothingClipped(window, screen);
    titlesWhole(window, screen);
    const QString folder = qEnvironmentVariable("MMDESK_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(fileName);
    QVERIFY2(window->grab().save(file), qPrintable(file));
}

} // namespace ScreenCheck
