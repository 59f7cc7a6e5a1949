// News, videos and tags against the reference portal: order, pagination with
// opaque cursors, filters, updated_since with deletions (noticed at run time
// or announced by tombstones in the content files), absolute URLs.

#include "tests/portal/tests/httpclient.h"
#include "tests/portal/tests/smallcontent.h"
#include "tests/support/portalprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace PortalTest;
using TestSupport::PortalProcess;

namespace {
bool writeJson(const QString &path, const QJsonObject &object)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(object).toJson()) > 0;
}

// A tombstone file's content, and also what the portal answers for it.
QJsonObject deletion(const QString &id, const QString &updatedAt)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("deleted"), true},
            {QStringLiteral("updated_at"), updatedAt}};
}
} // namespace

class TestPortalContent final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newsNewestFirst();
    void paginationCoversEverything_data();
    void paginationCoversEverything();
    void badParameters_data();
    void badParameters();
    void filters_data();
    void filters();
    void newsItem();
    void videoItem();
    void notFound_data();
    void notFound();
    void tags();
    void urlsFollowHostHeader();
    void urlsFollowPublicUrl();
    void updatedSinceWithDeletions();
    void tombstonesInContentFiles();
    void tombstoneForServedItem();
    void conditionsOfUse();

private:
    QStringList ids(const QJsonArray &items) const;
    // Follows next_cursor to the end; the items of every page in order.
    QJsonArray collect(const PortalProcess &portal, const QString &path, QUrlQuery query,
                       int *pages = nullptr) const;

    QTemporaryDir m_content;
    PortalProcess m_portal;
    HttpClient m_http;
};

void TestPortalContent::cleanupTestCase()
{
    // A clean exit: no sanitizer report, no hang on SIGTERM.
    QVERIFY(m_portal.stop());
}

void TestPortalContent::initTestCase()
{
    QVERIFY(SmallContent::write(m_content.path()));
    QVERIFY(m_portal.start(m_content.path()));
}

QStringList TestPortalContent::ids(const QJsonArray &items) const
{
    QStringList list;
    for (const QJsonValue item : items)
        list.append(item.toObject().value(QStringLiteral("id")).toString());
    return list;
}

QJsonArray TestPortalContent::collect(const PortalProcess &portal, const QString &path, QUrlQuery query,
                                      int *pages) const
{
    QJsonArray all;
    int count = 0;
    for (;;) {
        QUrl url = portal.url(path);
        url.setQuery(query);
        const HttpReply reply = m_http.get(url);
        if (reply.status != 200 || ++count > 100)
            return {};
        for (const QJsonValue item : reply.json().value(QStringLiteral("items")).toArray())
            all.append(item);
        const QJsonValue next = reply.json().value(QStringLiteral("next_cursor"));
        if (next.isNull())
            break;
        query.removeQueryItem(QStringLiteral("cursor"));
        query.addQueryItem(QStringLiteral("cursor"), next.toString());
    }
    if (pages)
        *pages = count;
    return all;
}

void TestPortalContent::newsNewestFirst()
{
    const HttpReply reply = m_http.get(m_portal.url(QStringLiteral("news")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("content-type"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(reply.json().value(QStringLiteral("next_cursor")).isNull());
    // n11 and n12 share published_at: the higher id comes first.
    QCOMPARE(ids(reply.json().value(QStringLiteral("items")).toArray()),
             (QStringList {QStringLiteral("n12"), QStringLiteral("n11"), QStringLiteral("n10"),
                           QStringLiteral("n09"), QStringLiteral("n08"), QStringLiteral("n07"),
                           QStringLiteral("n06"), QStringLiteral("n05"), QStringLiteral("n04"),
                           QStringLiteral("n03"), QStringLiteral("n02"), QStringLiteral("n01")}));
    const QJsonObject n01 = reply.json().value(QStringLiteral("items")).toArray().last().toObject();
    for (const char *field : {"id", "kind", "title", "summary", "body_html", "published_at", "updated_at",
                              "language", "tags", "video_ids", "web_url", "image_url"})
        QVERIFY2(n01.contains(QLatin1String(field)), field);
    QVERIFY(!n01.contains(QStringLiteral("image"))); // the manifest's path is not part of the contract
}

void TestPortalContent::paginationCoversEverything_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("expectedPages");
    QTest::addColumn<int>("expectedCount");
    QTest::newRow("news by 5") << "news" << 5 << 3 << 12;
    QTest::newRow("news by 1") << "news" << 1 << 12 << 12;
    QTest::newRow("news by 12") << "news" << 12 << 1 << 12;
    QTest::newRow("news by 200") << "news" << 200 << 1 << 12;
    QTest::newRow("videos by 2") << "videos" << 2 << 2 << 3;
}

void TestPortalContent::paginationCoversEverything()
{
    QFETCH(QString, path);
    QFETCH(int, limit);
    QFETCH(int, expectedPages);
    QFETCH(int, expectedCount);
    const QJsonArray whole = m_http.get(m_portal.url(path)).json().value(QStringLiteral("items")).toArray();
    int pages = 0;
    const QJsonArray paged =
        collect(m_portal, path, QUrlQuery {{QStringLiteral("limit"), QString::number(limit)}}, &pages);
    QCOMPARE(pages, expectedPages);
    QCOMPARE(paged.size(), expectedCount);
    QCOMPARE(paged, whole);
}

void TestPortalContent::badParameters_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<QString>("field");
    QTest::newRow("limit 0") << "news?limit=0"
                             << "limit";
    QTest::newRow("limit 201") << "news?limit=201"
                               << "limit";
    QTest::newRow("limit text") << "videos?limit=ten"
                                << "limit";
    QTest::newRow("cursor garbage") << "news?cursor=!!!"
                                    << "cursor";
    QTest::newRow("cursor not ours") << "news?cursor=eyJhIjoxfQ"
                                     << "cursor";
    QTest::newRow("kind unknown") << "news?kind=gossip"
                                  << "kind";
    QTest::newRow("updated_since bad") << "news?updated_since=yesterday"
                                       << "updated_since";
    QTest::newRow("from bad") << "videos?from=2025-13-01"
                              << "from";
}

void TestPortalContent::badParameters()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(QString, field);
    const HttpReply reply = m_http.get(m_portal.url(pathAndQuery));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("invalid_parameter"));
    QVERIFY(reply.json()
                .value(QStringLiteral("error"))
                .toObject()
                .value(QStringLiteral("fields"))
                .toObject()
                .contains(field));
}

void TestPortalContent::filters_data()
{
    QTest::addColumn<QString>("pathAndQuery");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("q title") << "news?q=glacier" << QStringList {QStringLiteral("n07")};
    QTest::newRow("q two words") << "news?q=GLACIER%20melt" << QStringList {QStringLiteral("n07")};
    QTest::newRow("q body") << "news?q=body%20of%20item%2012" << QStringList {QStringLiteral("n12")};
    QTest::newRow("q nothing") << "news?q=zebra" << QStringList();
    QTest::newRow("tag any case") << "news?tag=CLIMATE"
                                  << QStringList {QStringLiteral("n12"), QStringLiteral("n10"),
                                                  QStringLiteral("n08"), QStringLiteral("n06"),
                                                  QStringLiteral("n04"), QStringLiteral("n02")};
    QTest::newRow("two tags") << "news?tag=climate&tag=summit"
                              << QStringList {QStringLiteral("n12"), QStringLiteral("n06")};
    QTest::newRow("kind") << "news?kind=speech"
                          << QStringList {QStringLiteral("n12"), QStringLiteral("n07"),
                                          QStringLiteral("n02")};
    QTest::newRow("kind and tag") << "news?kind=speech&tag=climate"
                                  << QStringList {QStringLiteral("n12"), QStringLiteral("n02")};
    QTest::newRow("video q") << "videos?q=harbour%20dawn" << QStringList {QStringLiteral("v2")};
    QTest::newRow("video tag") << "videos?tag=summit" << QStringList {QStringLiteral("v3")};
    QTest::newRow("video from") << "videos?from=2025-05-07T00:00:00Z"
                                << QStringList {QStringLiteral("v3"), QStringLiteral("v2")};
    QTest::newRow("video to date") << "videos?to=2025-05-07"
                                   << QStringList {QStringLiteral("v2"), QStringLiteral("v1")};
    QTest::newRow("video from-to") << "videos?from=2025-05-05&to=2025-05-08"
                                   << QStringList {QStringLiteral("v2")};
    QTest::newRow("video shotlist") << "videos?q=wide%20shot"
                                    << QStringList {QStringLiteral("v3"), QStringLiteral("v2"),
                                                    QStringLiteral("v1")};
}

void TestPortalContent::filters()
{
    QFETCH(QString, pathAndQuery);
    QFETCH(QStringList, expected);
    const HttpReply reply = m_http.get(m_portal.url(pathAndQuery));
    QCOMPARE(reply.status, 200);
    QCOMPARE(ids(reply.json().value(QStringLiteral("items")).toArray()), expected);
}

void TestPortalContent::newsItem()
{
    const HttpReply reply = m_http.get(m_portal.url(QStringLiteral("news/n01")));
    QCOMPARE(reply.status, 200);
    const QJsonObject item = reply.json();
    QCOMPARE(item.value(QStringLiteral("id")).toString(), QStringLiteral("n01"));
    QCOMPARE(item.value(QStringLiteral("published_at")).toString(), QStringLiteral("2025-05-02T09:00:00Z"));
    const QUrl image(item.value(QStringLiteral("image_url")).toString());
    QCOMPARE(image.toString(), m_portal.origin().toString() + QStringLiteral("media/news/n01.jpg"));
    // Public: fetched without any token or signature.
    const HttpReply bytes = m_http.get(image);
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, SmallContent::fileBytes(m_content.path(), QStringLiteral("media/news/n01.jpg")));
    QCOMPARE(bytes.header("content-type"), QByteArray("image/jpeg"));
    QVERIFY(
        !m_http.get(m_portal.url(QStringLiteral("news/n02"))).json().contains(QStringLiteral("image_url")));
}

void TestPortalContent::videoItem()
{
    const HttpReply reply = m_http.get(m_portal.url(QStringLiteral("videos/v1")));
    QCOMPARE(reply.status, 200);
    const QJsonObject video = reply.json();
    for (const char *field :
         {"id", "title", "description", "published_at", "updated_at", "duration_ms", "tags", "credit",
          "usage_terms", "thumbnail_url", "preview_url", "shotlist", "renditions"})
        QVERIFY2(video.contains(QLatin1String(field)), field);
    QVERIFY(!video.contains(QStringLiteral("thumbnail")));
    QVERIFY(!video.contains(QStringLiteral("preview")));
    QCOMPARE(video.value(QStringLiteral("shotlist"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("tc_in"))
                 .toString(),
             QStringLiteral("00:00:00:00"));

    const QJsonArray renditions = video.value(QStringLiteral("renditions")).toArray();
    QCOMPARE(renditions.size(), 2);
    const QJsonObject hd = renditions.first().toObject();
    QCOMPARE(hd.value(QStringLiteral("id")).toString(), QStringLiteral("hd"));
    QVERIFY(!hd.contains(QStringLiteral("file")));
    const QByteArray bytes = SmallContent::fileBytes(m_content.path(), SmallContent::bigRenditionFile());
    QCOMPARE(hd.value(QStringLiteral("size_bytes")).toInteger(), bytes.size());
    // Not in the manifest: computed by the server.
    QCOMPARE(hd.value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    for (const char *field : {"label", "container", "video_codec", "audio_codec", "width", "height",
                              "frame_rate", "interlaced", "bitrate_kbps", "filename"})
        QVERIFY2(hd.contains(QLatin1String(field)), field);

    const HttpReply thumb = m_http.get(QUrl(video.value(QStringLiteral("thumbnail_url")).toString()));
    QCOMPARE(thumb.status, 200);
    QCOMPARE(thumb.body, SmallContent::fileBytes(m_content.path(), SmallContent::thumbnailFile()));
    const HttpReply preview =
        m_http.get(QUrl(video.value(QStringLiteral("preview_url")).toString()), {{"Range", "bytes=100-"}});
    QCOMPARE(preview.status, 206);
    QCOMPARE(preview.header("content-type"), QByteArray("video/mp4"));
    QCOMPARE(preview.body, SmallContent::fileBytes(m_content.path(), SmallContent::previewFile()).mid(100));
}

void TestPortalContent::notFound_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("news") << "news/n99";
    QTest::newRow("video") << "videos/v99";
    QTest::newRow("route") << "nothing/here";
    QTest::newRow("media") << "../media/videos/v1/missing.mxf";
}

void TestPortalContent::notFound()
{
    QFETCH(QString, path);
    const HttpReply reply = m_http.get(m_portal.url(path));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));
    QVERIFY(!reply.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .isEmpty());
}

void TestPortalContent::tags()
{
    const HttpReply reply = m_http.get(m_portal.url(QStringLiteral("tags")));
    QCOMPARE(reply.status, 200);
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue v : reply.json().value(QStringLiteral("items")).toArray())
        byName.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    QCOMPARE(byName.value(QStringLiteral("climate")).value(QStringLiteral("count")).toInt(), 6);
    QCOMPARE(byName.value(QStringLiteral("summit")).value(QStringLiteral("news_count")).toInt(), 4);
    QCOMPARE(byName.value(QStringLiteral("summit")).value(QStringLiteral("video_count")).toInt(), 1);
    QCOMPARE(byName.value(QStringLiteral("harbour")).value(QStringLiteral("count")).toInt(), 2);
}

void TestPortalContent::urlsFollowHostHeader()
{
    const HttpReply reply =
        m_http.get(m_portal.url(QStringLiteral("videos/v2")), {{"Host", "portal.test:8443"}});
    QCOMPARE(reply.json().value(QStringLiteral("thumbnail_url")).toString(),
             QStringLiteral("http://portal.test:8443/media/videos/v2/thumb.jpg"));
    // A Host header that is not a host falls back to where the server listens.
    const HttpReply odd = m_http.get(m_portal.url(QStringLiteral("videos/v2")), {{"Host", "evil/path?x"}});
    QVERIFY(odd.json()
                .value(QStringLiteral("thumbnail_url"))
                .toString()
                .startsWith(m_portal.origin().toString()));
}

void TestPortalContent::urlsFollowPublicUrl()
{
    PortalProcess portal;
    QVERIFY(portal.start(m_content.path(),
                         {QStringLiteral("--public-url"), QStringLiteral("https://portal.example.org/")}));
    const QJsonObject video = m_http.get(portal.url(QStringLiteral("videos/v1"))).json();
    QCOMPARE(video.value(QStringLiteral("preview_url")).toString(),
             QStringLiteral("https://portal.example.org/media/videos/v1/proxy.mp4"));
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news/n01")))
                 .json()
                 .value(QStringLiteral("image_url"))
                 .toString(),
             QStringLiteral("https://portal.example.org/media/news/n01.jpg"));
}

void TestPortalContent::updatedSinceWithDeletions()
{
    QTemporaryDir content;
    QVERIFY(SmallContent::write(content.path()));
    PortalProcess portal;
    QVERIFY(portal.start(content.path()));

    // Oldest first by updated_at; only what changed after the timestamp (n08's
    // updated_at equals it: not later, so not included).
    const QUrlQuery since {{QStringLiteral("updated_since"), QStringLiteral("2025-05-09T10:00:00Z")},
                           {QStringLiteral("limit"), QStringLiteral("2")}};
    int pages = 0;
    QJsonArray changed = collect(portal, QStringLiteral("news"), since, &pages);
    QCOMPARE(ids(changed),
             (QStringList {QStringLiteral("n09"), QStringLiteral("n10"), QStringLiteral("n11"),
                           QStringLiteral("n12")}));
    QCOMPARE(pages, 2);
    // A cursor of one order is refused by the other.
    const HttpReply firstPage = m_http.get(QUrl(portal.url(QStringLiteral("news?limit=1")).toString()));
    const QString newestCursor = firstPage.json().value(QStringLiteral("next_cursor")).toString();
    QCOMPARE(
        m_http
            .get(portal.url(QStringLiteral("news?updated_since=2025-05-09T10:00:00Z&cursor=") + newestCursor))
            .status,
        400);

    // Remove two items: one noticed by a development reload, one at the next start.
    const QDateTime beforeDeletion = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(QFile::remove(QDir(content.path()).filePath(QStringLiteral("news/n03.json"))));
    const HttpReply reload = m_http.postRaw(portal.url(QStringLiteral("dev/reload")), QByteArray());
    QCOMPARE(reload.status, 200);
    QCOMPARE(reload.json().value(QStringLiteral("news")).toInt(), 11);
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news/n03"))).status, 404);

    QVERIFY(QFile::remove(QDir(content.path()).filePath(QStringLiteral("videos/v2.json"))));
    QVERIFY(portal.restart());

    const QString stamp = beforeDeletion.toString(Qt::ISODate);
    changed = collect(portal, QStringLiteral("news"), QUrlQuery {{QStringLiteral("updated_since"), stamp}});
    QCOMPARE(changed.size(), 1);
    const QJsonObject deleted = changed.first().toObject();
    QCOMPARE(deleted.value(QStringLiteral("id")).toString(), QStringLiteral("n03"));
    QCOMPARE(deleted.value(QStringLiteral("deleted")).toBool(), true);
    const QDateTime deletedAt =
        QDateTime::fromString(deleted.value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    QVERIFY(deletedAt >= beforeDeletion);
    QCOMPARE(deleted.keys(),
             (QStringList {QStringLiteral("deleted"), QStringLiteral("id"), QStringLiteral("updated_at")}));

    const QJsonArray videos =
        collect(portal, QStringLiteral("videos"), QUrlQuery {{QStringLiteral("updated_since"), stamp}});
    QCOMPARE(ids(videos), QStringList {QStringLiteral("v2")});
    QCOMPARE(videos.first().toObject().value(QStringLiteral("deleted")).toBool(), true);

    // A full sync from the beginning: every item once, then the deletions.
    const QJsonArray everything =
        collect(portal, QStringLiteral("news"),
                QUrlQuery {{QStringLiteral("updated_since"), QStringLiteral("2000-01-01T00:00:00Z")},
                           {QStringLiteral("limit"), QStringLiteral("4")}});
    QCOMPARE(everything.size(), 12);
    QCOMPARE(ids(everything).last(), QStringLiteral("n03"));
    // The plain list does not show deletions.
    QCOMPARE(
        m_http.get(portal.url(QStringLiteral("news"))).json().value(QStringLiteral("items")).toArray().size(),
        11);

    // An item that comes back is no longer deleted, and counts as updated
    // when it came back: a client that dropped it fetches it again.
    QVERIFY(SmallContent::write(content.path()));
    QCOMPARE(m_http.postRaw(portal.url(QStringLiteral("dev/reload")), QByteArray()).status, 200);
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news/n03"))).status, 200);
    const QJsonArray after =
        collect(portal, QStringLiteral("news"), QUrlQuery {{QStringLiteral("updated_since"), stamp}});
    QCOMPARE(ids(after), QStringList {QStringLiteral("n03")});
    QVERIFY(!after.first().toObject().contains(QStringLiteral("deleted")));
    QCOMPARE(after.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Item 3"));
}

void TestPortalContent::tombstonesInContentFiles()
{
    QTemporaryDir content;
    QVERIFY(SmallContent::write(content.path()));
    const QDir dir(content.path());
    // An item a client may hold from elsewhere, withdrawn twice (the newer time counts);
    // n05 withdrawn after its last update; n06 published again after a stale tombstone.
    QVERIFY(writeJson(dir.filePath(QStringLiteral("news/n-gone.json")),
                      deletion(QStringLiteral("n-gone"), QStringLiteral("2025-05-20T12:00:00Z"))));
    QVERIFY(writeJson(dir.filePath(QStringLiteral("news/n-gone-first.json")),
                      deletion(QStringLiteral("n-gone"), QStringLiteral("2025-05-18T12:00:00Z"))));
    QVERIFY(writeJson(dir.filePath(QStringLiteral("news/n05-withdrawn.json")),
                      deletion(QStringLiteral("n05"), QStringLiteral("2025-05-21T08:00:00Z"))));
    QVERIFY(writeJson(dir.filePath(QStringLiteral("news/n06-stale.json")),
                      deletion(QStringLiteral("n06"), QStringLiteral("2025-05-01T00:00:00Z"))));
    QVERIFY(writeJson(dir.filePath(QStringLiteral("videos/v3-withdrawn.json")),
                      deletion(QStringLiteral("v3"), QStringLiteral("2025-05-22T00:00:00Z"))));
    PortalProcess portal;
    QVERIFY(portal.start(content.path()));
    QVERIFY2(!portal.log().contains(QLatin1String("skipped")), qPrintable(portal.log()));

    // Every item was last updated before 2025-05-15: only the withdrawals are news, once
    // each, at the tombstones' times, oldest first.
    const QJsonArray expected {deletion(QStringLiteral("n-gone"), QStringLiteral("2025-05-20T12:00:00Z")),
                               deletion(QStringLiteral("n05"), QStringLiteral("2025-05-21T08:00:00Z"))};
    const QUrlQuery beforeTombstones {
        {QStringLiteral("updated_since"), QStringLiteral("2025-05-15T00:00:00Z")}};
    QCOMPARE(collect(portal, QStringLiteral("news"), beforeTombstones), expected);
    QCOMPARE(collect(portal, QStringLiteral("news"),
                     QUrlQuery {{QStringLiteral("updated_since"), QStringLiteral("2025-05-20T12:00:00Z")}}),
             QJsonArray {expected.last()});
    QCOMPARE(collect(portal, QStringLiteral("videos"), beforeTombstones),
             QJsonArray {deletion(QStringLiteral("v3"), QStringLiteral("2025-05-22T00:00:00Z"))});

    // The full listing: the withdrawn are not items, the stale tombstone hides nothing.
    const QStringList listed = ids(collect(portal, QStringLiteral("news"), QUrlQuery()));
    QCOMPARE(listed.size(), SmallContent::NewsCount - 1);
    QVERIFY(!listed.contains(QStringLiteral("n05")));
    QVERIFY(!listed.contains(QStringLiteral("n-gone")));
    QVERIFY(listed.contains(QStringLiteral("n06")));
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news/n05"))).status, 404);
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news/n-gone"))).status, 404);
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news/n06"))).status, 200);
    QCOMPARE(ids(collect(portal, QStringLiteral("videos"), QUrlQuery())),
             (QStringList {QStringLiteral("v2"), QStringLiteral("v1")}));
    // A withdrawn video's files are no longer served.
    QCOMPARE(
        m_http.get(QUrl(portal.origin().toString() + QStringLiteral("media/videos/v3/thumb.jpg"))).status,
        404);

    // A full sync: every live item once, then the two deletions, never an id twice.
    const QStringList synced =
        ids(collect(portal, QStringLiteral("news"),
                    QUrlQuery {{QStringLiteral("updated_since"), QStringLiteral("2000-01-01T00:00:00Z")},
                               {QStringLiteral("limit"), QStringLiteral("5")}}));
    QCOMPARE(synced.size(), SmallContent::NewsCount + 1);
    QCOMPARE(QSet<QString>(synced.cbegin(), synced.cend()).size(), synced.size());
    QCOMPARE(synced.mid(synced.size() - 2), (QStringList {QStringLiteral("n-gone"), QStringLiteral("n05")}));

    // The deletion times are those of the files, not of the server's start.
    QVERIFY(portal.restart());
    QCOMPARE(collect(portal, QStringLiteral("news"), beforeTombstones), expected);
}

void TestPortalContent::tombstoneForServedItem()
{
    QTemporaryDir content;
    QVERIFY(SmallContent::write(content.path()));
    PortalProcess portal;
    QVERIFY(portal.start(content.path()));
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news/n07"))).status, 200);

    // n07 was served until now: clients that synced after the tombstone's time hold it,
    // so the deletion counts from the moment the server took the tombstone in.
    const QDateTime beforeWithdrawal = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString n07 = QDir(content.path()).filePath(QStringLiteral("news/n07.json"));
    QVERIFY(QFile::remove(n07));
    QVERIFY(writeJson(n07, deletion(QStringLiteral("n07"), QStringLiteral("2025-06-01T00:00:00Z"))));
    QVERIFY(portal.reloadContent());
    QCOMPARE(m_http.get(portal.url(QStringLiteral("news/n07"))).status, 404);
    const QJsonArray changed =
        collect(portal, QStringLiteral("news"),
                QUrlQuery {{QStringLiteral("updated_since"), QStringLiteral("2025-05-31T00:00:00Z")}});
    QCOMPARE(changed.size(), 1);
    const QJsonObject deleted = changed.first().toObject();
    QCOMPARE(deleted.keys(),
             (QStringList {QStringLiteral("deleted"), QStringLiteral("id"), QStringLiteral("updated_at")}));
    QCOMPARE(deleted.value(QStringLiteral("id")).toString(), QStringLiteral("n07"));
    QVERIFY(QDateTime::fromString(deleted.value(QStringLiteral("updated_at")).toString(), Qt::ISODate)
            >= beforeWithdrawal);
    QVERIFY(!ids(collect(portal, QStringLiteral("news"), QUrlQuery())).contains(QStringLiteral("n07")));

    // Published again: the same path as any deleted item that comes back.
    QVERIFY(SmallContent::write(content.path()));
    QVERIFY(portal.reloadContent());
    const QJsonArray after =
        collect(portal, QStringLiteral("news"),
                QUrlQuery {{QStringLiteral("updated_since"), beforeWithdrawal.toString(Qt::ISODate)}});
    QCOMPARE(ids(after), QStringList {QStringLiteral("n07")});
    QVERIFY(!after.first().toObject().contains(QStringLiteral("deleted")));
}

void TestPortalContent::conditionsOfUse()
{
    QTemporaryDir content;
    QVERIFY(SmallContent::write(content.path()));
    PortalProcess portal;
    QVERIFY(portal.start(content.path()));
    const QString file = QDir(content.path()).filePath(QStringLiteral("conditions.json"));
    const auto writeConditions = [&file](const QJsonObject &json) {
        QFile out(file);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && out.write(QJsonDocument(json).toJson()) > 0;
    };
    const auto reload = [&] {
        return m_http.postRaw(portal.url(QStringLiteral("dev/reload")), QByteArray()).status == 200;
    };

    // A portal without conditions answers 404, as the contract says.
    HttpReply reply = m_http.get(portal.url(QStringLiteral("conditions")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("not_found"));

    const QJsonObject first {{QStringLiteral("version"), QStringLiteral("2026-01")},
                             {QStringLiteral("updated_at"), QStringLiteral("2026-01-15T09:00:00Z")},
                             {QStringLiteral("text_en"), QStringLiteral("Editorial use only.")},
                             {QStringLiteral("text_fr"), QStringLiteral("Usage éditorial uniquement.")},
                             {QStringLiteral("credit_line"), QStringLiteral("© Example Library")}};
    QVERIFY(writeConditions(first));
    QVERIFY(reload());
    reply = m_http.get(portal.url(QStringLiteral("conditions")));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json(), first);

    // New terms: a new version; a missing updated_at is the file's time.
    QJsonObject second = first;
    second.insert(QStringLiteral("version"), QStringLiteral("2026-02"));
    second.remove(QStringLiteral("updated_at"));
    QVERIFY(writeConditions(second));
    QVERIFY(reload());
    reply = m_http.get(portal.url(QStringLiteral("conditions")));
    QCOMPARE(reply.json().value(QStringLiteral("version")).toString(), QStringLiteral("2026-02"));
    const QDateTime updated =
        QDateTime::fromString(reply.json().value(QStringLiteral("updated_at")).toString(), Qt::ISODate);
    QVERIFY(updated.isValid());
    QVERIFY(qAbs(updated.secsTo(QFileInfo(file).lastModified())) <= 1);

    // Terms without their credit line are not served half-made.
    second.remove(QStringLiteral("credit_line"));
    QVERIFY(writeConditions(second));
    QVERIFY(reload());
    QCOMPARE(m_http.get(portal.url(QStringLiteral("conditions"))).status, 404);
}

QTEST_GUILESS_MAIN(TestPortalContent)
#include "tst_portal_content.moc"
