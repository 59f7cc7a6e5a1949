#include "tests/portal/demo/democontent.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

const QStringList kNewsKinds = {u"news"_s, u"press_release"_s, u"speech"_s, u"statement"_s, u"transcript"_s};
const QSet<QString> kAllowedTags = {u"p"_s,      u"br"_s, u"h2"_s, u"h3"_s, u"blockquote"_s, u"q"_s,  u"em"_s,
                                    u"strong"_s, u"ul"_s, u"ol"_s, u"li"_s, u"a"_s,          u"img"_s};

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

QDateTime timestamp(const QJsonObject &object, const QString &key, QString *error, const QString &where)
{
    const QDateTime value = QDateTime::fromString(object.value(key).toString(), Qt::ISODate);
    if (!value.isValid())
        *error = where + u": missing or invalid \"" + key + u'"';
    return value.toUTC();
}

// "n-2026-0212-ministers" from the publication date and the item's short key.
QString makeId(QChar prefix, const QDateTime &date, const QString &key)
{
    return QString(prefix) + u'-' + date.toString(u"yyyy-MMdd"_s) + u'-' + key;
}

std::optional<RenditionKind> renditionKind(const QString &name)
{
    if (name == u"mp4")
        return RenditionKind::HdMp4;
    if (name == u"xdcam")
        return RenditionKind::XdcamMxf;
    if (name == u"prores")
        return RenditionKind::ProResMov;
    return std::nullopt;
}

std::optional<VideoSpec> parseVideo(const QJsonObject &object, const QJsonObject &defaults, QString *error)
{
    VideoSpec video;
    const QString key = object.value(u"key").toString();
    const QString where = u"video \"" + key + u'"';
    video.publishedAt = timestamp(object, u"published"_s, error, where);
    video.recordedAt = timestamp(object, u"recorded"_s, error, where);
    video.updatedAt =
        object.contains(u"updated") ? timestamp(object, u"updated"_s, error, where) : video.publishedAt;
    if (!error->isEmpty())
        return std::nullopt;
    video.id = makeId(u'v', video.publishedAt, key);
    video.title = object.value(u"title").toString();
    video.description = object.value(u"description").toString();
    video.location = object.value(u"location").toString();
    video.language = object.value(u"language").toString(u"en"_s);
    video.tags = stringList(object.value(u"tags"));
    video.credit = object.value(u"credit").toString(defaults.value(u"credit").toString());
    video.usageTerms = object.value(u"usage_terms").toString(defaults.value(u"usage_terms").toString());
    video.pattern = object.value(u"pattern").toString(u"testsrc2"_s);
    video.colour = object.value(u"colour").toString(u"0x1f3a5f"_s);
    const auto rate = FrameRate::parse(object.value(u"frame_rate").toString(u"25"_s));
    if (!rate) {
        *error = where + u": invalid frame_rate";
        return std::nullopt;
    }
    video.rate = *rate;
    for (const QString &name : stringList(object.value(u"renditions"))) {
        const auto kind = renditionKind(name);
        if (!kind || (*kind == RenditionKind::XdcamMxf && video.rate.text() != u"25")) {
            *error = where + u": unsupported rendition \"" + name + u"\" at " + video.rate.text() + u" fps";
            return std::nullopt;
        }
        video.renditions.append(*kind);
    }
    const QJsonArray shots = object.value(u"shots").toArray();
    for (const QJsonValue &value : shots) {
        const QJsonObject shotObject = value.toObject();
        ShotSpec shot;
        shot.frames = video.rate.framesFor(shotObject.value(u"seconds").toDouble());
        shot.kind = shotObject.value(u"kind").toString(u"shot"_s);
        shot.description = shotObject.value(u"description").toString();
        shot.speaker = shotObject.value(u"speaker").toString();
        shot.language = shotObject.value(u"language").toString();
        const bool soundbite = shot.kind == u"soundbite";
        if (shot.frames <= 0 || shot.description.isEmpty() || (shot.kind != u"shot" && !soundbite)
            || (soundbite && (shot.speaker.isEmpty() || shot.language.isEmpty()))) {
            *error = where + u": incomplete shot " + QString::number(video.shots.size() + 1);
            return std::nullopt;
        }
        video.shots.append(shot);
    }
    if (key.isEmpty() || video.title.isEmpty() || video.description.isEmpty() || video.location.isEmpty()
        || video.tags.isEmpty() || video.shots.isEmpty()) {
        *error = where + u": a required field is empty";
        return std::nullopt;
    }
    return video;
}

std::optional<NewsSpec> parseNews(const QJsonObject &object, const QHash<QString, QString> &videoIds,
                                  QString *error)
{
    NewsSpec item;
    const QString key = object.value(u"key").toString();
    const QString where = u"news \"" + key + u'"';
    item.publishedAt = timestamp(object, u"published"_s, error, where);
    item.updatedAt =
        object.contains(u"updated") ? timestamp(object, u"updated"_s, error, where) : item.publishedAt;
    if (object.contains(u"withdrawn"))
        item.withdrawnAt = timestamp(object, u"withdrawn"_s, error, where);
    if (!error->isEmpty())
        return std::nullopt;
    item.id = makeId(u'n', item.publishedAt, key);
    item.kind = object.value(u"kind").toString();
    item.title = object.value(u"title").toString();
    item.summary = object.value(u"summary").toString();
    item.bodyHtml = object.value(u"body_html").toString();
    item.location = object.value(u"location").toString();
    item.language = object.value(u"language").toString(u"en"_s);
    item.tags = stringList(object.value(u"tags"));
    item.colour = object.value(u"colour").toString();
    item.hasImage = object.value(u"image").toBool(true);
    for (const QString &videoKey : stringList(object.value(u"videos"))) {
        if (!videoIds.contains(videoKey)) {
            *error = where + u": unknown video \"" + videoKey + u'"';
            return std::nullopt;
        }
        item.videoIds.append(videoIds.value(videoKey));
    }
    QString offending;
    if (!bodyUsesAllowedTags(item.bodyHtml, &offending)) {
        *error = where + u": body_html uses <" + offending + u'>';
        return std::nullopt;
    }
    if (key.isEmpty() || !kNewsKinds.contains(item.kind) || item.title.isEmpty() || item.summary.isEmpty()
        || item.bodyHtml.isEmpty() || item.tags.isEmpty() || item.updatedAt < item.publishedAt
        || (item.withdrawnAt.isValid() && item.withdrawnAt <= item.updatedAt)) {
        *error = where + u": a required field is empty or invalid";
        return std::nullopt;
    }
    return item;
}

} // namespace

qint64 VideoSpec::frames() const
{
    qint64 total = 0;
    for (const ShotSpec &shot : shots)
        total += shot.frames;
    return total;
}

bool bodyUsesAllowedTags(const QString &html, QString *offending)
{
    static const QRegularExpression tagPattern(u"<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)"_s);
    for (auto it = tagPattern.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(1).toLower();
        if (!kAllowedTags.contains(tag)) {
            if (offending)
                *offending = tag;
            return false;
        }
    }
    // Comments, doctype and processing instructions are not tags a body may carry either.
    if (html.contains(u"<!"_s) || html.contains(u"<?"_s)) {
        if (offending)
            *offending = u"!"_s;
        return false;
    }
    return true;
}

std::optional<DemoContent> loadDemoContent(QString *error)
{
    QFile file(u":/mmdesk/demo/democontent.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"the embedded demo content is missing"_s;
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"the embedded demo content is not valid JSON at offset "
            + QString::number(parseError.offset) + u": " + parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonObject defaults = root.value(u"defaults").toObject();
    DemoContent content;
    content.siteUrl = root.value(u"site_url").toString();
    content.conditions = root.value(u"conditions").toObject();

    QHash<QString, QString> videoIds;
    QSet<QString> ids;
    const QJsonArray videos = root.value(u"videos").toArray();
    for (const QJsonValue &value : videos) {
        auto video = parseVideo(value.toObject(), defaults, error);
        if (!video)
            return std::nullopt;
        if (ids.contains(video->id)) {
            *error = u"duplicate id " + video->id;
            return std::nullopt;
        }
        ids.insert(video->id);
        videoIds.insert(value.toObject().value(u"key").toString(), video->id);
        content.videos.append(*video);
    }
    const QJsonArray news = root.value(u"news").toArray();
    for (const QJsonValue &value : news) {
        auto item = parseNews(value.toObject(), videoIds, error);
        if (!item)
            return std::nullopt;
        if (ids.contains(item->id)) {
            *error = u"duplicate id " + item->id;
            return std::nullopt;
        }
        ids.insert(item->id);
        (item->withdrawnAt.isValid() ? content.withdrawnNews : content.news).append(*item);
    }
    auto bench = parseVideo(root.value(u"bench_video").toObject(), defaults, error);
    if (!bench)
        return std::nullopt;
    content.benchVideo = *bench;
    return content;
}

} // namespace Demo
