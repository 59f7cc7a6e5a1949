#pragma once

#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>
#include <QUrl>

#include <memory>

namespace Catalogue {
class ThumbnailCache;
}

namespace Ui {

class VideoThumbnails;

// Video thumbnails for the library, by portal video id, from the same
// bounded cache as the Videos section (Catalogue::ThumbnailCache: fetched
// once, kept on disk within its budget, read and decoded off the GUI
// thread). The library knows a clip's thumbnail address from its saved
// metadata and tells it with request(); until the picture is there
// (loading, offline and not kept, no thumbnail) callers get a neutral
// placeholder of the same size.
class ThumbnailProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailProvider)

public:
    // cache: null to paint placeholders only (no thumbnail cache here).
    explicit ThumbnailProvider(Catalogue::ThumbnailCache *cache, QObject *parent = nullptr);
    ~ThumbnailProvider() override;

    // The thumbnail filling `size`, or the placeholder while there is none.
    QPixmap thumbnail(const QString &videoId, const QSize &size);
    // A picture of the video has arrived (at some size).
    bool has(const QString &videoId) const { return m_arrived.contains(videoId); }
    // Whether the video's thumbnail address is still unknown here: callers
    // then look it up and call request().
    bool wants(const QString &videoId) const;
    // The video's thumbnail address (empty: it has none).
    void request(const QString &videoId, const QUrl &url);

    static QPixmap placeholder(const QSize &size);

signals:
    void thumbnailReady(const QString &videoId);

private:
    void arrived(const QUrl &url);

    std::unique_ptr<VideoThumbnails> m_pictures;
    QHash<QString, QUrl> m_urls; // video id → thumbnail address (empty: none)
    QHash<QUrl, QSet<QString>> m_videos; // and back
    QSet<QString> m_arrived;
};

} // namespace Ui
