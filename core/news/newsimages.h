#pragma once

#include "core/catalogue/thumbnailcache.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace Settings {
class Paths;
}

namespace News {

struct NewsItem;

// Where the pictures of the news are kept for reading offline, and how: one
// bounded cache that the desktop application and mmdesk-cli share (one
// process writes it at a time; the other reads what is there).
QString imageCacheFolder(const Settings::Paths &paths);
Catalogue::ThumbnailCacheOptions imageCacheOptions();

// Every picture of an article: its lead image first, then those of its body
// in order, each once.
QList<QUrl> articleImages(const NewsItem &item);

// The file that holds `url` in the cache at `folder`, if it is there now.
QString cachedImagePath(const QString &folder, const QUrl &url);

} // namespace News
