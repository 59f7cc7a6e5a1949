#include "ui/library/librarymodel.h"

#include "core/catalogue/video.h"
#include "core/library/librarystore.h"
#include "core/library/searchtext.h"
#include "ui/languagechange.h"
#include "ui/library/thumbnailprovider.h"
#include "ui/plaintext.h"
#include "ui/widgets/datetimetext.h"

#include <QIcon>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QPixmapCache>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace Ui {

using Library::ClipRow;
using Library::PageCursor;
using Library::SortColumn;
using Library::Status;

namespace {

// Looking up thumbnail addresses reads whole clips: a screenful at a time.
constexpr int ThumbnailLookupsPerRound = 60;

} // namespace

LibraryModel::LibraryModel(Library::LibraryStore &store, ThumbnailProvider *thumbnails, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_thumbnails(thumbnails)
{
    if (m_thumbnails)
        connect(m_thumbnails, &ThumbnailProvider::thumbnailReady, this, &LibraryModel::thumbnailReady);
    recount();
    retranslateOnLanguageChange(*this);
}

std::optional<SortColumn> LibraryModel::sortColumnFor(int column)
{
    switch (column) {
    case TitleColumn:
        return SortColumn::Title;
    case DownloadedColumn:
        return SortColumn::DownloadedAt;
    case FormatColumn:
        return SortColumn::Format;
    case SizeColumn:
        return SortColumn::Size;
    case DurationColumn:
        return SortColumn::Duration;
    case StatusColumn:
        return SortColumn::Status;
    }
    return std::nullopt;
}

Library::Query LibraryModel::effectiveQuery() const
{
    Library::Query query = m_query;
    if (const auto column = sortColumnFor(m_sortColumn)) {
        query.sort = *column;
        query.order = m_sortOrder;
    } else if (!Library::SearchText::matchExpression(query.text).isEmpty()) {
        query.sort = SortColumn::Relevance;
        query.order = Qt::AscendingOrder;
    } else {
        query.sort = SortColumn::DownloadedAt;
        query.order = Qt::DescendingOrder;
    }
    return query;
}

Library::Query LibraryModel::query() const
{
    return effectiveQuery();
}

void LibraryModel::setQuery(const Library::Query &query)
{
    beginResetModel();
    m_query = query;
    clearPages();
    recount();
    endResetModel();
    emit countChanged(m_count);
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortColumn = sortColumnFor(column) ? column : -1;
    m_sortOrder = order;
    clearPages();
    endResetModel();
}

void LibraryModel::refresh()
{
    const qint64 before = m_count;
    clearPages();
    m_stats.countQueries++;
    const auto counted = m_store.count(effectiveQuery());
    if (!counted)
        fail(counted.error().message);
    const qint64 after = counted ? std::min<qint64>(counted.value(), std::numeric_limits<int>::max()) : 0;
    if (after > before) {
        beginInsertRows({}, static_cast<int>(before), static_cast<int>(after - 1));
        m_count = after;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, static_cast<int>(after), static_cast<int>(before - 1));
        m_count = after;
        endRemoveRows();
    }
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(static_cast<int>(m_count - 1), ColumnCount - 1));
    emit countChanged(m_count);
}

bool LibraryModel::recount()
{
    m_stats.countQueries++;
    const auto counted = m_store.count(effectiveQuery());
    if (!counted) {
        m_count = 0;
        fail(counted.error().message);
        return false;
    }
    m_lastError.clear();
    // A view counts rows in int; two thousand million clips is far beyond a library.
    m_count = std::min<qint64>(counted.value(), std::numeric_limits<int>::max());
    return true;
}

void LibraryModel::clearPages()
{
    m_pages.clear();
    m_forward.clear();
    m_backward.clear();
}

void LibraryModel::fail(const QString &message) const
{
    m_lastError = tr("The clip library could not be read: %1").arg(message);
    if (m_failureQueued)
        return;
    // data() may be running inside a paint: tell the page afterwards.
    m_failureQueued = true;
    auto *self = const_cast<LibraryModel *>(this);
    QTimer::singleShot(0, self, [self] {
        self->m_failureQueued = false;
        emit self->readFailed(self->m_lastError);
    });
}

std::optional<QList<ClipRow>> LibraryModel::readPage(int pageIndex) const
{
    const Library::Query query = effectiveQuery();
    const qint64 first = qint64(pageIndex) * PageSize;
    const int wanted = static_cast<int>(std::min<qint64>(PageSize, m_count - first));
    if (wanted <= 0)
        return QList<ClipRow>();
    // Relevance has no key to turn around; it pages by offset either way.
    const bool reversible = query.sort != SortColumn::Relevance;

    const auto forward = [&](const PageCursor &after, bool byOffset) -> std::optional<QList<ClipRow>> {
        m_stats.pageQueries++;
        (byOffset ? m_stats.offsetPages : m_stats.keysetPages)++;
        auto read = m_store.pageAfter(query, after, PageSize);
        if (!read) {
            fail(read.error().message);
            return std::nullopt;
        }
        m_forward.insert(pageIndex, read.value().next);
        m_stats.rowsRead += read.value().rows.size();
        return read.value().rows;
    };
    const auto backward = [&](const PageCursor &after, bool byOffset) -> std::optional<QList<ClipRow>> {
        Library::Query reversed = query;
        reversed.order = query.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        m_stats.pageQueries++;
        (byOffset ? m_stats.offsetPages : m_stats.keysetPages)++;
        auto read = m_store.pageAfter(reversed, after, wanted);
        if (!read) {
            fail(read.error().message);
            return std::nullopt;
        }
        m_backward.insert(pageIndex, read.value().next);
        m_stats.rowsRead += read.value().rows.size();
        QList<ClipRow> rows = read.value().rows;
        std::reverse(rows.begin(), rows.end());
        return rows;
    };

    if (pageIndex == 0)
        return forward({}, false);
    if (const auto it = m_forward.constFind(pageIndex - 1); it != m_forward.cend())
        return forward(*it, false);
    const int lastPage = static_cast<int>((m_count - 1) / PageSize);
    if (reversible && pageIndex == lastPage)
        return backward({}, false);
    if (const auto it = m_backward.constFind(pageIndex + 1); reversible && it != m_backward.cend())
        return backward(*it, false);
    // A jump: skip from whichever end is nearer; scrolling on from here is by key again.
    const qint64 fromEnd = m_count - first - wanted;
    if (reversible && fromEnd < first)
        return backward(PageCursor {{}, 0, fromEnd, false}, true);
    return forward(PageCursor {{}, 0, first, false}, true);
}

const LibraryModel::CachedPage *LibraryModel::page(int pageIndex) const
{
    if (const auto it = m_pages.find(pageIndex); it != m_pages.end()) {
        it->lastUse = ++m_useCounter;
        return &it.value();
    }
    if (m_pages.size() >= MaxPages) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    // A page that failed to read is kept empty, so that painting does not
    // ask again and again; refresh() tries anew.
    auto rows = readPage(pageIndex);
    return &m_pages.insert(pageIndex, CachedPage {rows.value_or(QList<ClipRow>()), ++m_useCounter}).value();
}

const ClipRow *LibraryModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const CachedPage *cached = page(row / PageSize);
    const int within = row % PageSize;
    return within < cached->rows.size() ? &cached->rows.at(within) : nullptr;
}

std::optional<ClipRow> LibraryModel::clip(int row) const
{
    if (const ClipRow *r = rowAt(row))
        return *r;
    return std::nullopt;
}

qint64 LibraryModel::idAt(int row) const
{
    const ClipRow *r = rowAt(row);
    return r ? r->id : 0;
}

int LibraryModel::rowOf(qint64 id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const auto found =
            std::find_if(it->rows.cbegin(), it->rows.cend(), [id](const ClipRow &r) { return r.id == id; });
        if (found != it->rows.cend())
            return it.key() * PageSize + static_cast<int>(found - it->rows.cbegin());
    }
    return -1;
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ClipRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case StatusRole:
        return static_cast<int>(r->status);
    case VideoIdRole:
        return r->thumbnailKey;
    case SizeRole:
        return r->sizeBytes;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return plainToolTip(r->title);
        if (index.column() == DownloadedColumn)
            return formatDate(r->downloadedAt);
        if (index.column() == StatusColumn && r->status == Status::Corrupt)
            return tr("The file no longer matches the portal's SHA-256 checksum: it was changed or damaged.");
        if (index.column() == StatusColumn && r->status == Status::Missing)
            return tr("The file is not where the library expects it: relink it or delete the clip.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn || index.column() == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return statusIcon(r->status);
        if (index.column() == TitleColumn && m_thumbnails) {
            if (m_thumbnails->wants(r->thumbnailKey) && !m_thumbnailWanted.contains(r->id)) {
                m_thumbnailWanted.insert(r->id, r->thumbnailKey);
                requestThumbnails();
            }
            // The same picture when selected: a tinted thumbnail misleads.
            const QPixmap picture = m_thumbnails->thumbnail(r->thumbnailKey, ThumbnailSize);
            QIcon icon(picture);
            icon.addPixmap(picture, QIcon::Selected);
            return icon;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TitleColumn:
        return r->title.isEmpty() ? tr("(untitled)") : r->title;
    case DownloadedColumn:
        return DateTimeText::date(r->downloadedAt);
    case FormatColumn:
        return r->container.toUpper();
    case SizeColumn:
        return formatSize(r->sizeBytes);
    case DurationColumn:
        return formatDuration(r->durationMs);
    case StatusColumn:
        return statusText(r->status);
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The first click on a header shows what is most often wanted: names
    // from A, the newest, largest and longest first.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole) {
        const bool descending =
            section == DownloadedColumn || section == SizeColumn || section == DurationColumn;
        return static_cast<int>(descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Clip");
    case DownloadedColumn:
        return tr("Downloaded");
    case FormatColumn:
        return tr("Format");
    case SizeColumn:
        return tr("Size");
    case DurationColumn:
        return tr("Duration");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void LibraryModel::requestThumbnails() const
{
    if (m_thumbnailLookupQueued)
        return;
    m_thumbnailLookupQueued = true;
    // After painting: the address is in the clip's metadata, a whole-row read.
    QTimer::singleShot(0, this, [this] {
        m_thumbnailLookupQueued = false;
        int done = 0;
        for (auto it = m_thumbnailWanted.begin();
             it != m_thumbnailWanted.end() && done < ThumbnailLookupsPerRound; ++done) {
            const qint64 id = it.key();
            const QString videoId = it.value();
            it = m_thumbnailWanted.erase(it);
            if (!m_thumbnails->wants(videoId))
                continue;
            QUrl url;
            if (const auto found = m_store.find(id); found && found.value()) {
                const QJsonObject json = QJsonDocument::fromJson(found.value()->metadataJson).object();
                if (const auto video = Catalogue::Video::fromJson(json))
                    url = video->thumbnailUrl;
            }
            m_thumbnails->request(videoId, url);
        }
        if (!m_thumbnailWanted.isEmpty())
            requestThumbnails();
    });
}

void LibraryModel::thumbnailReady(const QString &videoId)
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->rows.size(); ++i) {
            if (it->rows.at(i).thumbnailKey == videoId) {
                const QModelIndex cell = index(it.key() * PageSize + i, TitleColumn);
                emit dataChanged(cell, cell, {Qt::DecorationRole});
            }
        }
    }
}

QString LibraryModel::formatSize(qint64 bytes)
{
    return bytes < 0 ? tr("unknown") : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString LibraryModel::formatDuration(qint64 milliseconds)
{
    if (milliseconds <= 0)
        return {};
    const qint64 seconds = (milliseconds + 500) / 1000;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg(seconds / 60 % 60, seconds >= 3600 ? 2 : 1, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return seconds >= 3600 ? QString::number(seconds / 3600) + u':' + minutesSeconds : minutesSeconds;
}

QString LibraryModel::formatDate(const QDateTime &when)
{
    return DateTimeText::dateTime(when);
}

QString LibraryModel::statusText(Status status)
{
    switch (status) {
    case Status::Ok:
        return tr("Verified");
    case Status::Missing:
        return tr("Missing");
    case Status::Corrupt:
        return tr("Damaged");
    case Status::Unverified:
        return tr("Not verified");
    }
    return {};
}

QIcon LibraryModel::statusIcon(Status status)
{
    QColor colour;
    switch (status) {
    case Status::Ok:
        colour = QColor(0x2e, 0x8b, 0x57);
        break;
    case Status::Missing:
        colour = QColor(0xc0, 0x7a, 0x00);
        break;
    case Status::Corrupt:
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    case Status::Unverified:
        colour = QColor(0x90, 0x96, 0x9c);
        break;
    }
    const QString key = QStringLiteral("mmdesk-status-") + colour.name();
    QPixmap dot;
    if (!QPixmapCache::find(key, &dot)) {
        dot = QPixmap(12, 12);
        dot.fill(Qt::transparent);
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
        painter.end();
        QPixmapCache::insert(key, dot);
    }
    return QIcon(dot);
}

} // namespace Ui
