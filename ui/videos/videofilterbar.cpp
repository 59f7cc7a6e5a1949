#include "ui/videos/videofilterbar.h"

#include "ui/shortcutsdialog.h"
#include "ui/widgets/datefilteredit.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTimer>
#include <QToolButton>

namespace Ui {

namespace {
// A date edit shows its special value text at the minimum: "any date".
const QDate NoDate(2000, 1, 1);
} // namespace

VideoFilterBar::VideoFilterBar(QWidget *parent)
    : QWidget(parent),
      m_search(new QLineEdit(this)),
      m_tags(new QComboBox(this)),
      m_from(new DateFilterEdit(this)),
      m_to(new DateFilterEdit(this)),
      m_grid(new QToolButton(this)),
      m_list(new QToolButton(this)),
      m_refresh(new QToolButton(this)),
      m_save(new QToolButton(this)),
      m_fromLabel(new QLabel(this)),
      m_toLabel(new QLabel(this)),
      m_searchDelay(new QTimer(this))
{
    setUpDateEdit(m_from, QStringLiteral("fromDate"));
    setUpDateEdit(m_to, QStringLiteral("toDate"));
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &VideoFilterBar::changed);
    // Enter searches at once.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        changed();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    describeShortcut(find, "Ui::VideoFilterBar",
                     QT_TRANSLATE_NOOP("Ui::VideoFilterBar", "Search the videos"));
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_tags->setObjectName(QStringLiteral("tagBox"));
    m_tags->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tags->setMinimumContentsLength(12);
    m_tags->addItem(QString(), QString());
    connect(m_tags, &QComboBox::currentIndexChanged, this, &VideoFilterBar::changed);

    auto *modes = new QButtonGroup(this);
    m_grid->setObjectName(QStringLiteral("gridButton"));
    m_grid->setCheckable(true);
    m_grid->setChecked(true);
    m_list->setObjectName(QStringLiteral("listButton"));
    m_list->setCheckable(true);
    modes->addButton(m_grid);
    modes->addButton(m_list);
    modes->setExclusive(true);
    connect(m_grid, &QToolButton::toggled, this, [this](bool on) { emit gridModeChanged(on); });

    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QToolButton::clicked, this, &VideoFilterBar::refreshRequested);

    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_toLabel->setContentsMargins(4, 0, 0, 0);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_tags, 1);
    layout->addSpacing(6);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(6);
    layout->addWidget(m_grid);
    layout->addWidget(m_list);
    layout->addWidget(m_refresh);
    layout->addWidget(m_save);
    m_save->setObjectName(QStringLiteral("saveSearchButton"));
    m_save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_save, &QToolButton::clicked, this, &VideoFilterBar::saveSearchRequested);
    retranslate();
}

void VideoFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VideoFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search titles, descriptions, shot lists…"));
    m_search->setAccessibleName(tr("Search videos"));
    m_tags->setAccessibleName(tr("Tag"));
    m_tags->setItemText(0, tr("All tags"));
    m_from->setAccessibleName(tr("Published from"));
    m_to->setAccessibleName(tr("Published until"));
    for (QDateEdit *edit : {m_from, m_to})
        edit->setSpecialValueText(tr("Any date"));
    m_fromLabel->setText(tr("&From"));
    // Not "&To": Qt draws an underlined T apart from the o it is kerned
    // with, and the label then cuts the o off.
    m_toLabel->setText(tr("&Until"));
    m_grid->setText(tr("Grid"));
    m_grid->setAccessibleName(tr("Grid"));
    m_grid->setToolTip(tr("Show thumbnails"));
    m_list->setText(tr("List"));
    m_list->setAccessibleName(tr("List"));
    m_list->setToolTip(tr("Show a table with a row per video"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setAccessibleName(tr("Refresh"));
    m_refresh->setToolTip(tr("Ask the portal for what is new (F5)"));
    m_save->setText(tr("Save Search…"));
    m_save->setAccessibleName(tr("Save Search…"));
    m_save->setToolTip(tr("Keep this search: after each sync you are told what is new for it"));
}

void VideoFilterBar::setUpDateEdit(QDateEdit *edit, const QString &objectName)
{
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setDate(NoDate);
    connect(edit, &QDateEdit::dateChanged, this, &VideoFilterBar::changed);
}

VideoFilter VideoFilterBar::filter() const
{
    VideoFilter filter;
    filter.text = m_search->text().trimmed();
    filter.tag = m_tags->currentData().toString();
    if (m_from->date() != NoDate)
        filter.from = m_from->date();
    if (m_to->date() != NoDate)
        filter.to = m_to->date();
    return filter;
}

void VideoFilterBar::changed()
{
    if (m_quiet)
        return;
    const VideoFilter now = filter();
    if (now == m_last)
        return;
    m_last = now;
    emit filterChanged(now);
}

void VideoFilterBar::clearFilter()
{
    m_quiet = true;
    m_search->clear();
    m_searchDelay->stop();
    m_tags->setCurrentIndex(0);
    m_from->setDate(NoDate);
    m_to->setDate(NoDate);
    m_quiet = false;
    changed();
}

void VideoFilterBar::setTags(const QList<Catalogue::TagCount> &tags)
{
    const QString current = m_tags->currentData().toString();
    m_quiet = true;
    m_tags->clear();
    m_tags->addItem(tr("All tags"), QString());
    for (const Catalogue::TagCount &tag : tags)
        m_tags->addItem(tag.count > 0 ? tr("%1 (%2)").arg(tag.name).arg(tag.count) : tag.name, tag.name);
    const int index = m_tags->findData(current);
    if (index >= 0) {
        m_tags->setCurrentIndex(index);
    } else if (!current.isEmpty()) {
        // Keep a tag that is in use even when the list no longer has it.
        m_tags->addItem(current, current);
        m_tags->setCurrentIndex(m_tags->count() - 1);
    }
    m_quiet = false;
}

void VideoFilterBar::setGridMode(bool grid)
{
    (grid ? m_grid : m_list)->setChecked(true);
}

bool VideoFilterBar::isGridMode() const
{
    return m_grid->isChecked();
}

} // namespace Ui
