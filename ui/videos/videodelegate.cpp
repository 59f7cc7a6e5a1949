#include "ui/videos/videodelegate.h"

#include "ui/videos/videoformat.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videostates.h"
#include "ui/videos/videothumbnails.h"
#include "ui/widgets/datetimetext.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace Ui {

namespace {

constexpr int Padding = 8;
constexpr int Gap = 6;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.9);
    return font;
}

// Up to `lines` lines of `text` in `width`, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int lines)
{
    QStringList result;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (result.size() == lines - 1) {
            const QString rest = text.mid(line.textStart());
            result << QFontMetrics(font).elidedText(rest.simplified(), Qt::ElideRight, width);
            break;
        }
        result << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return result;
}

QStaticText prepared(const QString &text, const QFont &font)
{
    QStaticText staticText(text);
    staticText.setTextFormat(Qt::PlainText);
    staticText.prepare(QTransform(), font);
    return staticText;
}

// A rounded tag on the picture; translucent or strong, it reads on any frame.
void fillBadge(QPainter *painter, const QRect &badge, const QColor &fill)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, 3, 3);
    painter->fillPath(path, fill);
    painter->setRenderHint(QPainter::Antialiasing, false);
}

} // namespace

void VideoDelegate::drawBadge(QPainter *painter, const QRect &badge, const QColor &fill, const QFont &font,
                              const QString &text) const
{
    fillBadge(painter, badge, fill);
    painter->setFont(font);
    painter->setPen(Qt::white);
    // Badge texts repeat from card to card: shaped once.
    auto shaped = m_badges.constFind(text);
    if (shaped == m_badges.constEnd())
        shaped = m_badges.insert(text, prepared(text, font));
    painter->drawStaticText(badge.left() + 5, badge.top() + 1, *shaped);
}

QColor VideoDelegate::stateColor(int kind)
{
    // Strong, opaque fills under white text: legible on any picture and theme.
    switch (static_cast<VideoStates::Kind>(kind)) {
    case VideoStates::Kind::Verified:
    case VideoStates::Kind::InLibrary:
        return {30, 130, 60, 230};
    case VideoStates::Kind::Downloading:
        return {25, 100, 190, 230};
    case VideoStates::Kind::Failed:
        return {190, 40, 40, 230};
    case VideoStates::Kind::Queued:
    case VideoStates::Kind::Paused:
    case VideoStates::Kind::None:
        break;
    }
    return {70, 70, 70, 220};
}

const VideoDelegate::Text &VideoDelegate::lines(const QModelIndex &index, const QFont &title,
                                                const QFont &small, int width) const
{
    // Shaping and wrapping text is most of the cost of a cell: done once
    // per video, not at every repaint while scrolling.
    const QString key =
        index.data(VideosModel::IdRole).toString() + u'|' + QString::number(width) + u'|' + fontKey(title);
    const QString source = index.data(Qt::DisplayRole).toString();
    if (const Text *cached = m_text.object(key); cached && cached->source == source)
        return *cached;
    auto *text = new Text;
    text->source = source;
    for (const QString &line : wrapped(source, title, width, 2))
        text->title.append(prepared(line, title));
    QString facts = DateTimeText::date(index.data(VideosModel::PublishedRole).toDateTime());
    const QString location = index.data(VideosModel::LocationRole).toString();
    if (!location.isEmpty())
        facts += QStringLiteral(" · ") + location;
    text->facts = prepared(QFontMetrics(small).elidedText(facts, Qt::ElideRight, width), small);
    QStringList formats = index.data(VideosModel::FormatsRole).toStringList();
    if (const qint64 bytes = index.data(VideosModel::SizeRole).toLongLong(); bytes >= 0)
        formats << VideoFormat::size(bytes);
    text->formats = prepared(
        QFontMetrics(small).elidedText(formats.join(QStringLiteral(" · ")), Qt::ElideRight, width), small);
    m_text.insert(key, text);
    return *m_text.object(key);
}

VideoDelegate::VideoDelegate(VideoThumbnails &thumbnails, QObject *parent)
    : QStyledItemDelegate(parent), m_thumbnails(thumbnails)
{ }

QSize VideoDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(titleFont(option.font));
    const QFontMetrics small(smallFont(option.font));
    return {thumbnailSize().width() + 2 * Padding,
            Padding + thumbnailSize().height() + Gap + 2 * title.lineSpacing() + 2 + 2 * small.lineSpacing()
                + Padding};
}

void VideoDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    // Not initStyleOption(): it would ask the model for the list's small
    // picture as well. The background (selection, hover) covers the cell.
    QStyleOptionViewItem opt = option;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.features = QStyleOptionViewItem::None;
    opt.showDecorationSelected = true;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect cell = opt.rect;
    const QSize thumbSize = thumbnailSize();
    const QRect thumbRect(cell.left() + (cell.width() - thumbSize.width()) / 2, cell.top() + Padding,
                          thumbSize.width(), thumbSize.height());
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QUrl url = index.data(VideosModel::ThumbnailUrlRole).toUrl();
    painter->drawPixmap(thumbRect, m_thumbnails.thumbnail(url, thumbSize, ratio));
    // A hairline frame; four fills cost far less than a translucent pen.
    const QColor frame(0, 0, 0, 40);
    painter->fillRect(QRect(thumbRect.topLeft(), QSize(thumbRect.width(), 1)), frame);
    painter->fillRect(QRect(thumbRect.left(), thumbRect.bottom(), thumbRect.width(), 1), frame);
    painter->fillRect(QRect(thumbRect.left(), thumbRect.top() + 1, 1, thumbRect.height() - 2), frame);
    painter->fillRect(QRect(thumbRect.right(), thumbRect.top() + 1, 1, thumbRect.height() - 2), frame);

    // The duration on the picture, as video sites show it.
    const qint64 durationMs = index.data(VideosModel::DurationRole).toLongLong();
    const QFont small = smallFont(opt.font);
    QFont badgeFont = small;
    badgeFont.setWeight(QFont::DemiBold);
    const QFontMetrics badgeMetrics(badgeFont);
    const auto sizeFor = [&badgeMetrics](const QString &text) {
        return QSize(badgeMetrics.horizontalAdvance(text) + 10, badgeMetrics.height() + 2);
    };
    if (durationMs > 0) {
        const QString text = VideoFormat::duration(durationMs);
        const QSize size = sizeFor(text);
        drawBadge(
            painter,
            QRect(QPoint(thumbRect.right() - size.width() - 4, thumbRect.bottom() - size.height() - 4), size),
            QColor(0, 0, 0, 180), badgeFont, text);
    }
    // What is here or on its way, top left; restricted terms, top right.
    if (const QString state = index.data(VideosModel::StateTextRole).toString(); !state.isEmpty())
        drawBadge(painter, QRect(QPoint(thumbRect.left() + 4, thumbRect.top() + 4), sizeFor(state)),
                  stateColor(index.data(VideosModel::StateKindRole).toInt()), badgeFont, state);
    if (index.data(VideosModel::RestrictedRole).toBool()) {
        QFont markFont = small;
        markFont.setWeight(QFont::Bold);
        const int side = QFontMetrics(markFont).height() + 4;
        const QRect badge(thumbRect.right() - side - 3, thumbRect.top() + 4, side, side);
        fillBadge(painter, badge, QColor(190, 40, 40, 225));
        painter->setFont(markFont);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("⚠"));
    }

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
        : opt.state & QStyle::State_Active                                  ? QPalette::Normal
                                                                            : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quietColor = textColor;
    quietColor.setAlphaF(selected ? 0.85f : 0.65f);

    const int textWidth = thumbSize.width();
    const QFont title = titleFont(opt.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics smallMetrics(small);
    const Text &text = lines(index, title, small, textWidth);
    int y = thumbRect.bottom() + 1 + Gap;
    painter->setFont(title);
    painter->setPen(textColor);
    for (const QStaticText &line : text.title) {
        painter->drawStaticText(thumbRect.left(), y, line);
        y += titleMetrics.lineSpacing();
    }
    y = thumbRect.bottom() + 1 + Gap + 2 * titleMetrics.lineSpacing() + 2;
    painter->setFont(small);
    painter->setPen(quietColor);
    painter->drawStaticText(thumbRect.left(), y, text.facts);
    painter->drawStaticText(thumbRect.left(), y + smallMetrics.lineSpacing(), text.formats);
    painter->restore();

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = cell.adjusted(2, 2, -2, -2);
        focus.backgroundColor = opt.palette.color(group, selected ? QPalette::Highlight : QPalette::Base);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace Ui
