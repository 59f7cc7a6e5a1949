#include "app/cli/librarymaintenance.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcodes.h"
#include "app/cli/librarysession.h"
#include "core/library/catalogueindex.h"
#include "core/library/librarystore.h"

#include <QDir>
#include <QJsonArray>

#include <cstdio>

namespace Cli::LibraryCli {

using Library::LibraryStore;
using Library::LibraryTasks;

void doVerify(const Session &s)
{
    if (!onlyOptions(s, QStringLiteral("verify"), {}))
        return;
    const auto ids = parseIds(s, s.arguments);
    if (!ids)
        return;
    auto store = openStore(s);
    if (!store || !findClips(s, *store, *ids))
        return;
    auto verified = LibraryTasks::verify(*store, *ids, nullptr, progressLine(QStringLiteral("verify")));
    if (!verified)
        return s.fail(verified.error());
    const Library::VerifyReport &report = verified.value();

    const int checked = report.ok + report.missing + report.corrupt;
    QStringList text {QStringLiteral("Checked %1 %2: %3 ok, %4 missing, %5 damaged.")
                          .arg(checked)
                          .arg(checked == 1 ? QStringLiteral("file") : QStringLiteral("files"))
                          .arg(report.ok)
                          .arg(report.missing)
                          .arg(report.corrupt)};
    QJsonArray missing;
    QJsonArray corrupt;
    for (const qint64 id : report.missingIds) {
        text << QStringLiteral("missing  ") + clipLine(*store, id);
        missing.append(clipRef(*store, id));
    }
    for (const qint64 id : report.corruptIds) {
        text << QStringLiteral("corrupt  ") + clipLine(*store, id);
        corrupt.append(clipRef(*store, id));
    }
    if (report.missing > 0)
        text << QStringLiteral(
            "Files that moved can be found again with 'mmdesk-cli library relink FOLDER'.");
    const QJsonObject json {{QStringLiteral("checked"), checked},
                            {QStringLiteral("ok"), report.ok},
                            {QStringLiteral("missing"), missing},
                            {QStringLiteral("corrupt"), corrupt}};
    const bool clean = report.missing == 0 && report.corrupt == 0;
    s.done(finishReport(s.context, json, text, clean ? ExitOk : ExitIntegrity,
                        QStringLiteral("verify_failed"),
                        QStringLiteral("%1 of %2 files failed the check: %3 missing, %4 damaged.")
                            .arg(report.missing + report.corrupt)
                            .arg(checked)
                            .arg(report.missing)
                            .arg(report.corrupt)));
}

void doRelink(const Session &s)
{
    if (!onlyOptions(s, QStringLiteral("relink"), {}))
        return;
    if (s.arguments.isEmpty())
        return s.usage(
            QStringLiteral("library relink takes the FOLDER to look in, then clip IDs if you want."));
    const QString folder = QDir(s.arguments.first()).absolutePath();
    const auto ids = parseIds(s, s.arguments.mid(1));
    if (!ids || !requireFolder(s, folder))
        return;
    auto store = openStore(s);
    if (!store || !findClips(s, *store, *ids))
        return;
    auto relinked =
        LibraryTasks::relink(*store, folder, *ids, nullptr, progressLine(QStringLiteral("relink")));
    if (!relinked)
        return s.fail(relinked.error());
    const Library::RelinkReport &report = relinked.value();

    QStringList text;
    QJsonArray moved;
    QJsonArray notFound;
    if (report.relinked.isEmpty() && report.notFound.isEmpty())
        text << QStringLiteral("No clip is missing: nothing to look for.");
    else
        text << QStringLiteral("Found %1 of %2 files.")
                    .arg(report.relinked.size())
                    .arg(report.relinked.size() + report.notFound.size());
    for (const auto &m : report.relinked) {
        text << QStringLiteral("relinked %1: %2 → %3").arg(m.id, 5).arg(native(m.from), native(m.to));
        moved.append(QJsonObject {
            {QStringLiteral("id"), m.id}, {QStringLiteral("from"), m.from}, {QStringLiteral("to"), m.to}});
    }
    for (const qint64 id : report.notFound) {
        text << QStringLiteral("missing  ") + clipLine(*store, id);
        notFound.append(clipRef(*store, id));
    }
    const QJsonObject json {{QStringLiteral("relinked"), moved}, {QStringLiteral("not_found"), notFound}};
    s.done(finishReport(
        s.context, json, text, report.notFound.isEmpty() ? ExitOk : ExitIntegrity,
        QStringLiteral("still_missing"),
        QStringLiteral("%1 %2 not found under %3.")
            .arg(report.notFound.size())
            .arg(report.notFound.size() == 1 ? QStringLiteral("file was") : QStringLiteral("files were"),
                 native(folder))));
}

void doImport(const Session &s)
{
    if (!onlyOptions(s, QStringLiteral("import"), {}))
        return;
    if (s.arguments.size() != 1)
        return s.usage(QStringLiteral("library import takes one FOLDER."));
    const QString folder = QDir(s.arguments.first()).absolutePath();
    if (!requireFolder(s, folder))
        return;
    Portal::PortalClient *client = s.context.portalClient();
    if (!client)
        return s.done(s.context.fail(
            ExitUsage, QStringLiteral("no_portal"),
            QStringLiteral(
                "No portal is set: importing looks files up in its catalogue. Give --portal URL or "
                "set MMDESK_PORTAL.")));
    // Opened first: a library that cannot be opened is known before the
    // whole catalogue has been read.
    std::shared_ptr<LibraryStore> store = openStore(s);
    if (!store)
        return;
    std::fprintf(stderr, "import: reading the portal's catalogue…\n");
    Library::buildCatalogueIndex(
        *client, s.owner, [s, store, folder](Portal::ApiResult<Library::CatalogueIndex> index) {
            if (!index)
                return s.done(s.context.fail(index.error()));
            auto imported = LibraryTasks::importFolder(*store, folder, index.value(), nullptr,
                                                       progressLine(QStringLiteral("import")));
            if (!imported)
                return s.fail(imported.error());
            const Library::ImportReport &report = imported.value();
            if (s.context.json()) {
                s.context.printJson(QJsonObject {
                    {QStringLiteral("added"), report.added},
                    {QStringLiteral("known"), report.known},
                    {QStringLiteral("unmatched"), QJsonArray::fromStringList(report.unmatched)}});
                return s.done(ExitOk);
            }
            QStringList text {QStringLiteral("Added %1 %2; %3 already in the library.")
                                  .arg(report.added)
                                  .arg(report.added == 1 ? QStringLiteral("clip") : QStringLiteral("clips"))
                                  .arg(report.known)};
            if (!report.unmatched.isEmpty()) {
                text << QStringLiteral("Not in the portal's catalogue, so left out (%1):")
                            .arg(report.unmatched.size());
                for (const QString &path : report.unmatched)
                    text << QStringLiteral("  ") + native(path);
            }
            s.context.printText(text.join(u'\n'));
            s.done(ExitOk);
        });
}

} // namespace Cli::LibraryCli
