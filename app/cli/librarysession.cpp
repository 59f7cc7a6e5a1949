#include "app/cli/librarysession.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcodes.h"
#include "core/library/librarystore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace Cli::LibraryCli {

using Library::Clip;
using Library::LibraryStore;

namespace {

QJsonObject errorJson(int exitCode, const QString &code, const QString &message)
{
    return QJsonObject {{QStringLiteral("code"), code},
                        {QStringLiteral("message"), message},
                        {QStringLiteral("exit_code"), exitCode}};
}

QString libraryPath(const CliContext &context)
{
    return QDir(context.paths().dataDir()).filePath(QStringLiteral("library.sqlite"));
}

std::optional<QDateTime> parseDate(const QString &text, bool endOfDay)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid())
        return endOfDay ? day.addDays(1).startOfDay() : day.startOfDay();
    const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (when.isValid())
        return when;
    return std::nullopt;
}

std::optional<qint64> parseCount(const Session &s, const QString &option, qint64 minimum)
{
    bool ok = false;
    const qint64 value = s.value(option).toLongLong(&ok);
    if (!ok || value < minimum) {
        s.usage(QStringLiteral("--%1 takes a whole number from %2 up.").arg(option).arg(minimum));
        return std::nullopt;
    }
    return value;
}

} // namespace

QStringList selectionOptions()
{
    return {
        QStringLiteral("tag"),    QStringLiteral("format"), QStringLiteral("collection"),
        QStringLiteral("status"), QStringLiteral("from"),   QStringLiteral("to"),
        QStringLiteral("date"),   QStringLiteral("sort"),   QStringLiteral("asc"),
        QStringLiteral("desc"),   QStringLiteral("limit"),  QStringLiteral("offset"),
    };
}

int exitCodeFor(const Util::Error &error)
{
    if (error.code == u"disk_error" || error.code == u"disk_full")
        return ExitDisk;
    if (error.code == u"history_damaged")
        return ExitIntegrity;
    if (error.code == u"not_found")
        return ExitUsage;
    return ExitFailure;
}

QString Session::value(const QString &name) const
{
    return parser->value(name);
}

bool Session::isSet(const QString &name) const
{
    return parser->isSet(name);
}

void Session::usage(const QString &message) const
{
    done(context.fail(ExitUsage, QStringLiteral("usage"),
                      message + QStringLiteral(" See 'mmdesk-cli library --help'.")));
}

void Session::notFound(const QString &message) const
{
    done(context.fail(ExitUsage, QStringLiteral("not_found"), message));
}

void Session::fail(const Util::Error &error) const
{
    done(context.fail(exitCodeFor(error), error.code, error.message));
}

int finishReport(const CliContext &context, QJsonObject json, const QStringList &text, int exitCode,
                 const QString &code, const QString &message)
{
    if (context.json()) {
        if (exitCode != ExitOk)
            json.insert(QStringLiteral("error"), errorJson(exitCode, code, message));
        context.printJson(json);
        return exitCode;
    }
    context.printText(text.join(u'\n'));
    if (exitCode != ExitOk)
        std::fprintf(stderr, "mmdesk-cli: %s\n", qUtf8Printable(message));
    return exitCode;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QJsonValue isoTime(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QString localTime(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : QStringLiteral("-");
}

// Decimal units, as the download queue counts.
QString byteSize(qint64 bytes)
{
    if (bytes < 0)
        return QStringLiteral("-");
    if (bytes < 1000)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 1000 * 1000)
        return QStringLiteral("%1 kB").arg(double(bytes) / 1e3, 0, 'f', 1);
    if (bytes < 1000LL * 1000 * 1000)
        return QStringLiteral("%1 MB").arg(double(bytes) / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 GB").arg(double(bytes) / 1e9, 0, 'f', 2);
}

QString duration(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("-");
    const qint64 seconds = (ms + 500) / 1000;
    const QString minutesSeconds = QStringLiteral("%1:%2")
                                       .arg(seconds / 60 % 60, seconds >= 3600 ? 2 : 1, 10, QLatin1Char('0'))
                                       .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return seconds >= 3600 ? QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesSeconds) : minutesSeconds;
}

std::unique_ptr<LibraryStore> openStore(const Session &s)
{
    auto store = LibraryStore::open(libraryPath(s.context));
    if (!store) {
        s.fail(store.error());
        return nullptr;
    }
    return std::move(store).value();
}

// Lines rather than a redrawn line: readable in a terminal and in a log alike.
Library::ProgressFn progressLine(const QString &task)
{
    auto timer = std::make_shared<QElapsedTimer>();
    return [task, timer](const Library::TaskProgress &p) {
        if (timer->isValid() && timer->elapsed() < 1000)
            return;
        timer->start();
        QString line = task + QStringLiteral(": ")
            + (p.itemsTotal >= 0 ? QStringLiteral("%1/%2 files").arg(p.itemsDone).arg(p.itemsTotal)
                                 : QStringLiteral("%1 files").arg(p.itemsDone));
        if (p.bytesTotal > 0)
            line += QStringLiteral(", %1 of %2").arg(byteSize(p.bytesDone), byteSize(p.bytesTotal));
        if (!p.current.isEmpty())
            line += QStringLiteral("  ") + native(p.current);
        std::fprintf(stderr, "%s\n", qUtf8Printable(line));
    };
}

// Refuses options that mean nothing to the action rather than ignore them.
bool onlyOptions(const Session &s, const QString &action, const QStringList &allowed)
{
    for (const QString &name : s.parser->optionNames()) {
        if (allowed.contains(name))
            continue;
        if (name == u"json")
            s.usage(QStringLiteral("--json is a global option here: put it before the command, as in "
                                   "'mmdesk-cli --json library %1'.")
                        .arg(action));
        else
            s.usage(QStringLiteral("--%1 does not apply to library %2.").arg(name, action));
        return false;
    }
    return true;
}

std::optional<QList<qint64>> parseIds(const Session &s, const QStringList &arguments)
{
    QList<qint64> ids;
    for (const QString &argument : arguments) {
        bool ok = false;
        const qint64 id = argument.toLongLong(&ok);
        if (!ok || id <= 0) {
            s.usage(QStringLiteral("“%1” is not a clip ID (the first column of 'mmdesk-cli library list').")
                        .arg(argument));
            return std::nullopt;
        }
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

// The clips `ids`, or nullopt (reported) when one is not in the library.
std::optional<QList<Clip>> findClips(const Session &s, LibraryStore &store, const QList<qint64> &ids)
{
    QList<Clip> clips;
    for (const qint64 id : ids) {
        auto found = store.find(id);
        if (!found) {
            s.fail(found.error());
            return std::nullopt;
        }
        if (!found.value()) {
            s.notFound(QStringLiteral("There is no clip %1 in the library (see 'mmdesk-cli library list').")
                           .arg(id));
            return std::nullopt;
        }
        clips << *found.value();
    }
    return clips;
}

// A clip for lines that name it, or just its id when it went away meanwhile.
QString clipLine(LibraryStore &store, qint64 id)
{
    const auto found = store.find(id);
    if (!found || !found.value())
        return QStringLiteral("%1").arg(id, 5);
    return QStringLiteral("%1  %2 — %3")
        .arg(id, 5)
        .arg(found.value()->title, native(found.value()->filePath));
}

QJsonObject clipRef(LibraryStore &store, qint64 id)
{
    QJsonObject json {{QStringLiteral("id"), id}};
    const auto found = store.find(id);
    if (found && found.value()) {
        json.insert(QStringLiteral("title"), found.value()->title);
        json.insert(QStringLiteral("file_path"), found.value()->filePath);
    }
    return json;
}
bool requireFolder(const Session &s, const QString &folder)
{
    if (QFileInfo(folder).isDir())
        return true;
    s.notFound(QStringLiteral("The folder %1 does not exist.").arg(native(folder)));
    return false;
}

std::optional<Selection> parseSelection(const Session &s, LibraryStore &store, const QString &text)
{
    using Library::SortColumn;
    Selection sel;
    for (const QString &name : selectionOptions())
        sel.filtered = sel.filtered || s.isSet(name);
    Library::Query &q = sel.query;
    q.text = text;
    q.tag = s.value(QStringLiteral("tag")).trimmed();
    if (s.isSet(QStringLiteral("format"))) {
        q.container = s.value(QStringLiteral("format")).toLower();
        if (q.container != u"mxf" && q.container != u"mp4" && q.container != u"mov") {
            s.usage(QStringLiteral("--format takes mxf, mp4 or mov."));
            return std::nullopt;
        }
    }
    if (s.isSet(QStringLiteral("status"))) {
        Library::Status status {};
        if (!Library::statusFromKey(s.value(QStringLiteral("status")).toLower(), &status)) {
            s.usage(QStringLiteral("--status takes ok, missing, corrupt or unverified."));
            return std::nullopt;
        }
        q.status = status;
    }
    if (s.isSet(QStringLiteral("date"))) {
        const QString field = s.value(QStringLiteral("date"));
        if (field != u"downloaded" && field != u"published") {
            s.usage(QStringLiteral("--date takes downloaded or published."));
            return std::nullopt;
        }
        q.dateField = field == u"published" ? Library::Query::DateField::PublishedAt
                                            : Library::Query::DateField::DownloadedAt;
    }
    for (const bool end : {false, true}) {
        const QString option = end ? QStringLiteral("to") : QStringLiteral("from");
        if (!s.isSet(option))
            continue;
        const auto when = parseDate(s.value(option), end);
        if (!when) {
            s.usage(
                QStringLiteral("--%1 takes a date such as 2026-11-01, or 2026-11-01T14:30:00Z.").arg(option));
            return std::nullopt;
        }
        (end ? q.to : q.from) = *when;
    }

    const QList<std::pair<QString, SortColumn>> sorts {
        {QStringLiteral("downloaded"), SortColumn::DownloadedAt},
        {QStringLiteral("published"), SortColumn::PublishedAt},
        {QStringLiteral("title"), SortColumn::Title},
        {QStringLiteral("format"), SortColumn::Format},
        {QStringLiteral("size"), SortColumn::Size},
        {QStringLiteral("duration"), SortColumn::Duration},
        {QStringLiteral("status"), SortColumn::Status},
        {QStringLiteral("relevance"), SortColumn::Relevance},
    };
    q.sort = text.isEmpty() ? SortColumn::DownloadedAt : SortColumn::Relevance;
    if (s.isSet(QStringLiteral("sort"))) {
        const QString wanted = s.value(QStringLiteral("sort")).toLower();
        const auto it =
            std::find_if(sorts.cbegin(), sorts.cend(), [&](const auto &e) { return e.first == wanted; });
        if (it == sorts.cend()) {
            s.usage(QStringLiteral("--sort takes downloaded, published, title, format, size, duration, "
                                   "status or relevance."));
            return std::nullopt;
        }
        if (it->second == SortColumn::Relevance && text.isEmpty()) {
            s.usage(QStringLiteral("--sort relevance needs search text (library search TEXT)."));
            return std::nullopt;
        }
        q.sort = it->second;
    }
    if (s.isSet(QStringLiteral("asc")) && s.isSet(QStringLiteral("desc"))) {
        s.usage(QStringLiteral("give --asc or --desc, not both."));
        return std::nullopt;
    }
    const bool textual =
        q.sort == SortColumn::Title || q.sort == SortColumn::Format || q.sort == SortColumn::Status;
    q.order = textual ? Qt::AscendingOrder : Qt::DescendingOrder;
    if (s.isSet(QStringLiteral("asc")))
        q.order = Qt::AscendingOrder;
    else if (s.isSet(QStringLiteral("desc")))
        q.order = Qt::DescendingOrder;

    if (s.isSet(QStringLiteral("limit"))) {
        const auto limit = parseCount(s, QStringLiteral("limit"), 1);
        if (!limit)
            return std::nullopt;
        sel.limit = *limit;
    }
    if (s.isSet(QStringLiteral("offset"))) {
        const auto offset = parseCount(s, QStringLiteral("offset"), 0);
        if (!offset)
            return std::nullopt;
        sel.offset = *offset;
    }

    if (s.isSet(QStringLiteral("collection"))) {
        const QString name = s.value(QStringLiteral("collection")).trimmed();
        auto collections = store.collections();
        if (!collections) {
            s.fail(collections.error());
            return std::nullopt;
        }
        QStringList names;
        for (const Library::Collection &c : collections.value()) {
            names << c.name;
            if (c.name.compare(name, Qt::CaseInsensitive) == 0)
                q.collectionId = c.id;
        }
        if (q.collectionId == 0) {
            s.notFound(names.isEmpty()
                           ? QStringLiteral("There is no collection “%1”: the library has none.").arg(name)
                           : QStringLiteral("There is no collection “%1”. There are: %2.")
                                 .arg(name, names.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    return sel;
}

Util::Result<QList<Library::ClipRow>> selectRows(LibraryStore &store, const Selection &sel)
{
    constexpr qint64 Batch = 1000;
    QList<Library::ClipRow> rows;
    qint64 offset = sel.offset;
    while (sel.limit < 0 || rows.size() < sel.limit) {
        const qint64 wanted = sel.limit < 0 ? Batch : std::min(Batch, sel.limit - rows.size());
        auto page = store.page(sel.query, offset, int(wanted));
        if (!page)
            return page.error();
        rows += page.value();
        if (page.value().size() < wanted)
            break;
        offset += page.value().size();
    }
    return rows;
}

} // namespace Cli::LibraryCli
