#pragma once

#include "core/news/newsstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace News {
class NewsCache;
}

namespace Ui {

// The articles a query selects from the news kept on this computer, newest
// first (best match first while searching), fetched from the cache a page
// at a time as the view scrolls. The cache answers on its own thread; the
// model never waits for it. Changes in the cache (a sync, a mark) reload
// what is loaded, keeping its length.
class NewsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsModel)

public:
    enum Column { TitleColumn, SummaryColumn, KindColumn, SourceColumn, DateColumn, ColumnCount };
    enum Role { KeyRole = Qt::UserRole + 1, ReadRole, StarredRole };

    explicit NewsModel(News::NewsCache &cache, QObject *parent = nullptr);

    void setQuery(const News::NewsQuery &query);
    News::NewsQuery query() const { return m_query; }
    // The names feeds are shown by (the portal has its own).
    void setSourceNames(const QHash<qint64, QString> &names);

    std::optional<News::NewsItem> itemAt(int row) const;
    int rowOf(qint64 key) const;
    // Changes the row at once; the cache is told by the caller.
    void markLocally(qint64 key, std::optional<bool> read, std::optional<bool> starred);
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString kindName(const QString &kind);

signals:
    // A load (first page, next page or reload) ended; problem is empty when it worked.
    void loaded(const QString &problem);

private:
    void reload();
    void load(bool replace, int limit);

    News::NewsCache &m_cache;
    News::NewsQuery m_query;
    QList<News::NewsItem> m_items;
    QHash<qint64, QString> m_sourceNames;
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0; // answers to an older query are dropped
    static constexpr int PageSize = 200;
};

} // namespace Ui
