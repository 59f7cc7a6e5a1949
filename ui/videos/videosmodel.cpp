#include "ui/videos/videosmodel.h"

#include "core/catalogue/cataloguecache.h"
#include "ui/languagechange.h"
#include "ui/plaintext.h"
#include "ui/videos/videoformat.h"
#include "ui/videos/videostates.h"
#include "ui/videos/videothumbnails.h"
#include "ui/widgets/datetimetext.h"

#include <QPixmap>

namespace Ui {

VideosModel::VideosModel(Portal::PortalClient &client, Catalogue::CatalogueCache &cache,
                         VideoThumbnails *thumbnails, QObject *parent)
    : QAbstractTableModel(parent), m_api(client), m_cache(cache), m_thumbnails(thumbnails)
{
    if (m_thumbnails)
        connect(m_thumbnails, &VideoThumbnails::thumbnailReady, this, &VideosModel::thumbnailReady);
    retranslateOnLanguageChange(*this);
}

QList<VideosModel::Row> VideosModel::rows(const QList<Catalogue::VideoSummary> &items)
{
    QList<Row> made;
    made.reserve(items.size());
    for (const Catalogue::VideoSummary &video : items)
        made.append(Row {video, DateTimeText::date(video.publishedAt),
                         video.durationMs > 0 ? VideoFormat::duration(video.durationMs) : QString(),
                         video.tags.join(QStringLiteral(", ")), video.formats.join(QStringLiteral(" · ")),
                         video.largestBytes >= 0 ? VideoFormat::size(video.largestBytes) : QString()});
    return made;
}

void VideosModel::setStates(VideoStates *states)
{
    if (m_states)
        disconnect(m_states, nullptr, this, nullptr);
    m_states = states;
    if (states) {
        connect(states, &VideoStates::changed, this, [this](const QString &videoId) {
            if (const int row = rowOf(videoId); row >= 0)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        });
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void VideosModel::setFilter(const VideoFilter &filter)
{
    m_filter = filter;
    restart();
}

void VideosModel::reload()
{
    restart();
}

int VideosModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int VideosModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VideosModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Catalogue::VideoSummary &video = row.video;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return video.title;
        case StateColumn:
            return m_states ? VideoStates::text(m_states->ofVideo(video.id)) : QString();
        case FormatsColumn:
            return row.formats;
        case SizeColumn:
            return row.size;
        case PublishedColumn:
            return row.date;
        case DurationColumn:
            return row.duration;
        case LocationColumn:
            return video.location;
        case TagsColumn:
            return row.tags;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TitleColumn && m_thumbnails)
            return m_thumbnails->thumbnail(video.thumbnailUrl, listThumbnailSize());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return plainToolTip(video.title);
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == TitleColumn) {
            QString text = tr("%1, published %2, %3").arg(video.title, row.date, row.duration);
            if (const QString state = m_states ? VideoStates::words(m_states->ofVideo(video.id)) : QString();
                !state.isEmpty())
                text += QStringLiteral(", ") + state;
            return text;
        }
        if (index.column() == StateColumn && m_states)
            return VideoStates::words(m_states->ofVideo(video.id));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return video.id;
    case PublishedRole:
        return video.publishedAt;
    case DurationRole:
        return video.durationMs;
    case ThumbnailUrlRole:
        return video.thumbnailUrl;
    case LocationRole:
        return video.location;
    case StateKindRole:
        return static_cast<int>(m_states ? m_states->ofVideo(video.id).kind : VideoStates::Kind::None);
    case StateTextRole:
        return m_states ? VideoStates::text(m_states->ofVideo(video.id)) : QString();
    case FormatsRole:
        return video.formats;
    case SizeRole:
        return video.largestBytes;
    case RestrictedRole:
        return video.restricted;
    }
    return {};
}

QVariant VideosModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case StateColumn:
        return tr("State");
    case FormatsColumn:
        return tr("Formats");
    case SizeColumn:
        return tr("Size");
    case PublishedColumn:
        return tr("Published");
    case DurationColumn:
        return tr("Duration");
    case LocationColumn:
        return tr("Location");
    case TagsColumn:
        return tr("Tags");
    }
    return {};
}

int VideosModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).video.id == id)
            return row;
    }
    return -1;
}

bool VideosModel::atEnd() const
{
    switch (m_source) {
    case Source::None:
        return false;
    case Source::Cache:
        return m_cacheAtEnd;
    case Source::Portal:
        return m_portalAtEnd;
    }
    return true;
}

bool VideosModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_source != Source::None && !m_fetching && !atEnd();
}

void VideosModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (m_source == Source::Portal)
        fetchPortal();
    else
        fetchCache();
}

Catalogue::LocalQuery VideosModel::localQuery() const
{
    Catalogue::LocalQuery query;
    query.text = m_filter.text;
    query.tag = m_filter.tag;
    if (m_filter.from.isValid())
        query.from = m_filter.from.startOfDay();
    if (m_filter.to.isValid())
        query.to = m_filter.to.endOfDay();
    if (!m_rows.isEmpty())
        query.after = Catalogue::ListPosition::of(m_rows.constLast().video);
    query.limit = PageSize;
    return query;
}

Catalogue::VideoListQuery VideosModel::portalQuery() const
{
    Catalogue::VideoListQuery query;
    query.text = m_filter.text.simplified();
    query.tag = m_filter.tag;
    if (m_filter.from.isValid())
        query.from = m_filter.from.startOfDay();
    if (m_filter.to.isValid())
        query.to = m_filter.to.endOfDay();
    query.limit = PageSize;
    return query;
}

void VideosModel::restart()
{
    ++m_generation;
    ++m_cacheToken;
    beginResetModel();
    m_rows.clear();
    m_rowsByThumbnail.clear();
    m_source = Source::None;
    m_cacheAtEnd = false;
    m_portalAtEnd = false;
    m_cursor.clear();
    endResetModel();
    m_fetching = false;
    fetchCache();
    setPortalFirstPending(true);
    const quint64 generation = m_generation;
    m_api.videos(portalQuery(), this, [this, generation](Portal::ApiResult<Catalogue::VideoPage> page) {
        if (generation != m_generation)
            return;
        setPortalFirstPending(false);
        if (!page.ok()) {
            emit portalFailed(page.error().message, page.error().isNetwork());
            return;
        }
        portalFirstPage(page.value());
    });
}

void VideosModel::fetchCache()
{
    setFetching(true);
    const quint64 generation = m_generation;
    const quint64 token = m_cacheToken;
    m_cache.query(localQuery(), this, [this, generation, token](Util::Result<Catalogue::LocalPage> page) {
        if (generation != m_generation || token != m_cacheToken)
            return;
        setFetching(false);
        if (!page) {
            m_cacheAtEnd = true;
            emit cacheFailed(page.error().message);
            return;
        }
        if (m_source == Source::None)
            m_source = Source::Cache;
        m_cacheAtEnd = page.value().atEnd;
        append(page.value().items);
    });
}

void VideosModel::portalFirstPage(const Catalogue::VideoPage &page)
{
    // The cache's rows give way; a cache page still under way is dropped.
    ++m_cacheToken;
    setFetching(false);
    m_source = Source::Portal;
    m_cursor = page.nextCursor;
    m_portalAtEnd = page.nextCursor.isEmpty();
    QList<Catalogue::VideoSummary> items;
    for (const Catalogue::Video &video : page.items)
        items << Catalogue::VideoSummary::from(video);
    replaceWith(items);
    m_cache.store(page.items);
    emit portalAnswered();
}

void VideosModel::fetchPortal()
{
    setFetching(true);
    Catalogue::VideoListQuery query = portalQuery();
    query.cursor = m_cursor;
    const quint64 generation = m_generation;
    m_api.videos(query, this, [this, generation](Portal::ApiResult<Catalogue::VideoPage> page) {
        if (generation != m_generation)
            return;
        setFetching(false);
        if (!page.ok()) {
            // The cache goes on from the last row shown.
            m_source = Source::Cache;
            m_cacheAtEnd = false;
            emit portalFailed(page.error().message, page.error().isNetwork());
            fetchCache();
            return;
        }
        m_cursor = page.value().nextCursor;
        m_portalAtEnd = m_cursor.isEmpty();
        QList<Catalogue::VideoSummary> items;
        for (const Catalogue::Video &video : page.value().items)
            items << Catalogue::VideoSummary::from(video);
        append(items);
        m_cache.store(page.value().items);
        emit portalAnswered();
    });
}

void VideosModel::append(const QList<Catalogue::VideoSummary> &items)
{
    if (items.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
    m_rows.append(rows(items));
    for (int row = first; row < m_rows.size(); ++row)
        m_rowsByThumbnail.insert(m_rows.at(row).video.thumbnailUrl, row);
    endInsertRows();
}

void VideosModel::replaceWith(const QList<Catalogue::VideoSummary> &items)
{
    // Where the portal agrees with the rows already shown (the usual case),
    // they are updated in place so that the view keeps its scroll position
    // and selection.
    const qsizetype common = std::min(m_rows.size(), items.size());
    bool samePrefix = true;
    for (qsizetype i = 0; i < common && samePrefix; ++i)
        samePrefix = m_rows.at(i).video.id == items.at(i).id;
    if (!samePrefix || m_rows.isEmpty()) {
        beginResetModel();
        m_rows = rows(items);
        indexThumbnails();
        endResetModel();
        return;
    }
    const QList<Row> made = rows(items);
    for (qsizetype i = 0; i < common; ++i)
        m_rows[i] = made.at(i);
    if (m_rows.size() > items.size()) {
        beginRemoveRows({}, static_cast<int>(items.size()), static_cast<int>(m_rows.size()) - 1);
        m_rows.resize(items.size());
        endRemoveRows();
    }
    indexThumbnails();
    if (common > 0)
        emit dataChanged(index(0, 0), index(static_cast<int>(common) - 1, ColumnCount - 1));
    if (items.size() > common) {
        beginInsertRows({}, static_cast<int>(common), static_cast<int>(items.size()) - 1);
        m_rows.append(made.mid(common));
        indexThumbnails();
        endInsertRows();
    }
}

void VideosModel::indexThumbnails()
{
    m_rowsByThumbnail.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowsByThumbnail.insert(m_rows.at(row).video.thumbnailUrl, row);
}

void VideosModel::thumbnailReady(const QUrl &url)
{
    for (auto it = m_rowsByThumbnail.constFind(url); it != m_rowsByThumbnail.constEnd() && it.key() == url;
         ++it)
        emit dataChanged(index(*it, TitleColumn), index(*it, TitleColumn), {Qt::DecorationRole});
}

void VideosModel::setFetching(bool fetching)
{
    const bool was = isLoading();
    m_fetching = fetching;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

void VideosModel::setPortalFirstPending(bool pending)
{
    const bool was = isLoading();
    m_portalFirstPending = pending;
    if (was != isLoading())
        emit loadingChanged(isLoading());
}

} // namespace Ui
