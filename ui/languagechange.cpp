#include "ui/languagechange.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QEvent>
#include <QPointer>

namespace Ui {

namespace {

// What one owner wants done; a child of the owner, so it goes with it.
class LanguageChangeListener final : public QObject
{
public:
    LanguageChangeListener(QObject *owner, std::function<void()> changed)
        : QObject(owner), m_changed(std::move(changed))
    { }

    void changed() const { m_changed(); }

private:
    std::function<void()> m_changed;
};

// One filter on the application for every listener: an event filter on the
// application object sees every event of the thread, so there is only one.
class LanguageChangeHub final : public QObject
{
public:
    static LanguageChangeHub &instance()
    {
        static QPointer<LanguageChangeHub> hub;
        if (!hub)
            hub = new LanguageChangeHub(QCoreApplication::instance());
        return *hub;
    }

    void add(LanguageChangeListener *listener) { m_listeners.append(listener); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != QCoreApplication::instance() || event->type() != QEvent::LanguageChange)
            return false;
        m_listeners.removeAll(nullptr);
        // A listener may make or destroy others while it runs.
        const QList<QPointer<LanguageChangeListener>> now = m_listeners;
        for (const QPointer<LanguageChangeListener> &listener : now) {
            if (listener)
                listener->changed();
        }
        return false;
    }

private:
    explicit LanguageChangeHub(QCoreApplication *app) : QObject(app) { app->installEventFilter(this); }

    QList<QPointer<LanguageChangeListener>> m_listeners;
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
        LanguageChangeHub::instance().add(new LanguageChangeListener(owner, std::move(changed)));
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
