#pragma once

#include "core/library/libraryquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSet>
#include <QSize>

#include <optional>

namespace Library {
class LibraryStore;
}

namespace Ui {

class ThumbnailProvider;

// The clips of a query as rows, read lazily: the row count comes from
// LibraryStore::count(), and rows are read a page of PageSize at a time
// when a view first asks for one of them. At most MaxPages pages stay in
// memory, whatever the size of the library.
//
// Pages are read by keyset (LibraryStore::pageAfter) from the nearest page
// already read, scrolling down from the top or, in the reversed order, up
// from the end; a jump into the middle (dragging the scroll bar) reads that
// one page by offset, from whichever end is nearer.
//
// Sorting asks the store again (sort() maps columns to SortColumn); column
// -1 means "best match": relevance while searching, newest first otherwise.
class LibraryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Column {
        TitleColumn,
        DownloadedColumn,
        FormatColumn,
        SizeColumn,
        DurationColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, VideoIdRole, SizeRole };

    static constexpr int PageSize = 200;
    static constexpr int MaxPages = 40;
    static constexpr QSize ThumbnailSize {64, 36};

    // How much the model asked of the store, for tests and diagnostics.
    struct Stats
    {
        int countQueries = 0;
        int pageQueries = 0;
        int keysetPages = 0;
        int offsetPages = 0;
        qint64 rowsRead = 0;
    };

    LibraryModel(Library::LibraryStore &store, ThumbnailProvider *thumbnails, QObject *parent = nullptr);

    // The filters (the sort fields of `query` are ignored: see sort()).
    void setQuery(const Library::Query &query);
    Library::Query query() const;
    // Reads the library again for the same query, after clips changed;
    // rows keep their place when their number stays the same.
    void refresh();
    qint64 totalCount() const { return m_count; }
    // The last error reading the library, empty when the last read worked.
    QString lastError() const { return m_lastError; }

    std::optional<Library::ClipRow> clip(int row) const;
    qint64 idAt(int row) const;
    // Among the rows read so far; -1 when not there.
    int rowOf(qint64 id) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static std::optional<Library::SortColumn> sortColumnFor(int column);

    Stats stats() const { return m_stats; }
    void resetStats() { m_stats = {}; }
    int cachedPages() const { return static_cast<int>(m_pages.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString formatSize(qint64 bytes);
    static QString formatDuration(qint64 milliseconds);
    static QString formatDate(const QDateTime &when);
    static QString statusText(Library::Status status);
    static QIcon statusIcon(Library::Status status);

signals:
    void countChanged(qint64 count);
    // Reading the library failed; the message says what to do.
    void readFailed(const QString &message);

private:
    struct CachedPage
    {
        QList<Library::ClipRow> rows;
        quint64 lastUse = 0;
    };

    Library::Query effectiveQuery() const;
    bool recount();
    void clearPages();
    const Library::ClipRow *rowAt(int row) const;
    const CachedPage *page(int pageIndex) const;
    std::optional<QList<Library::ClipRow>> readPage(int pageIndex) const;
    void fail(const QString &message) const;
    void requestThumbnails() const;
    void thumbnailReady(const QString &videoId);

    Library::LibraryStore &m_store;
    ThumbnailProvider *m_thumbnails;
    Library::Query m_query;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    qint64 m_count = 0;
    // Read on demand from const data(): a cache, not the model's state.
    mutable QHash<int, CachedPage> m_pages;
    mutable quint64 m_useCounter = 0;
    // Where the page after page p starts in the query's order, and where
    // page p starts in the reversed order.
    mutable QHash<int, Library::PageCursor> m_forward;
    mutable QHash<int, Library::PageCursor> m_backward;
    mutable QHash<qint64, QString> m_thumbnailWanted; // clip id → video id
    mutable bool m_thumbnailLookupQueued = false;
    mutable Stats m_stats;
    mutable QString m_lastError;
    mutable bool m_failureQueued = false;
};

} // namespace Ui
