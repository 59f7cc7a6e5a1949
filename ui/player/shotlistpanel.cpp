#include "ui/player/shotlistpanel.h"

#include "ui/player/shotlistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

ShotlistPanel::ShotlistPanel(ShotlistModel *model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_view(new QTableView(this)),
      m_none(new QLabel(this)),
      m_heading(new QLabel(this))
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(heading);
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
