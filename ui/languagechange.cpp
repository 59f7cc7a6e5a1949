#include "ui/languagechange.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>

namespace Ui {

namespace {

class LanguageChangeFilter final : public QObject
{
public:
    LanguageChangeFilter(QObject *owner, std::function<void()> changed)
        : QObject(owner), m_changed(std::move(changed))
    {
        // Removed from the application by Qt when this object is destroyed.
        QCoreApplication::instance()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
            m_changed();
        return false;
    }

private:
    std::function<void()> m_changed;
};

void announceRows(QAbstractItemModel &model, const QModelIndex &parent)
{
    const int rows = model.rowCount(parent);
    const int columns = model.columnCount(parent);
    if (rows <= 0 || columns <= 0)
        return;
    emit model.dataChanged(model.index(0, 0, parent), model.index(rows - 1, columns - 1, parent),
                           {Qt::DisplayRole, Qt::ToolTipRole, Qt::AccessibleTextRole,
                            Qt::AccessibleDescriptionRole, Qt::StatusTipRole, Qt::WhatsThisRole});
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model.index(row, 0, parent);
        // Only what is already there: asking a lazy model for more would fetch it.
        if (model.hasChildren(child) && !model.canFetchMore(child))
            announceRows(model, child);
    }
}

} // namespace

void onLanguageChange(QObject *owner, std::function<void()> changed)
{
    if (QCoreApplication::instance())
        new LanguageChangeFilter(owner, std::move(changed));
}

void announceRetranslated(QAbstractItemModel &model)
{
    const int columns = model.columnCount();
    if (columns > 0)
        emit model.headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = model.rowCount();
    if (rows > 0)
        emit model.headerDataChanged(Qt::Vertical, 0, rows - 1);
    announceRows(model, QModelIndex());
}

void retranslateOnLanguageChange(QAbstractItemModel &model)
{
    onLanguageChange(&model, [&model] { announceRetranslated(model); });
}

} // namespace Ui
