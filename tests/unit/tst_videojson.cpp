// A video as the portal describes it: the preview's address reaches the
// media backend, which opens local files and other schemes too, so only a
// web address is kept, however the portal writes it.

#include "core/catalogue/video.h"

#include <QJsonObject>
#include <QTest>

class TestVideoJson final : public QObject
{
    Q_OBJECT

private slots:
    void previewOnlyFromTheWeb_data()
    {
        QTest::addColumn<QString>("previewUrl");
        QTest::addColumn<bool>("kept");
        QTest::newRow("https") << QStringLiteral("https://media.example.org/v1/proxy.mp4") << true;
        QTest::newRow("http") << QStringLiteral("http://127.0.0.1:8080/media/v1/proxy.mp4") << true;
        QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://media.example.org/p.mp4") << true;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("file without slashes") << QStringLiteral("file:/home/desk/.ssh/id_rsa") << false;
        QTest::newRow("local path") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("relative") << QStringLiteral("media/v1/proxy.mp4") << false;
        QTest::newRow("data") << QStringLiteral("data:video/mp4;base64,AAAA") << false;
        QTest::newRow("qrc") << QStringLiteral("qrc:/icons/app.svg") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("rtsp") << QStringLiteral("rtsp://media.example.org/live") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://media.example.org/p.mp4") << false;
        QTest::newRow("http without host") << QStringLiteral("http:///etc/passwd") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void previewOnlyFromTheWeb()
    {
        QFETCH(QString, previewUrl);
        QFETCH(bool, kept);
        const auto video = Catalogue::Video::fromJson(
            QJsonObject {{QStringLiteral("id"), QStringLiteral("v-1")},
                         {QStringLiteral("title"), QStringLiteral("Clip")},
                         {QStringLiteral("published_at"), QStringLiteral("2026-05-01T10:00:00Z")},
                         {QStringLiteral("preview_url"), previewUrl}});
        QVERIFY(video.has_value());
        QCOMPARE(video->previewUrl.isValid(), kept);
        if (kept)
            QCOMPARE(video->previewUrl, QUrl(previewUrl));
    }
};

QTEST_GUILESS_MAIN(TestVideoJson)
#include "tst_videojson.moc"
