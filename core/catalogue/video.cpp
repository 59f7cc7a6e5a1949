#include "core/catalogue/video.h"

#include <algorithm>

#include "core/portal/accounttypes.h"
#include "core/util/weburl.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Catalogue {

std::optional<Rendition> Rendition::fromJson(const QJsonObject &o)
{
    Rendition r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.label = o.value(QStringLiteral("label")).toString();
    r.container = o.value(QStringLiteral("container")).toString();
    r.videoCodec = o.value(QStringLiteral("video_codec")).toString();
    r.audioCodec = o.value(QStringLiteral("audio_codec")).toString();
    r.width = o.value(QStringLiteral("width")).toInt();
    r.height = o.value(QStringLiteral("height")).toInt();
    const QJsonValue rate = o.value(QStringLiteral("frame_rate"));
    r.frameRate = rate.isDouble() ? QString::number(rate.toDouble()) : rate.toString();
    r.interlaced = o.value(QStringLiteral("interlaced")).toBool();
    r.bitrateKbps = o.value(QStringLiteral("bitrate_kbps")).toInt();
    r.sizeBytes = o.value(QStringLiteral("size_bytes")).toInteger(-1);
    r.sha256 = o.value(QStringLiteral("sha256")).toString().toLower().toLatin1();
    r.filename = o.value(QStringLiteral("filename")).toString();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (r.id.isEmpty() || r.sizeBytes < 0 || !hex.match(QString::fromLatin1(r.sha256)).hasMatch())
        return std::nullopt;
    if (r.filename.isEmpty())
        r.filename = r.id + u'.' + (r.container.isEmpty() ? QStringLiteral("bin") : r.container);
    return r;
}

std::optional<Video> Video::fromJson(const QJsonObject &o)
{
    Video v;
    v.json = o;
    v.id = o.value(QStringLiteral("id")).toString();
    if (v.id.isEmpty())
        return std::nullopt;
    v.title = o.value(QStringLiteral("title")).toString();
    v.description = o.value(QStringLiteral("description")).toString();
    v.publishedAt = Portal::parseTimestamp(o.value(QStringLiteral("published_at")).toString());
    v.updatedAt = Portal::parseTimestamp(o.value(QStringLiteral("updated_at")).toString());
    v.location = o.value(QStringLiteral("location")).toString();
    v.durationMs = o.value(QStringLiteral("duration_ms")).toInteger();
    for (const QJsonValue tag : o.value(QStringLiteral("tags")).toArray())
        v.tags << tag.toString();
    v.credit = o.value(QStringLiteral("credit")).toString();
    v.usageTerms = o.value(QStringLiteral("usage_terms")).toString();
    v.thumbnailUrl = QUrl(o.value(QStringLiteral("thumbnail_url")).toString());
    // Handed to the media backend, which would also open a file of this
    // computer or any other scheme it knows: web addresses only.
    v.previewUrl = QUrl(o.value(QStringLiteral("preview_url")).toString());
    if (!Util::isWebUrl(v.previewUrl))
        v.previewUrl = QUrl();
    for (const QJsonValue value : o.value(QStringLiteral("shotlist")).toArray()) {
        const QJsonObject shot = value.toObject();
        v.shotlist.append(ShotlistEntry {shot.value(QStringLiteral("tc_in")).toString(),
                                         shot.value(QStringLiteral("tc_out")).toString(),
                                         shot.value(QStringLiteral("kind")).toString() == u"soundbite",
                                         shot.value(QStringLiteral("description")).toString(),
                                         shot.value(QStringLiteral("speaker")).toString(),
                                         shot.value(QStringLiteral("language")).toString()});
    }
    // A rendition that does not follow the contract cannot be downloaded
    // safely (no size or checksum): it is left out rather than guessed at.
    for (const QJsonValue value : o.value(QStringLiteral("renditions")).toArray()) {
        if (auto rendition = Rendition::fromJson(value.toObject()))
            v.renditions.append(*rendition);
    }
    return v;
}

bool termsRestrictUse(const QString &usageTerms)
{
    static const QStringList markers {
        QStringLiteral("restrict"),   QStringLiteral("embargo"),          QStringLiteral("no access"),
        QStringLiteral("do not use"), QStringLiteral("must not be used"), QStringLiteral("restreint"),
        QStringLiteral("interdit"),   QStringLiteral("ne pas utiliser"),  QStringLiteral("aucun accès"),
    };
    const QString terms = usageTerms.toLower();
    return std::any_of(markers.cbegin(), markers.cend(),
                       [&terms](const QString &marker) { return terms.contains(marker); });
}

std::optional<Rendition> Video::bestRendition() const
{
    std::optional<Rendition> best;
    for (const Rendition &r : renditions) {
        if (!best || qint64(r.width) * r.height > qint64(best->width) * best->height
            || (qint64(r.width) * r.height == qint64(best->width) * best->height
                && r.bitrateKbps > best->bitrateKbps))
            best = r;
    }
    return best;
}

std::optional<Rendition> Video::preferredRendition(const QString &houseFormat) const
{
    const QString container = houseFormat.trimmed().toLower();
    if (container.isEmpty() || container == u"largest")
        return bestRendition();
    // The best picture among the house's container, as bestRendition()
    // judges among all.
    Video of;
    for (const Rendition &r : renditions) {
        if (r.container.compare(container, Qt::CaseInsensitive) == 0)
            of.renditions << r;
    }
    if (auto best = of.bestRendition())
        return best;
    return bestRendition();
}

std::optional<Rendition> Video::rendition(const QString &renditionId) const
{
    for (const Rendition &r : renditions) {
        if (r.id == renditionId)
            return r;
    }
    return std::nullopt;
}

} // namespace Catalogue
