#include "ui/news/newsmodel.h"

#include "core/news/newscache.h"
#include "ui/languagechange.h"
#include "ui/widgets/datetimetext.h"

#include <QFont>
#include <QLocale>

namespace Ui {

NewsModel::NewsModel(News::NewsCache &cache, QObject *parent) : QAbstractTableModel(parent), m_cache(cache)
{
    connect(&m_cache, &News::NewsCache::changed, this, &NewsModel::reload);
    retranslateOnLanguageChange(*this);
}

QString NewsModel::kindName(const QString &kind)
{
    if (kind == u"press_release")
        return tr("Press release");
    if (kind == u"speech")
        return tr("Speech");
    if (kind == u"statement")
        return tr("Statement");
    if (kind == u"transcript")
        return tr("Transcript");
    if (kind == u"news")
        return tr("News");
    return kind;
}

void NewsModel::setQuery(const News::NewsQuery &query)
{
    m_query = query;
    m_query.after = {};
    load(true, PageSize);
}

void NewsModel::setSourceNames(const QHash<qint64, QString> &names)
{
    m_sourceNames = names;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, SourceColumn), index(int(m_items.size()) - 1, SourceColumn));
}

void NewsModel::reload()
{
    // What is on screen stays on screen: as many rows as were loaded.
    load(true, std::max(PageSize, int(m_items.size())));
}

void NewsModel::load(bool replace, int limit)
{
    News::NewsQuery query = m_query;
    query.limit = limit;
    if (!replace && !m_items.isEmpty() && m_query.text.isEmpty())
        query.after = News::NewsPosition::of(m_items.last());
    // Search results come best match first, without a keyset: the next
    // page is the same search, longer.
    if (!replace && !m_query.text.isEmpty()) {
        query.limit = int(m_items.size()) + limit;
        replace = true;
    }
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_cache.list(query, this, [this, generation, replace](Util::Result<News::NewsList> result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result) {
            emit loaded(result.error().message);
            return;
        }
        News::NewsList &page = result.value();
        if (replace) {
            beginResetModel();
            m_items = std::move(page.items);
            m_atEnd = page.atEnd;
            endResetModel();
        } else if (!page.items.isEmpty()) {
            beginInsertRows({}, int(m_items.size()), int(m_items.size() + page.items.size()) - 1);
            m_items.append(std::move(page.items));
            m_atEnd = page.atEnd;
            endInsertRows();
        } else {
            m_atEnd = true;
        }
        emit loaded(QString());
    });
}

std::optional<News::NewsItem> NewsModel::itemAt(int row) const
{
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items.at(row);
}

int NewsModel::rowOf(qint64 key) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).key == key)
            return row;
    }
    return -1;
}

void NewsModel::markLocally(qint64 key, std::optional<bool> read, std::optional<bool> starred)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    News::NewsItem &item = m_items[row];
    if (read)
        item.read = *read;
    if (starred)
        item.starred = *starred;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int NewsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int NewsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NewsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const News::NewsItem &item = m_items.at(index.row());
    switch (role) {
    case KeyRole:
        return item.key;
    case ReadRole:
        return item.read;
    case StarredRole:
        return item.starred;
    case Qt::FontRole:
        if (!item.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == TitleColumn)
            return QString((item.read ? QString() : tr("Unread: ")) + item.title
                           + (item.starred ? tr(", starred") : QString()));
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn || index.column() == SummaryColumn)
            return QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                .arg(item.title.toHtmlEscaped(), item.summary.toHtmlEscaped());
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return QString((item.starred ? QStringLiteral("★ ") : QString()) + item.title);
        case SummaryColumn:
            return item.summary;
        case KindColumn:
            return kindName(item.kind);
        case SourceColumn:
            return item.source == News::PortalSource ? tr("Portal")
                                                     : m_sourceNames.value(item.source, tr("Feed"));
        case DateColumn:
            return DateTimeText::dateTime(item.publishedAt);
        default:
            return {};
        }
    default:
        break;
    }
    return {};
}

QVariant NewsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case SummaryColumn:
        return tr("Summary");
    case KindColumn:
        return tr("Kind");
    case SourceColumn:
        return tr("Source");
    case DateColumn:
        return tr("Published");
    default:
        return {};
    }
}

bool NewsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void NewsModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load(false, PageSize);
}

} // namespace Ui
