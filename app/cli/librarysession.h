#pragma once

#include "core/library/clip.h"
#include "core/library/libraryquery.h"
#include "core/library/librarytasks.h"
#include "core/util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QObject;

namespace Library {
class LibraryStore;
}

namespace Cli {

class CliContext;

// What the actions of `mmdesk-cli library` share: how a run ends, how
// clips, sizes and times read, and how filters become a query.
namespace LibraryCli {

// One run of a library action: what it was given and how it finishes.
struct Session
{
    CliContext &context;
    // Shared: import reads it after runLibrary returned.
    std::shared_ptr<QCommandLineParser> parser;
    QObject *owner;
    std::function<void(int)> done;
    QStringList arguments; // the positional arguments after the action

    QString value(const QString &name) const;
    bool isSet(const QString &name) const;
    // Each ends the run with exit code 2 (usage), or the error's own.
    void usage(const QString &message) const;
    void notFound(const QString &message) const;
    void fail(const Util::Error &error) const;
};

// Options that narrow or order a selection of clips (list, search, export).
QStringList selectionOptions();

int exitCodeFor(const Util::Error &error);
// A report that ends in failure: in --json mode one document holding both,
// else the report on stdout and the failure on stderr. Returns exitCode.
int finishReport(const CliContext &context, QJsonObject json, const QStringList &text, int exitCode,
                 const QString &code, const QString &message);

QString native(const QString &path);
QJsonValue isoTime(const QDateTime &when); // null when invalid
QString localTime(const QDateTime &when);
QString byteSize(qint64 bytes);
QString duration(qint64 ms);

// The library file the desktop application uses; reports why it cannot be opened.
std::unique_ptr<Library::LibraryStore> openStore(const Session &s);
// Progress of a long task on stderr, a line a second at most.
Library::ProgressFn progressLine(const QString &task);

// Each reports the problem (and ends the run) when it returns false or nullopt.
bool onlyOptions(const Session &s, const QString &action, const QStringList &allowed);
std::optional<QList<qint64>> parseIds(const Session &s, const QStringList &arguments);
std::optional<QList<Library::Clip>> findClips(const Session &s, Library::LibraryStore &store,
                                              const QList<qint64> &ids);
bool requireFolder(const Session &s, const QString &folder);

// A clip in a report line / a JSON report, found again by id.
QString clipLine(Library::LibraryStore &store, qint64 id);
QJsonObject clipRef(Library::LibraryStore &store, qint64 id);

struct Selection
{
    Library::Query query;
    qint64 offset = 0;
    qint64 limit = -1; // -1: all
    bool filtered = false; // an option of selectionOptions() was given
};

// The filters, order and paging given, over `text` (empty: no search).
std::optional<Selection> parseSelection(const Session &s, Library::LibraryStore &store, const QString &text);
Util::Result<QList<Library::ClipRow>> selectRows(Library::LibraryStore &store, const Selection &selection);

} // namespace LibraryCli

} // namespace Cli
