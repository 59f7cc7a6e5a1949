#include "ui/downloads/downloadsmodel.h"

#include "core/downloads/deadline.h"
#include "core/downloads/downloadmanager.h"
#include "ui/languagechange.h"
#include "ui/plaintext.h"
#include "ui/widgets/datetimetext.h"

#include <QColor>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QRegularExpression>

namespace Ui {

namespace {
const QString MimeType = QStringLiteral("application/x-mmdesk-download-ids");
} // namespace

DownloadsModel::DownloadsModel(Downloads::DownloadManager &manager, QObject *parent)
    : QAbstractTableModel(parent), m_manager(manager)
{
    connect(&manager, &Downloads::DownloadManager::started, this, [this] { reset(m_manager.downloads()); });
    connect(&manager, &Downloads::DownloadManager::changed, this, &DownloadsModel::update);
    connect(&manager, &Downloads::DownloadManager::removed, this, &DownloadsModel::remove);
    connect(&manager, &Downloads::DownloadManager::orderChanged, this, &DownloadsModel::reorder);
    connect(&manager, &Downloads::DownloadManager::progress, this, &DownloadsModel::progress);
    reset(manager.downloads());
    retranslateOnLanguageChange(*this);
}

void DownloadsModel::reset(const QList<Downloads::DownloadRecord> &records)
{
    beginResetModel();
    m_rows = records;
    m_speed.clear();
    endResetModel();
    emit totalsChanged();
}

int DownloadsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void DownloadsModel::update(const Downloads::DownloadRecord &record)
{
    const int row = rowOf(record.id);
    if (row < 0) {
        beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size()));
        m_rows.append(record);
        endInsertRows();
    } else {
        m_rows[row] = record;
        if (record.state != Downloads::State::Active)
            m_speed.remove(record.id);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    emit totalsChanged();
}

void DownloadsModel::remove(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_speed.remove(id);
    endRemoveRows();
    emit totalsChanged();
}

void DownloadsModel::reorder(const QList<qint64> &ids)
{
    emit layoutAboutToBeChanged();
    QList<Downloads::DownloadRecord> sorted;
    for (const qint64 id : ids) {
        if (const int row = rowOf(id); row >= 0)
            sorted.append(m_rows.at(row));
    }
    m_rows = sorted;
    emit layoutChanged();
}

void DownloadsModel::progress(qint64 id, qint64 bytesDone, qint64 sizeBytes, double bytesPerSecond)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_rows[row].bytesDone = bytesDone;
    if (sizeBytes >= 0)
        m_rows[row].sizeBytes = sizeBytes;
    m_speed.insert(id, bytesPerSecond);
    emit dataChanged(index(row, ProgressColumn), index(row, NeededByColumn));
    emit totalsChanged();
}

int DownloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DownloadsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DownloadsModel::formatSize(qint64 bytes)
{
    return bytes < 0 ? tr("unknown size") : QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString DownloadsModel::formatSpeed(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    return tr("%1/s").arg(
        QLocale().formattedDataSize(static_cast<qint64>(bytesPerSecond), 1, QLocale::DataSizeSIFormat));
}

QString DownloadsModel::formatTimeLeft(qint64 remainingBytes, double bytesPerSecond)
{
    if (bytesPerSecond < 1 || remainingBytes <= 0)
        return {};
    const qint64 seconds = static_cast<qint64>(double(remainingBytes) / bytesPerSecond + 0.5);
    if (seconds < 60)
        return tr("%n s", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString DownloadsModel::stateText(const Downloads::DownloadRecord &record)
{
    using Downloads::State;
    switch (record.state) {
    case State::Queued:
        // Said by its code: the stored message keeps the language it was written in.
        if (record.errorCode == QLatin1String(Downloads::Engine::WorkingOffline))
            return tr("Queued: waits while working offline");
        return tr("Queued");
    case State::Active:
        return record.errorMessage.isEmpty() ? tr("Downloading") : record.errorMessage;
    case State::Paused:
        return record.errorMessage.isEmpty() ? tr("Paused") : tr("Paused: %1").arg(record.errorMessage);
    case State::Failed:
        return tr("Failed: %1").arg(record.errorMessage);
    case State::Corrupt:
        return tr("Damaged: %1").arg(record.errorMessage);
    case State::Completed:
        return tr("Completed and verified");
    }
    return {};
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Downloads::DownloadRecord &r = m_rows.at(index.row());
    const double fraction = r.sizeBytes > 0 ? double(r.bytesDone) / double(r.sizeBytes) : 0.0;
    if (role == IdRole)
        return r.id;
    if (role == StateRole)
        return static_cast<int>(r.state);
    if (role == FractionRole)
        return r.state == Downloads::State::Completed ? 1.0 : fraction;
    if (role == TimelinessRole)
        return static_cast<int>(Downloads::checkDeadline(r, m_speed.value(r.id), m_clock()).timeliness);
    if (index.column() == NeededByColumn && (role == Qt::ForegroundRole || role == Qt::ToolTipRole)) {
        const Downloads::DeadlineCheck check = Downloads::checkDeadline(r, m_speed.value(r.id), m_clock());
        if (role == Qt::ForegroundRole) {
            switch (check.timeliness) {
            case Downloads::Timeliness::OnTime:
                return QColor(30, 130, 60);
            case Downloads::Timeliness::Late:
            case Downloads::Timeliness::Missed:
                return QColor(200, 40, 40);
            case Downloads::Timeliness::None:
            case Downloads::Timeliness::Unknown:
                return {};
            }
            return {};
        }
        const QString eta = DateTimeText::clock(check.eta, m_clock().date());
        switch (check.timeliness) {
        case Downloads::Timeliness::OnTime:
            return r.state == Downloads::State::Completed
                ? tr("Done in time.")
                : tr("At this speed it ends about %1, in time.").arg(eta);
        case Downloads::Timeliness::Late:
            return tr("At this speed it ends about %1: too late.").arg(eta);
        case Downloads::Timeliness::Missed:
            return tr("The time it was needed by has passed.");
        case Downloads::Timeliness::Unknown:
            return tr("Whether it makes it is known once it runs.");
        case Downloads::Timeliness::None:
            return tr("No deadline. Set one with Set Deadline… in its menu.");
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        return plainToolTip(tr("%1\n%2\n%3").arg(r.title, r.label, r.targetPath()));
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const bool running = r.state == Downloads::State::Active;
    switch (index.column()) {
    case NameColumn:
        return r.label.isEmpty() ? r.title : tr("%1 — %2").arg(r.title, r.label);
    case ProgressColumn:
        return tr("%1 of %2 (%3%)")
            .arg(formatSize(r.state == Downloads::State::Completed ? r.sizeBytes : r.bytesDone),
                 formatSize(r.sizeBytes))
            .arg(static_cast<int>(100 * (r.state == Downloads::State::Completed ? 1.0 : fraction)));
    case SpeedColumn:
        return running ? formatSpeed(m_speed.value(r.id)) : QString();
    case TimeLeftColumn:
        return running ? formatTimeLeft(r.sizeBytes - r.bytesDone, m_speed.value(r.id)) : QString();
    case NeededByColumn: {
        if (!r.neededBy.isValid())
            return QString();
        const QString when = DateTimeText::clock(r.neededBy, m_clock().date());
        switch (Downloads::checkDeadline(r, m_speed.value(r.id), m_clock()).timeliness) {
        case Downloads::Timeliness::OnTime:
            return tr("%1 ✓", "needed by, on time").arg(when);
        case Downloads::Timeliness::Late:
        case Downloads::Timeliness::Missed:
            return tr("%1 ⚠ late", "needed by, late").arg(when);
        case Downloads::Timeliness::Unknown:
        case Downloads::Timeliness::None:
            break;
        }
        return when;
    }
    case StatusColumn:
        return stateText(r);
    }
    return {};
}

void DownloadsModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, NeededByColumn), index(rowCount() - 1, NeededByColumn));
}

QVariant DownloadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Clip");
    case ProgressColumn:
        return tr("Progress");
    case SpeedColumn:
        return tr("Speed");
    case TimeLeftColumn:
        return tr("Time left");
    case NeededByColumn:
        return tr("Needed by");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

Qt::ItemFlags DownloadsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions DownloadsModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList DownloadsModel::mimeTypes() const
{
    return {MimeType};
}

QMimeData *DownloadsModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = index.data(IdRole).toLongLong();
        if (!ids.contains(id))
            ids.append(id);
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << ids;
    auto *mime = new QMimeData;
    mime->setData(MimeType, encoded);
    return mime;
}

bool DownloadsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                  const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(MimeType))
        return false;
    QList<qint64> ids;
    QDataStream stream(data->data(MimeType));
    stream >> ids;
    // Dropped on a row: before it; below the last row: at the end.
    const int target = row >= 0 ? row : parent.isValid() ? parent.row() : static_cast<int>(m_rows.size());
    const qint64 beforeId = target < m_rows.size() ? m_rows.at(target).id : 0;
    for (const qint64 id : std::as_const(ids)) {
        if (id != beforeId)
            m_manager.moveBefore(id, beforeId);
    }
    // The rows move when the queue reports its new order.
    return false;
}

DownloadsModel::Totals DownloadsModel::totals() const
{
    Totals totals;
    for (const Downloads::DownloadRecord &r : m_rows) {
        if (r.state == Downloads::State::Completed)
            continue;
        ++totals.unfinished;
        if (r.sizeBytes > 0) {
            totals.sizeBytes += r.sizeBytes;
            totals.bytesDone += r.bytesDone;
        }
        totals.bytesPerSecond += m_speed.value(r.id);
    }
    return totals;
}

} // namespace Ui
