// End to end on the demo content that `mmdesk-portal make-demo` produced for
// this test run (fixture portal_make_demo, folder in MMDESK_TEST_DEMO_DIR):
// every news item and video lists and loads, the withdrawn news item is
// reported as deleted, every public file is served, every rendition downloads
// through a signed link with the advertised size and SHA-256, and resumes from
// the middle.

#include "tests/portal/tests/accountflow.h"
#include "tests/portal/tests/httpclient.h"
#include "tests/support/portalprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace PortalTest;
using TestSupport::PortalProcess;

class TestPortalDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everythingLists();
    void withdrawnNewsIsDeleted();
    void publicFiles();
    void renditionsDownloadWhole();

private:
    QJsonArray all(const QString &path, QUrlQuery query = {}) const;
    // The manifests of a content subfolder ("news", "videos"), by file name.
    QList<QJsonObject> manifests(const QString &folder) const;

    PortalProcess m_portal;
    HttpClient m_http;
    QString m_demo;
    QString m_access;
};

void TestPortalDemo::cleanupTestCase()
{
    // A clean exit: no sanitizer report, no hang on SIGTERM.
    QVERIFY(m_portal.stop());
}

void TestPortalDemo::initTestCase()
{
    m_demo = qEnvironmentVariable("MMDESK_TEST_DEMO_DIR");
    QVERIFY2(!m_demo.isEmpty(), "MMDESK_TEST_DEMO_DIR is not set: run through ctest");
    QVERIFY2(QDir(m_demo).exists(QStringLiteral("videos")),
             qPrintable(m_demo + QStringLiteral(" has no videos/")));
    QVERIFY(m_portal.start(m_demo, {QStringLiteral("--resend-cooldown"), QStringLiteral("0")}));
    // The demo loads without a single skipped item.
    QVERIFY2(!m_portal.log().contains(QLatin1String("skipped")), qPrintable(m_portal.log()));
    m_access = signUp(m_portal, m_http, uniqueEmail(QStringLiteral("demo")))
                   .value(QStringLiteral("access_token"))
                   .toString();
    QVERIFY(!m_access.isEmpty());
}

QJsonArray TestPortalDemo::all(const QString &path, QUrlQuery query) const
{
    QJsonArray items;
    QString cursor;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    do {
        QUrlQuery pageQuery = query;
        if (!cursor.isEmpty())
            pageQuery.addQueryItem(QStringLiteral("cursor"), cursor);
        QUrl url = m_portal.url(path);
        url.setQuery(pageQuery);
        const QJsonObject page = m_http.get(url).json();
        for (const QJsonValue item : page.value(QStringLiteral("items")).toArray())
            items.append(item);
        cursor = page.value(QStringLiteral("next_cursor")).toString();
    } while (!cursor.isEmpty());
    return items;
}

QList<QJsonObject> TestPortalDemo::manifests(const QString &folder) const
{
    QList<QJsonObject> out;
    const QDir dir(m_demo + u'/' + folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            out.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return out;
}

void TestPortalDemo::everythingLists()
{
    // Every news file but the tombstones is an item.
    QList<QJsonObject> newsManifests = manifests(QStringLiteral("news"));
    newsManifests.removeIf([](const QJsonObject &m) { return m.value(QStringLiteral("deleted")).toBool(); });
    const int newsFiles = int(newsManifests.size());
    const int videoFiles =
        QDir(m_demo + QStringLiteral("/videos")).entryList({QStringLiteral("*.json")}).size();
    QVERIFY(newsFiles > 0);
    QVERIFY(videoFiles > 0);
    const QJsonArray news = all(QStringLiteral("news"));
    const QJsonArray videos = all(QStringLiteral("videos"));
    QCOMPARE(news.size(), newsFiles);
    QCOMPARE(videos.size(), videoFiles);
    for (const QJsonValue item : news) {
        const QString id = item.toObject().value(QStringLiteral("id")).toString();
        const HttpReply one = m_http.get(m_portal.url(QStringLiteral("news/") + id));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.json(), item.toObject());
    }
    for (const QJsonValue item : videos) {
        const QString id = item.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_http.get(m_portal.url(QStringLiteral("videos/") + id)).json(), item.toObject());
    }
    // The demo has conditions of use, in both languages, with a credit line.
    const QJsonObject conditions = m_http.get(m_portal.url(QStringLiteral("conditions"))).json();
    for (const char *key : {"version", "updated_at", "text_en", "text_fr", "credit_line"})
        QVERIFY2(!conditions.value(QLatin1String(key)).toString().isEmpty(), key);
}

void TestPortalDemo::withdrawnNewsIsDeleted()
{
    QList<QJsonObject> tombstones = manifests(QStringLiteral("news"));
    tombstones.removeIf([](const QJsonObject &m) { return !m.value(QStringLiteral("deleted")).toBool(); });
    QCOMPARE(tombstones.size(), 1);
    const QString id = tombstones.constFirst().value(QStringLiteral("id")).toString();
    const QDateTime withdrawnAt = QDateTime::fromString(
        tombstones.constFirst().value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    QVERIFY(!id.isEmpty() && withdrawnAt.isValid());

    // A client that synced before the withdrawal is told to drop the item, once.
    const QString before = withdrawnAt.addSecs(-1).toString(Qt::ISODate);
    const QJsonArray changes =
        all(QStringLiteral("news"), QUrlQuery {{QStringLiteral("updated_since"), before}});
    QJsonArray mentions;
    for (const QJsonValue change : changes) {
        if (change.toObject().value(QStringLiteral("id")).toString() == id)
            mentions.append(change);
    }
    QCOMPARE(mentions.size(), 1);
    QCOMPARE(mentions.first().toObject(),
             (QJsonObject {{QStringLiteral("id"), id},
                           {QStringLiteral("deleted"), true},
                           {QStringLiteral("updated_at"), withdrawnAt.toString(Qt::ISODate)}}));
    // A client that synced after it hears nothing of it.
    const QString after = withdrawnAt.toString(Qt::ISODate);
    for (const QJsonValue change :
         all(QStringLiteral("news"), QUrlQuery {{QStringLiteral("updated_since"), after}}))
        QVERIFY(change.toObject().value(QStringLiteral("id")).toString() != id);

    // Never an item: neither in the full listing nor on its own.
    for (const QJsonValue item : all(QStringLiteral("news")))
        QVERIFY(item.toObject().value(QStringLiteral("id")).toString() != id);
    QCOMPARE(m_http.get(m_portal.url(QStringLiteral("news/") + id)).status, 404);
}

void TestPortalDemo::publicFiles()
{
    for (const QJsonValue item : all(QStringLiteral("videos"))) {
        for (const char *key : {"thumbnail_url", "preview_url"}) {
            const QUrl url(item.toObject().value(QLatin1String(key)).toString());
            const HttpReply head = m_http.head(url);
            QCOMPARE(head.status, 200);
            QVERIFY(head.header("content-length").toLongLong() > 0);
            QCOMPARE(head.header("content-type"),
                     QByteArray(qstrcmp(key, "thumbnail_url") == 0 ? "image/jpeg" : "video/mp4"));
        }
    }
    for (const QJsonValue item : all(QStringLiteral("news"))) {
        const QString image = item.toObject().value(QStringLiteral("image_url")).toString();
        if (!image.isEmpty())
            QCOMPARE(m_http.head(QUrl(image)).status, 200);
    }
}

void TestPortalDemo::renditionsDownloadWhole()
{
    int renditions = 0;
    for (const QJsonValue item : all(QStringLiteral("videos"))) {
        const QString video = item.toObject().value(QStringLiteral("id")).toString();
        for (const QJsonValue r : item.toObject().value(QStringLiteral("renditions")).toArray()) {
            const QJsonObject rendition = r.toObject();
            const QString id = rendition.value(QStringLiteral("id")).toString();
            const HttpReply link =
                m_http.postRaw(m_portal.url(QStringLiteral("videos/%1/renditions/%2/link").arg(video, id)),
                               QByteArray(), HttpClient::bearer(m_access));
            QCOMPARE(link.status, 200);
            const QUrl url(link.json().value(QStringLiteral("url")).toString());
            const qint64 size = rendition.value(QStringLiteral("size_bytes")).toInteger();
            QCOMPARE(link.json().value(QStringLiteral("size_bytes")).toInteger(), size);

            // Two halves, as a resumed download would fetch them.
            const qint64 half = size / 2;
            const HttpReply first = m_http.get(url, {{"Range", "bytes=0-" + QByteArray::number(half - 1)}});
            const HttpReply second = m_http.get(
                url,
                {{"Range", "bytes=" + QByteArray::number(half) + "-"}, {"If-Range", first.header("etag")}});
            QCOMPARE(first.status, 206);
            QCOMPARE(second.status, 206);
            const QByteArray whole = first.body + second.body;
            QCOMPARE(whole.size(), size);
            QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(whole, QCryptographicHash::Sha256).toHex()),
                     rendition.value(QStringLiteral("sha256")).toString());
            ++renditions;
        }
    }
    QVERIFY(renditions > 0);
}

QTEST_GUILESS_MAIN(TestPortalDemo)
#include "tst_portal_demo.moc"
