#include "core/downloads/queuestore.h"
#include "core/storage/database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Downloads;

namespace {

DownloadRecord sample(const QString &videoId, const QString &fileName)
{
    DownloadRecord r;
    r.videoId = videoId;
    r.renditionId = QStringLiteral("r-xdcam");
    r.title = QStringLiteral("Réunion des ministres");
    r.label = QStringLiteral("Broadcast HD 1080i50, XDCAM HD422 50 Mb/s");
    r.fileName = fileName;
    r.destDir = QStringLiteral("/srv/footage");
    r.sizeBytes = 4'000'000'000;
    r.sha256 = QByteArray(64, 'a');
    r.url = QStringLiteral("https://cdn.example.org/media/x?sig=1");
    r.urlExpiresAt = QDateTime(QDate(2026, 11, 26), QTime(18, 0), QTimeZone::utc());
    r.metadataJson = R"({"id":"v","renditions":[]})";
    return r;
}

QList<qint64> ids(const QList<DownloadRecord> &records)
{
    QList<qint64> result;
    for (const auto &r : records)
        result << r.id;
    return result;
}

} // namespace

class TestQueueStore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("queue.sqlite")); }

private slots:
    void init() { QFile::remove(path()); }

    void addKeepsOrderAndSurvivesReopen()
    {
        {
            auto store = QueueStore::open(path());
            QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
            for (int i = 1; i <= 3; ++i) {
                auto added = store.value()->add(
                    sample(QStringLiteral("v-%1").arg(i), QStringLiteral("clip%1.mxf").arg(i)));
                QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().message));
                QCOMPARE(added.value().position, i);
                QVERIFY(added.value().id > 0);
            }
        }
        auto reopened = QueueStore::open(path());
        QVERIFY(reopened.ok());
        const auto all = reopened.value()->all();
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 3);
        const DownloadRecord &first = all.value().first();
        QCOMPARE(first.videoId, QStringLiteral("v-1"));
        QCOMPARE(first.title, QStringLiteral("Réunion des ministres"));
        QCOMPARE(first.sizeBytes, 4'000'000'000LL);
        QCOMPARE(first.state, State::Queued);
        QCOMPARE(first.urlExpiresAt, QDateTime(QDate(2026, 11, 26), QTime(18, 0), QTimeZone::utc()));
        QCOMPARE(first.metadataJson, QByteArray(R"({"id":"v","renditions":[]})"));
    }

    void progressWithSegments()
    {
        auto store = std::move(QueueStore::open(path())).value();
        DownloadRecord record = store->add(sample(QStringLiteral("v"), QStringLiteral("a.mxf"))).value();
        record.etag = "\"abc\"";
        record.bytesDone = 3000;
        record.segments = {Segment {0, 0, 999, 1000}, Segment {1, 1000, 1999, 1500},
                           Segment {2, 2000, 2999, 500}};
        QVERIFY(store->saveProgress(record).ok());
        // A second save replaces the segments, never duplicates them.
        record.segments[2].done = 800;
        QVERIFY(store->saveProgress(record).ok());

        const auto found = store->find(record.id);
        QVERIFY(found.ok() && found.value().has_value());
        const DownloadRecord saved = *found.value();
        QCOMPARE(saved.etag, QByteArray("\"abc\""));
        QCOMPARE(saved.bytesDone, 3000);
        QCOMPARE(saved.segments.size(), 3);
        QCOMPARE(saved.segments.at(2).done, 800);
        QVERIFY(saved.segments.at(0).finished());
        QVERIFY(!saved.segments.at(2).finished());
    }

    void statesAndRecovery()
    {
        auto store = std::move(QueueStore::open(path())).value();
        const qint64 a = store->add(sample(QStringLiteral("a"), QStringLiteral("a.mxf"))).value().id;
        const qint64 b = store->add(sample(QStringLiteral("b"), QStringLiteral("b.mxf"))).value().id;
        QVERIFY(store->setState(a, State::Active).ok());
        QVERIFY(
            store->setState(b, State::Failed, QStringLiteral("network_error"), QStringLiteral("unreachable"))
                .ok());
        const auto requeued = store->requeueInterrupted();
        QVERIFY(requeued.ok());
        QCOMPARE(requeued.value(), 1);
        QCOMPARE(store->find(a).value()->state, State::Queued);
        const DownloadRecord failed = *store->find(b).value();
        QCOMPARE(failed.state, State::Failed);
        QCOMPARE(failed.errorCode, QStringLiteral("network_error"));
        QCOMPARE(failed.errorMessage, QStringLiteral("unreachable"));
    }

    void completionClearsSegmentsAndFreesTheName()
    {
        auto store = std::move(QueueStore::open(path())).value();
        DownloadRecord record = store->add(sample(QStringLiteral("v"), QStringLiteral("a.mxf"))).value();
        QVERIFY(store->targetInUse(QStringLiteral("/srv/footage"), QStringLiteral("a.mxf")).value());
        QVERIFY(!store->targetInUse(QStringLiteral("/srv/footage"), QStringLiteral("b.mxf")).value());
        record.segments = {Segment {0, 0, 10, 0}};
        QVERIFY(store->saveProgress(record).ok());
        QVERIFY(store->markCompleted(record.id, QStringLiteral("a (2).mxf")).ok());
        const DownloadRecord done = *store->find(record.id).value();
        QCOMPARE(done.state, State::Completed);
        QCOMPARE(done.fileName, QStringLiteral("a (2).mxf"));
        QCOMPARE(done.bytesDone, done.sizeBytes);
        QVERIFY(done.segments.isEmpty());
        QVERIFY(done.finishedAt.isValid());
        QVERIFY(!store->targetInUse(QStringLiteral("/srv/footage"), QStringLiteral("a (2).mxf")).value());
    }

    void reorder()
    {
        auto store = std::move(QueueStore::open(path())).value();
        QList<qint64> added;
        for (const char *name : {"a", "b", "c", "d"})
            added << store->add(sample(QString::fromLatin1(name), QString::fromLatin1(name))).value().id;
        const qint64 a = added[0], b = added[1], c = added[2], d = added[3];

        QVERIFY(store->move(c, QueueStore::Move::Top).ok());
        QCOMPARE(ids(store->all().value()), (QList<qint64> {c, a, b, d}));
        QVERIFY(store->move(c, QueueStore::Move::Up).ok()); // already first
        QCOMPARE(ids(store->all().value()), (QList<qint64> {c, a, b, d}));
        QVERIFY(store->move(a, QueueStore::Move::Down).ok());
        QCOMPARE(ids(store->all().value()), (QList<qint64> {c, b, a, d}));
        QVERIFY(store->move(c, QueueStore::Move::Bottom).ok());
        QCOMPARE(ids(store->all().value()), (QList<qint64> {b, a, d, c}));
        QVERIFY(store->moveBefore(c, b).ok());
        QCOMPARE(ids(store->all().value()), (QList<qint64> {c, b, a, d}));
        QVERIFY(store->moveBefore(c, 0).ok());
        QCOMPARE(ids(store->all().value()), (QList<qint64> {b, a, d, c}));
        const auto missing = store->move(999, QueueStore::Move::Up);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, QStringLiteral("not_found"));
    }

    void upgradeNotesWhichPartialFilesDownloadsMade()
    {
        // A queue of the first schema knew no part_created: a download with
        // bytes saved made its partial file; one without had not yet.
        qint64 started = 0;
        qint64 segmented = 0;
        qint64 waiting = 0;
        {
            auto store = QueueStore::open(path());
            QVERIFY(store.ok());
            DownloadRecord one =
                store.value()->add(sample(QStringLiteral("v-1"), QStringLiteral("a.mxf"))).value();
            one.bytesDone = 1000;
            QVERIFY(store.value()->saveProgress(one).ok());
            DownloadRecord two =
                store.value()->add(sample(QStringLiteral("v-2"), QStringLiteral("b.mxf"))).value();
            two.segments = {Segment {0, 0, 99, 0}, Segment {1, 100, 199, 40}};
            QVERIFY(store.value()->saveProgress(two).ok());
            waiting = store.value()->add(sample(QStringLiteral("v-3"), QStringLiteral("c.mxf"))).value().id;
            started = one.id;
            segmented = two.id;
        }
        {
            // Back to the first schema, as an older version left it.
            auto db = Storage::Database::open(path());
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec(QStringLiteral("ALTER TABLE downloads DROP COLUMN part_created")).ok());
            QVERIFY(db.value()->exec(QStringLiteral("ALTER TABLE downloads DROP COLUMN needed_by")).ok());
            QVERIFY(db.value()->exec(QStringLiteral("PRAGMA user_version = 1")).ok());
        }
        auto store = QueueStore::open(path());
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        QVERIFY(store.value()->find(started).value()->partCreated);
        QVERIFY(store.value()->find(segmented).value()->partCreated);
        QVERIFY(!store.value()->find(waiting).value()->partCreated);
    }

    void removeTakesItsSegments()
    {
        auto store = std::move(QueueStore::open(path())).value();
        DownloadRecord record = store->add(sample(QStringLiteral("v"), QStringLiteral("a.mxf"))).value();
        record.segments = {Segment {0, 0, 10, 5}};
        QVERIFY(store->saveProgress(record).ok());
        QVERIFY(store->remove(record.id).ok());
        QVERIFY(store->all().value().isEmpty());
        // Another download reusing the id space starts without stale segments.
        DownloadRecord next = store->add(sample(QStringLiteral("w"), QStringLiteral("b.mxf"))).value();
        QVERIFY(store->find(next.id).value()->segments.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQueueStore)
#include "tst_queuestore.moc"
