#include "core/catalogue/cataloguecache.h"

#include "core/util/logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace Catalogue {

namespace {
const QString AsideSuffix = QStringLiteral(".unreadable");
} // namespace

// Owns the store on the cache's thread; opened by the first task so that
// the GUI thread never waits for the file.
class CatalogueCacheWorker final : public QObject
{
public:
    explicit CatalogueCacheWorker(QString path) : m_path(std::move(path)) { }

    // The store, or the reason it cannot be used.
    Util::Result<CatalogueStore *> store()
    {
        if (!m_opened) {
            m_opened = true;
            QDir().mkpath(QFileInfo(m_path).absolutePath());
            auto opened = CatalogueStore::open(m_path);
            if (!opened && QFileInfo(m_path).isFile() && setAside()) {
                // Only a copy of the portal's catalogue: a damaged file, or
                // one written by a newer version, is set aside and the
                // catalogue kept afresh rather than left unusable.
                qCWarning(lcCatalogue) << "the catalogue cache" << m_path << "could not be opened ("
                                       << opened.error().message << "); it was renamed to"
                                       << m_path + AsideSuffix << "and is filled again from the portal";
                opened = CatalogueStore::open(m_path);
            }
            if (opened) {
                m_store = std::move(opened).value();
            } else {
                m_error = Util::makeError(opened.error().code,
                                          CatalogueCache::tr("The video catalogue kept on this computer (%1) "
                                                             "cannot be opened: %2")
                                              .arg(QDir::toNativeSeparators(m_path), opened.error().message));
                qCWarning(lcCatalogue) << "cannot open the catalogue cache:" << opened.error().message;
            }
        }
        if (!m_store)
            return m_error;
        return m_store.get();
    }

private:
    bool setAside()
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QString from = m_path + suffix;
            const QString to = m_path + AsideSuffix + suffix;
            QFile::remove(to);
            if (QFile::exists(from) && !QFile::rename(from, to))
                return false;
        }
        return true;
    }

    QString m_path;
    bool m_opened = false;
    std::unique_ptr<CatalogueStore> m_store;
    Util::Error m_error;
};

QString CatalogueCache::fileNameFor(const QUrl &portal)
{
    const QByteArray address = portal.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                                   .toString(QUrl::FullyEncoded)
                                   .toUtf8();
    const QByteArray hash = QCryptographicHash::hash(address, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("catalogue-%1.sqlite").arg(QString::fromLatin1(hash));
}

CatalogueCache::CatalogueCache(const QString &path, QObject *parent)
    : QObject(parent), m_path(path), m_worker(new CatalogueCacheWorker(path))
{
    m_thread.setObjectName(QStringLiteral("mmdesk-catalogue"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    // Opens the file at once, on the cache's thread.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { (void)worker->store(); }, Qt::QueuedConnection);
}

CatalogueCache::~CatalogueCache()
{
    // Queued behind every task asked for so far, so that none is lost.
    QMetaObject::invokeMethod(
        m_worker, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

template<class T, class Work>
void CatalogueCache::run(QObject *context, Done<T> done, Work work)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, guard, hasContext, done = std::move(done), work = std::move(work)] {
            auto store = worker->store();
            Util::Result<T> result = store ? work(*store.value()) : Util::Result<T>(store.error());
            // Back in the cache's thread (the GUI's): it outlives the worker.
            QMetaObject::invokeMethod(
                this,
                [guard, hasContext, done, result] {
                    if (done && (!hasContext || guard))
                        done(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
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
