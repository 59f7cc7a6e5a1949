// The clip library's store: opening and migrating the file, clips from
// downloads, tags, notes and collections, filters and sorting, removal,
// status, relinking and verification batches. Search is in tst_librarysearch.

#include "tests/unit/librarystorekit.h"

class TestLibraryStore final : public LibraryStoreTest
{
    Q_OBJECT

private slots:
    void init() { removeFiles(); }

    void opensAtTheLatestVersion()
    {
        {
            auto store = openStore();
            QVERIFY(store);
        }
        auto db = Storage::Database::open(path());
        QVERIFY(db.ok());
        QCOMPARE(Storage::Migrator::userVersion(*db.value()).value(), 4);
        QCOMPARE(db.value()->pragma(u"journal_mode"_s).value(), u"wal"_s);
        QCOMPARE(schemaMigrations().size(), 4);
    }

    void refusesANewerDatabase()
    {
        QVERIFY(openStore());
        execOnFile(u"PRAGMA user_version = 99"_s);
        auto store = LibraryStore::open(path());
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, u"database_too_new"_s);
    }

    void clipFromDownload()
    {
        const Downloads::DownloadRecord record = completedDownload(m_dir.filePath(u"media"_s));
        auto built = Clip::fromDownload(record);
        VERIFY_OK(built);
        const Clip &c = built.value();
        QCOMPARE(c.title, u"Réunion des ministres de la Défense"_s);
        QCOMPARE(c.filePath, QDir::cleanPath(m_dir.filePath(u"media/reunion.mxf"_s)));
        QVERIFY(QFileInfo(c.filePath).isAbsolute());
        // The rendition that was downloaded, not the first nor the best.
        QCOMPARE(c.container, u"mxf"_s);
        QCOMPARE(c.videoCodec, u"mpeg2video"_s);
        QCOMPARE(c.width, 1920);
        QCOMPARE(c.height, 1080);
        QCOMPARE(c.frameRate, u"25"_s);
        QCOMPARE(c.durationMs, 95'000);
        QCOMPARE(c.location, u"Bruxelles, Belgique"_s);
        QCOMPARE(c.credit, u"EU Council"_s);
        QCOMPARE(c.usageTerms, u"Free for news use"_s);
        QCOMPARE(c.publishedAt, QDateTime(QDate(2025, 3, 2), QTime(9, 30), QTimeZone::utc()));
        QCOMPARE(c.downloadedAt, at(3, 10));
        QCOMPARE(c.tags, (QStringList {u"Défense"_s, u"Union européenne"_s}));
        QCOMPARE(c.sha256, hexOf(2));
        QCOMPARE(c.status, Status::Ok);
        QCOMPARE(c.lastVerifiedAt, at(3, 10));
        QCOMPARE(c.metadataJson, record.metadataJson);

        Downloads::DownloadRecord unfinished = record;
        unfinished.state = Downloads::State::Paused;
        auto refused = Clip::fromDownload(unfinished);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"not_completed"_s);

        // A snapshot that does not parse still leaves a verified file in the library.
        Downloads::DownloadRecord odd = record;
        odd.metadataJson = "not json";
        auto fallback = Clip::fromDownload(odd);
        VERIFY_OK(fallback);
        QCOMPARE(fallback.value().title, u"Réunion des ministres"_s);
        QCOMPARE(fallback.value().container, u"mxf"_s);
        QCOMPARE(fallback.value().sizeBytes, 4'000'000);
    }

    void addFromDownloadIsIdempotentPerFile()
    {
        auto store = openStore();
        QVERIFY(store);
        const Downloads::DownloadRecord record = completedDownload(m_dir.filePath(u"media"_s));
        auto first = store->addFromDownload(record);
        VERIFY_OK(first);
        QVERIFY(first.value().id > 0);
        QCOMPARE(first.value().tags, (QStringList {u"Défense"_s, u"Union européenne"_s}));
        VERIFY_OK(store->setUserTags(first.value().id, {u"à monter"_s}));
        VERIFY_OK(store->setNote(first.value().id, u"Bon plan de coupe à 00:12"_s));

        // The same file again (a repeated completion, a rebuilt library):
        // the clip is refreshed, never doubled, and keeps what was added to it.
        Downloads::DownloadRecord again = record;
        again.finishedAt = at(4, 8);
        again.title = u"ignored"_s;
        auto second = store->addFromDownload(again);
        VERIFY_OK(second);
        QCOMPARE(second.value().id, first.value().id);
        QCOMPARE(second.value().downloadedAt, at(4, 8));
        QCOMPARE(second.value().userTags, QStringList {u"à monter"_s});
        QCOMPARE(second.value().note, u"Bon plan de coupe à 00:12"_s);
        QCOMPARE(countOf(*store, {}), 1);
        // A path written differently is still the same file.
        Clip samePath = second.value();
        samePath.filePath = m_dir.filePath(u"media/./sub/../reunion.mxf"_s);
        QCOMPARE(store->addClip(samePath).value().id, first.value().id);
        QCOMPARE(countOf(*store, {}), 1);

        // A copy in another folder is another file, hence another clip.
        Downloads::DownloadRecord copy = record;
        copy.destDir = m_dir.filePath(u"elsewhere"_s);
        auto other = store->addFromDownload(copy);
        VERIFY_OK(other);
        QVERIFY(other.value().id != first.value().id);
        QCOMPARE(countOf(*store, {}), 2);
        const auto byHash = store->findBySha256(hexOf(2).toUpper());
        VERIFY_OK(byHash);
        QCOMPARE(byHash.value().size(), 2);
        const auto byPath = store->findByFilePath(copy.targetPath());
        VERIFY_OK(byPath);
        QVERIFY(byPath.value().has_value());
        QCOMPARE(byPath.value()->id, other.value().id);

        // Refreshing re-indexes: the old words are gone, the new ones found.
        Clip renamed = second.value();
        renamed.title = u"Sommet de l'OTAN"_s;
        VERIFY_OK(store->addClip(renamed));
        QCOMPARE(search(*store, u"otan"_s), QList<qint64> {first.value().id});
        QCOMPARE(search(*store, u"réunion"_s), QList<qint64> {other.value().id});
        QVERIFY(store->checkIntegrity().value().isEmpty());
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("from version 1") << 1;
        QTest::newRow("from version 2") << 2;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        {
            auto db = Storage::Database::open(path());
            QVERIFY(db.ok());
            const Storage::Migrator earlier(schemaMigrations().mid(0, version));
            VERIFY_OK(earlier.migrate(*db.value()));
            QCOMPARE(Storage::Migrator::userVersion(*db.value()).value(), version);
        }
        const QByteArray metadata = videoJson(u"Réunion des ministres"_s, defaultShotlist(), {});
        // Rows as the program of that version wrote them; two clips finished
        // in the same millisecond must still get distinct download keys.
        const QString insert = version == 1
            ? u"INSERT INTO clips (video_id, title, sort_title, description, downloaded_at, file_path, "
              "size_bytes, sha256, container, duration_ms, status, portal_tags, metadata) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
            : u"INSERT INTO clips (video_id, title, sort_title, description, downloaded_at, file_path, "
              "size_bytes, sha256, container, duration_ms, status, note, metadata) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        const qint64 sameMs = at(5).toMSecsSinceEpoch();
        execOnFile(insert,
                   {u"v-a"_s, u"Réunion des ministres"_s, u"reunion des ministres"_s,
                    u"Sécurité à Bruxelles"_s, sameMs, file(u"a.mxf"_s), 4000, QString::fromLatin1(hexOf(7)),
                    u"mxf"_s, 95'000, u"ok"_s, version == 1 ? u"[\"Défense\",\"OTAN\"]"_s : u"à vérifier"_s,
                    metadata});
        execOnFile(insert,
                   {u"v-b"_s, u"Flood in Valencia"_s, u"flood in valencia"_s, u"Rescue teams"_s, sameMs,
                    file(u"b.mp4"_s), 1000, QString::fromLatin1(hexOf(8)), u"mp4"_s, 30'000, u"missing"_s,
                    version == 1 ? u"not a json array"_s : u"."_s, QByteArray()});
        if (version >= 2) {
            execOnFile(u"INSERT INTO tags (id, name) VALUES (1, 'Défense'), (2, 'OTAN'), (3, 'urgent')"_s);
            execOnFile(u"INSERT INTO clip_tags (clip_id, source, tag_id) "
                       "VALUES (1, 'portal', 1), (1, 'portal', 2), (1, 'user', 3)"_s);
            execOnFile(u"INSERT INTO collections (id, name, created_at) VALUES (1, 'Sommet', 0)"_s);
            execOnFile(u"INSERT INTO clip_collections (collection_id, clip_id, added_at) VALUES (1, 1, 0)"_s);
        }

        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(scalar(u"PRAGMA user_version"_s), 4);
        QVERIFY(QFile::exists(path() + u".v%1.bak"_s.arg(version)));

        const auto a = store->find(1);
        VERIFY_OK(a);
        QVERIFY(a.value().has_value());
        QCOMPARE(a.value()->title, u"Réunion des ministres"_s);
        QCOMPARE(a.value()->downloadedAt, at(5));
        QCOMPARE(a.value()->sizeBytes, 4000);
        QCOMPARE(a.value()->sha256, hexOf(7));
        QCOMPARE(a.value()->tags, (QStringList {u"Défense"_s, u"OTAN"_s}));
        QCOMPARE(a.value()->metadataJson, metadata);
        QCOMPARE(store->find(2).value()->status, Status::Missing);
        QVERIFY(store->find(2).value()->tags.isEmpty());

        // Everything that was there is searchable: title, description, shot
        // list and portal tags (and, from version 2, notes and user tags).
        QCOMPARE(search(*store, u"reunion"_s), QList<qint64> {1});
        QCOMPARE(search(*store, u"securite bruxelles"_s), QList<qint64> {1});
        QCOMPARE(search(*store, u"kallas"_s), QList<qint64> {1});
        QCOMPARE(search(*store, u"otan"_s), QList<qint64> {1});
        QCOMPARE(search(*store, u"valencia"_s), QList<qint64> {2});
        if (version >= 2) {
            QCOMPARE(search(*store, u"verifier"_s), QList<qint64> {1});
            QCOMPARE(search(*store, u"urgent"_s), QList<qint64> {1});
            QCOMPARE(store->find(1).value()->userTags, QStringList {u"urgent"_s});
            QCOMPARE(store->find(1).value()->note, u"à vérifier"_s);
            Query inCollection;
            inCollection.collectionId = 1;
            QCOMPARE(ids(store->page(inCollection, 0, 10).value()), QList<qint64> {1});
        }
        Query tagged;
        tagged.tag = u"otan"_s;
        QCOMPARE(ids(store->page(tagged, 0, 10).value()), QList<qint64> {1});

        // Same millisecond: both listed, in a stable order, newest id first.
        QCOMPARE(ids(store->page({}, 0, 10).value()), (QList<qint64> {2, 1}));

        // The migrated library takes new clips and keeps its index in step.
        VERIFY_OK(store->addClip(clip(file(u"c.mp4"_s), u"Sécurité routière"_s, at(6))));
        QCOMPARE(search(*store, u"securite"_s).size(), 2);
        VERIFY_OK(store->remove(1));
        QCOMPARE(search(*store, u"securite"_s).size(), 1);
        QVERIFY2(store->checkIntegrity().value().isEmpty(),
                 qPrintable(store->checkIntegrity().value().join(u'\n')));
    }

    void removeCascades()
    {
        auto store = openStore();
        QVERIFY(store);
        Clip a = clip(file(u"a.mp4"_s), u"Marée noire"_s);
        a.tags = {u"Environnement"_s};
        a.userTags = {u"à garder"_s};
        a.note = u"Pétrole sur la plage"_s;
        const qint64 idA = store->addClip(a).value().id;
        QCOMPARE(store->find(idA).value()->userTags, QStringList {u"à garder"_s});
        const qint64 idB = store->addClip(clip(file(u"b.mp4"_s), u"Marée haute"_s)).value().id;
        const qint64 collection = store->createCollection(u"Côtes"_s).value().id;
        VERIFY_OK(store->addToCollection(collection, {idA, idB}));

        VERIFY_OK(store->requestDelivery(idA, u"/srv/ingest"_s));
        VERIFY_OK(store->remove(idA));
        QVERIFY(!store->find(idA).value().has_value());
        QVERIFY(!store->delivery(idA).value().has_value());
        QCOMPARE(search(*store, u"maree"_s), QList<qint64> {idB});
        QCOMPARE(search(*store, u"petrole"_s), QList<qint64> {});
        QCOMPARE(search(*store, u"environnement"_s), QList<qint64> {});
        QCOMPARE(scalar(u"SELECT count(*) FROM clip_tags WHERE clip_id = %1"_s.arg(idA)), 0);
        QCOMPARE(scalar(u"SELECT count(*) FROM clip_collections WHERE clip_id = %1"_s.arg(idA)), 0);
        QCOMPARE(store->collections().value().first().clipCount, 1);
        // The file itself is the caller's business.
        QVERIFY(store->remove(idA).ok());
        QVERIFY(store->checkIntegrity().value().isEmpty());
    }

    void deliveriesAreKeptUntilDone()
    {
        auto store = openStore();
        QVERIFY(store);
        const qint64 a = store->addClip(clip(file(u"a.mxf"_s), u"Arrivée"_s)).value().id;
        const qint64 b = store->addClip(clip(file(u"b.mxf"_s), u"Départ"_s)).value().id;
        QVERIFY(store->pendingDeliveries().value().isEmpty());
        VERIFY_OK(store->requestDelivery(a, u"/srv/ingest/"_s));
        VERIFY_OK(store->requestDelivery(b, u"/srv/ingest"_s));
        auto pending = store->pendingDeliveries();
        VERIFY_OK(pending);
        QCOMPARE(pending.value().size(), 2);
        QCOMPARE(pending.value().first().clipId, a); // oldest first
        QCOMPARE(pending.value().first().folder, u"/srv/ingest"_s);

        // A failed try stays pending, with its reason.
        VERIFY_OK(store->recordDeliveryProblem(a, u"The watch folder /srv/ingest does not exist."_s));
        QCOMPARE(store->pendingDeliveries().value().size(), 2);
        QCOMPARE(store->delivery(a).value()->problem, u"The watch folder /srv/ingest does not exist."_s);
        VERIFY_OK(store->recordDelivered(a, u"/srv/ingest/a.mxf"_s));
        const auto done = store->delivery(a).value();
        QVERIFY(done && done->isDelivered());
        QCOMPARE(done->deliveredPath, u"/srv/ingest/a.mxf"_s);
        QVERIFY(done->problem.isEmpty());
        QVERIFY(done->deliveredAt.isValid());
        QCOMPARE(store->pendingDeliveries().value().size(), 1);
        QCOMPARE(store->pendingDeliveries().value().first().clipId, b);

        // Asking again starts over, into the folder asked for now.
        VERIFY_OK(store->requestDelivery(a, u"/srv/playout"_s));
        const auto again = store->delivery(a).value();
        QVERIFY(again && !again->isDelivered());
        QCOMPARE(again->folder, u"/srv/playout"_s);
        QCOMPARE(store->pendingDeliveries().value().size(), 2);
    }

    void statusRelinkAndVerificationBatches()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<qint64> clipIds;
        for (int i = 0; i < 5; ++i)
            clipIds << store->addClip(clip(file(u"f%1.mp4"_s.arg(i)), u"Clip %1"_s.arg(i))).value().id;

        VERIFY_OK(store->setStatus(clipIds[1], Status::Missing, at(9)));
        Clip missing = *store->find(clipIds[1]).value();
        QCOMPARE(missing.status, Status::Missing);
        QCOMPARE(missing.lastVerifiedAt, at(9));
        QCOMPARE(store->setStatus(999, Status::Ok, at(9)).error().code, u"not_found"_s);

        QCOMPARE(store->setFilePath(clipIds[1], file(u"f2.mp4"_s)).error().code, u"path_in_use"_s);
        VERIFY_OK(store->setFilePath(clipIds[1], m_dir.filePath(u"moved/../moved/f1.mp4"_s)));
        missing = *store->find(clipIds[1]).value();
        QCOMPARE(missing.filePath, m_dir.filePath(u"moved/f1.mp4"_s));
        QCOMPARE(missing.status, Status::Unverified);
        QCOMPARE(store->setFilePath(999, file(u"x.mp4"_s)).error().code, u"not_found"_s);

        QList<FileEntry> seen;
        qint64 after = 0;
        for (;;) {
            auto batch = store->files(after, 2);
            VERIFY_OK(batch);
            if (batch.value().isEmpty())
                break;
            seen += batch.value();
            after = batch.value().last().id;
        }
        QCOMPARE(seen.size(), 5);
        QCOMPARE(seen.at(1).filePath, m_dir.filePath(u"moved/f1.mp4"_s));
        QCOMPARE(seen.at(1).status, Status::Unverified);
        QCOMPARE(seen.at(0).sha256, store->find(clipIds[0]).value()->sha256);
        QCOMPARE(seen.at(0).sizeBytes, 1000);
    }
};

QTEST_GUILESS_MAIN(TestLibraryStore)
#include "tst_librarystore.moc"
