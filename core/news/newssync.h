#pragma once

#include "core/news/newsapi.h"
#include "core/portal/incrementalsync.h"

#include <QDateTime>
#include <QObject>

namespace Portal {
class PortalClient;
}

namespace News {

class NewsCache;

// Keeps the portal's news in the cache: GET /news with updated_since, walked
// by Portal::IncrementalSync; each page's bodies are sanitised and the page,
// its deletions and the new watermark applied in one transaction, on the
// cache's thread.
class NewsSync final : public Portal::IncrementalSync
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewsSync)

public:
    NewsSync(Portal::PortalClient &client, NewsCache &cache, QObject *parent = nullptr);

signals:
    // Pictures of the articles just received (image_url and the bodies'),
    // for an image cache to fetch so that they read complete offline.
    void imagesFound(const QList<QUrl> &urls);

private:
    void readWatermark(std::function<void(Util::Result<QDateTime>)> done) override;
    void syncPage(const QString &cursor, const QDateTime &since, int limit,
                  std::function<void(PageOutcome)> done) override;
    void markComplete(std::function<void(Util::Result<void>)> done) override;
    QString endlessMessage() const override;

    NewsApi m_api;
    NewsCache &m_cache;
};

} // namespace News
