#include "core/library/ebucore.h"
#include "tests/support/testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using Library::EbuCore;

namespace {

const QString Title = QStringLiteral("Élections & « débat » : l'Union <européenne> répond");
const QString Description = QStringLiteral("Déclaration à Bruxelles & Strasbourg; œuvre \"citée\" — 100 % €");
// A vertical tab and an unpaired surrogate: text pasted from office software
// that XML 1.0 cannot carry.
const QString OddDescription = Description + QChar(0x0B) + QChar(0xD800) + QStringLiteral(" fin 🎥");

QJsonObject rendition(const QString &id, const QString &container, const QString &videoCodec, int width,
                      int height, const QJsonValue &frameRate, bool interlaced, int kbps)
{
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("label"),
         QStringLiteral("%1 %2p, %3 & co").arg(container.toUpper()).arg(height).arg(videoCodec)},
        {QStringLiteral("container"), container},
        {QStringLiteral("video_codec"), videoCodec},
        {QStringLiteral("audio_codec"), QStringLiteral("pcm_s24le")},
        {QStringLiteral("width"), width},
        {QStringLiteral("height"), height},
        {QStringLiteral("frame_rate"), frameRate},
        {QStringLiteral("interlaced"), interlaced},
        {QStringLiteral("bitrate_kbps"), kbps},
        {QStringLiteral("size_bytes"), 123456789},
        {QStringLiteral("sha256"), QString(64, u'a')},
        {QStringLiteral("filename"), QString(id + u'.' + container)},
    };
}

QJsonObject video(const QString &description = Description)
{
    const QJsonArray shotlist {
        QJsonObject {
            {QStringLiteral("tc_in"), QStringLiteral("00:00:00:00")},
            {QStringLiteral("tc_out"), QStringLiteral("00:00:07:12")},
            {QStringLiteral("kind"), QStringLiteral("shot")},
            {QStringLiteral("description"), QStringLiteral("Vue générale de l'hémicycle & des députés")}},
        QJsonObject {
            {QStringLiteral("tc_in"), QStringLiteral("00:00:07:13")},
            {QStringLiteral("tc_out"), QStringLiteral("00:01:02:00")},
            {QStringLiteral("kind"), QStringLiteral("soundbite")},
            {QStringLiteral("description"), QStringLiteral("SOUNDBITE (English) on <trade> & tariffs")},
            {QStringLiteral("speaker"), QStringLiteral("Maroš Šefčovič, Vice-President")},
            {QStringLiteral("language"), QStringLiteral("en")}},
        // A timecode the portal got wrong is kept as text, not dropped.
        QJsonObject {{QStringLiteral("tc_in"), QStringLiteral("1:02")},
                     {QStringLiteral("tc_out"), QStringLiteral("00:01:10:00")},
                     {QStringLiteral("kind"), QStringLiteral("shot")},
                     {QStringLiteral("description"), QStringLiteral("Plan de coupe")}},
    };
    return QJsonObject {
        {QStringLiteral("id"), QStringLiteral("I-271828")},
        {QStringLiteral("title"), Title},
        {QStringLiteral("description"), description},
        {QStringLiteral("published_at"), QStringLiteral("2025-05-26T14:30:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2025-05-27T08:05:09Z")},
        {QStringLiteral("recorded_at"), QStringLiteral("2025-05-26T09:00:00Z")},
        {QStringLiteral("location"), QStringLiteral("Strasbourg, Parlement européen")},
        {QStringLiteral("language"), QStringLiteral("fr")},
        {QStringLiteral("duration_ms"), 70400},
        {QStringLiteral("tags"),
         QJsonArray {QStringLiteral("Élections"), QStringLiteral("R&D"), QStringLiteral("<UE>")}},
        {QStringLiteral("credit"), QStringLiteral("© Union européenne, 2025 – Source : EP")},
        {QStringLiteral("usage_terms"), QStringLiteral("Libre de droits pour l'information & l'éducation")},
        {QStringLiteral("thumbnail_url"), QStringLiteral("https://portal.example.org/t.jpg")},
        {QStringLiteral("preview_url"), QStringLiteral("https://portal.example.org/p.mp4")},
        {QStringLiteral("shotlist"), shotlist},
        {QStringLiteral("renditions"),
         QJsonArray {
             rendition(QStringLiteral("hd-mxf"), QStringLiteral("mxf"), QStringLiteral("mpeg2video"), 1920,
                       1080, QStringLiteral("25"), true, 50000),
             rendition(QStringLiteral("hd-ntsc"), QStringLiteral("mp4"), QStringLiteral("h264"), 1280, 720,
                       QStringLiteral("30000/1001"), false, 8000),
             rendition(QStringLiteral("sd-mov"), QStringLiteral("mov"), QStringLiteral("prores"), 720, 576,
                       29.97, false, 0),
         }},
    };
}

EbuCore::FileFacts facts(const QString &fileName)
{
    return EbuCore::FileFacts {fileName, 987654321, QByteArray(64, 'b'),
                               QDateTime(QDate(2025, 6, 1), QTime(10, 20, 30), Qt::UTC)};
}

// Validates with the EBU's schema; a missing xmllint fails rather than skips.
void validate(const QString &file, const QString &schema)
{
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    QVERIFY2(!xmllint.isEmpty(), "xmllint (libxml2-utils) is needed to validate the sidecars");
    QProcess process;
    process.start(
        xmllint,
        {QStringLiteral("--nonet"), QStringLiteral("--noout"), QStringLiteral("--schema"), schema, file});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));
}

// Every element's text and attributes, keyed by its local name.
struct Parsed
{
    QMultiHash<QString, QString> text;
    QMultiHash<QString, QXmlStreamAttributes> attributes;
    bool wellFormed = false;

    QString attribute(const QString &element, const QString &name) const
    {
        return attributes.value(element).value(name).toString();
    }
};

Parsed parse(const QByteArray &xml)
{
    Parsed parsed;
    QXmlStreamReader reader(xml);
    QList<QPair<QString, QString>> open; // element name, text so far
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            parsed.attributes.insert(reader.name().toString(), reader.attributes());
            open.append({reader.name().toString(), QString()});
            break;
        case QXmlStreamReader::Characters:
            if (!open.isEmpty() && !reader.isWhitespace())
                open.last().second += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (!open.last().second.isEmpty())
                parsed.text.insert(open.last().first, open.last().second);
            open.removeLast();
            break;
        default:
            break;
        }
    }
    parsed.wellFormed = !reader.hasError();
    return parsed;
}

} // namespace

class TestEbuCore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString schema() const
    {
        return TestSupport::sourcePath(QStringLiteral("tests/data/schemas/ebucore/ebucore.xsd"));
    }

private slots:
    void sidecarValidates_data()
    {
        QTest::addColumn<QString>("renditionId");
        QTest::addColumn<QString>("frameRate"); // base, numerator/denominator
        QTest::addColumn<QString>("scanning");
        QTest::newRow("mxf 1080i25") << QStringLiteral("hd-mxf") << QStringLiteral("25 1/1")
                                     << QStringLiteral("interlaced");
        QTest::newRow("mp4 720p29.97")
            << QStringLiteral("hd-ntsc") << QStringLiteral("30 1000/1001") << QStringLiteral("progressive");
        QTest::newRow("mov 29.97 as a number")
            << QStringLiteral("sd-mov") << QStringLiteral("30 1000/1001") << QStringLiteral("progressive");
    }

    void sidecarValidates()
    {
        QFETCH(QString, renditionId);
        QFETCH(QString, frameRate);
        QFETCH(QString, scanning);
        QVERIFY(m_dir.isValid());

        const QString fileName = QStringLiteral("Élections & débat ") + renditionId + QStringLiteral(".bin");
        const auto document = EbuCore::sidecar(video(), renditionId, facts(fileName));
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().message));
        const QString path = m_dir.filePath(renditionId + QStringLiteral(".ebucore.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(document.value());
        file.close();
        validate(path, schema());

        const Parsed parsed = parse(document.value());
        QVERIFY(parsed.wellFormed);
        QCOMPARE(parsed.text.value(QStringLiteral("title")), Title);
        QCOMPARE(parsed.attribute(QStringLiteral("title"), QStringLiteral("xml:lang")), QStringLiteral("fr"));
        QVERIFY(parsed.text.values(QStringLiteral("description")).contains(Description));
        QVERIFY(parsed.text.values(QStringLiteral("subject")).contains(QStringLiteral("R&D")));
        QVERIFY(parsed.text.values(QStringLiteral("subject")).contains(QStringLiteral("<UE>")));
        QCOMPARE(parsed.text.value(QStringLiteral("organisationName")),
                 QStringLiteral("© Union européenne, 2025 – Source : EP"));
        QCOMPARE(parsed.text.value(QStringLiteral("rights")),
                 QStringLiteral("Libre de droits pour l'information & l'éducation"));
        QVERIFY(parsed.text.values(QStringLiteral("name"))
                    .contains(QStringLiteral("Strasbourg, Parlement européen")));
        QVERIFY(parsed.text.values(QStringLiteral("identifier")).contains(QStringLiteral("I-271828")));
        QVERIFY(parsed.text.values(QStringLiteral("identifier")).contains(renditionId));
        QCOMPARE(parsed.text.value(QStringLiteral("fileName")), fileName);
        QCOMPARE(parsed.text.value(QStringLiteral("fileSize")), QStringLiteral("987654321"));
        QCOMPARE(parsed.text.value(QStringLiteral("hashValue")), QString(64, u'b'));
        QCOMPARE(parsed.attribute(QStringLiteral("hashFunction"), QStringLiteral("typeLabel")),
                 QStringLiteral("SHA-256"));
        QCOMPARE(parsed.text.value(QStringLiteral("normalPlayTime")), QStringLiteral("PT70.400S"));
        QCOMPARE(parsed.text.value(QStringLiteral("scanningFormat")), scanning);
        QCOMPARE(parsed.text.value(QStringLiteral("frameRate")) + u' '
                     + parsed.attribute(QStringLiteral("frameRate"), QStringLiteral("factorNumerator")) + u'/'
                     + parsed.attribute(QStringLiteral("frameRate"), QStringLiteral("factorDenominator")),
                 frameRate);
        QCOMPARE(parsed.attribute(QStringLiteral("ingested"), QStringLiteral("date")),
                 QStringLiteral("2025-06-01"));
        QCOMPARE(parsed.attribute(QStringLiteral("ingested"), QStringLiteral("time")),
                 QStringLiteral("10:20:30Z"));

        // The shot list as timed parts.
        QCOMPARE(parsed.attributes.values(QStringLiteral("part")).size(), 3);
        QVERIFY(parsed.text.values(QStringLiteral("timecode")).contains(QStringLiteral("00:00:07:12")));
        QVERIFY(parsed.text.values(QStringLiteral("time")).contains(QStringLiteral("1:02")));
        QVERIFY(parsed.text.values(QStringLiteral("description"))
                    .contains(QStringLiteral("SOUNDBITE (English) on <trade> & tariffs")));
        QVERIFY(document.value().contains("Maroš Šefčovič, Vice-President"));
        QVERIFY(document.value().contains("<role typeLabel=\"speaker\"/>"));
    }

    void creditLineIsARight()
    {
        // The credit line kept with a download goes out as a second right,
        // and the sidecar still follows the schema.
        QJsonObject json = video();
        json.insert(QStringLiteral("credit_line"), QStringLiteral("© Alliance Multimedia Library"));
        const auto document =
            EbuCore::sidecar(json, QStringLiteral("hd-mxf"), facts(QStringLiteral("a.mxf")));
        QVERIFY(document.ok());
        const QString path = m_dir.filePath(QStringLiteral("credit.ebucore.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(document.value());
        file.close();
        validate(path, schema());
        const QStringList rights = parse(document.value()).text.values(QStringLiteral("rights"));
        QVERIFY(rights.contains(QStringLiteral("© Alliance Multimedia Library")));
        QVERIFY(rights.contains(QStringLiteral("Libre de droits pour l'information & l'éducation")));
        QVERIFY(document.value().contains("<rights typeLabel=\"credit line\">"));
    }

    void oddCharactersAreDroppedNotFatal()
    {
        const auto document = EbuCore::sidecar(video(OddDescription), QStringLiteral("hd-mxf"),
                                               facts(QStringLiteral("clip.mxf")));
        QVERIFY(document.ok());
        const QString path = m_dir.filePath(QStringLiteral("odd.ebucore.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(document.value());
        file.close();
        validate(path, schema());
        const Parsed parsed = parse(document.value());
        QVERIFY(parsed.text.values(QStringLiteral("description"))
                    .contains(Description + QStringLiteral(" fin 🎥")));
    }

    void sameInputSameBytes()
    {
        const auto first =
            EbuCore::sidecar(video(), QStringLiteral("hd-mxf"), facts(QStringLiteral("a.mxf")));
        const auto second = EbuCore::sidecar(QJsonDocument(video()).toJson(), QStringLiteral("hd-mxf"),
                                             facts(QStringLiteral("a.mxf")));
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value(), second.value());
    }

    void unknownRenditionAndBadJsonAreErrors()
    {
        const auto unknown =
            EbuCore::sidecar(video(), QStringLiteral("nope"), facts(QStringLiteral("a.mxf")));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, QStringLiteral("unknown_rendition"));
        const auto broken = EbuCore::sidecar(QByteArray("{\"id\": "), QStringLiteral("hd-mxf"),
                                             facts(QStringLiteral("a.mxf")));
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, QStringLiteral("invalid_metadata"));
        const auto noId = EbuCore::sidecar(QJsonObject {{QStringLiteral("title"), Title}},
                                           QStringLiteral("hd-mxf"), facts(QStringLiteral("a.mxf")));
        QVERIFY(!noId.ok());
        QCOMPARE(noId.error().code, QStringLiteral("invalid_metadata"));
    }

    void writeSidecarReplacesInOneStep()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString media = dir.filePath(QStringLiteral("Débat & vote.mxf"));
        QFile mediaFile(media);
        QVERIFY(mediaFile.open(QIODevice::WriteOnly));
        mediaFile.write("essence");
        mediaFile.close();

        const auto first = EbuCore::writeSidecar(media, QByteArrayLiteral("<old/>\n"));
        QVERIFY(first.ok());
        QCOMPARE(first.value(), media + QStringLiteral(".ebucore.xml"));
        const auto document =
            EbuCore::sidecar(video(), QStringLiteral("hd-mxf"), facts(QStringLiteral("x.mxf")));
        QVERIFY(document.ok());
        const auto second = EbuCore::writeSidecar(media, document.value());
        QVERIFY(second.ok());

        QFile written(second.value());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), document.value());
        // No temporary file is left behind, hidden or not.
        const QStringList entries =
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        QCOMPARE(entries,
                 QStringList(
                     {QStringLiteral("Débat & vote.mxf"), QStringLiteral("Débat & vote.mxf.ebucore.xml")}));
    }

    void writeSidecarReportsAMissingFolder()
    {
        const auto result = EbuCore::writeSidecar(m_dir.filePath(QStringLiteral("no/such/folder/clip.mxf")),
                                                  QByteArrayLiteral("<x/>"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("disk_error"));
    }
};

QTEST_GUILESS_MAIN(TestEbuCore)
#include "tst_ebucore.moc"
