#include "tests/gui/librarysamples.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace LibrarySamples {

namespace {

QByteArray videoJson(const Sample &s, const QUrl &thumbnail)
{
    QJsonArray shotlist {
        QJsonObject {{u"tc_in"_s, u"00:00:00:00"_s},
                     {u"tc_out"_s, u"00:00:05:00"_s},
                     {u"kind"_s, u"shot"_s},
                     {u"description"_s, u"Plan large de la salle, %1"_s.arg(s.location)}},
    };
    if (s.key == u"securite") {
        shotlist.append(QJsonObject {{u"tc_in"_s, u"00:00:05:00"_s},
                                     {u"tc_out"_s, u"00:00:20:00"_s},
                                     {u"kind"_s, u"soundbite"_s},
                                     {u"description"_s, u"La sécurité européenne avant tout"_s},
                                     {u"speaker"_s, u"Kaja Kallas"_s},
                                     {u"language"_s, u"fr"_s}});
    }
    const QJsonObject video {
        {u"id"_s, QString(u"vid-"_s + s.key)},
        {u"title"_s, s.title},
        {u"description"_s, u"Images de %1 pour les rédactions."_s.arg(s.location)},
        {u"published_at"_s, s.publishedAt.toString(Qt::ISODate)},
        {u"location"_s, s.location},
        {u"duration_ms"_s, 95000},
        {u"tags"_s, QJsonArray::fromStringList(s.tags)},
        {u"credit"_s, u"Conseil de l’UE"_s},
        {u"usage_terms"_s, u"Libre pour l’information"_s},
        {u"thumbnail_url"_s, thumbnail.toString()},
        {u"shotlist"_s, shotlist},
        {u"renditions"_s,
         QJsonArray {QJsonObject {{u"id"_s, QString(u"r-"_s + s.container)},
                                  {u"label"_s, u"Broadcast HD"_s},
                                  {u"container"_s, s.container},
                                  {u"video_codec"_s, u"h264"_s},
                                  {u"width"_s, 1920},
                                  {u"height"_s, 1080},
                                  {u"frame_rate"_s, u"25"_s},
                                  {u"size_bytes"_s, 1000},
                                  {u"sha256"_s, QString(64, u'0')}}}},
    };
    return QJsonDocument(video).toJson(QJsonDocument::Compact);
}

} // namespace

QDateTime at(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(10, 0), QTimeZone::utc());
}

TestSupport::LoopbackHttpServer::Answer
thumbnailAnswer(const TestSupport::LoopbackHttpServer::Request &request)
{
    static const QByteArray jpeg = [] {
        QImage image(320, 180, QImage::Format_RGB32);
        image.fill(QColor(0xd0, 0x30, 0x30));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 90);
        return bytes;
    }();
    if (request.target.startsWith(u"/thumbs/"_s))
        return {"200 OK", "image/jpeg", jpeg, {}, 0};
    return {"404 Not Found", "text/plain", "not found", {}, 0};
}

std::optional<Library::Clip> sampleClip(const Sample &s, int index, const QString &clipsDir,
                                        const QUrl &thumbnail)
{
    const QString folder = s.folder.isEmpty() ? clipsDir : QDir(clipsDir).filePath(s.folder);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(s.key + u'.' + s.container);
    QByteArray bytes(64 * 1024 + index * 1000, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 31 + index * 7) & 0xff);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return std::nullopt;
    file.close();
    Library::Clip clip;
    clip.videoId = u"vid-"_s + s.key;
    clip.renditionId = u"r-"_s + s.container;
    clip.title = s.title;
    clip.description = u"Images de %1 pour les rédactions."_s.arg(s.location);
    clip.location = s.location;
    clip.credit = u"Conseil de l’UE"_s;
    clip.usageTerms = u"Libre pour l’information"_s;
    clip.publishedAt = s.publishedAt;
    clip.downloadedAt = s.downloadedAt;
    clip.filePath = path;
    clip.sizeBytes = bytes.size();
    clip.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    clip.container = s.container;
    clip.videoCodec = s.container == u"mxf" ? u"mpeg2video"_s : u"h264"_s;
    clip.width = 1920;
    clip.height = 1080;
    clip.frameRate = u"25"_s;
    clip.durationMs = 95'000 + index * 1000;
    clip.tags = s.tags;
    clip.metadataJson = videoJson(s, thumbnail);
    clip.status = s.status;
    clip.lastVerifiedAt = s.status == Library::Status::Ok ? s.downloadedAt : QDateTime();
    return clip;
}

} // namespace LibrarySamples
