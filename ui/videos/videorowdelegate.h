#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Ui {

// A cell of the catalogue's table. The style's own delegate lays out and
// elides the text of every cell at every repaint, which is most of the cost
// of scrolling thousands of rows; here each cell's elided text is laid out
// once (QStaticText) and drawn from then on.
class VideoRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoRowDelegate)

public:
    explicit VideoRowDelegate(QObject *parent = nullptr);

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

    struct Cell
    {
        QString source;
        QStaticText text;
    };
    const QStaticText &text(const QModelIndex &index, const QString &source, const QFont &font,
                            int width) const;

    mutable QFont m_keyFont;
    mutable QString m_fontKey;
    mutable QCache<QString, Cell> m_cells {20000};
};

} // namespace Ui
