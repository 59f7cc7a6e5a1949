#include "tests/portal/demo/manifests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Demo {

namespace {

QString rfc3339(const QDateTime &when)
{
    return when.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

QJsonObject shotJson(const ShotSpec &shot, qint64 start, const FrameRate &rate)
{
    QJsonObject object {{u"tc_in"_s, rate.timecode(start)},
                        {u"tc_out"_s, rate.timecode(start + shot.frames)},
                        {u"kind"_s, shot.kind},
                        {u"description"_s, shot.description}};
    if (!shot.speaker.isEmpty())
        object.insert(u"speaker"_s, shot.speaker);
    if (!shot.language.isEmpty())
        object.insert(u"language"_s, shot.language);
    return object;
}

} // namespace

QString videoMediaFolder(const QString &videoId)
{
    return u"media/videos/"_s + videoId;
}

QString newsImagePath(const QString &newsId)
{
    return u"media/news/"_s + newsId + u".jpg"_s;
}

QJsonObject videoManifest(const VideoSpec &video, const QList<RenditionResult> &renditions)
{
    QJsonArray shotlist;
    qint64 start = 0;
    // tc_out is the first frame after the shot, so the last shot ends exactly at the duration.
    for (const ShotSpec &shot : video.shots) {
        shotlist.append(shotJson(shot, start, video.rate));
        start += shot.frames;
    }
    const qint64 durationMs = video.durationMs();
    QJsonArray renditionArray;
    for (const RenditionResult &result : renditions) {
        const RenditionFormat &format = result.format;
        QJsonObject object {{u"id"_s, format.id},
                            {u"label"_s, format.label},
                            {u"container"_s, format.container},
                            {u"video_codec"_s, format.videoCodec},
                            {u"audio_codec"_s, format.audioCodec},
                            {u"width"_s, format.width},
                            {u"height"_s, format.height},
                            {u"frame_rate"_s, format.rate.text()},
                            {u"interlaced"_s, format.interlaced},
                            {u"bitrate_kbps"_s, (result.digest.size * 8 + durationMs / 2) / durationMs},
                            {u"size_bytes"_s, result.digest.size},
                            {u"sha256"_s, result.digest.sha256},
                            {u"filename"_s, format.filename},
                            {u"file"_s, QString(videoMediaFolder(video.id) + u'/' + format.filename)}};
        if (result.synthetic)
            object.insert(u"synthetic"_s, true);
        renditionArray.append(object);
    }
    const QString folder = videoMediaFolder(video.id);
    return QJsonObject {{u"id"_s, video.id},
                        {u"title"_s, video.title},
                        {u"description"_s, video.description},
                        {u"published_at"_s, rfc3339(video.publishedAt)},
                        {u"updated_at"_s, rfc3339(video.updatedAt)},
                        {u"recorded_at"_s, rfc3339(video.recordedAt)},
                        {u"location"_s, video.location},
                        {u"language"_s, video.language},
                        {u"duration_ms"_s, durationMs},
                        {u"tags"_s, QJsonArray::fromStringList(video.tags)},
                        {u"credit"_s, video.credit},
                        {u"usage_terms"_s, video.usageTerms},
                        {u"thumbnail"_s, QString(folder + u"/thumb.jpg"_s)},
                        {u"preview"_s, QString(folder + u"/proxy.mp4"_s)},
                        {u"shotlist"_s, shotlist},
                        {u"renditions"_s, renditionArray}};
}

QJsonObject newsManifest(const NewsSpec &item, const QString &siteUrl)
{
    QJsonObject object {{u"id"_s, item.id},
                        {u"kind"_s, item.kind},
                        {u"title"_s, item.title},
                        {u"summary"_s, item.summary},
                        {u"body_html"_s, item.bodyHtml},
                        {u"published_at"_s, rfc3339(item.publishedAt)},
                        {u"updated_at"_s, rfc3339(item.updatedAt)},
                        {u"language"_s, item.language},
                        {u"tags"_s, QJsonArray::fromStringList(item.tags)},
                        {u"video_ids"_s, QJsonArray::fromStringList(item.videoIds)},
                        {u"web_url"_s, QString(siteUrl + u"/news/"_s + item.id)}};
    if (!item.location.isEmpty())
        object.insert(u"location"_s, item.location);
    if (item.hasImage)
        object.insert(u"image"_s, newsImagePath(item.id));
    return object;
}

QJsonObject newsTombstone(const NewsSpec &item)
{
    return {{u"id"_s, item.id}, {u"deleted"_s, true}, {u"updated_at"_s, rfc3339(item.withdrawnAt)}};
}

bool writeJsonFile(const QString &path, const QJsonObject &object, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = u"cannot write "_s + path + u": "_s + file.errorString();
        return false;
    }
    return true;
}

} // namespace Demo
