// The thumbnail disk cache: least-recently-used eviction within the byte
// budget, the order of use across a restart, files damaged on disk, answers
// that are not pictures, pictures that do not decode, and leftovers of a
// crash. Thumbnails come from data: URLs, which QNetworkAccessManager
// answers itself, so that no server is needed.

#include "core/catalogue/thumbnailcache.h"
#include "core/catalogue/thumbnailstore.h"
#include "core/network/offlinemode.h"
#include "tests/support/loopbackhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Catalogue;

namespace {

// Starts like a JPEG, which is all the cache checks; decoding is the
// viewer's business.
QByteArray picture(char fill, int size = 1000)
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(size - 4, fill);
}

QUrl dataUrl(const QByteArray &bytes, const QString &type = QStringLiteral("image/jpeg"))
{
    return QUrl(QStringLiteral("data:") + type + QStringLiteral(";base64,")
                + QString::fromLatin1(bytes.toBase64()));
}

} // namespace

class TestThumbnailCache final : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString folder() const { return m_dir->filePath(QStringLiteral("thumbnails")); }
    QString fileOf(const QUrl &url) const
    {
        return folder() + u'/' + ThumbnailStore::keyFor(url) + QStringLiteral(".thumb");
    }

    ThumbnailCacheOptions budget(qint64 bytes) const
    {
        ThumbnailCacheOptions options;
        options.maxBytes = bytes;
        options.maxConcurrent = 1;
        return options;
    }

    // Asks for one thumbnail and waits for the answer: its bytes, or empty
    // with the message.
    QByteArray fetch(ThumbnailCache &cache, const QUrl &url, QString *message = nullptr)
    {
        std::optional<QByteArray> answer;
        auto ready =
            connect(&cache, &ThumbnailCache::ready, this, [&](const QUrl &u, const QByteArray &bytes) {
                if (u == url)
                    answer = bytes;
            });
        auto failed = connect(&cache, &ThumbnailCache::failed, this, [&](const QUrl &u, const QString &text) {
            if (u == url) {
                answer = QByteArray();
                if (message)
                    *message = text;
            }
        });
        cache.request(url);
        (void)QTest::qWaitFor([&] { return answer.has_value(); }, 5000);
        disconnect(ready);
        disconnect(failed);
        return answer.value_or(QByteArray("<timeout>"));
    }

    ThumbnailCache::Stats stats(ThumbnailCache &cache)
    {
        std::optional<ThumbnailCache::Stats> result;
        cache.stats(this, [&](ThumbnailCache::Stats s) { result = s; });
        (void)QTest::qWaitFor([&] { return result.has_value(); }, 5000);
        return result.value_or(ThumbnailCache::Stats());
    }

private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup() { Network::OfflineMode::setOn(false); }

    void evictsTheLeastRecentlyUsedAndKeepsTheOrderAcrossARestart()
    {
        const QUrl a = dataUrl(picture('a')), b = dataUrl(picture('b')), c = dataUrl(picture('c')),
                   d = dataUrl(picture('d')), e = dataUrl(picture('e'));
        {
            ThumbnailCache cache(m_network, folder(), budget(3000));
            QCOMPARE(fetch(cache, a), picture('a'));
            QCOMPARE(fetch(cache, b), picture('b'));
            QCOMPARE(fetch(cache, c), picture('c'));
            QCOMPARE(stats(cache).bytesUsed, 3000);
            // a is used again, from the disk: b is now the least recently used.
            QCOMPARE(fetch(cache, a), picture('a'));
            QCOMPARE(cache.networkFetches(), 3);
            QCOMPARE(fetch(cache, d), picture('d'));
            const ThumbnailCache::Stats after = stats(cache);
            QCOMPARE(after.count, 3);
            QCOMPARE(after.bytesUsed, 3000);
            QVERIFY(!QFile::exists(fileOf(b)));
            for (const QUrl &kept : {a, c, d})
                QVERIFY(QFile::exists(fileOf(kept)));
            // Evicted means fetched again; c goes now.
            QCOMPARE(fetch(cache, b), picture('b'));
            QCOMPARE(cache.networkFetches(), 5);
            QCOMPARE(stats(cache).count, 3);
            QVERIFY(!QFile::exists(fileOf(c)));
        }
        // Order of use before the restart: a, d, b. A new picture evicts a.
        ThumbnailCache cache(m_network, folder(), budget(3000));
        QCOMPARE(stats(cache).count, 3);
        QCOMPARE(fetch(cache, e), picture('e'));
        QCOMPARE(stats(cache).bytesUsed, 3000);
        QVERIFY(!QFile::exists(fileOf(a)));
        QCOMPARE(fetch(cache, d), picture('d'));
        QCOMPARE(fetch(cache, b), picture('b'));
        QCOMPARE(cache.networkFetches(), 1);
    }

    void damagedFilesAreFetchedAgain()
    {
        const QUrl same = dataUrl(picture('s')), shorter = dataUrl(picture('t'));
        {
            ThumbnailCache cache(m_network, folder(), budget(100000));
            QCOMPARE(fetch(cache, same), picture('s'));
            QCOMPARE(fetch(cache, shorter), picture('t'));
            QCOMPARE(stats(cache).count, 2);
        }
        // Same size but no picture any more; and a file cut short.
        QFile damaged(fileOf(same));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write(QByteArray(1000, 'x'));
        damaged.close();
        QFile cut(fileOf(shorter));
        QVERIFY(cut.resize(10));
        // A leftover of an interrupted write: nothing points at it.
        QFile stray(folder() + QStringLiteral("/0123.thumb.part"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        // Anything else in the folder is left alone.
        QFile other(folder() + QStringLiteral("/notes.txt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();

        ThumbnailCache cache(m_network, folder(), budget(100000));
        QCOMPARE(stats(cache).count, 1); // the cut file was forgotten at start
        QVERIFY(!QFile::exists(stray.fileName()));
        QVERIFY(QFile::exists(other.fileName()));
        QCOMPARE(fetch(cache, same), picture('s'));
        QCOMPARE(fetch(cache, shorter), picture('t'));
        QCOMPARE(cache.networkFetches(), 2);
        QCOMPARE(stats(cache).bytesUsed, 2000);
    }

    void answersThatAreNotPicturesAreNeverKept()
    {
        ThumbnailCache cache(m_network, folder(), budget(100000));
        const QUrl text = dataUrl("placeholder thumbnail", QStringLiteral("image/jpeg"));
        QString message;
        QCOMPARE(fetch(cache, text, &message), QByteArray());
        QVERIFY2(message.contains(QStringLiteral("not a picture")), qPrintable(message));
        QCOMPARE(stats(cache).count, 0);
        // Not asked for again.
        QCOMPARE(fetch(cache, text, &message), QByteArray());
        QCOMPARE(cache.networkFetches(), 1);

        QCOMPARE(fetch(cache, QUrl(), &message), QByteArray());
        QCOMPARE(message, QStringLiteral("The video has no thumbnail."));

        ThumbnailCacheOptions small = budget(100000);
        small.maxFileBytes = 500;
        ThumbnailCache strict(m_network, m_dir->filePath(QStringLiteral("other")), small);
        QCOMPARE(fetch(strict, dataUrl(picture('l', 2000)), &message), QByteArray());
        QVERIFY2(message.contains(QStringLiteral("too large")), qPrintable(message));
    }

    void aPictureThatDoesNotDecodeIsFetchedOnceMore()
    {
        ThumbnailCache cache(m_network, folder(), budget(100000));
        const QUrl url = dataUrl(picture('r'));
        QCOMPARE(fetch(cache, url), picture('r'));
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        QSignalSpy failed(&cache, &ThumbnailCache::failed);
        cache.reject(url);
        QTRY_COMPARE(ready.size(), 1);
        QCOMPARE(cache.networkFetches(), 2);
        cache.reject(url);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(stats(cache).count, 0);
        QVERIFY(!QFile::exists(fileOf(url)));
        QString message;
        QCOMPARE(fetch(cache, url, &message), QByteArray());
        QCOMPARE(cache.networkFetches(), 2);
    }

    void workingOfflineServesTheDiskAndHoldsTheRest()
    {
        ThumbnailCache cache(m_network, folder(), budget(100000));
        const QUrl kept = dataUrl(picture('k'));
        const QUrl later = dataUrl(picture('w'));
        QCOMPARE(fetch(cache, kept), picture('k'));
        QCOMPARE(cache.networkFetches(), 1);

        Network::OfflineMode::setOn(true);
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        QSignalSpy failed(&cache, &ThumbnailCache::failed);
        cache.request(later);
        // Asked after `later`, answered from the disk after `later` was
        // looked up there: by then it would have been fetched.
        QCOMPARE(fetch(cache, kept), picture('k'));
        QCOMPARE(cache.networkFetches(), 1);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(failed.size(), 0);

        // Online again: what waited is fetched, not failed.
        Network::OfflineMode::setOn(false);
        QTRY_COMPARE(ready.size(), 2);
        QCOMPARE(ready.last().at(0).toUrl(), later);
        QCOMPARE(cache.networkFetches(), 2);
        QCOMPARE(failed.size(), 0);
    }

    void unusableFolderStillServesFromTheNetwork()
    {
        QFile blocker(m_dir->filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ThumbnailCache cache(m_network, blocker.fileName() + QStringLiteral("/thumbnails"), budget(100000));
        QCOMPARE(fetch(cache, dataUrl(picture('n'))), picture('n'));
        QVERIFY(!stats(cache).available);
    }

    void aSecondOwnerOfTheFolderKeepsNothingOnDisk()
    {
        ThumbnailCache first(m_network, folder(), budget(100000));
        const QUrl kept = dataUrl(picture('f'));
        QCOMPARE(fetch(first, kept), picture('f'));
        QVERIFY(stats(first).available);
        QVERIFY(QFile::exists(fileOf(kept)));
        {
            // A second program on the same folder neither counts against the
            // first one's budget nor deletes what the first one keeps.
            ThumbnailCache second(m_network, folder(), budget(10));
            QCOMPARE(fetch(second, dataUrl(picture('s'))), picture('s'));
            QVERIFY(!stats(second).available);
            QVERIFY(!QFile::exists(fileOf(dataUrl(picture('s')))));
        }
        QVERIFY(QFile::exists(fileOf(kept)));
        QCOMPARE(stats(first).count, 1);
    }

    void overHttpRefusalsAreFinalAndABusyServerPausesTheQueue()
    {
        using Answer = TestSupport::LoopbackHttpServer::Answer;
        const QHash<QString, Answer> answers {
            {QStringLiteral("/a.jpg"), {"200 OK", "image/jpeg", picture('a'), {}, 0}},
            {QStringLiteral("/busy.jpg"),
             {"503 Service Unavailable", "text/plain", {}, "Retry-After: 2\r\n", 0}},
            {QStringLiteral("/b.jpg"), {"200 OK", "image/jpeg", picture('b'), {}, 0}}};
        TestSupport::LoopbackHttpServer server([&](const TestSupport::LoopbackHttpServer::Request &request) {
            return answers.value(request.url().path(), Answer {"404 Not Found", "text/plain", {}, {}, 0});
        });
        QVERIFY(server.listen());
        ThumbnailCache cache(m_network, folder(), budget(100000));
        QCOMPARE(fetch(cache, server.url(QStringLiteral("/a.jpg"))), picture('a'));

        // 404: final, not asked again.
        QString message;
        QCOMPARE(fetch(cache, server.url(QStringLiteral("/gone.jpg")), &message), QByteArray());
        QVERIFY2(message.startsWith(QStringLiteral("The thumbnail could not be fetched: ")),
                 qPrintable(message));
        QCOMPARE(fetch(cache, server.url(QStringLiteral("/gone.jpg"))), QByteArray());
        QCOMPARE(server.requests(QStringLiteral("/gone.jpg")), 1);

        // 503 with Retry-After: 2 holds back every other fetch for that long.
        QCOMPARE(fetch(cache, server.url(QStringLiteral("/busy.jpg"))), QByteArray());
        QElapsedTimer waited;
        waited.start();
        QSignalSpy ready(&cache, &ThumbnailCache::ready);
        cache.request(server.url(QStringLiteral("/b.jpg")));
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
        // Asked once, and not before the pause was over.
        QCOMPARE(server.requests(QStringLiteral("/b.jpg")), 1);
        QCOMPARE(ready.first().at(1).toByteArray(), picture('b'));
        QVERIFY2(waited.elapsed() >= 1000, qPrintable(QString::number(waited.elapsed())));
        // On disk now: served without asking the server again.
        QCOMPARE(fetch(cache, server.url(QStringLiteral("/b.jpg"))), picture('b'));
        QCOMPARE(server.requests(QStringLiteral("/b.jpg")), 1);
    }

    void onlyWebAddressesAreFetched()
    {
        QFile local(m_dir->filePath(QStringLiteral("secret.jpg")));
        QVERIFY(local.open(QIODevice::WriteOnly));
        local.write(picture('x'));
        local.close();
        ThumbnailCache cache(m_network, folder(), budget(100000));
        QString message;
        QCOMPARE(fetch(cache, QUrl::fromLocalFile(local.fileName()), &message), QByteArray());
        QCOMPARE(message, QStringLiteral("The thumbnail's address is not a web address."));
        QCOMPARE(fetch(cache, QUrl(QStringLiteral("qrc:/icons/app.svg"))), QByteArray());
        QCOMPARE(cache.networkFetches(), 0);
    }
};

QTEST_GUILESS_MAIN(TestThumbnailCache)
#include "tst_thumbnailcache.moc"
