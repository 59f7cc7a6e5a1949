// The Videos section's model when answers come back out of order: a search
// typed over an earlier one whose answer arrives last must show the later
// search's videos only, in the model and in the cache's order. The portal
// here is a loopback HTTP server that holds back its answer to one query.

#include "core/catalogue/cataloguecache.h"
#include "core/portal/portalclient.h"
#include "tests/support/loopbackhttpserver.h"
#include "ui/videos/videosmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

QJsonObject video(const QString &id, const QString &title, int day)
{
    const QString when = QStringLiteral("2026-11-%1T10:00:00Z").arg(day, 2, 10, QLatin1Char('0'));
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("published_at"), when},
            {QStringLiteral("updated_at"), when},
            {QStringLiteral("duration_ms"), 60000},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("credit"), QStringLiteral("Test")},
            {QStringLiteral("usage_terms"), QStringLiteral("Test")},
            {QStringLiteral("thumbnail_url"), QString()},
            {QStringLiteral("preview_url"), QString()},
            {QStringLiteral("shotlist"), QJsonArray()},
            {QStringLiteral("renditions"), QJsonArray()}};
}

// Answers GET .../videos with the videos whose title contains q; the
// answer to q=`slow` is held back `delayMs`.
struct SlowPortal
{
    QString slow;
    int delayMs = 0;
    QList<QJsonObject> videos;
    QStringList asked;

    TestSupport::LoopbackHttpServer::Answer answer(const TestSupport::LoopbackHttpServer::Request &request)
    {
        const QUrl url = request.url();
        const QString q = QUrlQuery(url).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded);
        asked << url.path() + u'?' + q;
        QJsonArray items;
        if (url.path().endsWith(QStringLiteral("/videos"))) {
            for (const QJsonObject &v : std::as_const(videos)) {
                if (v.value(QStringLiteral("title")).toString().contains(q, Qt::CaseInsensitive))
                    items.append(v);
            }
        }
        const QByteArray body = QJsonDocument(QJsonObject {{QStringLiteral("items"), items},
                                                           {QStringLiteral("next_cursor"), QJsonValue()}})
                                    .toJson(QJsonDocument::Compact);
        return {"200 OK", "application/json", body, {}, !slow.isEmpty() && q == slow ? delayMs : 0};
    }
};

} // namespace

class TestVideosModel final : public QObject
{
    Q_OBJECT

private slots:
    void aLateAnswerToAnEarlierSearchIsDropped()
    {
        SlowPortal portal;
        TestSupport::LoopbackHttpServer server(
            [&portal](const TestSupport::LoopbackHttpServer::Request &request) {
                return portal.answer(request);
            });
        QVERIFY(server.listen());
        portal.videos = {video(QStringLiteral("v-summit"), QStringLiteral("Summit arrivals"), 20),
                         video(QStringLiteral("v-press"), QStringLiteral("Press conference"), 19),
                         video(QStringLiteral("v-summit-photo"), QStringLiteral("Summit family photo"), 18)};
        portal.slow = QStringLiteral("summit");
        portal.delayMs = 800;
        QTemporaryDir dir;
        QNetworkAccessManager network;
        Portal::PortalClient client(network, server.url(QStringLiteral("/api/v1")));
        Catalogue::CatalogueCache cache(dir.filePath(QStringLiteral("catalogue.sqlite")));
        Ui::VideosModel model(client, cache, nullptr);
        // Set once the held-back answer has reached the model.
        bool summitAnswered = false;
        connect(&network, &QNetworkAccessManager::finished, this, [&summitAnswered](QNetworkReply *reply) {
            if (QUrlQuery(reply->url()).queryItemValue(QStringLiteral("q")) == u"summit")
                summitAnswered = true;
        });

        // "summit" is typed, then corrected to "press" before its answer.
        Ui::VideoFilter filter;
        filter.text = QStringLiteral("summit");
        model.setFilter(filter);
        QTRY_VERIFY(portal.asked.contains(QStringLiteral("/api/v1/videos?summit")));
        filter.text = QStringLiteral("press");
        model.setFilter(filter);
        QTRY_COMPARE(model.source(), Ui::VideosModel::Source::Portal);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.summary(0).id, QStringLiteral("v-press"));

        // The answer to "summit" comes in after it: the rows stay those of "press".
        QTRY_VERIFY_WITH_TIMEOUT(summitAnswered, 10000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.summary(0).id, QStringLiteral("v-press"));
        QVERIFY(!model.isLoading());
    }
};

QTEST_MAIN(TestVideosModel)
#include "tst_videosmodel.moc"
