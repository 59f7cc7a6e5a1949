#include "app/cli/libraryexport.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcodes.h"
#include "app/cli/librarysession.h"
#include "core/library/ascmhl.h"
#include "core/library/librarystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

#include <cstdio>

namespace Cli::LibraryCli {

using Library::Clip;
using Library::LibraryStore;
using Library::LibraryTasks;

namespace {

// The clips an export covers: those given by ID, else the selection.
std::optional<QList<qint64>> exportIds(const Session &s, LibraryStore &store, const QStringList &arguments)
{
    const auto ids = parseIds(s, arguments);
    if (!ids)
        return std::nullopt;
    if (!ids->isEmpty()) {
        for (const QString &name : selectionOptions()) {
            if (s.isSet(name)) {
                s.usage(QStringLiteral("give clip IDs or filters (--%1), not both.").arg(name));
                return std::nullopt;
            }
        }
        if (!findClips(s, store, *ids))
            return std::nullopt;
        return ids;
    }
    const auto sel = parseSelection(s, store, QString());
    if (!sel)
        return std::nullopt;
    auto rows = selectRows(store, *sel);
    if (!rows) {
        s.fail(rows.error());
        return std::nullopt;
    }
    QList<qint64> selected;
    for (const auto &row : rows.value())
        selected << row.id;
    return selected;
}

void exportDocument(const Session &s, LibraryStore &store, const QList<qint64> &ids, const QString &format)
{
    auto document =
        format == u"csv" ? LibraryTasks::exportCsv(store, ids) : LibraryTasks::exportJson(store, ids);
    if (!document)
        return s.fail(document.error());
    if (!s.isSet(QStringLiteral("output"))) {
        const QByteArray &bytes = document.value();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return s.done(ExitOk);
    }
    const QString path = QFileInfo(s.value(QStringLiteral("output"))).absoluteFilePath();
    // Whoever reads FILE sees the old export or the whole new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document.value()) != document.value().size()
        || !file.commit())
        return s.done(
            s.context.fail(ExitDisk, QStringLiteral("disk_error"),
                           QStringLiteral("Cannot write %1: %2").arg(native(path), file.errorString())));
    if (s.context.json())
        s.context.printJson(QJsonObject {{QStringLiteral("output"), path},
                                         {QStringLiteral("format"), format},
                                         {QStringLiteral("clips"), ids.size()}});
    else
        s.context.printText(
            QStringLiteral("Exported %1 %2 to %3.")
                .arg(ids.size())
                .arg(ids.size() == 1 ? QStringLiteral("clip") : QStringLiteral("clips"), native(path)));
    s.done(ExitOk);
}

void exportSidecars(const Session &s, LibraryStore &store, const QList<qint64> &ids)
{
    const auto clips = findClips(s, store, ids);
    if (!clips)
        return;
    QStringList text;
    QJsonArray written;
    QJsonArray failed;
    int exitCode = ExitOk;
    for (const Clip &clip : *clips) {
        Util::Result<QString> sidecar = QFileInfo::exists(clip.filePath)
            ? LibraryTasks::writeSidecar(clip)
            : Util::Result<QString>(Util::makeError(
                QStringLiteral("missing"),
                QStringLiteral("The file %1 is not there; relink it first.").arg(native(clip.filePath))));
        if (sidecar) {
            text << QStringLiteral("wrote %1").arg(native(sidecar.value()));
            written.append(QJsonObject {{QStringLiteral("id"), clip.id},
                                        {QStringLiteral("file_path"), clip.filePath},
                                        {QStringLiteral("sidecar"), sidecar.value()}});
            continue;
        }
        // A full or read-only disk says the most about what to do next.
        if (exitCodeFor(sidecar.error()) == ExitDisk)
            exitCode = ExitDisk;
        else if (exitCode == ExitOk)
            exitCode = ExitFailure;
        text << QStringLiteral("failed %1: %2").arg(clip.id).arg(sidecar.error().message);
        failed.append(QJsonObject {{QStringLiteral("id"), clip.id},
                                   {QStringLiteral("file_path"), clip.filePath},
                                   {QStringLiteral("code"), sidecar.error().code},
                                   {QStringLiteral("message"), sidecar.error().message}});
    }
    if (clips->isEmpty())
        text << QStringLiteral("No clips: no sidecar written.");
    const QJsonObject json {{QStringLiteral("written"), written}, {QStringLiteral("failed"), failed}};
    s.done(finishReport(
        s.context, json, text, exitCode, QStringLiteral("sidecar_failed"),
        QStringLiteral("%1 of %2 sidecars could not be written.").arg(failed.size()).arg(clips->size())));
}

QString mhlStateKey(Library::MhlFileState state)
{
    switch (state) {
    case Library::MhlFileState::Ok:
        return QStringLiteral("ok");
    case Library::MhlFileState::Failed:
        return QStringLiteral("failed");
    case Library::MhlFileState::Missing:
        return QStringLiteral("missing");
    case Library::MhlFileState::New:
        return QStringLiteral("new");
    case Library::MhlFileState::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

Library::MhlOptions mhlOptions(const QString &task)
{
    auto timer = std::make_shared<QElapsedTimer>();
    Library::MhlOptions options;
    options.progress = [task, timer](qint64 done, qint64 total) {
        if (timer->isValid() && timer->elapsed() < 1000)
            return;
        timer->start();
        std::fprintf(stderr, "%s: %s of %s\n", qUtf8Printable(task), qUtf8Printable(byteSize(done)),
                     qUtf8Printable(byteSize(total)));
    };
    return options;
}

void reportMhl(const Session &s, const QString &folder, const Library::MhlReport &report, bool recorded)
{
    using Library::MhlFileState;
    QJsonArray files;
    QStringList details;
    for (const Library::MhlFileResult &file : report.files) {
        QJsonObject entry {{QStringLiteral("path"), file.path},
                           {QStringLiteral("state"), mhlStateKey(file.state)},
                           {QStringLiteral("size_bytes"), file.size},
                           {QStringLiteral("recorded"), QString::fromLatin1(file.recorded)},
                           {QStringLiteral("current"), QString::fromLatin1(file.current)}};
        if (!file.error.isEmpty())
            entry.insert(QStringLiteral("error"), file.error);
        files.append(entry);
        if (file.state != MhlFileState::Ok)
            details << QStringLiteral("  %1  %2%3")
                           .arg(mhlStateKey(file.state), -10)
                           .arg(file.path,
                                file.error.isEmpty() ? QString() : QStringLiteral(": ") + file.error);
    }
    for (const QString &name : report.skipped)
        details << QStringLiteral("  %1  %2 (a name XML cannot hold)")
                       .arg(QStringLiteral("skipped"), -10)
                       .arg(name);

    const QString counts = QStringLiteral("%1 ok, %2 changed, %3 missing, %4 new, %5 unreadable.")
                               .arg(report.count(MhlFileState::Ok))
                               .arg(report.count(MhlFileState::Failed))
                               .arg(report.count(MhlFileState::Missing))
                               .arg(report.count(MhlFileState::New))
                               .arg(report.count(MhlFileState::Unreadable));
    QStringList text;
    if (recorded)
        text << QStringLiteral("Recorded generation %1 of %2: %3")
                    .arg(report.sequence)
                    .arg(native(folder), native(report.manifestPath));
    else
        text << QStringLiteral("Checked %1 against %2 %3 of its hash history.")
                    .arg(native(folder), QString::number(report.generations),
                         report.generations == 1 ? QStringLiteral("generation")
                                                 : QStringLiteral("generations"));
    text << counts << details;

    QJsonObject json {{QStringLiteral("folder"), folder},
                      {QStringLiteral("generations"), report.generations},
                      {QStringLiteral("files"), files},
                      {QStringLiteral("skipped"), QJsonArray::fromStringList(report.skipped)},
                      {QStringLiteral("clean"), report.clean()}};
    if (recorded) {
        json.insert(QStringLiteral("sequence"), report.sequence);
        json.insert(QStringLiteral("manifest"), report.manifestPath);
        json.insert(QStringLiteral("manifest_c4"), report.manifestC4);
    }
    const int bad = report.count(MhlFileState::Failed) + report.count(MhlFileState::Missing)
        + report.count(MhlFileState::Unreadable);
    s.done(finishReport(
        s.context, json, text, report.clean() ? ExitOk : ExitIntegrity, QStringLiteral("mhl_failed"),
        QStringLiteral("%1 %2 of %3 changed, went missing or could not be read.")
            .arg(bad)
            .arg(bad == 1 ? QStringLiteral("file") : QStringLiteral("files"), native(folder))));
}

} // namespace

void doExport(const Session &s)
{
    const QStringList formats {QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("ebucore"),
                               QStringLiteral("mhl")};
    if (!onlyOptions(s, QStringLiteral("export"),
                     selectionOptions() + formats + QStringList {QStringLiteral("output")}))
        return;
    QStringList chosen;
    for (const QString &format : formats) {
        if (s.isSet(format))
            chosen << format;
    }
    if (chosen.size() != 1)
        return s.usage(
            QStringLiteral("library export takes one of --csv, --json, --ebucore or --mhl FOLDER."));
    const QString format = chosen.first();
    if (s.isSet(QStringLiteral("output")) && format != u"csv" && format != u"json")
        return s.usage(QStringLiteral("--output goes with --csv or --json."));

    if (format == u"mhl") {
        if (!s.arguments.isEmpty())
            return s.usage(QStringLiteral("library export --mhl takes one FOLDER and no clip IDs."));
        for (const QString &name : selectionOptions()) {
            if (s.isSet(name))
                return s.usage(
                    QStringLiteral("--%1 does not apply to --mhl: the history covers the whole folder.")
                        .arg(name));
        }
        const QString folder = QDir(s.value(QStringLiteral("mhl"))).absolutePath();
        if (!requireFolder(s, folder))
            return;
        auto report = Library::AscMhl::addGeneration(folder, mhlOptions(QStringLiteral("hash history")));
        if (!report)
            return s.fail(report.error());
        return reportMhl(s, folder, report.value(), true);
    }

    auto store = openStore(s);
    if (!store)
        return;
    const auto ids = exportIds(s, *store, s.arguments);
    if (!ids)
        return;
    if (format == u"ebucore")
        exportSidecars(s, *store, *ids);
    else
        exportDocument(s, *store, *ids, format);
}

void doCheckMhl(const Session &s)
{
    if (!onlyOptions(s, QStringLiteral("check-mhl"), {}))
        return;
    if (s.arguments.size() != 1)
        return s.usage(QStringLiteral("library check-mhl takes one FOLDER."));
    const QString folder = QDir(s.arguments.first()).absolutePath();
    if (!requireFolder(s, folder))
        return;
    auto report = Library::AscMhl::check(folder, mhlOptions(QStringLiteral("check")));
    if (!report) {
        if (report.error().code == u"no_history")
            return s.done(
                s.context.fail(ExitFailure, report.error().code,
                               report.error().message
                                   + QStringLiteral(" Start one with 'mmdesk-cli library export --mhl %1'.")
                                         .arg(native(folder))));
        return s.fail(report.error());
    }
    reportMhl(s, folder, report.value(), false);
}

} // namespace Cli::LibraryCli
