#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QThreadPool>
#include <QUrl>

#include <utility>

namespace Catalogue {
class ThumbnailCache;
}

namespace Ui {

// Thumbnails ready to paint: asks the ThumbnailCache for the bytes, decodes
// and scales them on a thread pool (never in the GUI thread), and keeps the
// pixmaps of recently shown videos in memory. Until a picture is ready, or
// when there is none, a neutral placeholder is painted.
class VideoThumbnails final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VideoThumbnails)

public:
    explicit VideoThumbnails(Catalogue::ThumbnailCache &cache, QObject *parent = nullptr);
    // Waits for decodes under way (each takes milliseconds).
    ~VideoThumbnails() override;

    // The picture filling `size` (device-independent pixels, cropped to it
    // and sharp at `devicePixelRatio`); asks for it and answers the
    // placeholder while it is not ready.
    QPixmap thumbnail(const QUrl &url, const QSize &size, qreal devicePixelRatio = 1.0);
    bool isReady(const QUrl &url, const QSize &size, qreal devicePixelRatio = 1.0) const;
    // The video's thumbnail could not be had: its placeholder stays.
    bool hasFailed(const QUrl &url) const { return m_failed.contains(url); }
    QPixmap placeholder(const QSize &size, qreal devicePixelRatio = 1.0);

signals:
    // A picture for `url` is ready: views repaint it.
    void thumbnailReady(const QUrl &url);

private:
    using Scaled = QList<std::pair<QSize, QImage>>;

    void arrived(const QUrl &url, const QByteArray &bytes);
    void decoded(const QUrl &url, const Scaled &images, bool ok);
    static QString key(const QUrl &url, const QSize &pixels);

    Catalogue::ThumbnailCache &m_cache;
    QThreadPool m_pool;
    QCache<QString, QPixmap> m_pixmaps; // cost in KiB
    QHash<QUrl, QList<QSize>> m_wanted; // sizes in pixels asked for, by URL
    QSet<QUrl> m_decoding;
    QHash<QUrl, qint64> m_failed; // when (ms since epoch); asked again after a while
    QHash<QString, QPixmap> m_placeholders;
};

} // namespace Ui
