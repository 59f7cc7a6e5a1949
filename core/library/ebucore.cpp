#include "core/library/ebucore.h"

#include "core/catalogue/video.h"
#include "core/library/atomicwrite.h"
#include "core/library/xmltext.h"
#include "core/portal/accounttypes.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QXmlStreamWriter>

#include <cmath>
#include <numeric>
#include <optional>

namespace Library {

namespace {

const QString EbuCoreNamespace = QStringLiteral("urn:ebu:metadata-schema:ebucore");
const QString DcNamespace = QStringLiteral("http://purl.org/dc/elements/1.1/");

// Element names are written qualified ("dc:title") and the two namespaces
// declared once on the root, which keeps the calls below short. Every string
// from the portal or the disk goes through xmlSafeText().
class Writer
{
public:
    explicit Writer(QByteArray *out) : m_xml(out)
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(2);
    }

    QXmlStreamWriter &xml() { return m_xml; }
    void start(const QString &name) { m_xml.writeStartElement(name); }
    void end() { m_xml.writeEndElement(); }
    void attribute(const QString &name, const QString &value)
    {
        m_xml.writeAttribute(name, xmlSafeText(value));
    }
    void text(const QString &name, const QString &value) { m_xml.writeTextElement(name, xmlSafeText(value)); }
    void empty(const QString &name, const QString &attributeName, const QString &value)
    {
        m_xml.writeEmptyElement(name);
        attribute(attributeName, value);
    }
    // A Dublin Core element inside its EBUCore wrapper, e.g.
    // <title><dc:title xml:lang="fr">…</dc:title></title>.
    void wrappedDc(const QString &wrapper, const QString &typeLabel, const QString &dcName,
                   const QString &value, const QString &language)
    {
        start(wrapper);
        if (!typeLabel.isEmpty())
            attribute(QStringLiteral("typeLabel"), typeLabel);
        start(dcName);
        if (!language.isEmpty())
            attribute(QStringLiteral("xml:lang"), language);
        m_xml.writeCharacters(xmlSafeText(value));
        end();
        end();
    }

private:
    QXmlStreamWriter m_xml;
};

// xml:lang must be a language tag; the schema's default for Dublin Core
// text is "en", so a tag is written whenever the portal gives a usable one.
QString languageTag(const QString &value)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$"));
    return tag.match(value).hasMatch() ? value : QString();
}

bool isTimecode(const QString &value)
{
    // ebucore:timecodeStringType
    static const QRegularExpression timecode(
        QStringLiteral("^(([0-1][0-9])|([2][0-3])):[0-5][0-9]:[0-5][0-9](([.,])|([:;]))[0-9]{2,}$"));
    return timecode.match(value).hasMatch();
}

QString isoDate(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

QString isoTime(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("HH:mm:ss")) + u'Z';
}

void writeDate(Writer &w, const QString &name, const QDateTime &when)
{
    if (!when.isValid())
        return;
    w.xml().writeEmptyElement(name);
    w.attribute(QStringLiteral("date"), isoDate(when));
    w.attribute(QStringLiteral("time"), isoTime(when));
}

// EBUCore writes a frame rate as an integer times a factor: 29.97 is 30
// with 1000/1001.
struct FrameRate
{
    qint64 base = 0;
    qint64 numerator = 1;
    qint64 denominator = 1;
};

std::optional<FrameRate> frameRate(const QString &text)
{
    qint64 numerator = 0;
    qint64 denominator = 1;
    bool ok = false;
    if (const qsizetype slash = text.indexOf(u'/'); slash > 0) {
        numerator = QStringView(text).left(slash).toLongLong(&ok);
        if (ok)
            denominator = QStringView(text).mid(slash + 1).toLongLong(&ok);
    } else {
        const double rate = text.toDouble(&ok);
        if (ok && rate > 0) {
            // 23.976, 29.97 and 59.94 are how people write the NTSC rates.
            const double ntsc = rate * 1.001;
            if (std::abs(ntsc - std::round(ntsc)) < 0.01 && std::abs(rate - std::round(rate)) > 0.001) {
                numerator = std::llround(ntsc) * 1000;
                denominator = 1001;
            } else {
                numerator = std::llround(rate * 1000);
                denominator = 1000;
            }
        }
    }
    if (!ok || numerator <= 0 || denominator <= 0)
        return std::nullopt;
    FrameRate result;
    result.base = std::max<qint64>(1, std::llround(double(numerator) / double(denominator)));
    result.numerator = numerator;
    result.denominator = result.base * denominator;
    const qint64 divisor = std::gcd(result.numerator, result.denominator);
    result.numerator /= divisor;
    result.denominator /= divisor;
    return result;
}

QString xsdDuration(qint64 milliseconds)
{
    QString seconds = QString::number(milliseconds / 1000);
    if (const qint64 rest = milliseconds % 1000; rest != 0)
        seconds += u'.' + QString::number(rest).rightJustified(3, u'0');
    return QStringLiteral("PT") + seconds + u'S';
}

QString mimeType(const QString &container)
{
    const QString lower = container.toLower();
    if (lower == u"mxf")
        return QStringLiteral("application/mxf");
    if (lower == u"mp4")
        return QStringLiteral("video/mp4");
    if (lower == u"mov")
        return QStringLiteral("video/quicktime");
    return {};
}

void writeTime(Writer &w, const QString &element, const QString &timecode, const FrameRate *rate)
{
    if (timecode.isEmpty())
        return;
    w.start(element);
    if (isTimecode(timecode)) {
        w.start(QStringLiteral("timecode"));
        if (rate)
            w.attribute(QStringLiteral("editRate"), QString::number(rate->base));
        w.xml().writeCharacters(timecode);
        w.end();
    } else {
        // Kept as the portal wrote it rather than lost.
        w.text(QStringLiteral("time"), timecode);
    }
    w.end();
}

void writeFormat(Writer &w, const Catalogue::Video &video, const Catalogue::Rendition &rendition,
                 const EbuCore::FileFacts &file, const std::optional<FrameRate> &rate)
{
    w.start(QStringLiteral("format"));
    if (!rendition.label.isEmpty())
        w.attribute(QStringLiteral("formatName"), rendition.label);

    w.start(QStringLiteral("videoFormat"));
    if (rendition.width > 0) {
        w.start(QStringLiteral("width"));
        w.attribute(QStringLiteral("unit"), QStringLiteral("pixel"));
        w.xml().writeCharacters(QString::number(rendition.width));
        w.end();
    }
    if (rendition.height > 0) {
        w.start(QStringLiteral("height"));
        w.attribute(QStringLiteral("unit"), QStringLiteral("pixel"));
        w.xml().writeCharacters(QString::number(rendition.height));
        w.end();
    }
    if (rate) {
        w.start(QStringLiteral("frameRate"));
        w.attribute(QStringLiteral("factorNumerator"), QString::number(rate->numerator));
        w.attribute(QStringLiteral("factorDenominator"), QString::number(rate->denominator));
        w.xml().writeCharacters(QString::number(rate->base));
        w.end();
    }
    if (!rendition.videoCodec.isEmpty()) {
        w.start(QStringLiteral("codec"));
        w.text(QStringLiteral("name"), rendition.videoCodec);
        w.end();
    }
    w.text(QStringLiteral("scanningFormat"),
           rendition.interlaced ? QStringLiteral("interlaced") : QStringLiteral("progressive"));
    w.end(); // videoFormat

    if (!rendition.audioCodec.isEmpty()) {
        w.start(QStringLiteral("audioFormat"));
        w.start(QStringLiteral("codec"));
        w.text(QStringLiteral("name"), rendition.audioCodec);
        w.end();
        w.end();
    }

    if (!rendition.container.isEmpty()) {
        w.start(QStringLiteral("containerFormat"));
        w.attribute(QStringLiteral("containerFormatName"), rendition.container.toUpper());
        w.empty(QStringLiteral("containerEncoding"), QStringLiteral("formatLabel"), rendition.container);
        w.end();
    }

    if (video.durationMs > 0) {
        w.start(QStringLiteral("duration"));
        w.text(QStringLiteral("normalPlayTime"), xsdDuration(video.durationMs));
        w.end();
    }

    // The fileInfo group: its elements keep this order.
    const qint64 size = file.size >= 0 ? file.size : rendition.sizeBytes;
    if (size >= 0) {
        w.start(QStringLiteral("fileSize"));
        w.attribute(QStringLiteral("unit"), QStringLiteral("byte"));
        w.xml().writeCharacters(QString::number(size));
        w.end();
    }
    const QString fileName = file.fileName.isEmpty() ? rendition.filename : file.fileName;
    if (!fileName.isEmpty())
        w.text(QStringLiteral("fileName"), fileName);
    if (const QString mime = mimeType(rendition.container); !mime.isEmpty())
        w.empty(QStringLiteral("mimeType"), QStringLiteral("typeLabel"), mime);
    const QByteArray sha256 = file.sha256.isEmpty() ? rendition.sha256 : file.sha256.toLower();
    if (!sha256.isEmpty()) {
        w.start(QStringLiteral("hash"));
        w.text(QStringLiteral("hashValue"), QString::fromLatin1(sha256));
        w.empty(QStringLiteral("hashFunction"), QStringLiteral("typeLabel"), QStringLiteral("SHA-256"));
        w.end();
    }
    if (rendition.bitrateKbps > 0) {
        w.start(QStringLiteral("overallBitRate"));
        w.attribute(QStringLiteral("unit"), QStringLiteral("bps"));
        w.xml().writeCharacters(QString::number(qint64(rendition.bitrateKbps) * 1000));
        w.end();
    }
    w.end(); // format
}

void writeShot(Writer &w, const Catalogue::ShotlistEntry &shot, int number, int total,
               const QString &videoLanguage, const FrameRate *rate)
{
    const QString kind = shot.soundbite ? QStringLiteral("soundbite") : QStringLiteral("shot");
    const QString language = languageTag(shot.language.isEmpty() ? videoLanguage : shot.language);
    w.start(QStringLiteral("part"));
    w.attribute(QStringLiteral("partId"), QStringLiteral("shot-") + QString::number(number));
    w.attribute(QStringLiteral("partNumber"), QString::number(number));
    w.attribute(QStringLiteral("partTotalNumber"), QString::number(total));
    w.attribute(QStringLiteral("typeLabel"), kind);
    if (!shot.description.isEmpty())
        w.wrappedDc(QStringLiteral("description"), kind, QStringLiteral("dc:description"), shot.description,
                    language);
    if (!shot.speaker.isEmpty()) {
        w.start(QStringLiteral("contributor"));
        w.start(QStringLiteral("contactDetails"));
        w.text(QStringLiteral("name"), shot.speaker);
        w.end();
        w.empty(QStringLiteral("role"), QStringLiteral("typeLabel"), QStringLiteral("speaker"));
        w.end();
    }
    if (!languageTag(shot.language).isEmpty())
        w.wrappedDc(QStringLiteral("language"), {}, QStringLiteral("dc:language"), shot.language, {});
    writeTime(w, QStringLiteral("partStartTime"), shot.tcIn, rate);
    writeTime(w, QStringLiteral("partEndTime"), shot.tcOut, rate);
    w.end();
}

} // namespace

Util::Result<QByteArray> EbuCore::sidecar(const QJsonObject &json, const QString &renditionId,
                                          const FileFacts &file)
{
    const std::optional<Catalogue::Video> video = Catalogue::Video::fromJson(json);
    if (!video)
        return Util::makeError(
            QStringLiteral("invalid_metadata"),
            tr("The stored description of this video is not readable; refresh it from the portal."));
    const std::optional<Catalogue::Rendition> rendition = video->rendition(renditionId);
    if (!rendition)
        return Util::makeError(
            QStringLiteral("unknown_rendition"),
            tr("The video \"%1\" has no rendition %2 any more; refresh it from the portal.")
                .arg(video->title, renditionId));

    const QString language = json.value(QStringLiteral("language")).toString();
    const QString lang = languageTag(language);
    const QDateTime recordedAt = Portal::parseTimestamp(json.value(QStringLiteral("recorded_at")).toString());
    const std::optional<FrameRate> rate = frameRate(rendition->frameRate);

    QByteArray out;
    Writer w(&out);
    w.xml().writeStartDocument();
    w.start(QStringLiteral("ebuCoreMain"));
    w.xml().writeDefaultNamespace(EbuCoreNamespace);
    w.xml().writeNamespace(DcNamespace, QStringLiteral("dc"));
    w.attribute(QStringLiteral("version"), QStringLiteral("1.10"));
    // The portal's last change, not the time of writing: see sidecar().
    if (video->updatedAt.isValid()) {
        w.attribute(QStringLiteral("dateLastModified"), isoDate(video->updatedAt));
        w.attribute(QStringLiteral("timeLastModified"), isoTime(video->updatedAt));
    }
    w.start(QStringLiteral("coreMetadata"));

    w.wrappedDc(QStringLiteral("title"), {}, QStringLiteral("dc:title"), video->title, lang);
    if (!video->credit.isEmpty()) {
        w.start(QStringLiteral("creator"));
        w.start(QStringLiteral("organisationDetails"));
        w.text(QStringLiteral("organisationName"), video->credit);
        w.end();
        w.empty(QStringLiteral("role"), QStringLiteral("typeLabel"), QStringLiteral("credit"));
        w.end();
    }
    for (const QString &tag : video->tags) {
        if (!tag.isEmpty())
            w.wrappedDc(QStringLiteral("subject"), QStringLiteral("tag"), QStringLiteral("dc:subject"), tag,
                        lang);
    }
    if (!video->description.isEmpty())
        w.wrappedDc(QStringLiteral("description"), QStringLiteral("summary"),
                    QStringLiteral("dc:description"), video->description, lang);

    if (recordedAt.isValid() || video->publishedAt.isValid() || video->updatedAt.isValid()
        || file.downloadedAt.isValid()) {
        w.start(QStringLiteral("date"));
        writeDate(w, QStringLiteral("created"), recordedAt);
        writeDate(w, QStringLiteral("issued"), video->publishedAt);
        writeDate(w, QStringLiteral("modified"), video->updatedAt);
        // The library is the archive, so arriving in it is the ingest.
        writeDate(w, QStringLiteral("ingested"), file.downloadedAt);
        w.end();
    }

    writeFormat(w, *video, *rendition, file, rate);

    w.wrappedDc(QStringLiteral("identifier"), QStringLiteral("portal video id"),
                QStringLiteral("dc:identifier"), video->id, {});
    w.wrappedDc(QStringLiteral("identifier"), QStringLiteral("portal rendition id"),
                QStringLiteral("dc:identifier"), rendition->id, {});
    if (!lang.isEmpty())
        w.wrappedDc(QStringLiteral("language"), {}, QStringLiteral("dc:language"), lang, {});

    if (!video->location.isEmpty()) {
        w.start(QStringLiteral("coverage"));
        w.start(QStringLiteral("spatial"));
        w.start(QStringLiteral("location"));
        w.start(QStringLiteral("name"));
        if (!lang.isEmpty())
            w.attribute(QStringLiteral("xml:lang"), lang);
        w.xml().writeCharacters(xmlSafeText(video->location));
        w.end();
        w.end();
        w.end();
        w.end();
    }
    if (!video->usageTerms.isEmpty())
        w.wrappedDc(QStringLiteral("rights"), QStringLiteral("usage terms"), QStringLiteral("dc:rights"),
                    video->usageTerms, lang);
    // The credit line of the portal's conditions of use, kept with the download.
    if (const QString credit = json.value(QStringLiteral("credit_line")).toString(); !credit.isEmpty())
        w.wrappedDc(QStringLiteral("rights"), QStringLiteral("credit line"), QStringLiteral("dc:rights"),
                    credit, {});

    const int total = int(video->shotlist.size());
    for (int i = 0; i < total; ++i)
        writeShot(w, video->shotlist.at(i), i + 1, total, language, rate ? &*rate : nullptr);

    w.end(); // coreMetadata
    w.end(); // ebuCoreMain
    w.xml().writeEndDocument();
    return out;
}

Util::Result<QByteArray> EbuCore::sidecar(const QByteArray &videoJson, const QString &renditionId,
                                          const FileFacts &file)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(videoJson, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Util::makeError(
            QStringLiteral("invalid_metadata"),
            tr("The stored description of this video is not readable; refresh it from the portal."));
    return sidecar(document.object(), renditionId, file);
}

QString EbuCore::sidecarPath(const QString &mediaPath)
{
    return mediaPath + QStringLiteral(".ebucore.xml");
}

Util::Result<QString> EbuCore::writeSidecar(const QString &mediaPath, const QByteArray &document)
{
    const QString path = sidecarPath(mediaPath);
    if (const Util::Result<void> written = AtomicWrite::write(path, document); !written)
        return written.error();
    return path;
}

} // namespace Library
