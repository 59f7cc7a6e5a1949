#pragma once

#include "core/downloads/downloadrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <QHash>
#include <QList>
#include <functional>

namespace Downloads {
class DownloadManager;
}

namespace Ui {

// The download queue as rows, in queue order, kept current from the
// DownloadManager's signals (at most ten progress updates a second per
// download). Rows can be dragged to reorder the queue.
class DownloadsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsModel)

public:
    enum Column {
        NameColumn,
        ProgressColumn,
        SpeedColumn,
        TimeLeftColumn,
        NeededByColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,
        FractionRole,
        TimelinessRole, // int(Downloads::Timeliness) against the download's deadline
    };

    struct Totals
    {
        qint64 bytesDone = 0;
        qint64 sizeBytes = 0;
        double bytesPerSecond = 0;
        int unfinished = 0;
    };

    explicit DownloadsModel(Downloads::DownloadManager &manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    Downloads::DownloadRecord record(int row) const { return m_rows.value(row); }
    int rowOf(qint64 id) const;
    Totals totals() const;
    double speedOf(qint64 id) const { return m_speed.value(id); }
    // The clock deadlines are judged by (the system's unless a test sets one).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const { return m_clock(); }

    // "1.2 GB", "12.5 MB/s", "3 min 20 s": shared with the page's totals.
    static QString formatSize(qint64 bytes);
    static QString formatSpeed(double bytesPerSecond);
    static QString formatTimeLeft(qint64 remainingBytes, double bytesPerSecond);
    static QString stateText(const Downloads::DownloadRecord &record);

signals:
    void totalsChanged();

private:
    void reset(const QList<Downloads::DownloadRecord> &records);
    void update(const Downloads::DownloadRecord &record);
    void remove(qint64 id);
    void reorder(const QList<qint64> &ids);
    void progress(qint64 id, qint64 bytesDone, qint64 sizeBytes, double bytesPerSecond);

    Downloads::DownloadManager &m_manager;
    QList<Downloads::DownloadRecord> m_rows;
    QHash<qint64, double> m_speed;
    std::function<QDateTime()> m_clock = [] {
        return QDateTime::currentDateTime();
    };
};

} // namespace Ui
