#pragma once

#include <QCache>
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Ui {

// Video thumbnails for the library, by portal video id: fetched once from
// the video's thumbnail_url, kept as JPEG files in a folder (they outlive
// the session and work offline) and, decoded at the sizes asked for, in a
// small in-memory cache. Until a thumbnail is there (loading, offline, no
// thumbnail) callers get a neutral placeholder of the same size.
class ThumbnailProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailProvider)

public:
    // network: null to work from the folder alone (no portal).
    ThumbnailProvider(QNetworkAccessManager *network, QString folder, QObject *parent = nullptr);
    ~ThumbnailProvider() override;

    QString folder() const { return m_folder; }
    QString filePath(const QString &videoId) const;

    // The thumbnail scaled to fit `size`, or the placeholder.
    QPixmap thumbnail(const QString &videoId, const QSize &size);
    bool has(const QString &videoId) const;
    // Whether request() would fetch: not on disk, not under way, and not
    // failed a short while ago. Lets callers skip looking up the URL.
    bool wants(const QString &videoId) const;
    // Fetches the thumbnail unless it is on disk already; an empty URL
    // records that the video has none.
    void request(const QString &videoId, const QUrl &url);

    static QPixmap placeholder(const QSize &size);

signals:
    void thumbnailReady(const QString &videoId);

private:
    void startNext();
    void finished(QNetworkReply *reply, const QString &videoId);
    void markFailed(const QString &videoId);

    QNetworkAccessManager *m_network;
    QString m_folder;
    QCache<QString, QPixmap> m_pixmaps;
    // Newest last: what was asked for most recently is on screen now.
    QList<std::pair<QString, QUrl>> m_queue;
    QSet<QString> m_running;
    QHash<QString, QDateTime> m_failedAt;
    // Known to be on disk: painting asks for every visible row, every time.
    mutable QSet<QString> m_onDisk;
};

} // namespace Ui
