#include "ui/navigationdelegate.h"

#include <QApplication>
#include <QPainter>

namespace Ui {

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    // The whole tile marks the current section, not only its label (styles
    // mark the label alone in icon mode).
    QStyleOptionViewItem tile = option;
    if (option.state & QStyle::State_Selected) {
        const bool active = option.state & QStyle::State_Active;
        const QPalette::ColorGroup group = active ? QPalette::Active : QPalette::Inactive;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        // A tint of the highlight with its edge, as Breeze marks a sidebar
        // entry: the section's icon (often in the highlight's own blue)
        // stays visible on it, and the label keeps the text colour.
        QColor tint = option.palette.color(group, QPalette::Highlight);
        painter->setPen(QPen(tint, 1));
        tint.setAlphaF(0.25F);
        painter->setBrush(tint);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(3.5, 2.5, -3.5, -2.5), 4, 4);
        painter->restore();
        tile.state &= ~QStyle::State_Selected;
    }
    QStyledItemDelegate::paint(painter, tile, index);
    const int count = index.data(BadgeCountRole).toInt();
    const bool alert = index.data(BadgeAlertRole).toBool();
    if (count <= 0 && !alert)
        return;

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QRect icon = style->subElementRect(QStyle::SE_ItemViewItemDecoration, &opt, widget);

    const QString text = count > 0 ? QString::number(count) : QStringLiteral("!");
    QFont font = opt.font;
    font.setWeight(QFont::Bold);
    font.setPointSizeF(font.pointSizeF() * 0.8);
    const QFontMetrics metrics(font);
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 8);
    const QRect badge(icon.right() - width / 2, icon.top() - height / 3, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(opt.palette.color(QPalette::Base), 1.5));
    // Red says something failed; otherwise the theme's highlight.
    // On the marked tile (itself in the highlight colour) the badge inverts.
    const bool marked = option.state & QStyle::State_Selected;
    const QColor fill =
        marked ? opt.palette.color(QPalette::HighlightedText) : opt.palette.color(QPalette::Highlight);
    const QColor ink =
        marked ? opt.palette.color(QPalette::Highlight) : opt.palette.color(QPalette::HighlightedText);
    painter->setBrush(alert ? QColor(200, 40, 40) : fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setFont(font);
    painter->setPen(alert ? QColor(Qt::white) : ink);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace Ui
