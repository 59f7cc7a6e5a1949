#pragma once

#include <QStyledItemDelegate>

namespace Ui {

// The navigation's tiles as the style draws them, the whole tile marked when
// current, with a badge on the icon where a section counts something: the
// number (BadgeCountRole), red when something needs attention
// (BadgeAlertRole; "!" without a number).
class NavigationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { BadgeCountRole = Qt::UserRole + 40, BadgeAlertRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace Ui
