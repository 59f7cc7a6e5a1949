#include "app/cli/librarycommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/exitcodes.h"
#include "app/cli/libraryexport.h"
#include "app/cli/librarymaintenance.h"
#include "app/cli/librarysession.h"
#include "core/catalogue/video.h"
#include "core/library/librarystore.h"
#include "core/library/searchtext.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <memory>

namespace Cli {

namespace {

using namespace LibraryCli;
using Library::Clip;

const char *const LibraryHelp = R"(Usage: mmdesk-cli [global options] library <action> [options]

The local clip library (library.sqlite in the data folder), the one the
desktop application shows.

Actions:
  list [filters]      The clips, newest download first.
  search TEXT [filters]
                      The clips whose title, description, place, tags, note
                      or shot list hold every word of TEXT, accents and case
                      ignored; best match first.
  show ID             Everything about one clip: the portal's description,
                      the file, its last check, tags, note, collections and
                      shot list.
  verify [ID...]      Read the files again (default: every clip) and compare
                      each with its SHA-256; progress on standard error. Exit
                      code 0 only when every file is there and intact, 5 when
                      one is missing or damaged.
  relink FOLDER [ID...]
                      Look under FOLDER for files that moved (default: those
                      of every missing clip), by size and SHA-256, and point
                      their clips at them. Exit code 5 when some stay missing.
  import FOLDER       Add the files under FOLDER that came from the portal,
                      found by their SHA-256 in its catalogue. Needs a portal
                      (--portal URL or MMDESK_PORTAL).
  export --csv|--json [ID...] [filters] [--output FILE]
                      The clips (given by ID, else those the filters select,
                      else all) as CSV or as a JSON array, on standard output
                      or written to FILE.
  export --ebucore [ID...] [filters]
                      Write each clip's EBUCore sidecar beside its file
                      ("<file>.ebucore.xml").
  export --mhl FOLDER Record a new generation of FOLDER's ASC MHL hash history
                      (its "ascmhl" folder, started when there is none) and
                      report what changed since the last one.
  check-mhl FOLDER    Check FOLDER against its ASC MHL hash history, writing
                      nothing (exit code 1 when there is no history).
  For both MHL actions the exit code is 5 when a file changed, went missing
  or could not be read.

Filters (list, search, export):
  --tag TAG                   a portal or personal tag
  --format mxf|mp4|mov        the file's container
  --collection NAME           the clips of a collection
  --status ok|missing|corrupt|unverified
                              the outcome of the last check
  --from DATE, --to DATE      downloaded on or after, on or before DATE:
                              YYYY-MM-DD (local time) or ISO 8601 with a time
  --date downloaded|published the date --from and --to look at
  --sort downloaded|published|title|format|size|duration|status|relevance
                              default: downloaded; relevance for search
  --asc, --desc               default: newest, largest and longest first;
                              titles, formats and statuses from A to Z
  --limit N, --offset N       at most N clips, after skipping the first N

With the global --json option each action answers with one JSON document on
standard output (export --csv or --json without --output writes the export
itself). An unknown clip ID or folder is a usage error (exit code 2).
)";

QJsonObject rowJson(const Library::ClipRow &row)
{
    return QJsonObject {
        {QStringLiteral("id"), row.id},
        {QStringLiteral("title"), row.title},
        {QStringLiteral("video_id"), row.thumbnailKey},
        {QStringLiteral("downloaded_at"), isoTime(row.downloadedAt)},
        {QStringLiteral("container"), row.container},
        {QStringLiteral("size_bytes"), row.sizeBytes},
        {QStringLiteral("duration_ms"), row.durationMs},
        {QStringLiteral("status"), Library::statusKey(row.status)},
    };
}

void listClips(const Session &s, const QString &action, const QString &text)
{
    auto store = openStore(s);
    if (!store)
        return;
    const auto sel = parseSelection(s, *store, text);
    if (!sel)
        return;
    auto total = store->count(sel->query);
    if (!total)
        return s.fail(total.error());
    auto rows = selectRows(*store, *sel);
    if (!rows)
        return s.fail(rows.error());

    if (s.context.json()) {
        QJsonArray items;
        for (const auto &row : rows.value())
            items.append(rowJson(row));
        s.context.printJson(QJsonObject {{QStringLiteral("total"), total.value()},
                                         {QStringLiteral("offset"), sel->offset},
                                         {QStringLiteral("items"), items}});
        return s.done(ExitOk);
    }
    if (rows.value().isEmpty()) {
        s.context.printText(
            total.value() > 0 ? QStringLiteral("No clips after the first %1.").arg(sel->offset)
                : action == u"search" || sel->filtered ? QStringLiteral("No clips match.")
                                                       : QStringLiteral("The library is empty."));
        return s.done(ExitOk);
    }
    QStringList lines {
        QStringLiteral("   ID  STATUS      FORMAT      SIZE  DURATION  DOWNLOADED        TITLE")};
    for (const auto &row : rows.value()) {
        lines << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                     .arg(row.id, 5)
                     .arg(Library::statusKey(row.status), -10)
                     .arg(row.container.isEmpty() ? QStringLiteral("-") : row.container, -6)
                     .arg(byteSize(row.sizeBytes), 8)
                     .arg(duration(row.durationMs), 8)
                     .arg(localTime(row.downloadedAt), -16)
                     .arg(row.title);
    }
    const qint64 shown = rows.value().size();
    if (shown == total.value())
        lines << (shown == 1 ? QStringLiteral("1 clip.") : QStringLiteral("%1 clips.").arg(shown));
    else
        lines << QStringLiteral("Clips %1–%2 of %3.")
                     .arg(sel->offset + 1)
                     .arg(sel->offset + shown)
                     .arg(total.value());
    s.context.printText(lines.join(u'\n'));
    s.done(ExitOk);
}

void doList(const Session &s)
{
    if (!onlyOptions(s, QStringLiteral("list"), selectionOptions()))
        return;
    if (!s.arguments.isEmpty())
        return s.usage(
            QStringLiteral("library list takes no arguments; to look for words, use library search."));
    listClips(s, QStringLiteral("list"), QString());
}

void doSearch(const Session &s)
{
    if (!onlyOptions(s, QStringLiteral("search"), selectionOptions()))
        return;
    const QString text = s.arguments.join(u' ');
    if (Library::SearchText::matchExpression(text).isEmpty())
        return s.usage(QStringLiteral("library search takes the words to look for."));
    listClips(s, QStringLiteral("search"), text);
}

QList<Catalogue::ShotlistEntry> shotlistOf(const Clip &clip)
{
    const QJsonDocument document = QJsonDocument::fromJson(clip.metadataJson);
    if (!document.isObject())
        return {};
    const auto video = Catalogue::Video::fromJson(document.object());
    return video ? video->shotlist : QList<Catalogue::ShotlistEntry> {};
}

QJsonObject clipJson(const Clip &clip, const QStringList &collections)
{
    QJsonArray shots;
    for (const Catalogue::ShotlistEntry &shot : shotlistOf(clip))
        shots.append(QJsonObject {{QStringLiteral("tc_in"), shot.tcIn},
                                  {QStringLiteral("tc_out"), shot.tcOut},
                                  {QStringLiteral("soundbite"), shot.soundbite},
                                  {QStringLiteral("description"), shot.description},
                                  {QStringLiteral("speaker"), shot.speaker},
                                  {QStringLiteral("language"), shot.language}});
    const QJsonDocument metadata = QJsonDocument::fromJson(clip.metadataJson);
    return QJsonObject {
        {QStringLiteral("id"), clip.id},
        {QStringLiteral("video_id"), clip.videoId},
        {QStringLiteral("rendition_id"), clip.renditionId},
        {QStringLiteral("title"), clip.title},
        {QStringLiteral("description"), clip.description},
        {QStringLiteral("location"), clip.location},
        {QStringLiteral("credit"), clip.credit},
        {QStringLiteral("credit_line"), clip.creditLine()},
        {QStringLiteral("usage_terms"), clip.usageTerms},
        {QStringLiteral("published_at"), isoTime(clip.publishedAt)},
        {QStringLiteral("downloaded_at"), isoTime(clip.downloadedAt)},
        {QStringLiteral("file_path"), clip.filePath},
        {QStringLiteral("size_bytes"), clip.sizeBytes},
        {QStringLiteral("sha256"), QString::fromLatin1(clip.sha256)},
        {QStringLiteral("container"), clip.container},
        {QStringLiteral("video_codec"), clip.videoCodec},
        {QStringLiteral("width"), clip.width},
        {QStringLiteral("height"), clip.height},
        {QStringLiteral("frame_rate"), clip.frameRate},
        {QStringLiteral("duration_ms"), clip.durationMs},
        {QStringLiteral("status"), Library::statusKey(clip.status)},
        {QStringLiteral("last_verified_at"), isoTime(clip.lastVerifiedAt)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(clip.tags)},
        {QStringLiteral("user_tags"), QJsonArray::fromStringList(clip.userTags)},
        {QStringLiteral("note"), clip.note},
        {QStringLiteral("collections"), QJsonArray::fromStringList(collections)},
        {QStringLiteral("shotlist"), shots},
        {QStringLiteral("metadata"), metadata.isObject() ? QJsonValue(metadata.object()) : QJsonValue()},
    };
}

QStringList clipText(const Clip &clip, const QStringList &collections)
{
    const auto orDash = [](const QString &text) {
        return text.isEmpty() ? QStringLiteral("-") : text;
    };
    QStringList picture;
    if (!clip.container.isEmpty())
        picture << clip.container;
    if (!clip.videoCodec.isEmpty())
        picture << clip.videoCodec;
    if (clip.width > 0 && clip.height > 0)
        picture << QStringLiteral("%1×%2").arg(clip.width).arg(clip.height);
    if (!clip.frameRate.isEmpty())
        picture << clip.frameRate + QStringLiteral(" fps");
    QString status = Library::statusKey(clip.status);
    if (clip.lastVerifiedAt.isValid())
        status += QStringLiteral(" (checked %1)").arg(localTime(clip.lastVerifiedAt));

    QStringList lines {
        QStringLiteral("Clip %1: %2").arg(clip.id).arg(clip.title),
        QStringLiteral("  Video:        %1, rendition %2")
            .arg(orDash(clip.videoId), orDash(clip.renditionId)),
        QStringLiteral("  Published:    %1").arg(localTime(clip.publishedAt)),
        QStringLiteral("  Downloaded:   %1").arg(localTime(clip.downloadedAt)),
        QStringLiteral("  Location:     %1").arg(orDash(clip.location)),
        QStringLiteral("  Credit:       %1").arg(orDash(clip.credit)),
        QStringLiteral("  Credit line:  %1").arg(orDash(clip.creditLine())),
        QStringLiteral("  Usage terms:  %1").arg(orDash(clip.usageTerms)),
        QStringLiteral("  File:         %1").arg(native(clip.filePath)),
        QStringLiteral("  Size:         %1 (%2 bytes)").arg(byteSize(clip.sizeBytes)).arg(clip.sizeBytes),
        QStringLiteral("  SHA-256:      %1").arg(orDash(QString::fromLatin1(clip.sha256))),
        QStringLiteral("  Format:       %1").arg(orDash(picture.join(QStringLiteral(", ")))),
        QStringLiteral("  Duration:     %1").arg(duration(clip.durationMs)),
        QStringLiteral("  Status:       %1").arg(status),
        QStringLiteral("  Tags:         %1").arg(orDash(clip.tags.join(QStringLiteral(", ")))),
        QStringLiteral("  Your tags:    %1").arg(orDash(clip.userTags.join(QStringLiteral(", ")))),
        QStringLiteral("  Collections:  %1").arg(orDash(collections.join(QStringLiteral(", ")))),
        QStringLiteral("  Note:         %1").arg(orDash(clip.note)),
    };
    if (!clip.description.isEmpty())
        lines << QStringLiteral("  Description:") << QStringLiteral("    ") + clip.description;
    const QList<Catalogue::ShotlistEntry> shots = shotlistOf(clip);
    if (!shots.isEmpty()) {
        lines << QStringLiteral("  Shot list:");
        for (const auto &shot : shots) {
            QString line = QStringLiteral("    %1–%2  %3").arg(shot.tcIn, shot.tcOut, shot.description);
            if (shot.soundbite || !shot.speaker.isEmpty()) {
                QStringList who {shot.soundbite ? QStringLiteral("soundbite") : QString()};
                if (!shot.speaker.isEmpty())
                    who << shot.speaker;
                if (!shot.language.isEmpty())
                    who << shot.language;
                who.removeAll(QString());
                line += QStringLiteral(" [") + who.join(QStringLiteral(", ")) + u']';
            }
            lines << line;
        }
    }
    return lines;
}

void doShow(const Session &s)
{
    if (!onlyOptions(s, QStringLiteral("show"), {}))
        return;
    if (s.arguments.size() != 1)
        return s.usage(QStringLiteral("library show takes one clip ID."));
    const auto ids = parseIds(s, s.arguments);
    if (!ids)
        return;
    auto store = openStore(s);
    if (!store)
        return;
    const auto clips = findClips(s, *store, *ids);
    if (!clips)
        return;
    const Clip &clip = clips->first();
    auto memberOf = store->collectionsOf(clip.id);
    if (!memberOf)
        return s.fail(memberOf.error());
    auto all = store->collections();
    if (!all)
        return s.fail(all.error());
    QStringList collections;
    for (const Library::Collection &c : all.value()) {
        if (memberOf.value().contains(c.id))
            collections << c.name;
    }
    if (s.context.json())
        s.context.printJson(clipJson(clip, collections));
    else
        s.context.printText(clipText(clip, collections).join(u'\n'));
    s.done(ExitOk);
}

} // namespace

void runLibrary(CliContext &context, const QStringList &arguments, QObject *owner,
                const std::function<void(int)> &done)
{
    auto parser = std::make_shared<QCommandLineParser>();
    for (const QString &name : {QStringLiteral("tag"), QStringLiteral("format"), QStringLiteral("collection"),
                                QStringLiteral("status"), QStringLiteral("from"), QStringLiteral("to"),
                                QStringLiteral("date"), QStringLiteral("sort"), QStringLiteral("limit"),
                                QStringLiteral("offset"), QStringLiteral("output")})
        parser->addOption(QCommandLineOption(name, QString(), QStringLiteral("VALUE")));
    parser->addOption(QCommandLineOption(QStringLiteral("mhl"), QString(), QStringLiteral("FOLDER")));
    for (const QString &name : {QStringLiteral("asc"), QStringLiteral("desc"), QStringLiteral("csv"),
                                QStringLiteral("json"), QStringLiteral("ebucore")})
        parser->addOption(QCommandLineOption(name));
    parser->addOption(QCommandLineOption(QStringList {QStringLiteral("h"), QStringLiteral("help")}));
    if (!parser->parse(arguments)) {
        done(context.fail(ExitUsage, QStringLiteral("usage"),
                          parser->errorText() + QStringLiteral(". See 'mmdesk-cli library --help'.")));
        return;
    }
    QStringList positional = parser->positionalArguments();
    if (parser->isSet(QStringLiteral("help")) || positional.isEmpty()) {
        std::fputs(LibraryHelp,
                   positional.isEmpty() && !parser->isSet(QStringLiteral("help")) ? stderr : stdout);
        done(parser->isSet(QStringLiteral("help")) ? ExitOk : ExitUsage);
        return;
    }
    const QString action = positional.takeFirst();
    const Session session {context, parser, owner, done, positional};
    if (action == u"list")
        doList(session);
    else if (action == u"search")
        doSearch(session);
    else if (action == u"show")
        doShow(session);
    else if (action == u"verify")
        doVerify(session);
    else if (action == u"relink")
        doRelink(session);
    else if (action == u"import")
        doImport(session);
    else if (action == u"export")
        doExport(session);
    else if (action == u"check-mhl")
        doCheckMhl(session);
    else
        done(context.fail(
            ExitUsage, QStringLiteral("usage"),
            QStringLiteral("unknown library action “%1”. See 'mmdesk-cli library --help'.").arg(action)));
}

} // namespace Cli
