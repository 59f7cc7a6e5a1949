#pragma once

#include "core/catalogue/video.h"
#include "ui/player/framerate.h"

#include <QAbstractTableModel>
#include <QList>

namespace Ui {

// A clip's shot list for the player: one row per shot or soundbite with its
// timecode in and out (in the player's notation), what it shows, and for
// soundbites who speaks. The shot under the playhead is the current row.
class ShotlistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShotlistModel)

public:
    enum Column { InColumn, OutColumn, DescriptionColumn, ColumnCount };
    enum Role {
        InFrameRole = Qt::UserRole + 1, // qint64, -1 when tc_in cannot be read
        OutFrameRole,
        SoundbiteRole,
        CurrentRole,
    };

    explicit ShotlistModel(QObject *parent = nullptr);

    void setShotlist(const QList<Catalogue::ShotlistEntry> &entries, const FrameRate &rate);
    // Re-reads the timecodes at another rate (once the media says what it is).
    void setFrameRate(const FrameRate &rate);
    const Catalogue::ShotlistEntry &entry(int row) const { return m_rows.at(row).entry; }
    qint64 inFrame(int row) const { return m_rows.at(row).in; }

    // The row whose [in, out) holds the frame (the latest one starting at or
    // before it when shots overlap); -1 when none.
    int rowAt(qint64 frame) const;
    int currentRow() const { return m_current; }
    // Returns whether the current row changed.
    bool setCurrentFrame(qint64 frame);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        Catalogue::ShotlistEntry entry;
        qint64 in = -1;
        qint64 out = -1;
    };

    void readTimecodes();
    QString describe(const Row &row) const;

    QList<Row> m_rows;
    FrameRate m_rate;
    int m_current = -1;
};

} // namespace Ui
