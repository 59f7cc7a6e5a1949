// Makes a small demo content folder with ffmpeg and checks every manifest against the files it
// names and against what ffprobe finds in them.

#include "tests/portal/demo/democontent.h"
#include "tests/portal/demo/framerate.h"
#include "tests/portal/demo/makedemo.h"
#include "tests/portal/demo/syntheticfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QList<QJsonObject> manifests(const QString &folder)
{
    QList<QJsonObject> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
        out.append(readJson(dir.filePath(name)));
    return out;
}

bool isTombstone(const QJsonObject &manifest)
{
    return manifest.value(u"deleted").toBool();
}

QString sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

bool isTimestamp(const QJsonValue &value)
{
    static const QRegularExpression rfc3339(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"_s);
    return value.isString() && rfc3339.match(value.toString()).hasMatch()
        && QDateTime::fromString(value.toString(), Qt::ISODate).isValid();
}

bool isStringList(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    return std::all_of(array.begin(), array.end(), [](const QJsonValue &item) { return item.isString(); });
}

// The top-level boxes of an MP4 file, in order (enough to see whether moov precedes mdat).
QStringList topLevelBoxes(const QString &path)
{
    QStringList boxes;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return boxes;
    while (!file.atEnd()) {
        const QByteArray header = file.read(8);
        if (header.size() < 8)
            break;
        quint64 size = quint64(quint8(header[0])) << 24 | quint64(quint8(header[1])) << 16
            | quint64(quint8(header[2])) << 8 | quint64(quint8(header[3]));
        boxes.append(QString::fromLatin1(header.mid(4, 4)));
        if (size == 1) {
            const QByteArray large = file.read(8);
            size = 0;
            for (char byte : large)
                size = size << 8 | quint8(byte);
        } else if (size == 0) {
            break;
        }
        if (size < 8 || !file.seek(file.pos() - (size == 1 ? 16 : 8) + qint64(size)))
            break;
    }
    return boxes;
}

} // namespace

class TestMakeDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void frameRates_data();
    void frameRates();
    void sizes_data();
    void sizes();
    void demoContentCounts();
    void layout();
    void newsManifests();
    void videoManifests();
    void renditionsMatchFfprobe();
    void refusesNonEmptyFolder();
    void forceReplacesOnlyItsOwnContent();
    void missingFfmpegIsReported();
    void failedRunLeavesNoContent();

private:
    QJsonObject probe(const QString &path);

    QTemporaryDir m_root;
    QString m_content;
    QString m_ffprobe;
    QHash<QString, QJsonObject> m_videos;
};

void TestMakeDemo::initTestCase()
{
    QVERIFY(m_root.isValid());
    m_ffprobe = QStandardPaths::findExecutable(u"ffprobe"_s);
    if (m_ffprobe.isEmpty())
        QFAIL("ffprobe is not on PATH (Debian: apt install ffmpeg)");
    m_content = m_root.filePath(u"content"_s);
    // Three videos cover every rendition kind, both languages and both frame rates.
    const int code =
        Demo::makeDemo({m_content, u"--videos"_s, u"3"_s, u"--news"_s, u"6"_s, u"--big"_s, u"3M"_s});
    QCOMPARE(code, 0);
    for (const QJsonObject &video : manifests(m_content + u"/videos"_s))
        m_videos.insert(video.value(u"id").toString(), video);
}

void TestMakeDemo::frameRates_data()
{
    QTest::addColumn<QString>("rate");
    QTest::addColumn<qint64>("frames");
    QTest::addColumn<QString>("timecode");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("pal zero") << u"25"_s << qint64(0) << u"00:00:00:00"_s << qint64(0);
    QTest::newRow("pal") << u"25"_s << qint64(115) << u"00:00:04:15"_s << qint64(4600);
    QTest::newRow("pal hour") << u"25"_s << qint64(90000 + 1501) << u"01:01:00:01"_s << qint64(3660040);
    QTest::newRow("ntsc") << u"30000/1001"_s << qint64(134) << u"00:00:04:14"_s << qint64(4471);
}

void TestMakeDemo::frameRates()
{
    QFETCH(QString, rate);
    QFETCH(qint64, frames);
    QFETCH(QString, timecode);
    QFETCH(qint64, ms);
    const auto parsed = Demo::FrameRate::parse(rate);
    QVERIFY(parsed);
    QCOMPARE(parsed->text(), rate);
    QCOMPARE(parsed->timecode(frames), timecode);
    QCOMPARE(parsed->framesFromTimecode(timecode), frames);
    QCOMPARE(parsed->msForFrames(frames), ms);
    QCOMPARE(parsed->framesFromTimecode(u"00:00:01:30"_s), qint64(-1));
}

void TestMakeDemo::sizes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("2G") << u"2G"_s << (qint64(2) << 30);
    QTest::newRow("512M") << u"512M"_s << (qint64(512) << 20);
    QTest::newRow("64KiB") << u"64KiB"_s << qint64(65536);
    QTest::newRow("bytes") << u"1000"_s << qint64(1000);
    QTest::newRow("zero") << u"0"_s << qint64(-1);
    QTest::newRow("junk") << u"big"_s << qint64(-1);
    QTest::newRow("negative") << u"-5M"_s << qint64(-1);
}

void TestMakeDemo::sizes()
{
    QFETCH(QString, text);
    QFETCH(qint64, bytes);
    QCOMPARE(Demo::parseSize(text), bytes);
}

void TestMakeDemo::demoContentCounts()
{
    QString error;
    const auto content = Demo::loadDemoContent(&error);
    QVERIFY2(content, qPrintable(error));
    const QList<Demo::NewsSpec> &news = content->news;
    const auto count = [&news](auto predicate) {
        return int(std::count_if(news.cbegin(), news.cend(), predicate));
    };
    QCOMPARE(news.size(), 48);
    QCOMPARE(count([](const Demo::NewsSpec &item) { return item.language == u"fr"; }), 9);
    QCOMPARE(count([](const Demo::NewsSpec &item) { return item.hasImage; }), 48);
    QCOMPARE(count([](const Demo::NewsSpec &item) { return !item.videoIds.isEmpty(); }), 15);
    QCOMPARE(count([](const Demo::NewsSpec &item) { return item.withdrawnAt.isValid(); }), 0);
    // One item a client may have held: published, then withdrawn later.
    QCOMPARE(content->withdrawnNews.size(), 1);
    const Demo::NewsSpec &withdrawn = content->withdrawnNews.constFirst();
    QVERIFY(withdrawn.withdrawnAt > withdrawn.updatedAt);
    QCOMPARE(count([&withdrawn](const Demo::NewsSpec &item) { return item.id == withdrawn.id; }), 0);
}

void TestMakeDemo::layout()
{
    const QStringList entries =
        QDir(m_content).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(entries, (QStringList {u"conditions.json"_s, u"media"_s, u"news"_s, u"videos"_s}));
    QCOMPARE(QDir(m_content + u"/news"_s).entryList(QDir::Files).size(), 7); // six items, one tombstone
    QCOMPARE(m_videos.size(), 4); // three videos and the synthetic one
}

void TestMakeDemo::newsManifests()
{
    static const QSet<QString> kinds = {u"news"_s, u"press_release"_s, u"speech"_s, u"statement"_s,
                                        u"transcript"_s};
    static const QSet<QString> allowedTags = {u"p"_s,  u"br"_s, u"h2"_s,     u"h3"_s, u"blockquote"_s,
                                              u"q"_s,  u"em"_s, u"strong"_s, u"ul"_s, u"ol"_s,
                                              u"li"_s, u"a"_s,  u"img"_s};
    static const QRegularExpression tag(u"<\\s*(/?)\\s*([A-Za-z][A-Za-z0-9]*)([^>]*)>"_s);
    QSet<QString> ids;
    QSet<QString> languages;
    QList<QJsonObject> items = manifests(m_content + u"/news"_s);
    QList<QJsonObject> tombstones;
    for (const QJsonObject &item : std::as_const(items)) {
        if (isTombstone(item))
            tombstones.append(item);
    }
    items.removeIf(isTombstone);
    QCOMPARE(items.size(), 6);
    // Exactly one withdrawn item, as the contract reports a deletion: nothing else in the file.
    QCOMPARE(tombstones.size(), 1);
    const QJsonObject tombstone = tombstones.constFirst();
    QCOMPARE(tombstone.keys(), (QStringList {u"deleted"_s, u"id"_s, u"updated_at"_s}));
    QCOMPARE(tombstone.value(u"deleted"), QJsonValue(true));
    QVERIFY(isTimestamp(tombstone.value(u"updated_at")));
    const QString withdrawn = tombstone.value(u"id").toString();
    QVERIFY(QFile::exists(m_content + u"/news/"_s + withdrawn + u".json"_s));
    QVERIFY(!QFile::exists(m_content + u"/media/news/"_s + withdrawn + u".jpg"_s));
    for (const QJsonObject &item : std::as_const(items)) {
        const QString id = item.value(u"id").toString();
        QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(id));
        ids.insert(id);
        QVERIFY(QFile::exists(m_content + u"/news/"_s + id + u".json"_s));
        QVERIFY2(kinds.contains(item.value(u"kind").toString()), qPrintable(id));
        for (const char *field : {"title", "summary", "body_html", "language", "web_url"})
            QVERIFY2(!item.value(QLatin1StringView(field)).toString().isEmpty(), field);
        QVERIFY(isTimestamp(item.value(u"published_at")));
        QVERIFY(isTimestamp(item.value(u"updated_at")));
        QVERIFY(item.value(u"updated_at").toString() >= item.value(u"published_at").toString());
        QVERIFY(isStringList(item.value(u"tags")) && !item.value(u"tags").toArray().isEmpty());
        QVERIFY(isStringList(item.value(u"video_ids")));
        QVERIFY(!item.contains(u"image_url"));
        languages.insert(item.value(u"language").toString());
        for (const QJsonValue &videoId : item.value(u"video_ids").toArray())
            QVERIFY2(m_videos.contains(videoId.toString()), qPrintable(videoId.toString()));
        {
            QVERIFY2(item.contains(u"image"), qPrintable(id)); // every demo item has its card
            const QString image = item.value(u"image").toString();
            QCOMPARE(image, u"media/news/"_s + id + u".jpg"_s);
            QFile file(m_content + u'/' + image);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(3) == QByteArray("\xff\xd8\xff", 3)); // a JPEG
        }
        const QString html = item.value(u"body_html").toString();
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            QVERIFY2(allowedTags.contains(match.captured(2).toLower()), qPrintable(match.captured(0)));
            // No event handlers, styles or script URLs: attributes are limited to what the tags need.
            static const QRegularExpression attribute(u"([A-Za-z-]+)\\s*=\\s*\"([^\"]*)\""_s);
            for (auto attrs = attribute.globalMatch(match.captured(3)); attrs.hasNext();) {
                const auto attr = attrs.next();
                QVERIFY2(
                    QSet<QString>({u"href"_s, u"src"_s, u"alt"_s, u"title"_s}).contains(attr.captured(1)),
                    qPrintable(match.captured(0)));
                QVERIFY2(attr.captured(1) != u"href" || attr.captured(2).startsWith(u"https://"_s),
                         qPrintable(match.captured(0)));
            }
        }
        QVERIFY(!html.contains(u"<!"_s));
    }
    QVERIFY(languages.contains(u"en"_s));
    QVERIFY(languages.contains(u"fr"_s));
    QVERIFY(!ids.contains(withdrawn));
}

void TestMakeDemo::videoManifests()
{
    QVERIFY(!m_videos.isEmpty());
    for (const QJsonObject &video : std::as_const(m_videos)) {
        const QString id = video.value(u"id").toString();
        for (const char *field : {"title", "description", "location", "language", "credit", "usage_terms"})
            QVERIFY2(!video.value(QLatin1StringView(field)).toString().isEmpty(), field);
        QVERIFY(isTimestamp(video.value(u"published_at")));
        QVERIFY(isTimestamp(video.value(u"updated_at")));
        QVERIFY(isTimestamp(video.value(u"recorded_at")));
        QVERIFY(isStringList(video.value(u"tags")));
        QCOMPARE(video.value(u"thumbnail").toString(), u"media/videos/"_s + id + u"/thumb.jpg"_s);
        QCOMPARE(video.value(u"preview").toString(), u"media/videos/"_s + id + u"/proxy.mp4"_s);
        const qint64 durationMs = video.value(u"duration_ms").toInteger();
        QVERIFY(durationMs > 0);

        // The proxy: small, H.264 + AAC, moov before mdat so that players can seek over HTTP.
        const QString proxy = m_content + u'/' + video.value(u"preview").toString();
        const QJsonObject proxyProbe = probe(proxy);
        const QJsonArray proxyStreams = proxyProbe.value(u"streams").toArray();
        QCOMPARE(proxyStreams.size(), 2);
        QCOMPARE(proxyStreams.at(0).toObject().value(u"codec_name").toString(), u"h264"_s);
        QCOMPARE(proxyStreams.at(0).toObject().value(u"width").toInt(), 640);
        QCOMPARE(proxyStreams.at(0).toObject().value(u"height").toInt(), 360);
        QCOMPARE(proxyStreams.at(1).toObject().value(u"codec_name").toString(), u"aac"_s);
        const QStringList boxes = topLevelBoxes(proxy);
        QVERIFY2(boxes.indexOf(u"moov"_s) >= 0 && boxes.indexOf(u"moov"_s) < boxes.indexOf(u"mdat"_s),
                 qPrintable(boxes.join(u' ')));
        const double proxySeconds =
            proxyProbe.value(u"format").toObject().value(u"duration").toString().toDouble();
        QVERIFY2(qAbs(proxySeconds * 1000 - durationMs) < 100, qPrintable(id));
        QFile thumb(m_content + u'/' + video.value(u"thumbnail").toString());
        QVERIFY(thumb.open(QIODevice::ReadOnly));
        QVERIFY(thumb.read(3) == QByteArray("\xff\xd8\xff", 3));

        // Shot list: valid timecodes inside the clip, soundbites say who speaks in which language.
        const QJsonArray renditions = video.value(u"renditions").toArray();
        QVERIFY(!renditions.isEmpty());
        const auto rate = Demo::FrameRate::parse(renditions.at(0).toObject().value(u"frame_rate").toString());
        QVERIFY(rate);
        const qint64 totalFrames = (durationMs * rate->num + 500 * rate->den) / (1000 * rate->den);
        const QJsonArray shots = video.value(u"shotlist").toArray();
        QVERIFY(!shots.isEmpty());
        for (const QJsonValue &value : shots) {
            const QJsonObject shot = value.toObject();
            const qint64 in = rate->framesFromTimecode(shot.value(u"tc_in").toString());
            const qint64 out = rate->framesFromTimecode(shot.value(u"tc_out").toString());
            QVERIFY2(in >= 0 && in < out && out <= totalFrames,
                     qPrintable(id + u' ' + shot.value(u"tc_out").toString()));
            QVERIFY(!shot.value(u"description").toString().isEmpty());
            const QString kind = shot.value(u"kind").toString();
            QVERIFY(kind == u"shot" || kind == u"soundbite");
            if (kind == u"soundbite") {
                QVERIFY(!shot.value(u"speaker").toString().isEmpty());
                QVERIFY(!shot.value(u"language").toString().isEmpty());
            }
        }
        QCOMPARE(rate->framesFromTimecode(shots.last().toObject().value(u"tc_out").toString()), totalFrames);

        // Renditions: the declared size and checksum are those of the file.
        QSet<QString> renditionIds;
        for (const QJsonValue &value : renditions) {
            const QJsonObject rendition = value.toObject();
            const QString rid = rendition.value(u"id").toString();
            QVERIFY(!rid.isEmpty() && !renditionIds.contains(rid));
            renditionIds.insert(rid);
            for (const char *field :
                 {"label", "container", "video_codec", "audio_codec", "frame_rate", "filename"})
                QVERIFY2(!rendition.value(QLatin1StringView(field)).toString().isEmpty(), field);
            QVERIFY(QSet<QString>({u"mxf"_s, u"mp4"_s, u"mov"_s})
                        .contains(rendition.value(u"container").toString()));
            QVERIFY(rendition.value(u"interlaced").isBool());
            for (const char *field : {"width", "height", "bitrate_kbps", "size_bytes"})
                QVERIFY2(rendition.value(QLatin1StringView(field)).toInteger() > 0, field);
            const QString file = rendition.value(u"file").toString();
            QCOMPARE(file, u"media/videos/"_s + id + u'/' + rendition.value(u"filename").toString());
            const QString path = m_content + u'/' + file;
            QCOMPARE(QFileInfo(path).size(), rendition.value(u"size_bytes").toInteger());
            const QString sha = rendition.value(u"sha256").toString();
            QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_s).match(sha).hasMatch());
            QCOMPARE(sha256Of(path), sha);
        }
    }
}

void TestMakeDemo::renditionsMatchFfprobe()
{
    int checked = 0;
    int synthetic = 0;
    QSet<QString> containers;
    for (const QJsonObject &video : std::as_const(m_videos)) {
        const qint64 durationMs = video.value(u"duration_ms").toInteger();
        for (const QJsonValue &value : video.value(u"renditions").toArray()) {
            const QJsonObject rendition = value.toObject();
            const QString what = video.value(u"id").toString() + u' ' + rendition.value(u"id").toString();
            const QString path = m_content + u'/' + rendition.value(u"file").toString();
            if (rendition.value(u"synthetic").toBool()) {
                QCOMPARE(QFileInfo(path).size(), qint64(3) << 20);
                ++synthetic;
                continue;
            }
            const QJsonObject info = probe(path);
            QJsonObject videoStream;
            QJsonObject audioStream;
            for (const QJsonValue &stream : info.value(u"streams").toArray()) {
                const QString type = stream.toObject().value(u"codec_type").toString();
                if (type == u"video" && videoStream.isEmpty())
                    videoStream = stream.toObject();
                else if (type == u"audio" && audioStream.isEmpty())
                    audioStream = stream.toObject();
            }
            const QJsonObject format = info.value(u"format").toObject();
            QVERIFY2(format.value(u"format_name")
                         .toString()
                         .split(u',')
                         .contains(rendition.value(u"container").toString()),
                     qPrintable(what));
            QCOMPARE(videoStream.value(u"codec_name").toString(), rendition.value(u"video_codec").toString());
            QCOMPARE(audioStream.value(u"codec_name").toString(), rendition.value(u"audio_codec").toString());
            QCOMPARE(audioStream.value(u"sample_rate").toString(), u"48000"_s);
            QCOMPARE(videoStream.value(u"width").toInt(), rendition.value(u"width").toInt());
            QCOMPARE(videoStream.value(u"height").toInt(), rendition.value(u"height").toInt());
            const auto declared = Demo::FrameRate::parse(rendition.value(u"frame_rate").toString());
            const auto probed = Demo::FrameRate::parse(videoStream.value(u"r_frame_rate").toString());
            QVERIFY(declared && probed);
            QCOMPARE(qint64(probed->num) * declared->den, qint64(declared->num) * probed->den);
            const QString fieldOrder = videoStream.value(u"field_order").toString();
            const bool interlaced =
                fieldOrder == u"tt" || fieldOrder == u"bb" || fieldOrder == u"tb" || fieldOrder == u"bt";
            QVERIFY2(interlaced == rendition.value(u"interlaced").toBool(),
                     qPrintable(what + u' ' + fieldOrder));
            const double seconds = format.value(u"duration").toString().toDouble();
            QVERIFY2(qAbs(seconds * 1000 - durationMs) < 100, qPrintable(what));
            const double probedKbps = format.value(u"bit_rate").toString().toDouble() / 1000;
            QVERIFY2(qAbs(probedKbps - rendition.value(u"bitrate_kbps").toDouble()) < probedKbps * 0.1,
                     qPrintable(what));
            if (rendition.value(u"video_codec").toString() == u"mpeg2video") {
                QCOMPARE(videoStream.value(u"pix_fmt").toString(), u"yuv422p"_s);
                QCOMPARE(videoStream.value(u"profile").toString(), u"4:2:2"_s);
            }
            containers.insert(rendition.value(u"container").toString());
            ++checked;
        }
    }
    QCOMPARE(containers, QSet<QString>({u"mxf"_s, u"mp4"_s, u"mov"_s}));
    QVERIFY(checked >= 6);
    QCOMPARE(synthetic, 1);
}

void TestMakeDemo::refusesNonEmptyFolder()
{
    const QStringList before = QDir(m_content + u"/news"_s).entryList(QDir::Files);
    QVERIFY(Demo::makeDemo({m_content, u"--videos"_s, u"0"_s, u"--news"_s, u"1"_s}) != 0);
    QCOMPARE(QDir(m_content + u"/news"_s).entryList(QDir::Files), before);
    QVERIFY(!QFileInfo::exists(m_content + u"/.tmp"_s));
}

void TestMakeDemo::forceReplacesOnlyItsOwnContent()
{
    const QString dir = m_root.filePath(u"forced"_s);
    QVERIFY(QDir().mkpath(dir + u"/news"_s));
    QFile old(dir + u"/news/old.json"_s);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QFile keep(dir + u"/notes.txt"_s);
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.close();
    QVERIFY(Demo::makeDemo({dir, u"--videos"_s, u"0"_s, u"--news"_s, u"2"_s}) != 0);
    QCOMPARE(Demo::makeDemo({dir, u"--force"_s, u"--videos"_s, u"0"_s, u"--news"_s, u"2"_s}), 0);
    QVERIFY(!QFileInfo::exists(dir + u"/news/old.json"_s));
    QVERIFY(QFileInfo::exists(dir + u"/notes.txt"_s));
    QVERIFY(!QFileInfo::exists(dir + u"/.tmp"_s));
    QCOMPARE(QDir(dir + u"/news"_s).entryList(QDir::Files).size(), 3); // two items, one tombstone
    // News that point at videos not made in this run do not keep dangling ids.
    for (const QJsonObject &item : manifests(dir + u"/news"_s))
        QVERIFY(item.value(u"video_ids").toArray().isEmpty());
}

void TestMakeDemo::missingFfmpegIsReported()
{
    const QString dir = m_root.filePath(u"no-ffmpeg"_s);
    QVERIFY(Demo::makeDemo({dir, u"--ffmpeg"_s, m_root.filePath(u"nowhere/ffmpeg"_s)}) != 0);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_root.filePath(u"empty-bin"_s).toLocal8Bit());
    const int code = Demo::makeDemo({dir, u"--news"_s, u"1"_s, u"--videos"_s, u"0"_s});
    qputenv("PATH", path);
    QVERIFY(code != 0);
    QVERIFY(!QFileInfo::exists(dir + u"/news"_s));
}

void TestMakeDemo::failedRunLeavesNoContent()
{
    const QString dir = m_root.filePath(u"failed"_s);
    const QString falseProgram = QStandardPaths::findExecutable(u"false"_s);
    QVERIFY(!falseProgram.isEmpty());
    QVERIFY(Demo::makeDemo({dir, u"--ffmpeg"_s, falseProgram, u"--news"_s, u"2"_s, u"--videos"_s, u"1"_s})
            != 0);
    QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

QJsonObject TestMakeDemo::probe(const QString &path)
{
    QProcess process;
    process.start(m_ffprobe,
                  {u"-v"_s, u"error"_s, u"-show_format"_s, u"-show_streams"_s, u"-of"_s, u"json"_s, path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning("ffprobe failed on %s: %s", qPrintable(path), process.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QTEST_GUILESS_MAIN(TestMakeDemo)
#include "tst_makedemo.moc"
