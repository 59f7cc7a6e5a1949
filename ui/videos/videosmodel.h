#pragma once

#include "core/catalogue/catalogueapi.h"
#include "core/catalogue/cataloguestore.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QMultiHash>
#include <QSize>

namespace Catalogue {
class CatalogueCache;
}

namespace Ui {

class VideoStates;
class VideoThumbnails;

// What the person narrows the catalogue to; every part optional.
struct VideoFilter
{
    QString text;
    QString tag;
    QDate from; // published on or after this day (local time)
    QDate to; // published on or before this day

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && tag.isEmpty() && !from.isValid() && !to.isValid();
    }
    bool operator==(const VideoFilter &other) const = default;
};

// The catalogue as rows, newest first, a page at a time as the person
// scrolls (canFetchMore/fetchMore). Each (re)start asks the cache and the
// portal at once: the cache's rows show while the portal answers, then the
// portal's pages replace them and are kept in the cache. When the portal
// cannot be reached, the rows come from the cache, continuing after the
// last row shown (both use the same order).
class VideosModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideosModel)

public:
    enum Column {
        TitleColumn,
        StateColumn,
        PublishedColumn,
        DurationColumn,
        FormatsColumn,
        SizeColumn,
        LocationColumn,
        TagsColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        PublishedRole,
        DurationRole,
        ThumbnailUrlRole,
        LocationRole,
        StateKindRole, // int(VideoStates::Kind)
        StateTextRole, // "✓ Verified", "↓ 42 %"; empty when nothing is here
        FormatsRole, // QStringList {"MXF", "MP4"}
        SizeRole, // the largest rendition, bytes (-1: unknown)
        RestrictedRole, // the portal states terms of use
    };
    enum class Source { None, Cache, Portal };

    static constexpr int PageSize = 100;

    VideosModel(Portal::PortalClient &client, Catalogue::CatalogueCache &cache, VideoThumbnails *thumbnails,
                QObject *parent = nullptr);

    // What is in the library or on its way, for every row; may be null.
    void setStates(VideoStates *states);
    void setFilter(const VideoFilter &filter);
    VideoFilter filter() const { return m_filter; }
    // Starts again with the same filter.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    Catalogue::VideoSummary summary(int row) const { return m_rows.value(row).video; }
    int rowOf(const QString &id) const;
    Source source() const { return m_source; }
    // A page is being fetched, or the portal's first answer is awaited.
    bool isLoading() const { return m_fetching || m_portalFirstPending; }
    bool atEnd() const;

    static QSize listThumbnailSize() { return {64, 36}; }

signals:
    void loadingChanged(bool loading);
    // The portal answered a page: the rows are its own.
    void portalAnswered();
    // The portal did not answer (offline: it could not be reached); the
    // cache serves the rows.
    void portalFailed(const QString &message, bool offline);
    void cacheFailed(const QString &message);

private:
    // A video with the texts its cells show, made once: views ask for them
    // at every repaint.
    struct Row
    {
        Catalogue::VideoSummary video;
        QString date;
        QString duration;
        QString tags;
        QString formats;
        QString size;
    };
    static QList<Row> rows(const QList<Catalogue::VideoSummary> &items);

    void restart();
    void fetchCache();
    void fetchPortal();
    void portalFirstPage(const Catalogue::VideoPage &page);
    void append(const QList<Catalogue::VideoSummary> &items);
    void replaceWith(const QList<Catalogue::VideoSummary> &items);
    void indexThumbnails();
    void thumbnailReady(const QUrl &url);
    void setFetching(bool fetching);
    void setPortalFirstPending(bool pending);
    Catalogue::LocalQuery localQuery() const;
    Catalogue::VideoListQuery portalQuery() const;

    Catalogue::CatalogueApi m_api;
    Catalogue::CatalogueCache &m_cache;
    VideoThumbnails *m_thumbnails;
    VideoStates *m_states = nullptr;
    VideoFilter m_filter;
    QList<Row> m_rows;
    QMultiHash<QUrl, int> m_rowsByThumbnail;
    Source m_source = Source::None;
    quint64 m_generation = 0; // answers to an earlier start are dropped
    quint64 m_cacheToken = 0; // cache answers after the portal took over are dropped
    bool m_fetching = false;
    bool m_portalFirstPending = false;
    bool m_cacheAtEnd = false;
    bool m_portalAtEnd = false;
    QString m_cursor;
};

} // namespace Ui
