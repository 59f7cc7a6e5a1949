#pragma once

#include "core/library/clip.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Library {

class LibraryStore;

// How far a long task is; reported at most ten times a second.
struct TaskProgress
{
    qint64 itemsDone = 0;
    qint64 itemsTotal = 0; // -1 while unknown (a folder still being listed)
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    QString current; // the file at hand, for people
};
using ProgressFn = std::function<void(const TaskProgress &)>;

struct VerifyReport
{
    int ok = 0;
    int missing = 0;
    int corrupt = 0;
    QList<qint64> missingIds;
    QList<qint64> corruptIds;
};

struct RelinkReport
{
    struct Moved
    {
        qint64 id = 0;
        QString from;
        QString to;
    };
    QList<Moved> relinked;
    QList<qint64> notFound; // still missing
};

struct ImportReport
{
    int added = 0; // new clips
    int known = 0; // already in the library at that path
    QStringList unmatched; // files whose SHA-256 the portal does not know
};

// What the portal says a file is, found by its SHA-256: for importing files
// that came from the portal by other ways.
struct CatalogueMatch
{
    QByteArray videoJson; // the portal's Video object
    QString renditionId;
};
using CatalogueIndex = QHash<QByteArray, CatalogueMatch>; // lowercase hex SHA-256 → match

// The library's long jobs. Each blocks until done (or `cancel` turns true,
// then it fails with "cancelled"): run them off the GUI thread, on a store
// opened in that thread (LibraryWorker does both).
class LibraryTasks final
{
    Q_DECLARE_TR_FUNCTIONS(Library::LibraryTasks)

public:
    // Re-hashes the files of the clips `ids` (empty: every clip) and records
    // each outcome at once: Ok, Missing (no file at its path) or Corrupt
    // (the SHA-256 differs). An unreadable file counts as corrupt, with the
    // reason in the log.
    static Util::Result<VerifyReport> verify(LibraryStore &store, const QList<qint64> &ids,
                                             const std::atomic_bool *cancel = nullptr,
                                             const ProgressFn &progress = {});

    // Looks under `folder` (recursively) for the files of the clips `ids`
    // (empty: every clip whose status is Missing): same size first, then the
    // same SHA-256. Each one found is relinked to its new path and is Ok.
    static Util::Result<RelinkReport> relink(LibraryStore &store, const QString &folder,
                                             const QList<qint64> &ids,
                                             const std::atomic_bool *cancel = nullptr,
                                             const ProgressFn &progress = {});

    // Adds the files under `folder` whose SHA-256 `index` knows, as clips
    // with the portal's description; the others are listed as unmatched.
    static Util::Result<ImportReport> importFolder(LibraryStore &store, const QString &folder,
                                                   const CatalogueIndex &index,
                                                   const std::atomic_bool *cancel = nullptr,
                                                   const ProgressFn &progress = {});

    // The clips `ids` as CSV (RFC 4180, UTF-8, a header row) or as a JSON
    // array of objects with every field and the metadata snapshot.
    static Util::Result<QByteArray> exportCsv(LibraryStore &store, const QList<qint64> &ids);
    static Util::Result<QByteArray> exportJson(LibraryStore &store, const QList<qint64> &ids);

    // The clip's EBUCore sidecar beside its file ("<file>.ebucore.xml");
    // returns its path.
    static Util::Result<QString> writeSidecar(const Clip &clip);
};

} // namespace Library
