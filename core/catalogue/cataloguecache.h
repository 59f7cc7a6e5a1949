#pragma once

#include "core/catalogue/cataloguestore.h"
#include "core/storage/storethread.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace Catalogue {

// The catalogue kept on this computer (CatalogueStore), used from the GUI
// thread without waiting on the disk: every call runs on the cache's own
// thread with its own connection, in the order it was made, and answers in
// `context`'s thread (not at all once `context` is gone). The file opens on
// that thread; a file that cannot be opened makes every call fail with the
// reason, so that the catalogue still works online.
class CatalogueCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CatalogueCache)

public:
    template<class T>
    using Done = std::function<void(Util::Result<T>)>;

    explicit CatalogueCache(const QString &path, QObject *parent = nullptr);
    // Finishes what was asked so far, then closes the file.
    ~CatalogueCache() override;

    QString path() const { return m_path; }
    // The file that keeps `portal`'s catalogue ("catalogue-<hash>.sqlite"):
    // one per portal, so that a catalogue, and the point its sync reached,
    // never mix with another portal's.
    static QString fileNameFor(const QUrl &portal);

    void query(const LocalQuery &query, QObject *context, Done<LocalPage> done);
    void video(const QString &id, QObject *context, Done<std::optional<Video>> done);
    void tags(QObject *context, Done<QList<TagCount>> done);
    void syncState(QObject *context, Done<SyncState> done);
    // Keeps videos seen in a list; `done` may be empty.
    void store(const QList<Video> &videos, QObject *context = nullptr, Done<int> done = {});
    void applySyncPage(const VideoPage &page, QObject *context, Done<int> done);
    void markSyncComplete(QObject *context, Done<void> done);

signals:
    // Videos were added, changed or removed; lists served from the cache
    // may be out of date.
    void changed();

private:
    template<class T, class Work>
    void run(QObject *context, Done<T> done, Work work);

    QString m_path;
    Storage::StoreThread<CatalogueStore> m_store;
};

} // namespace Catalogue
