#include "ui/player/shotlistpanel.h"

#include "ui/player/shotlistmodel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

ShotlistPanel::ShotlistPanel(ShotlistModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_view(new QTableView(this)),
      m_none(new QLabel(this)),
      m_heading(new QLabel(this)),
      m_copy(new QToolButton(this)),
      m_copyAction(new QAction(this))
{
    QLabel *heading = m_heading;
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    m_view->setObjectName(QStringLiteral("shotList"));
    m_view->setModel(model);
    m_view->setWordWrap(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTabKeyNavigation(false); // shots by the arrow keys, Tab to the next control
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Descriptions and soundbite quotes are read in full: they wrap in the
    // width left by the timecodes, and each row is as tall as its text.
    m_view->setTextElideMode(Qt::ElideNone);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->horizontalHeader()->setSectionResizeMode(ShotlistModel::InColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ShotlistModel::OutColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ShotlistModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_view, &QTableView::clicked, this,
            [this](const QModelIndex &index) { emit shotChosen(index.row()); });
    connect(m_view, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit shotChosen(index.row()); });

    m_none->setObjectName(QStringLiteral("noShotList"));
    m_none->setWordWrap(true);
    m_none->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    // Copy for Script: Ctrl+C in the list, its context menu, or the button.
    m_copyAction->setObjectName(QStringLiteral("copyForScriptAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &ShotlistPanel::copyForScript);
    m_view->addAction(m_copyAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_copy->setObjectName(QStringLiteral("copyForScript"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copy->setDefaultAction(m_copyAction);
    connect(m_copyAction, &QAction::changed, this, &ShotlistPanel::nameCopyButton);
    m_view->installEventFilter(this);
    connect(model, &QAbstractItemModel::modelReset, this, &ShotlistPanel::fit);
    connect(model, &QAbstractItemModel::dataChanged, this, &ShotlistPanel::fit);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_none, 1);
    setMinimumWidth(280);
    setEmpty(true);
    retranslate();
}

void ShotlistPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ShotlistPanel::retranslate()
{
    m_heading->setText(tr("Shot list"));
    m_view->setAccessibleName(tr("Shot list"));
    m_none->setText(tr("This clip has no shot list."));
    if (m_copyAction->parent() == this) {
        m_copyAction->setText(tr("Copy for Script"));
        m_copyAction->setToolTip(tr("Copy the selected shots, or all of them, with timecodes, durations, "
                                    "speakers, credit and terms (Ctrl+C in the list)"));
    }
}

ScriptBlock ShotlistPanel::scriptBlock() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    QList<Catalogue::ShotlistEntry> shots;
    for (const int row : std::as_const(rows))
        shots << m_model->entry(row);
    return ScriptBlock::of(shots, m_source);
}

void ShotlistPanel::copyForScript() const
{
    if (m_model->rowCount() > 0)
        scriptBlock().copy();
}

void ShotlistPanel::nameCopyButton()
{
    // The button says what its action says, in the language of the moment.
    m_copy->setAccessibleName(m_copyAction->text().remove(u'&'));
}

void ShotlistPanel::setCopyAction(QAction *action)
{
    m_view->removeAction(m_copyAction);
    delete m_copyAction;
    m_copyAction = action;
    m_view->addAction(action);
    m_copy->setDefaultAction(action);
    connect(action, &QAction::triggered, this, &ShotlistPanel::copyForScript);
    connect(action, &QAction::changed, this, &ShotlistPanel::nameCopyButton);
    nameCopyButton();
}

void ShotlistPanel::setHeadingVisible(bool visible)
{
    m_heading->setVisible(visible);
}

void ShotlistPanel::setFitToContents(bool fit)
{
    m_fitToContents = fit;
    m_view->setVerticalScrollBarPolicy(fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    this->fit();
}

void ShotlistPanel::fit()
{
    if (!m_fitToContents)
        return;
    // Rows wrap in the width given: measured again whenever it changes.
    m_view->resizeRowsToContents();
    int height =
        m_view->horizontalHeader()->isVisible() ? m_view->horizontalHeader()->sizeHint().height() : 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_view->rowHeight(row);
    m_view->setFixedHeight(height + 2 * m_view->frameWidth() + 2);
}

bool ShotlistPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize && m_fitToContents) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().width() != resize->oldSize().width())
            QMetaObject::invokeMethod(this, &ShotlistPanel::fit, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void ShotlistPanel::setEmpty(bool empty)
{
    m_view->setVisible(!empty);
    m_none->setVisible(empty);
}

void ShotlistPanel::showRow(int row)
{
    if (row >= 0)
        m_view->scrollTo(m_model->index(row, 0), QAbstractItemView::EnsureVisible);
}

} // namespace Ui
