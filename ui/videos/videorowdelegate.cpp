#include "ui/videos/videorowdelegate.h"

#include "ui/videos/videosmodel.h"

#include <QApplication>
#include <QPainter>

namespace Ui {

namespace {
constexpr int TextMargin = 4;
}

VideoRowDelegate::VideoRowDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

const QStaticText &VideoRowDelegate::text(const QModelIndex &index, const QString &source, const QFont &font,
                                          int width) const
{
    const QString key = index.data(VideosModel::IdRole).toString() + u'|' + QString::number(index.column())
        + u'|' + QString::number(width) + u'|' + fontKey(font);
    if (const Cell *cell = m_cells.object(key); cell && cell->source == source)
        return cell->text;
    auto *cell = new Cell {source, QStaticText(QFontMetrics(font).elidedText(source, Qt::ElideRight, width))};
    cell->text.setTextFormat(Qt::PlainText);
    cell->text.setPerformanceHint(QStaticText::AggressiveCaching);
    cell->text.prepare(QTransform(), font);
    m_cells.insert(key, cell);
    return m_cells.object(key)->text;
}

void VideoRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString source = opt.text;
    // The background and selection as the style draws them; text and
    // picture are drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    QRect area = opt.rect.adjusted(TextMargin, 0, -TextMargin, 0);
    const QPixmap picture = index.data(Qt::DecorationRole).value<QPixmap>();
    if (!picture.isNull()) {
        const QSize size = opt.decorationSize;
        const QRect target(area.left(), area.top() + (area.height() - size.height()) / 2, size.width(),
                           size.height());
        painter->drawPixmap(target, picture);
        area.setLeft(target.right() + 1 + 2 * TextMargin);
    }
    if (source.isEmpty() || area.width() <= 0)
        return;

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : opt.state & QStyle::State_Active                                  ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QStaticText &line = text(index, source, opt.font, area.width());
    const QSizeF size = line.size();
    const qreal x = opt.displayAlignment & Qt::AlignRight ? area.right() + 1 - size.width() : area.left();
    const qreal y = area.top() + (area.height() - size.height()) / 2;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawStaticText(QPointF(x, y), line);
    painter->restore();
}

} // namespace Ui
