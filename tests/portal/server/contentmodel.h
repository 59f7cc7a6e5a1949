#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace RefPortal {

struct Rendition
{
    QString id;
    // The contract's fields (size_bytes and sha256 filled in), without "file".
    QJsonObject json;
    QString file; // relative to the content folder
    qint64 size = 0;
    QString sha256;
};

// One news item or video as loaded from the content folder.
struct ContentItem
{
    QString id;
    // The contract's fields minus the URLs, which depend on the request.
    QJsonObject json;
    QDateTime publishedAt;
    QDateTime updatedAt;
    QStringList tags; // lower-case, for filtering
    QString kind; // news only
    QString searchText; // lower-case title, summary, body, description...
    // Relative paths inside the content folder; empty when absent.
    QString image;
    QString thumbnail;
    QString preview;
    QList<Rendition> renditions;
};

struct Deletion
{
    QString id;
    QDateTime updatedAt;
};

// A file the media server may serve, by URL path ("/media/videos/v1/hd.mxf").
struct MediaEntry
{
    QString file; // absolute path
    bool needsSignature = false;
};

// Everything the content folder held at the last load; immutable once built.
struct ContentSnapshot
{
    QList<ContentItem> news; // newest first (published_at, then id)
    QList<ContentItem> videos; // newest first
    QList<Deletion> deletedNews;
    QList<Deletion> deletedVideos;
    QHash<QString, MediaEntry> media;
    // GET /conditions as served; empty when the folder has no conditions.json.
    QJsonObject conditions;

    const ContentItem *findNews(const QString &id) const;
    const ContentItem *findVideo(const QString &id) const;
};

// The URL path under which the media server offers a content-relative file:
// "media/videos/v1/thumb.jpg" -> "/media/videos/v1/thumb.jpg".
QString mediaUrlPath(const QString &relativeFile);

} // namespace RefPortal
