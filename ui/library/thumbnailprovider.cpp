#include "ui/library/thumbnailprovider.h"

#include "core/util/logging.h"
#include "ui/uiresources.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>

namespace Ui {

namespace {

constexpr int MaxRunning = 4;
constexpr int MaxQueued = 100;
// Portal thumbnails are a few dozen KB; anything far larger is not one.
constexpr qint64 MaxBytes = 8 * 1024 * 1024;
constexpr int MaxStoredWidth = 640;
constexpr int RetryAfterSeconds = 600;
constexpr int CacheKiB = 24 * 1024;
constexpr qsizetype MaxRemembered = 20'000;

QString cacheKey(const QString &videoId, const QSize &size)
{
    return videoId + u'@' + QString::number(size.width()) + u'x' + QString::number(size.height());
}

// Centred in a canvas of exactly `size`, so that every row lines up
// whatever the picture's aspect ratio.
QPixmap fitted(const QImage &image, const QSize &size)
{
    QPixmap canvas(size);
    canvas.fill(Qt::transparent);
    const QImage scaled = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&canvas);
    painter.drawImage(QPoint((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2),
                      scaled);
    return canvas;
}

} // namespace

ThumbnailProvider::ThumbnailProvider(QNetworkAccessManager *network, QString folder, QObject *parent)
    : QObject(parent), m_network(network), m_folder(std::move(folder)), m_pixmaps(CacheKiB)
{ }

ThumbnailProvider::~ThumbnailProvider() = default;

QString ThumbnailProvider::filePath(const QString &videoId) const
{
    // Video ids come from the portal: only a plain name becomes a file name.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$"));
    const QString name = plain.match(videoId).hasMatch()
        ? videoId
        : QString::fromLatin1(QCryptographicHash::hash(videoId.toUtf8(), QCryptographicHash::Sha1).toHex());
    return QDir(m_folder).filePath(name + QStringLiteral(".jpg"));
}

bool ThumbnailProvider::has(const QString &videoId) const
{
    if (videoId.isEmpty())
        return false;
    if (m_onDisk.contains(videoId))
        return true;
    if (!QFile::exists(filePath(videoId)))
        return false;
    if (m_onDisk.size() >= MaxRemembered)
        m_onDisk.clear();
    m_onDisk.insert(videoId);
    return true;
}

bool ThumbnailProvider::wants(const QString &videoId) const
{
    if (videoId.isEmpty() || m_running.contains(videoId))
        return false;
    for (const auto &[queued, url] : m_queue) {
        if (queued == videoId)
            return false;
    }
    const QDateTime failed = m_failedAt.value(videoId);
    if (failed.isValid() && failed.secsTo(QDateTime::currentDateTimeUtc()) < RetryAfterSeconds)
        return false;
    return !has(videoId);
}

QPixmap ThumbnailProvider::thumbnail(const QString &videoId, const QSize &size)
{
    const QString key = cacheKey(videoId, size);
    if (const QPixmap *cached = m_pixmaps.object(key))
        return *cached;
    if (!has(videoId))
        return placeholder(size);
    QImageReader reader(filePath(videoId));
    // JPEG decodes straight to a smaller size, much faster than scaling after.
    const QSize natural = reader.size();
    if (natural.isValid())
        reader.setScaledSize(natural.scaled(size, Qt::KeepAspectRatio));
    const QImage image = reader.read();
    if (image.isNull()) {
        qCWarning(lcLibrary) << "unreadable thumbnail" << reader.fileName() << reader.errorString();
        QFile::remove(reader.fileName());
        m_onDisk.remove(videoId);
        return placeholder(size);
    }
    auto *pixmap = new QPixmap(fitted(image, size));
    const int cost = std::max(1, size.width() * size.height() * 4 / 1024);
    const QPixmap copy = *pixmap;
    m_pixmaps.insert(key, pixmap, cost);
    return copy;
}

void ThumbnailProvider::request(const QString &videoId, const QUrl &url)
{
    if (!wants(videoId))
        return;
    const QString scheme = url.scheme();
    if (!m_network || url.isEmpty() || (scheme != u"https" && scheme != u"http")) {
        markFailed(videoId);
        return;
    }
    m_queue.append({videoId, url});
    if (m_queue.size() > MaxQueued)
        m_queue.removeFirst();
    startNext();
}

void ThumbnailProvider::startNext()
{
    while (m_running.size() < MaxRunning && !m_queue.isEmpty()) {
        const auto [videoId, url] = m_queue.takeLast();
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        QNetworkReply *reply = m_network->get(request);
        m_running.insert(videoId);
        connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
            if (received > MaxBytes)
                reply->abort();
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, id = videoId] { finished(reply, id); });
    }
}

void ThumbnailProvider::finished(QNetworkReply *reply, const QString &videoId)
{
    reply->deleteLater();
    m_running.remove(videoId);
    const auto next = qScopeGuard([this] { startNext(); });
    if (reply->error() != QNetworkReply::NoError) {
        qCInfo(lcLibrary) << "no thumbnail for" << videoId << reply->errorString();
        markFailed(videoId);
        return;
    }
    const QByteArray bytes = reply->readAll();
    QImage image;
    if (!image.loadFromData(bytes)) {
        qCWarning(lcLibrary) << "the thumbnail of" << videoId << "is not an image";
        markFailed(videoId);
        return;
    }
    QByteArray jpeg = bytes;
    const bool isJpeg = bytes.startsWith("\xFF\xD8");
    if (!isJpeg || image.width() > MaxStoredWidth) {
        if (image.width() > MaxStoredWidth)
            image = image.scaledToWidth(MaxStoredWidth, Qt::SmoothTransformation);
        jpeg.clear();
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 85);
    }
    QSaveFile file(filePath(videoId));
    if (!QDir().mkpath(m_folder) || !file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size()
        || !file.commit()) {
        qCWarning(lcLibrary) << "cannot keep the thumbnail of" << videoId << "in" << m_folder
                             << file.errorString();
        markFailed(videoId);
        return;
    }
    m_failedAt.remove(videoId);
    emit thumbnailReady(videoId);
}

void ThumbnailProvider::markFailed(const QString &videoId)
{
    // Scrolling through a large library offline must not grow this without
    // end; forgetting only means asking again.
    if (m_failedAt.size() >= MaxRemembered)
        m_failedAt.clear();
    m_failedAt.insert(videoId, QDateTime::currentDateTimeUtc());
}

QPixmap ThumbnailProvider::placeholder(const QSize &size)
{
    const QString key = QStringLiteral("mmdesk-thumbnail-placeholder-") + cacheKey({}, size);
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
