#include "ui/downloads/progressdelegate.h"

#include "ui/downloads/downloadsmodel.h"

#include <QApplication>
#include <QStyleOptionProgressBar>

namespace Ui {

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // The selection background first, then the bar over it.
    item.text.clear();
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = static_cast<int>(1000 * index.data(DownloadsModel::FractionRole).toDouble());
    bar.text = index.data().toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, item.widget);
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionProgressBar bar;
    bar.fontMetrics = option.fontMetrics;
    bar.textVisible = true;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QSize barSize = style->sizeFromContents(
        QStyle::CT_ProgressBar, &bar, QSize(size.width(), option.fontMetrics.height()), option.widget);
    size.setHeight(std::max(size.height(), barSize.height() + 6));
    return size;
}

} // namespace Ui
