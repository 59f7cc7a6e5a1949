#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Library {

enum class MhlFileState {
    Ok, // the same bytes as last recorded
    Failed, // different bytes: changed or damaged
    Missing, // recorded once, no longer in the folder
    New, // in the folder, never recorded
    Unreadable, // could not be read, so not checked
};

struct MhlFileResult
{
    QString path; // relative to the folder, with "/"
    MhlFileState state = MhlFileState::New;
    qint64 size = -1;
    QByteArray recorded; // the value compared against (xxh128 where recorded)
    QByteArray current;
    QString error; // why the file is Unreadable
};

struct MhlReport
{
    QList<MhlFileResult> files; // by path
    // Names XML cannot carry (control characters): neither hashed nor recorded.
    QStringList skipped;
    // Generations in the history before this run.
    int generations = 0;
    // The generation addGeneration() wrote.
    int sequence = 0;
    QString manifestPath;
    QString manifestC4;

    int count(MhlFileState state) const;
    // Nothing failed, went missing or could not be read.
    bool clean() const;
};

struct MhlOptions
{
    // Looked at between blocks of a few MiB; a stopped run writes nothing.
    const std::atomic_bool *cancel = nullptr;
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress;
};

// An ASC MHL v2.0 history of a folder ("<folder>/ascmhl/"): the record of
// which bytes each file had, generation after generation, that other tools
// in a broadcast chain (the ASC's ascmhl, DIT and archive software) read.
//
// Files are hashed with xxh128; a history started by another tool in another
// format is checked in that format too. What is left out, in this tool and in
// the patterns written to each manifest so that other tools agree: the ascmhl
// folder, dot files (including half-written temporary files), "*.part"
// downloads and symbolic links. EBUCore sidecars (".ebucore.xml") are content
// and are hashed: they travel with the clip and their bytes only change when
// the portal's description does.
//
// Both calls read every byte of the folder and block: run them off the GUI
// thread.
class AscMhl final
{
    Q_DECLARE_TR_FUNCTIONS(Library::AscMhl)

public:
    static QString historyFolder(const QString &folder);
    static bool hasHistory(const QString &folder);
    static QStringList ignorePatterns();

    // Re-hashes every file and compares it with its last good record
    // (original or verified: a failed entry records bytes that were already
    // wrong, so it never becomes the reference). Writes nothing. Fails with
    // "no_history" when the folder has none, "history_damaged" when a
    // manifest no longer matches the chain, "cancelled" when stopped.
    static Util::Result<MhlReport> check(const QString &folder, const MhlOptions &options = {});

    // The same check, then a new generation recording it: files seen before
    // as "verified" or "failed", new files as "original". Missing and
    // unreadable files are reported but, as in other ASC MHL tools, not
    // written. Starts the history when there is none.
    static Util::Result<MhlReport> addGeneration(const QString &folder, const MhlOptions &options = {});
};

} // namespace Library
