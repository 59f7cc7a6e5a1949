#include "ui/player/shotlistmodel.h"

#include "ui/languagechange.h"
#include "ui/plaintext.h"
#include "ui/player/timecode.h"
#include "ui/videos/videoformat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace Ui {

ShotlistModel::ShotlistModel(QObject *parent) : QAbstractTableModel(parent)
{
    retranslateOnLanguageChange(*this);
}

void ShotlistModel::setShotlist(const QList<Catalogue::ShotlistEntry> &entries, const FrameRate &rate)
{
    beginResetModel();
    m_rate = rate;
    m_rows.clear();
    m_rows.reserve(entries.size());
    for (const Catalogue::ShotlistEntry &entry : entries)
        m_rows.append(Row {entry, -1, -1});
    readTimecodes();
    m_current = -1;
    endResetModel();
}

void ShotlistModel::setFrameRate(const FrameRate &rate)
{
    if (rate == m_rate)
        return;
    m_rate = rate;
    readTimecodes();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ShotlistModel::readTimecodes()
{
    for (Row &row : m_rows) {
        row.in = Timecode::toFrame(row.entry.tcIn, m_rate).value_or(-1);
        row.out = Timecode::toFrame(row.entry.tcOut, m_rate).value_or(-1);
    }
}

int ShotlistModel::rowAt(qint64 frame) const
{
    int found = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &shot = m_rows.at(row);
        if (shot.in < 0 || frame < shot.in)
            continue;
        // A shot without a readable tc_out lasts until the next one starts.
        const bool inside = shot.out > shot.in ? frame < shot.out : true;
        if (inside && (found < 0 || shot.in >= m_rows.at(found).in))
            found = row;
    }
    return found;
}

bool ShotlistModel::setCurrentFrame(qint64 frame)
{
    const int row = rowAt(frame);
    if (row == m_current)
        return false;
    const int previous = m_current;
    m_current = row;
    for (const int changed : {previous, row}) {
        if (changed >= 0)
            emit dataChanged(index(changed, 0), index(changed, ColumnCount - 1));
    }
    return true;
}

int ShotlistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ShotlistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ShotlistModel::describe(const Row &row) const
{
    if (!row.entry.soundbite)
        return row.entry.description;
    const QString speaker = row.entry.speaker.isEmpty() ? tr("unnamed speaker") : row.entry.speaker;
    if (!row.entry.language.isEmpty()) {
        return tr("Soundbite — %1 (%2): %3")
            .arg(speaker, VideoFormat::languageName(row.entry.language), row.entry.description);
    }
    return tr("Soundbite — %1: %2").arg(speaker, row.entry.description);
}

QVariant ShotlistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const bool current = index.row() == m_current;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case InColumn:
            return Timecode::normalised(row.entry.tcIn, m_rate);
        case OutColumn:
            return Timecode::normalised(row.entry.tcOut, m_rate);
        case DescriptionColumn:
            return describe(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == DescriptionColumn)
            return plainToolTip(describe(row));
        return tr("Click to go to %1").arg(Timecode::normalised(row.entry.tcIn, m_rate));
    case Qt::AccessibleTextRole: {
        QString text = tr("%1 to %2: %3")
                           .arg(Timecode::normalised(row.entry.tcIn, m_rate),
                                Timecode::normalised(row.entry.tcOut, m_rate), describe(row));
        return current ? tr("Now playing: %1").arg(text) : text;
    }
    case Qt::FontRole:
        if (current || (row.entry.soundbite && index.column() == DescriptionColumn)) {
            QFont font = QApplication::font();
            font.setBold(current);
            font.setItalic(row.entry.soundbite && index.column() == DescriptionColumn);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (current) {
            QColor colour = QApplication::palette().color(QPalette::Highlight);
            colour.setAlpha(70);
            return colour;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == DescriptionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignCenter);
    case InFrameRole:
        return row.in;
    case OutFrameRole:
        return row.out;
    case SoundbiteRole:
        return row.entry.soundbite;
    case CurrentRole:
        return current;
    default:
        return {};
    }
}

QVariant ShotlistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InColumn:
        return tr("In");
    case OutColumn:
        return tr("Out");
    case DescriptionColumn:
        return tr("Shot");
    default:
        return {};
    }
}

} // namespace Ui
