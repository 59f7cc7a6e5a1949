#pragma once

#include <QCache>
#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStringList>
#include <QStyledItemDelegate>

namespace Ui {

class VideoThumbnails;

// A video in the thumbnail grid: the picture with its duration on it, the
// title on up to two lines, and the date and place of publication.
class VideoDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoDelegate)

public:
    explicit VideoDelegate(VideoThumbnails &thumbnails, QObject *parent = nullptr);

    // The picture's size at the zoom (100 %: 192×108).
    QSize thumbnailSize() const { return {192 * m_zoom / 100, 108 * m_zoom / 100}; }
    int zoom() const { return m_zoom; }
    void setZoom(int percent) { m_zoom = percent; }
    // The fill of a state badge (VideosModel::StateKindRole).
    static QColor stateColor(int kind);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

private:
    // QFont::key() builds a string; views paint every cell with one font.
    QString fontKey(const QFont &font) const
    {
        if (font != m_keyFont) {
            m_keyFont = font;
            m_fontKey = font.key();
        }
        return m_fontKey;
    }

    struct Text
    {
        QString source; // the title the lines were made from
        QList<QStaticText> title; // up to two lines, the last elided
        QStaticText facts; // date and place, elided
        QStaticText formats; // "MXF · MP4 · 412 MB", elided
    };
    const Text &lines(const QModelIndex &index, const QFont &title, const QFont &small, int width) const;
    // White text on a rounded `fill`, sized by the caller (text width + 10).
    void drawBadge(QPainter *painter, const QRect &badge, const QColor &fill, const QFont &font,
                   const QString &text) const;

    VideoThumbnails &m_thumbnails;
    int m_zoom = 100;
    mutable QFont m_keyFont;
    mutable QString m_fontKey;
    mutable QCache<QString, Text> m_text {4000};
    mutable QHash<QString, QStaticText> m_badges; // durations and states: "1:35", "↓ 42 %"
};

} // namespace Ui
