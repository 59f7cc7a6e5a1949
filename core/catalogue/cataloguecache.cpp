#include "core/catalogue/cataloguecache.h"

#include "core/portal/portalurl.h"
#include "core/util/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace Catalogue {

QString CatalogueCache::fileNameFor(const QUrl &portal)
{
    return QStringLiteral("catalogue-%1.sqlite").arg(Portal::PortalUrl::fileKey(portal));
}

CatalogueCache::CatalogueCache(const QString &path, QObject *parent)
    : QObject(parent),
      m_path(path),
      m_store(path, QStringLiteral("mmdesk-catalogue"), [](const QString &file) {
          auto opened = CatalogueStore::open(file);
          if (!opened) {
              qCWarning(lcCatalogue) << "cannot open the catalogue cache:" << opened.error().message;
              return Util::Result<std::unique_ptr<CatalogueStore>>(
                  Util::makeError(opened.error().code,
                                  tr("The video catalogue kept on this computer (%1) cannot be opened: %2")
                                      .arg(QDir::toNativeSeparators(file), opened.error().message)));
          }
          return opened;
      })
{ }

CatalogueCache::~CatalogueCache() = default;

template<class T, class Work>
void CatalogueCache::run(QObject *context, Done<T> done, Work work)
{
    m_store.run<T>(context, std::move(done), std::move(work));
}

void CatalogueCache::query(const LocalQuery &query, QObject *context, Done<LocalPage> done)
{
    run<LocalPage>(context, std::move(done), [query](CatalogueStore &store) { return store.query(query); });
}

void CatalogueCache::video(const QString &id, QObject *context, Done<std::optional<Video>> done)
{
    run<std::optional<Video>>(context, std::move(done),
                              [id](CatalogueStore &store) { return store.video(id); });
}

void CatalogueCache::tags(QObject *context, Done<QList<TagCount>> done)
{
    run<QList<TagCount>>(context, std::move(done), [](CatalogueStore &store) { return store.tags(); });
}

void CatalogueCache::syncState(QObject *context, Done<SyncState> done)
{
    run<SyncState>(context, std::move(done), [](CatalogueStore &store) { return store.syncState(); });
}

void CatalogueCache::store(const QList<Video> &videos, QObject *context, Done<int> done)
{
    run<int>(
        this,
        [this, guard = QPointer<QObject>(context), hasContext = context != nullptr,
         done = std::move(done)](Util::Result<int> result) {
            if (result && result.value() > 0)
                emit changed();
            if (!result)
                qCWarning(lcCatalogue)
                    << "videos could not be kept for offline use:" << result.error().message;
            if (done && (!hasContext || guard))
                done(result);
        },
        [videos](CatalogueStore &store) { return store.store(videos); });
}

void CatalogueCache::applySyncPage(const VideoPage &page, QObject *context, Done<int> done)
{
    run<int>(
        this,
        [this, guard = QPointer<QObject>(context), hasContext = context != nullptr,
         done = std::move(done)](Util::Result<int> result) {
            if (result && result.value() > 0)
                emit changed();
            if (done && (!hasContext || guard))
                done(result);
        },
        [page](CatalogueStore &store) { return store.applySyncPage(page, QDateTime::currentDateTimeUtc()); });
}

void CatalogueCache::markSyncComplete(QObject *context, Done<void> done)
{
    run<void>(context, std::move(done),
              [](CatalogueStore &store) { return store.markSyncComplete(QDateTime::currentDateTimeUtc()); });
}

} // namespace Catalogue
