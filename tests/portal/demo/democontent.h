#pragma once

#include "tests/portal/demo/framerate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Demo {

enum class RenditionKind { HdMp4, XdcamMxf, ProResMov };

struct ShotSpec
{
    qint64 frames = 0;
    QString kind; // "shot" or "soundbite"
    QString description;
    QString speaker;
    QString language;
};

struct VideoSpec
{
    QString id;
    QString title;
    QString description;
    QDateTime publishedAt;
    QDateTime updatedAt;
    QDateTime recordedAt;
    QString location;
    QString language;
    QStringList tags;
    QString credit;
    QString usageTerms;
    QString pattern; // an ffmpeg lavfi source, e.g. "testsrc2", or "color"
    QString colour; // "0xRRGGBB", for the "color" pattern and the overlays
    FrameRate rate;
    QList<RenditionKind> renditions;
    QList<ShotSpec> shots;

    qint64 frames() const;
    qint64 durationMs() const { return rate.msForFrames(frames()); }
};

struct NewsSpec
{
    QString id;
    QString kind;
    QString title;
    QString summary;
    QString bodyHtml;
    QDateTime publishedAt;
    QDateTime updatedAt;
    QString location;
    QString language;
    QStringList tags;
    QStringList videoIds;
    QString colour;
    bool hasImage = true;
    // Valid for an item that was published and later withdrawn: the demo
    // carries only its tombstone, stamped with this time.
    QDateTime withdrawnAt;
};

struct DemoContent
{
    QString siteUrl;
    // conditions.json as the portal serves it (GET /conditions).
    QJsonObject conditions;
    QList<VideoSpec> videos;
    QList<NewsSpec> news; // published
    QList<NewsSpec> withdrawnNews;
    // The extra video behind --big: its texts carry a "{size}" placeholder.
    VideoSpec benchVideo;
};

// The fictional portal content, kept as JSON in the library's resources.
std::optional<DemoContent> loadDemoContent(QString *error);

// The tags a news body may use; anything else is an error in the content.
bool bodyUsesAllowedTags(const QString &html, QString *offending);

} // namespace Demo
