#include "tests/portal/tests/smallcontent.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

namespace PortalTest {

namespace {
QByteArray pseudoRandom(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        bytes[i] = static_cast<char>(i);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeJson(const QString &path, const QJsonObject &object)
{
    return writeFile(path, QJsonDocument(object).toJson());
}

QString stamp(int dayOffset, int hour)
{
    const QDateTime base(QDate(2025, 5, 1), QTime(hour, 0), QTimeZone::utc());
    return base.addDays(dayOffset).toString(Qt::ISODate);
}
} // namespace

QByteArray SmallContent::fileBytes(const QString &dir, const QString &relative)
{
    QFile file(QDir(dir).filePath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SmallContent::write(const QString &dir)
{
    const QDir root(dir);
    const QStringList kinds {QStringLiteral("news"), QStringLiteral("press_release"),
                             QStringLiteral("speech"), QStringLiteral("statement"),
                             QStringLiteral("transcript")};
    for (int i = 1; i <= NewsCount; ++i) {
        const QString id = QStringLiteral("n%1").arg(i, 2, 10, QLatin1Char('0'));
        QJsonArray tags {QStringLiteral("news")};
        if (i % 2 == 0)
            tags.append(QStringLiteral("Climate"));
        if (i % 3 == 0)
            tags.append(QStringLiteral("summit"));
        QJsonObject item {
            {QStringLiteral("id"), id},
            {QStringLiteral("kind"), kinds.at(i % kinds.size())},
            {QStringLiteral("title"),
             i == 7 ? QStringLiteral("Glacier melt accelerates") : QStringLiteral("Item %1").arg(i)},
            {QStringLiteral("summary"), QStringLiteral("Summary of item %1.").arg(i)},
            {QStringLiteral("body_html"), QStringLiteral("<p>Body of <em>item</em> %1.</p>").arg(i)},
            // Items 11 and 12 share a publication time: the id breaks the tie.
            {QStringLiteral("published_at"), stamp(i >= 11 ? 11 : i, 9)},
            {QStringLiteral("updated_at"), stamp(i, 10)},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("tags"), tags},
            {QStringLiteral("video_ids"), QJsonArray()},
            {QStringLiteral("web_url"), QString(QStringLiteral("https://portal.example.org/news/") + id)},
        };
        if (i == 1) {
            item.insert(QStringLiteral("image"), QStringLiteral("media/news/n01.jpg"));
            if (!writeFile(root.filePath(QStringLiteral("media/news/n01.jpg")), pseudoRandom(4000, 99)))
                return false;
        }
        if (!writeJson(root.filePath(QStringLiteral("news/%1.json").arg(id)), item))
            return false;
    }

    for (int v = 1; v <= VideoCount; ++v) {
        const QString id = QStringLiteral("v%1").arg(v);
        const QString media = QStringLiteral("media/videos/%1/").arg(id);
        const QByteArray thumb = pseudoRandom(2000 + v, 10 + v);
        const QByteArray proxy = pseudoRandom(200'000 + v, 20 + v);
        const QByteArray hd = pseudoRandom(v == 1 ? BigRenditionSize : 100'000 + v, 30 + v);
        if (!writeFile(root.filePath(media + QStringLiteral("thumb.jpg")), thumb)
            || !writeFile(root.filePath(media + QStringLiteral("proxy.mp4")), proxy)
            || !writeFile(root.filePath(media + id + QStringLiteral("_hd.mxf")), hd))
            return false;
        QJsonObject hdRendition {
            {QStringLiteral("id"), QStringLiteral("hd")},
            {QStringLiteral("label"), QStringLiteral("Broadcast HD 1080i50, XDCAM HD422 50 Mb/s")},
            {QStringLiteral("container"), QStringLiteral("mxf")},
            {QStringLiteral("video_codec"), QStringLiteral("mpeg2video")},
            {QStringLiteral("audio_codec"), QStringLiteral("pcm_s24le")},
            {QStringLiteral("width"), 1920},
            {QStringLiteral("height"), 1080},
            {QStringLiteral("frame_rate"), QStringLiteral("25")},
            {QStringLiteral("interlaced"), true},
            {QStringLiteral("bitrate_kbps"), 50000},
            {QStringLiteral("size_bytes"), hd.size()},
            {QStringLiteral("filename"), QString(id + QStringLiteral("_hd.mxf"))},
            {QStringLiteral("file"), QString(media + id + QStringLiteral("_hd.mxf"))},
        };
        QJsonObject proxyRendition {
            {QStringLiteral("id"), QStringLiteral("proxy")},
            {QStringLiteral("label"), QStringLiteral("Web proxy H.264")},
            {QStringLiteral("container"), QStringLiteral("mp4")},
            {QStringLiteral("video_codec"), QStringLiteral("h264")},
            {QStringLiteral("audio_codec"), QStringLiteral("aac")},
            {QStringLiteral("width"), 640},
            {QStringLiteral("height"), 360},
            {QStringLiteral("frame_rate"), QStringLiteral("30000/1001")},
            {QStringLiteral("interlaced"), false},
            {QStringLiteral("bitrate_kbps"), 800},
            {QStringLiteral("size_bytes"), proxy.size()},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QCryptographicHash::hash(proxy, QCryptographicHash::Sha256).toHex())},
            {QStringLiteral("filename"), QString(id + QStringLiteral("_proxy.mp4"))},
            {QStringLiteral("file"), QString(media + QStringLiteral("proxy.mp4"))},
        };
        const QJsonObject video {
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("Video %1").arg(v)},
            {QStringLiteral("description"),
             v == 2 ? QStringLiteral("Harbour at dawn") : QStringLiteral("Footage %1").arg(v)},
            {QStringLiteral("published_at"), stamp(v * 3, 12)},
            {QStringLiteral("updated_at"), stamp(v * 3, 13)},
            {QStringLiteral("duration_ms"), 60000 * v},
            {QStringLiteral("tags"),
             v == 3 ? QJsonArray {QStringLiteral("summit")} : QJsonArray {QStringLiteral("harbour")}},
            {QStringLiteral("credit"), QStringLiteral("Test Agency")},
            {QStringLiteral("usage_terms"), QStringLiteral("Editorial use only")},
            {QStringLiteral("shotlist"),
             QJsonArray {QJsonObject {{QStringLiteral("tc_in"), QStringLiteral("00:00:00:00")},
                                      {QStringLiteral("tc_out"), QStringLiteral("00:00:10:00")},
                                      {QStringLiteral("kind"), QStringLiteral("shot")},
                                      {QStringLiteral("description"), QStringLiteral("Wide shot")}}}},
            {QStringLiteral("thumbnail"), QString(media + QStringLiteral("thumb.jpg"))},
            {QStringLiteral("preview"), QString(media + QStringLiteral("proxy.mp4"))},
            {QStringLiteral("renditions"), QJsonArray {hdRendition, proxyRendition}},
        };
        if (!writeJson(root.filePath(QStringLiteral("videos/%1.json").arg(id)), video))
            return false;
    }
    return true;
}

} // namespace PortalTest
