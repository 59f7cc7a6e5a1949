#include "core/news/newsimages.h"

#include "core/catalogue/thumbnailstore.h"
#include "core/news/newsitem.h"
#include "core/settings/paths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace News {

QString imageCacheFolder(const Settings::Paths &paths)
{
    return QDir(paths.cacheDir()).filePath(QStringLiteral("news-images"));
}

Catalogue::ThumbnailCacheOptions imageCacheOptions()
{
    Catalogue::ThumbnailCacheOptions options;
    options.maxFileBytes = 16 * 1024 * 1024; // pictures, not thumbnails
    options.maxQueued = 5000; // a first sync brings every article's pictures
    return options;
}

QList<QUrl> articleImages(const NewsItem &item)
{
    QList<QUrl> urls;
    if (item.imageUrl.isValid())
        urls << item.imageUrl;
    // The sanitiser writes every attribute quoted and escaped alike.
    static const QRegularExpression Source(QStringLiteral("<img[^>]*\\ssrc=\"([^\"]+)\""));
    for (auto match = Source.globalMatch(item.bodyHtml); match.hasNext();) {
        QString value = match.next().captured(1);
        value.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        const QUrl url(value);
        if (url.isValid() && !urls.contains(url))
            urls << url;
    }
    return urls;
}

QString cachedImagePath(const QString &folder, const QUrl &url)
{
    const QString path =
        Catalogue::ThumbnailStore::filePathIn(folder, Catalogue::ThumbnailStore::keyFor(url));
    return QFileInfo(path).isFile() ? path : QString();
}

} // namespace News
