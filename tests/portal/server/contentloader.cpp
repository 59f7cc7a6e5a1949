#include "tests/portal/server/contentloader.h"

#include "tests/portal/server/filehashcache.h"
#include "tests/portal/server/timeutil.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace RefPortal {

namespace {
const QStringList NewsKinds {QStringLiteral("news"), QStringLiteral("press_release"),
                             QStringLiteral("speech"), QStringLiteral("statement"),
                             QStringLiteral("transcript")};

QString stripTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return QString(html).replace(tag, QStringLiteral(" "));
}

bool newestFirst(const ContentItem &a, const ContentItem &b)
{
    if (a.publishedAt != b.publishedAt)
        return a.publishedAt > b.publishedAt;
    return a.id > b.id;
}
} // namespace

QString ContentLoader::resolve(const QString &relative) const
{
    if (relative.isEmpty() || QDir::isAbsolutePath(relative))
        return {};
    const QString absolute = QDir::cleanPath(m_dir.absoluteFilePath(relative));
    const QString root = QDir::cleanPath(m_dir.absolutePath()) + u'/';
    if (!absolute.startsWith(root) || !QFileInfo(absolute).isFile())
        return {};
    return absolute;
}

std::optional<QJsonObject> ContentLoader::readObject(const QString &path, QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        warnings->append(QStringLiteral("%1: cannot read").arg(path));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        warnings->append(QStringLiteral("%1: not a JSON object (%2)").arg(path, error.errorString()));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<Deletion> ContentLoader::loadTombstone(const QString &path, const QJsonObject &json,
                                                     QStringList *warnings)
{
    Deletion deletion;
    deletion.id = json.value(QStringLiteral("id")).toString();
    if (deletion.id.isEmpty())
        deletion.id = QFileInfo(path).completeBaseName();
    deletion.updatedAt = TimeUtil::parseRfc3339(json.value(QStringLiteral("updated_at")).toString());
    if (!deletion.updatedAt.isValid()) {
        warnings->append(QStringLiteral("%1: a tombstone needs updated_at (RFC 3339); skipped").arg(path));
        return std::nullopt;
    }
    return deletion;
}

bool ContentLoader::loadCommon(const QString &path, QJsonObject json, ContentItem *item,
                               QStringList *warnings)
{
    item->json = std::move(json);
    item->id = item->json.value(QStringLiteral("id")).toString();
    if (item->id.isEmpty()) {
        item->id = QFileInfo(path).completeBaseName();
        item->json.insert(QStringLiteral("id"), item->id);
    }
    item->publishedAt = TimeUtil::parseRfc3339(item->json.value(QStringLiteral("published_at")).toString());
    if (!item->publishedAt.isValid()) {
        warnings->append(QStringLiteral("%1: published_at missing or not RFC 3339").arg(path));
        return false;
    }
    const QString updated = item->json.value(QStringLiteral("updated_at")).toString();
    item->updatedAt = updated.isEmpty() ? item->publishedAt : TimeUtil::parseRfc3339(updated);
    if (!item->updatedAt.isValid()) {
        warnings->append(QStringLiteral("%1: updated_at is not RFC 3339").arg(path));
        return false;
    }
    // Normalised to the contract's form.
    item->json.insert(QStringLiteral("published_at"), TimeUtil::rfc3339(item->publishedAt));
    item->json.insert(QStringLiteral("updated_at"), TimeUtil::rfc3339(item->updatedAt));
    if (item->json.value(QStringLiteral("title")).toString().isEmpty()) {
        warnings->append(QStringLiteral("%1: title missing").arg(path));
        return false;
    }
    if (!item->json.value(QStringLiteral("tags")).isArray())
        item->json.insert(QStringLiteral("tags"), QJsonArray());
    for (const QJsonValue tag : item->json.value(QStringLiteral("tags")).toArray())
        item->tags.append(tag.toString().toLower());

    QStringList text;
    for (const char *key : {"title", "summary", "description", "location", "credit"})
        text.append(item->json.value(QLatin1String(key)).toString());
    text.append(stripTags(item->json.value(QStringLiteral("body_html")).toString()));
    for (const QJsonValue shot : item->json.value(QStringLiteral("shotlist")).toArray())
        text.append(shot.toObject().value(QStringLiteral("description")).toString());
    text.append(item->tags);
    item->searchText = text.join(u' ').toLower();
    return true;
}

std::optional<ContentItem> ContentLoader::loadNews(const QString &path, QJsonObject json,
                                                   QStringList *warnings)
{
    ContentItem item;
    if (!loadCommon(path, std::move(json), &item, warnings))
        return std::nullopt;
    item.kind = item.json.value(QStringLiteral("kind")).toString(QStringLiteral("news"));
    if (!NewsKinds.contains(item.kind)) {
        warnings->append(QStringLiteral("%1: unknown kind \"%2\"").arg(path, item.kind));
        return std::nullopt;
    }
    item.json.insert(QStringLiteral("kind"), item.kind);
    if (!item.json.value(QStringLiteral("video_ids")).isArray())
        item.json.insert(QStringLiteral("video_ids"), QJsonArray());
    const QString image = item.json.take(QStringLiteral("image")).toString();
    if (!image.isEmpty()) {
        if (resolve(image).isEmpty())
            warnings->append(QStringLiteral("%1: image %2 not found; served without one").arg(path, image));
        else
            item.image = image;
    }
    return item;
}

bool ContentLoader::loadRenditions(const QString &path, ContentItem *item, QStringList *warnings)
{
    const QJsonArray renditions = item->json.take(QStringLiteral("renditions")).toArray();
    for (const QJsonValue value : renditions) {
        Rendition r;
        r.json = value.toObject();
        r.id = r.json.value(QStringLiteral("id")).toString();
        r.file = r.json.take(QStringLiteral("file")).toString();
        const QString absolute = resolve(r.file);
        if (r.id.isEmpty() || absolute.isEmpty()) {
            warnings->append(QStringLiteral("%1: rendition \"%2\" has no readable file \"%3\"; skipped")
                                 .arg(path, r.id, r.file));
            continue;
        }
        r.size = QFileInfo(absolute).size();
        r.sha256 = r.json.value(QStringLiteral("sha256")).toString().toLower();
        const qint64 declared = r.json.value(QStringLiteral("size_bytes")).toInteger(-1);
        if (declared >= 0 && declared != r.size) {
            // The bytes on disk are what will be served: trust them.
            warnings->append(
                QStringLiteral("%1: rendition %2 declares %3 bytes, the file has %4; using the file")
                    .arg(path, r.id)
                    .arg(declared)
                    .arg(r.size));
            r.sha256.clear();
        }
        if (r.sha256.isEmpty()) {
            auto hash = m_hashes.sha256(absolute);
            if (!hash) {
                warnings->append(hash.error().message);
                continue;
            }
            r.sha256 = hash.value();
        }
        r.json.insert(QStringLiteral("size_bytes"), r.size);
        r.json.insert(QStringLiteral("sha256"), r.sha256);
        if (!r.json.contains(QStringLiteral("filename")))
            r.json.insert(QStringLiteral("filename"), QFileInfo(r.file).fileName());
        item->renditions.append(r);
    }
    return true;
}

std::optional<ContentItem> ContentLoader::loadVideo(const QString &path, QJsonObject json,
                                                    QStringList *warnings)
{
    ContentItem item;
    if (!loadCommon(path, std::move(json), &item, warnings))
        return std::nullopt;
    item.thumbnail = item.json.take(QStringLiteral("thumbnail")).toString();
    item.preview = item.json.take(QStringLiteral("preview")).toString();
    if (resolve(item.thumbnail).isEmpty() || resolve(item.preview).isEmpty()) {
        warnings->append(QStringLiteral("%1: thumbnail \"%2\" or preview \"%3\" not found; video skipped")
                             .arg(path, item.thumbnail, item.preview));
        return std::nullopt;
    }
    if (!item.json.value(QStringLiteral("shotlist")).isArray())
        item.json.insert(QStringLiteral("shotlist"), QJsonArray());
    if (!loadRenditions(path, &item, warnings))
        return std::nullopt;
    return item;
}

void ContentLoader::loadFolder(const QString &folder, ItemLoader loadItem, QList<ContentItem> *items,
                               QList<Deletion> *tombstones, QStringList *warnings)
{
    QList<ContentItem> loaded;
    QSet<QString> ids;
    QHash<QString, Deletion> newestTombstone;
    const QDir dir(m_dir.filePath(folder));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString file = dir.filePath(name);
        auto json = readObject(file, warnings);
        if (!json)
            continue;
        const QJsonValue deleted = json->value(QStringLiteral("deleted"));
        if (!deleted.isUndefined() && !deleted.isBool()) {
            warnings->append(QStringLiteral("%1: \"deleted\" must be true or false; skipped").arg(file));
            continue;
        }
        if (deleted.toBool()) {
            const auto tombstone = loadTombstone(file, *json, warnings);
            if (!tombstone)
                continue;
            const auto known = newestTombstone.constFind(tombstone->id);
            if (known == newestTombstone.cend() || tombstone->updatedAt > known->updatedAt)
                newestTombstone.insert(tombstone->id, *tombstone);
            continue;
        }
        auto item = (this->*loadItem)(file, std::move(*json), warnings);
        if (!item)
            continue;
        if (ids.contains(item->id)) {
            warnings->append(QStringLiteral("%1: id \"%2\" used twice; skipped").arg(file, item->id));
            continue;
        }
        ids.insert(item->id);
        loaded.append(std::move(*item));
    }
    // One id, one outcome: newest updated_at wins, a tie goes to the tombstone.
    for (ContentItem &item : loaded) {
        const auto tombstone = newestTombstone.find(item.id);
        if (tombstone == newestTombstone.end()) {
            items->append(std::move(item));
        } else if (item.updatedAt > tombstone->updatedAt) {
            newestTombstone.erase(tombstone); // stale: the item was published again since
            items->append(std::move(item));
        }
    }
    for (const Deletion &tombstone : std::as_const(newestTombstone))
        tombstones->append(tombstone);
    std::sort(tombstones->begin(), tombstones->end(),
              [](const Deletion &a, const Deletion &b) { return a.id < b.id; });
}

QJsonObject ContentLoader::loadConditions(QStringList *warnings)
{
    const QString path = m_dir.filePath(QStringLiteral("conditions.json"));
    if (!QFileInfo::exists(path))
        return {};
    auto json = readObject(path, warnings);
    if (!json)
        return {};
    for (const char *key : {"version", "text_en", "text_fr", "credit_line"}) {
        if (json->value(QLatin1String(key)).toString().trimmed().isEmpty()) {
            warnings->append(QStringLiteral("%1: \"%2\" is missing; no conditions are served")
                                 .arg(path, QLatin1String(key)));
            return {};
        }
    }
    QDateTime updated = TimeUtil::parseRfc3339(json->value(QStringLiteral("updated_at")).toString());
    if (!updated.isValid())
        updated = QFileInfo(path).lastModified().toUTC();
    json->insert(QStringLiteral("updated_at"), TimeUtil::rfc3339(updated));
    return *json;
}

LoadedContent ContentLoader::load(QStringList *warnings)
{
    LoadedContent loaded;
    ContentSnapshot &snapshot = loaded.snapshot;
    snapshot.conditions = loadConditions(warnings);
    loadFolder(QStringLiteral("news"), &ContentLoader::loadNews, &snapshot.news, &loaded.newsTombstones,
               warnings);
    loadFolder(QStringLiteral("videos"), &ContentLoader::loadVideo, &snapshot.videos, &loaded.videoTombstones,
               warnings);
    // Media of withdrawn items are not served: only what the items in the lists name.
    for (const ContentItem &item : std::as_const(snapshot.news)) {
        if (!item.image.isEmpty())
            snapshot.media.insert(mediaUrlPath(item.image), MediaEntry {resolve(item.image), false});
    }
    for (const ContentItem &item : std::as_const(snapshot.videos)) {
        snapshot.media.insert(mediaUrlPath(item.thumbnail), MediaEntry {resolve(item.thumbnail), false});
        snapshot.media.insert(mediaUrlPath(item.preview), MediaEntry {resolve(item.preview), false});
        // A file that is also public (e.g. a rendition used as the preview) stays public.
        for (const Rendition &r : item.renditions) {
            if (!snapshot.media.contains(mediaUrlPath(r.file)))
                snapshot.media.insert(mediaUrlPath(r.file), MediaEntry {resolve(r.file), true});
        }
    }
    std::sort(snapshot.news.begin(), snapshot.news.end(), newestFirst);
    std::sort(snapshot.videos.begin(), snapshot.videos.end(), newestFirst);
    return loaded;
}

} // namespace RefPortal
