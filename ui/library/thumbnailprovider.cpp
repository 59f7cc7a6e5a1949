#include "ui/library/thumbnailprovider.h"

#include "ui/uiresources.h"
#include "ui/videos/videothumbnails.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace Ui {

ThumbnailProvider::ThumbnailProvider(Catalogue::ThumbnailCache *cache, QObject *parent)
    : QObject(parent), m_pictures(cache ? std::make_unique<VideoThumbnails>(*cache) : nullptr)
{
    if (m_pictures)
        connect(m_pictures.get(), &VideoThumbnails::thumbnailReady, this, &ThumbnailProvider::arrived);
}

ThumbnailProvider::~ThumbnailProvider() = default;

bool ThumbnailProvider::wants(const QString &videoId) const
{
    return m_pictures && !videoId.isEmpty() && !m_urls.contains(videoId);
}

void ThumbnailProvider::request(const QString &videoId, const QUrl &url)
{
    if (videoId.isEmpty() || m_urls.contains(videoId))
        return;
    m_urls.insert(videoId, url);
    if (!url.isValid() || url.isEmpty())
        return; // no thumbnail: the placeholder stays
    m_videos[url].insert(videoId);
    // Painted again, it asks the cache for the picture.
    emit thumbnailReady(videoId);
}

QPixmap ThumbnailProvider::thumbnail(const QString &videoId, const QSize &size)
{
    const QUrl url = m_urls.value(videoId);
    if (!m_pictures || !url.isValid() || url.isEmpty())
        return placeholder(size);
    return m_pictures->thumbnail(url, size);
}

void ThumbnailProvider::arrived(const QUrl &url)
{
    for (const QString &videoId : m_videos.value(url)) {
        m_arrived.insert(videoId);
        emit thumbnailReady(videoId);
    }
}

QPixmap ThumbnailProvider::placeholder(const QSize &size)
{
    const QString key =
        QStringLiteral("mmdesk-thumbnail-placeholder-%1x%2").arg(size.width()).arg(size.height());
    QPixmap canvas;
    if (QPixmapCache::find(key, &canvas))
        return canvas;
    canvas = QPixmap(size);
    canvas.fill(Qt::transparent);
    QPainter painter(&canvas);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath frame;
    frame.addRoundedRect(QRectF(canvas.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.fillPath(frame, QColor(0x9e, 0xa3, 0xa8, 60));
    painter.setPen(QColor(0x9e, 0xa3, 0xa8, 120));
    painter.drawPath(frame);
    const int side = std::min(size.width(), size.height()) / 2;
    if (side >= 8) {
        painter.setOpacity(0.45);
        const QRect iconRect((size.width() - side) / 2, (size.height() - side) / 2, side, side);
        icon(QStringLiteral("videos")).paint(&painter, iconRect);
    }
    painter.end();
    QPixmapCache::insert(key, canvas);
    return canvas;
}

} // namespace Ui
