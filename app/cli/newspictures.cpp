#include "app/cli/newspictures.h"

#include "core/catalogue/thumbnailcache.h"
#include "core/news/newsimages.h"

namespace Cli {

NewsPictures::NewsPictures(QNetworkAccessManager &network, const QString &folder, QObject *parent)
    : QObject(parent),
      m_cache(new Catalogue::ThumbnailCache(network, folder, News::imageCacheOptions(), this))
{
    connect(m_cache, &Catalogue::ThumbnailCache::ready, this, [this](const QUrl &url) {
        if (m_pending.remove(url)) {
            ++m_outcome.kept;
            settle();
        }
    });
    connect(m_cache, &Catalogue::ThumbnailCache::failed, this,
            [this](const QUrl &url, const QString &message) {
                if (m_pending.remove(url)) {
                    if (m_outcome.failed++ == 0)
                        m_outcome.firstError = QStringLiteral("%1: %2").arg(url.toDisplayString(), message);
                    settle();
                }
            });
    m_cache->stats(this, [this](Catalogue::ThumbnailCache::Stats stats) {
        m_known = true;
        m_outcome.cacheAvailable = stats.available;
        const QList<QUrl> waiting = std::exchange(m_waiting, {});
        if (stats.available) {
            for (const QUrl &url : waiting) {
                m_pending.insert(url);
                m_cache->request(url);
            }
        }
        settle();
    });
}

NewsPictures::~NewsPictures() = default;

void NewsPictures::add(const QList<QUrl> &urls)
{
    for (const QUrl &url : urls) {
        if (m_seen.contains(url))
            continue;
        m_seen.insert(url);
        if (!m_known) {
            m_waiting << url;
        } else if (m_outcome.cacheAvailable) {
            m_pending.insert(url);
            m_cache->request(url);
        }
    }
}

void NewsPictures::whenDone(std::function<void(Outcome)> done)
{
    m_done = std::move(done);
    settle();
}

void NewsPictures::settle()
{
    if (!m_done || !m_known || !m_pending.isEmpty())
        return;
    std::exchange(m_done, {})(m_outcome);
}

} // namespace Cli
