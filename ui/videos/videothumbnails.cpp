#include "ui/videos/videothumbnails.h"

#include "core/catalogue/thumbnailcache.h"
#include "ui/uiresources.h"

#include <QBuffer>
#include <QDateTime>
#include <QImageReader>
#include <QPainter>
#include <QThread>

namespace Ui {

namespace {
constexpr qint64 AskAgainAfterMs = 60000;
constexpr int MemoryBudgetKiB = 96 * 1024;

// Decodes no larger than the largest size wanted needs: JPEG decoders
// scale by whole factors as they decode, several times cheaper than a full
// decode followed by a scale.
QImage decode(const QByteArray &bytes, const QList<QSize> &sizes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    QSize largest;
    for (const QSize &pixels : sizes)
        largest = largest.expandedTo(pixels);
    const QSize original = reader.size();
    if (original.isValid() && largest.isValid() && original.width() > 2 * largest.width())
        reader.setScaledSize(original.scaled(largest * 2, Qt::KeepAspectRatioByExpanding));
    return reader.read();
}

QSize inPixels(const QSize &size, qreal devicePixelRatio)
{
    return (QSizeF(size) * devicePixelRatio).toSize();
}

// Fills `pixels` with the middle of the picture, as video players crop.
QImage fill(const QImage &image, const QSize &pixels)
{
    const QImage scaled = image.scaled(pixels, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    const QRect middle(QPoint((scaled.width() - pixels.width()) / 2, (scaled.height() - pixels.height()) / 2),
                       pixels);
    // Opaque: QPixmap::fromImage then has no alpha channel to look at.
    return scaled.copy(middle).convertToFormat(QImage::Format_RGB32);
}
} // namespace

VideoThumbnails::VideoThumbnails(Catalogue::ThumbnailCache &cache, QObject *parent)
    : QObject(parent), m_cache(cache), m_pixmaps(MemoryBudgetKiB)
{
    // Decoding competes with the GUI thread for the processor: one thread
    // on a two-core machine, two at most.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount() - 1, 1, 2));
    m_pool.setObjectName(QStringLiteral("mmdesk-thumbnail-decode"));
    connect(&m_cache, &Catalogue::ThumbnailCache::ready, this, &VideoThumbnails::arrived);
    connect(&m_cache, &Catalogue::ThumbnailCache::failed, this, [this](const QUrl &url, const QString &) {
        m_failed.insert(url, QDateTime::currentMSecsSinceEpoch());
        m_wanted.remove(url);
    });
}

VideoThumbnails::~VideoThumbnails()
{
    m_pool.clear();
    m_pool.waitForDone();
}

QString VideoThumbnails::key(const QUrl &url, const QSize &pixels)
{
    return QString::number(pixels.width()) + u'x' + QString::number(pixels.height()) + u' '
        + url.toString(QUrl::FullyEncoded);
}

bool VideoThumbnails::isReady(const QUrl &url, const QSize &size, qreal devicePixelRatio) const
{
    return m_pixmaps.contains(key(url, inPixels(size, devicePixelRatio)));
}

QPixmap VideoThumbnails::thumbnail(const QUrl &url, const QSize &size, qreal devicePixelRatio)
{
    const QSize pixels = inPixels(size, devicePixelRatio);
    if (const QPixmap *pixmap = m_pixmaps.object(key(url, pixels))) {
        QPixmap sharp = *pixmap;
        sharp.setDevicePixelRatio(devicePixelRatio);
        return sharp;
    }
    if (const auto failed = m_failed.constFind(url); failed != m_failed.constEnd()) {
        if (QDateTime::currentMSecsSinceEpoch() - *failed < AskAgainAfterMs)
            return placeholder(size, devicePixelRatio);
        m_failed.erase(failed);
    }
    QList<QSize> &wanted = m_wanted[url];
    if (!wanted.contains(pixels))
        wanted.append(pixels);
    // Asked on every paint: the cache serves what is on screen first.
    if (!m_decoding.contains(url))
        m_cache.request(url);
    return placeholder(size, devicePixelRatio);
}

void VideoThumbnails::arrived(const QUrl &url, const QByteArray &bytes)
{
    const auto wanted = m_wanted.constFind(url);
    if (wanted == m_wanted.constEnd() || m_decoding.contains(url))
        return;
    m_decoding.insert(url);
    const QList<QSize> sizes = *wanted;
    m_pool.start([this, url, bytes, sizes] {
        const QImage image = decode(bytes, sizes);
        const bool ok = !image.isNull();
        Scaled images;
        if (ok) {
            for (const QSize &pixels : sizes)
                images.append({pixels, fill(image, pixels)});
        }
        // The provider waits for its pool before it goes.
        QMetaObject::invokeMethod(
            this, [this, url, images, ok] { decoded(url, images, ok); }, Qt::QueuedConnection);
    });
}

void VideoThumbnails::decoded(const QUrl &url, const Scaled &images, bool ok)
{
    m_decoding.remove(url);
    if (!ok) {
        m_cache.reject(url);
        return;
    }
    QList<QSize> &wanted = m_wanted[url];
    for (const auto &[pixels, image] : images) {
        auto *pixmap = new QPixmap(QPixmap::fromImage(image));
        m_pixmaps.insert(key(url, pixels), pixmap, std::max(1, int(image.sizeInBytes() / 1024)));
        wanted.removeAll(pixels);
    }
    if (wanted.isEmpty())
        m_wanted.remove(url);
    else
        // Sizes asked for while this decode ran (their bytes were not
        // taken then): asked for now, without waiting for a repaint that a
        // hidden view never makes.
        m_cache.request(url);
    emit thumbnailReady(url);
}

QPixmap VideoThumbnails::placeholder(const QSize &size, qreal devicePixelRatio)
{
    const QSize pixels = inPixels(size, devicePixelRatio);
    const QString name = QString::number(pixels.width()) + u'x' + QString::number(pixels.height());
    if (const auto it = m_placeholders.constFind(name); it != m_placeholders.constEnd())
        return *it;
    QPixmap pixmap(pixels);
    pixmap.fill(QColor(0xdd, 0xe1, 0xe6));
    {
        QPainter painter(&pixmap);
        const int side = std::min(pixels.width(), pixels.height()) * 2 / 5;
        const QRect iconRect((pixels.width() - side) / 2, (pixels.height() - side) / 2, side, side);
        painter.setOpacity(0.35);
        icon(QStringLiteral("videos")).paint(&painter, iconRect);
    }
    pixmap.setDevicePixelRatio(devicePixelRatio);
    m_placeholders.insert(name, pixmap);
    return pixmap;
}

} // namespace Ui
