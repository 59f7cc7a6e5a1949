#include "ui/library/libraryfilterbar.h"

#include "ui/widgets/datefilteredit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

namespace {

enum class Period { Any, Today, Week, Month, Year, Custom };

// Long enough to let a word be typed, short enough to feel immediate.
constexpr int TypingPauseMs = 150;

QComboBox *combo(const QString &objectName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

} // namespace

LibraryFilterBar::LibraryFilterBar(QWidget *parent)
    : QWidget(parent),
      m_search(new QLineEdit(this)),
      m_count(new QLabel(this)),
      m_dateField(combo(QStringLiteral("dateFieldCombo"), this)),
      m_period(combo(QStringLiteral("periodCombo"), this)),
      m_from(new DateFilterEdit(this)),
      m_dash(new QLabel(QStringLiteral("–"), this)),
      m_to(new DateFilterEdit(this)),
      m_tag(new QLineEdit(this)),
      m_format(combo(QStringLiteral("formatCombo"), this)),
      m_collection(combo(QStringLiteral("collectionCombo"), this)),
      m_status(combo(QStringLiteral("statusCombo"), this)),
      m_clear(new QToolButton(this)),
      m_typing(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("resultCount"));

    // The items' texts come from retranslate(), in this order.
    m_dateField->addItem(QString(), static_cast<int>(Library::Query::DateField::DownloadedAt));
    m_dateField->addItem(QString(), static_cast<int>(Library::Query::DateField::PublishedAt));
    for (const Period period :
         {Period::Any, Period::Today, Period::Week, Period::Month, Period::Year, Period::Custom})
        m_period->addItem(QString(), static_cast<int>(period));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        edit->setVisible(false);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_from->setDate(QDate::currentDate().addMonths(-1));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_dash->setVisible(false);

    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setClearButtonEnabled(true);
    m_tag->setMaximumWidth(160);

    m_format->addItem(QString(), QString());
    for (const char *container : {"mxf", "mp4", "mov"})
        m_format->addItem(QString::fromLatin1(container).toUpper(), QString::fromLatin1(container));
    m_status->addItem(QString(), -1);
    for (const Library::Status status : {Library::Status::Ok, Library::Status::Missing,
                                         Library::Status::Corrupt, Library::Status::Unverified})
        m_status->addItem(QString(), static_cast<int>(status));
    setCollections({});

    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setAutoRaise(true);
    m_clear->setVisible(false);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_count);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_dateField);
    filterRow->addWidget(m_period);
    filterRow->addWidget(m_from);
    filterRow->addWidget(m_dash);
    filterRow->addWidget(m_to);
    filterRow->addSpacing(8);
    filterRow->addWidget(m_tag);
    filterRow->addWidget(m_format);
    filterRow->addWidget(m_collection);
    filterRow->addWidget(m_status);
    filterRow->addWidget(m_clear);
    filterRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addLayout(searchRow);
    layout->addLayout(filterRow);

    m_typing->setSingleShot(true);
    m_typing->setInterval(TypingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &LibraryFilterBar::filtersChanged);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_tag, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    // The clear buttons change the text without an edit.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            filtersChanged();
    });
    connect(m_tag, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            filtersChanged();
    });
    for (QComboBox *box : {m_dateField, m_format, m_collection, m_status})
        connect(box, &QComboBox::activated, this, &LibraryFilterBar::filtersChanged);
    connect(m_period, &QComboBox::currentIndexChanged, this, &LibraryFilterBar::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &LibraryFilterBar::filtersChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &LibraryFilterBar::filtersChanged);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        clearFilters(false);
        filtersChanged();
    });
    retranslate();
}

void LibraryFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LibraryFilterBar::retranslate()
{
    m_search->setAccessibleName(tr("Search the library"));
    m_search->setPlaceholderText(tr("Search titles, descriptions, shot lists, tags, places and notes"));
    m_search->setToolTip(tr("Finds clips with all the words typed, accents and case aside (Ctrl+F; Esc "
                            "clears)"));
    m_count->setAccessibleName(tr("Clips found"));
    sayCount();
    m_dateField->setAccessibleName(tr("Date to filter by"));
    m_dateField->setItemText(0, tr("Downloaded"));
    m_dateField->setItemText(1, tr("Published"));
    m_period->setAccessibleName(tr("Period"));
    const QStringList periods {tr("Any time"),     tr("Today"),          tr("Last 7 days"),
                               tr("Last 30 days"), tr("Last 12 months"), tr("Between…")};
    for (int i = 0; i < periods.size() && i < m_period->count(); ++i)
        m_period->setItemText(i, periods.at(i));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("Until (inclusive)"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setPlaceholderText(tr("Any tag"));
    m_format->setAccessibleName(tr("Format"));
    m_format->setItemText(0, tr("All formats"));
    m_collection->setAccessibleName(tr("Collection"));
    m_collection->setItemText(0, tr("All collections"));
    m_status->setAccessibleName(tr("File status"));
    const QStringList statuses {tr("Any status"), tr("Verified"), tr("Missing"), tr("Damaged"),
                                tr("Not verified")};
    for (int i = 0; i < statuses.size() && i < m_status->count(); ++i)
        m_status->setItemText(i, statuses.at(i));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setAccessibleName(tr("Clear Filters"));
}

void LibraryFilterBar::periodChanged()
{
    const bool custom = static_cast<Period>(m_period->currentData().toInt()) == Period::Custom;
    m_from->setVisible(custom);
    m_dash->setVisible(custom);
    m_to->setVisible(custom);
    filtersChanged();
}

void LibraryFilterBar::filtersChanged()
{
    m_typing->stop();
    m_clear->setVisible(hasFilters());
    emit queryChanged();
}

bool LibraryFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

Library::Query LibraryFilterBar::query() const
{
    Library::Query query;
    query.text = m_search->text();
    query.dateField = static_cast<Library::Query::DateField>(m_dateField->currentData().toInt());
    const QDate today = QDate::currentDate();
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Today:
        query.from = today.startOfDay();
        break;
    case Period::Week:
        query.from = today.addDays(-6).startOfDay();
        break;
    case Period::Month:
        query.from = today.addDays(-29).startOfDay();
        break;
    case Period::Year:
        query.from = today.addYears(-1).startOfDay();
        break;
    case Period::Custom:
        query.from = std::min(m_from->date(), m_to->date()).startOfDay();
        query.to = std::max(m_from->date(), m_to->date()).addDays(1).startOfDay();
        break;
    }
    query.tag = m_tag->text().trimmed();
    query.container = m_format->currentData().toString();
    query.collectionId = m_collection->currentData().toLongLong();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        query.status = static_cast<Library::Status>(status);
    return query;
}

QString LibraryFilterBar::searchText() const
{
    return m_search->text().trimmed();
}

bool LibraryFilterBar::hasFilters() const
{
    return m_period->currentIndex() > 0 || !m_tag->text().trimmed().isEmpty() || m_format->currentIndex() > 0
        || m_collection->currentIndex() > 0 || m_status->currentIndex() > 0;
}

void LibraryFilterBar::setCount(qint64 count)
{
    m_countValue = count;
    sayCount();
}

void LibraryFilterBar::sayCount()
{
    if (m_countValue < 0)
        return;
    // Right in English without a translation; languages with other plural
    // rules give their forms for "%Ln clips".
    m_count->setText(m_countValue == 1 ? tr("1 clip")
                                       : tr("%Ln clips", nullptr, static_cast<int>(m_countValue)));
}

void LibraryFilterBar::setCollections(const QList<Library::Collection> &collections)
{
    const qint64 chosen = m_collection->currentData().toLongLong();
    const QSignalBlocker blocker(m_collection);
    m_collection->clear();
    m_collection->addItem(tr("All collections"), qint64(0));
    for (const Library::Collection &collection : collections)
        m_collection->addItem(collection.name, collection.id);
    const int index = m_collection->findData(chosen);
    m_collection->setCurrentIndex(std::max(0, index));
    if (chosen != 0 && index < 0)
        filtersChanged();
}

void LibraryFilterBar::setStatusFilter(std::optional<Library::Status> status)
{
    m_status->setCurrentIndex(m_status->findData(status ? static_cast<int>(*status) : -1));
    filtersChanged();
}

void LibraryFilterBar::clearAll()
{
    clearFilters(true);
    filtersChanged();
}

void LibraryFilterBar::clearFilters(bool search)
{
    const QSignalBlocker searchBlocker(m_search);
    const QSignalBlocker tagBlocker(m_tag);
    const QSignalBlocker periodBlocker(m_period);
    if (search)
        m_search->clear();
    m_tag->clear();
    m_period->setCurrentIndex(0);
    m_from->setVisible(false);
    m_dash->setVisible(false);
    m_to->setVisible(false);
    m_dateField->setCurrentIndex(0);
    m_format->setCurrentIndex(0);
    m_collection->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_clear->setVisible(false);
}

} // namespace Ui
