#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Catalogue {

// The contract's Rendition: one encoding of a video, downloadable by link.
struct Rendition
{
    QString id;
    QString label;
    QString container;
    QString videoCodec;
    QString audioCodec;
    int width = 0;
    int height = 0;
    QString frameRate; // "25", "30000/1001"
    bool interlaced = false;
    int bitrateKbps = 0;
    qint64 sizeBytes = -1;
    QByteArray sha256;
    QString filename;

    static std::optional<Rendition> fromJson(const QJsonObject &object);
};

struct ShotlistEntry
{
    QString tcIn; // "HH:MM:SS:FF"
    QString tcOut;
    bool soundbite = false;
    QString description;
    QString speaker;
    QString language;
};

// Whether usage terms restrict use beyond the usual editorial conditions:
// they name a restriction, an embargo, or a place or use with no access
// ("RESTRICTED", "Embargoed until…", "No access Canada", "Do not use…"),
// in English or French. The contract gives terms as free text only.
bool termsRestrictUse(const QString &usageTerms);

// The contract's Video (the fields the client uses; the raw JSON is kept
// for the library's metadata snapshot).
struct Video
{
    QString id;
    QString title;
    QString description;
    QDateTime publishedAt;
    QDateTime updatedAt;
    QString location;
    qint64 durationMs = 0;
    QStringList tags;
    QString credit;
    QString usageTerms;
    QUrl thumbnailUrl;
    QUrl previewUrl;
    QList<ShotlistEntry> shotlist;
    QList<Rendition> renditions;
    QJsonObject json;

    static std::optional<Video> fromJson(const QJsonObject &object);

    // The rendition a producer most likely wants: the largest picture, then
    // the highest bitrate.
    std::optional<Rendition> bestRendition() const;
    // The rendition of the house format (Settings: downloads.house-format):
    // "largest" (or empty) is bestRendition(); a container ("mxf", "mov",
    // "mp4") is the best of that container, else bestRendition().
    std::optional<Rendition> preferredRendition(const QString &houseFormat) const;
    std::optional<Rendition> rendition(const QString &renditionId) const;
};

} // namespace Catalogue
