#pragma once

#include "core/library/clip.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>

namespace Library {

// A verified clip handed to a watch folder: the ingest folder of an edit or
// playout system, which takes a file as soon as its name appears. The copy
// is written under a hidden name, checked against the clip's SHA-256 as it
// is read, flushed, and only then given its name, so that the folder never
// shows a file that is not whole. Its EBUCore sidecar, when asked for, is in
// place before it. A name already taken by another file gets " (2)", " (3)"...;
// the same file already there counts as delivered.
class Delivery final
{
    Q_DECLARE_TR_FUNCTIONS(Library::Delivery)

public:
    struct Outcome
    {
        QString mediaPath;
        QString sidecarPath; // empty without a sidecar
        bool alreadyThere = false; // the same bytes were there under the name
    };

    // Blocks until done: run it off the GUI thread. Fails with
    // "folder_missing", "folder_not_writable", "disk_full", "too_large",
    // "source_missing", "source_changed" (the library's file no longer has
    // the clip's SHA-256), "write_failed" or "cancelled"; nothing is left in
    // the folder then.
    static Util::Result<Outcome> deliver(const Clip &clip, const QString &folder, bool withSidecar,
                                         const std::atomic_bool *cancel = nullptr,
                                         const std::function<void(qint64)> &copied = {});

    // The hidden name a copy is written under until it is whole.
    static QString partName(const QString &fileName);
};

} // namespace Library
