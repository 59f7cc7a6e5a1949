#include "core/library/clip.h"

#include "core/catalogue/video.h"
#include "core/downloads/downloadrecord.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <utility>

namespace Library {

namespace {
constexpr std::array<std::pair<Status, const char *>, 4> StatusKeys {{
    {Status::Ok, "ok"},
    {Status::Missing, "missing"},
    {Status::Corrupt, "corrupt"},
    {Status::Unverified, "unverified"},
}};
} // namespace

QString statusKey(Status status)
{
    for (const auto &[value, key] : StatusKeys) {
        if (value == status)
            return QString::fromLatin1(key);
    }
    return {};
}

bool statusFromKey(const QString &key, Status *status)
{
    for (const auto &[value, name] : StatusKeys) {
        if (key == QLatin1String(name)) {
            *status = value;
            return true;
        }
    }
    return false;
}

Util::Result<Clip> Clip::fromDownload(const Downloads::DownloadRecord &record)
{
    if (record.state != Downloads::State::Completed)
        return Util::makeError(QStringLiteral("not_completed"),
                               QCoreApplication::translate("Library::Clip",
                                                           "Only a finished and verified download can "
                                                           "enter the library."));
    if (record.videoId.isEmpty() || record.fileName.isEmpty() || record.destDir.isEmpty())
        return Util::makeError(QStringLiteral("invalid_download"),
                               QCoreApplication::translate("Library::Clip",
                                                           "The download has no video or no file; it "
                                                           "cannot enter the library."));

    Clip clip;
    clip.videoId = record.videoId;
    clip.renditionId = record.renditionId;
    clip.title = record.title;
    clip.filePath = QDir::cleanPath(QFileInfo(record.targetPath()).absoluteFilePath());
    clip.sizeBytes = record.sizeBytes;
    clip.sha256 = record.sha256.toLower();
    clip.downloadedAt =
        record.finishedAt.isValid() ? record.finishedAt.toUTC() : QDateTime::currentDateTimeUtc();
    clip.status = Status::Ok;
    clip.lastVerifiedAt = clip.downloadedAt;
    clip.metadataJson = record.metadataJson;
    clip.container = QFileInfo(record.fileName).suffix().toLower();

    const QJsonDocument document = QJsonDocument::fromJson(record.metadataJson);
    const std::optional<Catalogue::Video> video =
        document.isObject() ? Catalogue::Video::fromJson(document.object()) : std::nullopt;
    if (!video)
        return clip;

    if (!video->title.isEmpty())
        clip.title = video->title;
    clip.description = video->description;
    clip.location = video->location;
    clip.credit = video->credit;
    clip.usageTerms = video->usageTerms;
    clip.publishedAt = video->publishedAt;
    clip.durationMs = video->durationMs;
    clip.tags = video->tags;
    if (const std::optional<Catalogue::Rendition> rendition = video->rendition(record.renditionId)) {
        if (!rendition->container.isEmpty())
            clip.container = rendition->container.toLower();
        clip.videoCodec = rendition->videoCodec;
        clip.width = rendition->width;
        clip.height = rendition->height;
        clip.frameRate = rendition->frameRate;
        if (clip.sizeBytes < 0)
            clip.sizeBytes = rendition->sizeBytes;
        if (clip.sha256.isEmpty())
            clip.sha256 = rendition->sha256;
    }
    return clip;
}

QString Clip::creditLine() const
{
    if (metadataJson.isEmpty())
        return {};
    return QJsonDocument::fromJson(metadataJson).object().value(QStringLiteral("credit_line")).toString();
}

} // namespace Library
