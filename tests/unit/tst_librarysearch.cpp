// The clip library's search: accents and case folded, every text field,
// search syntax taken as words, completion of the word being typed,
// relevance, and counts that match the pages.

#include "tests/unit/librarystorekit.h"

class TestLibrarySearch final : public LibraryStoreTest
{
    Q_OBJECT

private slots:
    void init() { removeFiles(); }

    void searchFoldsAccentsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        QTest::newRow("unaccented query, accented text")
            << u"Sécurité renforcée à l'Élysée"_s << u"securite"_s << true;
        QTest::newRow("accented query, unaccented text") << u"securite du site"_s << u"sécurité"_s << true;
        QTest::newRow("capital accent") << u"Ministère de la Défense"_s << u"defense"_s << true;
        QTest::newRow("upper case query") << u"ministère de la défense"_s << u"DÉFENSE"_s << true;
        QTest::newRow("Élysée") << u"Conseil des ministres à l'Élysée"_s << u"elysee"_s << true;
        QTest::newRow("cédille") << u"Garçon"_s << u"garcon"_s << true;
        QTest::newRow("prefix while typing") << u"Sécurité nucléaire"_s << u"nucl"_s << true;
        QTest::newRow("accented prefix") << u"securite nucleaire"_s << u"nuclé"_s << true;
        QTest::newRow("two words, any order")
            << u"Inondations à Valence"_s << u"valence inondations"_s << true;
        QTest::newRow("two words, one missing")
            << u"Inondations à Valence"_s << u"valence incendie"_s << false;
        QTest::newRow("finished word is not a prefix") << u"Sécurité nucléaire"_s << u"nucl "_s << false;
        QTest::newRow("elision") << u"L'armée de l'air"_s << u"armee"_s << true;
        QTest::newRow("decomposed accents") << u"Se\u0301curite\u0301 civile"_s << u"sécurité"_s << true;
        QTest::newRow("decomposed query") << u"Sécurité civile"_s << u"se\u0301curite\u0301"_s << true;
        QTest::newRow("English") << u"Ministers meet in Brussels"_s << u"brussels ministers"_s << true;
        QTest::newRow("hyphenated name") << u"Jean-Noël Barrot à Kyiv"_s << u"jean-noel"_s << true;
        QTest::newRow("no match") << u"Sécurité"_s << u"défense"_s << false;
    }

    void searchFoldsAccentsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, found);
        auto store = openStore();
        QVERIFY(store);
        const qint64 id = store->addClip(clip(file(u"a.mp4"_s), text)).value().id;
        VERIFY_OK(store->addClip(clip(file(u"other.mp4"_s), u"Autre sujet"_s)));
        QCOMPARE(search(*store, query), found ? QList<qint64> {id} : QList<qint64> {});
        Query counted;
        counted.text = query;
        QCOMPARE(countOf(*store, counted), found ? 1 : 0);
    }

    void searchesEveryTextField()
    {
        auto store = openStore();
        QVERIFY(store);
        auto added = store->addFromDownload(completedDownload(m_dir.filePath(u"media"_s)));
        VERIFY_OK(added);
        VERIFY_OK(store->addClip(clip(file(u"other.mp4"_s), u"Autre sujet"_s)));
        const QList<qint64> only {added.value().id};
        QCOMPARE(search(*store, u"ministres"_s), only); // title
        QCOMPARE(search(*store, u"reunissent"_s), only); // description
        QCOMPARE(search(*store, u"salle conseil"_s), only); // shot list
        QCOMPARE(search(*store, u"kallas"_s), only); // shot list speaker
        QCOMPARE(search(*store, u"europeenne union"_s), only); // portal tags
        QCOMPARE(search(*store, u"belgique"_s), only); // location
        QCOMPARE(search(*store, u"eu council"_s), QList<qint64> {}); // credit is not searched
    }

    void searchSyntaxIsNeverObeyed_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expression");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << u"   "_s << QString();
        QTest::newRow("quote") << u"\""_s << QString();
        QTest::newRow("quotes") << u"\"\"\"\""_s << QString();
        QTest::newRow("star") << u"*"_s << QString();
        QTest::newRow("punctuation") << u"!?;:,.()[]{}^-+*'\"\\/"_s << QString();
        QTest::newRow("lone accent") << u"\u0301"_s << QString();
        QTest::newRow("AND") << u"AND"_s << u"\"AND\"*"_s;
        QTest::newRow("a AND b") << u"sécurité AND défense"_s
                                 << u"\"sécurité\" AND \"AND\" AND \"défense\"*"_s;
        QTest::newRow("OR") << u"rock OR roll"_s << u"\"rock\" AND \"OR\" AND \"roll\"*"_s;
        QTest::newRow("NOT") << u"NOT x"_s << u"\"NOT\" AND \"x\""_s;
        QTest::newRow("column filter") << u"title:x"_s << u"\"title\" AND \"x\""_s;
        QTest::newRow("column set") << u"{title description}: rock"_s
                                    << u"\"title\" AND \"description\" AND \"rock\"*"_s;
        QTest::newRow("NEAR(") << u"NEAR("_s << u"\"NEAR\""_s;
        QTest::newRow("NEAR group") << u"NEAR(rock roll, 2)"_s
                                    << u"\"NEAR\" AND \"rock\" AND \"roll\" AND \"2\""_s;
        QTest::newRow("unbalanced quote") << u"\"rock roll"_s << u"\"rock\" AND \"roll\"*"_s;
        QTest::newRow("caret") << u"^rock"_s << u"\"rock\"*"_s;
        QTest::newRow("minus") << u"-rock"_s << u"\"rock\"*"_s;
        QTest::newRow("SQL") << u"'); DROP TABLE clips; --"_s << u"\"DROP\" AND \"TABLE\" AND \"clips\""_s;
        QTest::newRow("two letters are no prefix") << u"rock ro"_s << u"\"rock\" AND \"ro\""_s;
        QTest::newRow("one letter is no prefix") << u"rock r"_s << u"\"rock\" AND \"r\""_s;
    }

    void searchSyntaxIsNeverObeyed()
    {
        QFETCH(QString, query);
        QFETCH(QString, expression);
        QCOMPARE(SearchText::matchExpression(query), expression);

        auto store = openStore();
        QVERIFY(store);
        VERIFY_OK(store->addClip(clip(file(u"a.mp4"_s), u"Rock and roll near the title"_s)));
        VERIFY_OK(store->addClip(clip(file(u"b.mp4"_s), u"Sécurité et défense"_s)));
        Query q;
        q.text = query;
        for (const SortColumn sort : {SortColumn::Relevance, SortColumn::DownloadedAt, SortColumn::Title}) {
            q.sort = sort;
            auto counted = store->count(q);
            VERIFY_OK(counted);
            auto rows = store->page(q, 0, 50);
            VERIFY_OK(rows);
            QCOMPARE(rows.value().size(), counted.value());
            if (expression.isEmpty())
                QCOMPARE(counted.value(), 2); // no text filter
        }
        QCOMPARE(scalar(u"SELECT count(*) FROM clips"_s), 2);
    }

    void completesTheWordBeingTyped()
    {
        const SearchText::Words typed = SearchText::words(u"Sécurité nucl"_s);
        QCOMPARE(typed.words, (QStringList {u"Sécurité"_s, u"nucl"_s}));
        QVERIFY(typed.lastIsPrefix);
        QCOMPARE(SearchText::matchExpression(typed, QStringList {u"nucleaire"_s, u"nucleon"_s}),
                 u"\"Sécurité\" AND (\"nucleaire\" OR \"nucleon\")"_s);
        QCOMPARE(SearchText::matchExpression(typed, QStringList {u"nucleaire"_s}),
                 u"\"Sécurité\" AND \"nucleaire\""_s);
        QCOMPARE(SearchText::matchExpression(typed, QStringList {}), u"\"Sécurité\" AND \"nucl\"*"_s);

        auto store = openStore();
        QVERIFY(store);
        // 26 words that start with "zorga" and 52 with "zorg": the second is
        // too many to complete, and the store falls back to FTS5's prefix query.
        QList<Clip> clips;
        for (int i = 0; i < 52; ++i) {
            const QString word = u"zorg"_s + QChar(u'a' + i / 26) + QChar(u'a' + i % 26);
            clips << clip(file(u"z%1.mp4"_s.arg(i)), u"Sujet "_s + word + u" numéro "_s + word + u'x');
        }
        VERIFY_OK(store->addClips(clips));
        QCOMPARE(search(*store, u"zorga"_s).size(), 26);
        QCOMPARE(search(*store, u"zorg"_s).size(), 52);
        QCOMPARE(search(*store, u"ZORGB"_s).size(), 26);
        QCOMPARE(search(*store, u"sujet zorgaz"_s).size(), 1);
        QCOMPARE(search(*store, u"zorgaz "_s).size(), 1); // a finished word
        QCOMPARE(search(*store, u"zorgq"_s).size(), 0);
        Query counted;
        counted.text = u"numero zorg"_s;
        QCOMPARE(countOf(*store, counted), 52);

        // Words that arrive later (notes, user tags) complete as well.
        const qint64 id = store->find(1).value()->id;
        VERIFY_OK(store->setNote(id, u"Son médiocre"_s));
        VERIFY_OK(store->setUserTags(id, {u"Archivé"_s}));
        QCOMPARE(search(*store, u"medioc"_s), QList<qint64> {id});
        QCOMPARE(search(*store, u"archiv"_s), QList<qint64> {id});
    }

    void operatorsAreSearchedAsWords()
    {
        auto store = openStore();
        QVERIFY(store);
        const qint64 rock = store->addClip(clip(file(u"a.mp4"_s), u"Rock and roll"_s)).value().id;
        VERIFY_OK(store->addClip(clip(file(u"b.mp4"_s), u"Rock, paper"_s)));
        // "and" is a word of the title, not the operator (which would also
        // match the second clip).
        QCOMPARE(search(*store, u"rock AND roll"_s), QList<qint64> {rock});
        QCOMPARE(search(*store, u"rock OR nothing"_s), QList<qint64> {});
        QCOMPARE(search(*store, u"title:rock"_s), QList<qint64> {});
    }

    void tagsNotesAndCollections()
    {
        auto store = openStore();
        QVERIFY(store);
        Clip a = clip(file(u"a.mp4"_s), u"Sommet européen"_s, at(1));
        a.tags = {u"Europe"_s, u"Politique"_s, u"europe"_s, u"  "_s};
        const qint64 idA = store->addClip(a).value().id;
        const qint64 idB = store->addClip(clip(file(u"b.mp4"_s), u"Inondations"_s, at(2))).value().id;
        QCOMPARE(store->find(idA).value()->tags, (QStringList {u"Europe"_s, u"Politique"_s}));

        VERIFY_OK(store->setUserTags(idB, {u"à monter"_s, u"Urgent"_s, u"urgent"_s}));
        VERIFY_OK(store->setNote(idB, u"Interview du maire à 01:20, son médiocre"_s));
        const Clip b = *store->find(idB).value();
        QCOMPARE(b.userTags, (QStringList {u"à monter"_s, u"Urgent"_s}));
        QCOMPARE(b.note, u"Interview du maire à 01:20, son médiocre"_s);
        QCOMPARE(search(*store, u"monter"_s), QList<qint64> {idB});
        QCOMPARE(search(*store, u"mediocre maire"_s), QList<qint64> {idB});
        QCOMPARE(search(*store, u"politique"_s), QList<qint64> {idA});

        Query byTag;
        byTag.tag = u"URGENT"_s;
        QCOMPARE(ids(store->page(byTag, 0, 10).value()), QList<qint64> {idB});
        QCOMPARE(countOf(*store, byTag), 1);
        byTag.tag = u"europe"_s;
        QCOMPARE(ids(store->page(byTag, 0, 10).value()), QList<qint64> {idA});

        // Replacing the tags replaces their words in the index too.
        VERIFY_OK(store->setUserTags(idB, {u"archive"_s}));
        QCOMPARE(search(*store, u"urgent"_s), QList<qint64> {});
        QCOMPARE(search(*store, u"archive"_s), QList<qint64> {idB});
        VERIFY_OK(store->setNote(idB, QString()));
        QCOMPARE(search(*store, u"maire"_s), QList<qint64> {});
        QCOMPARE(store->find(idB).value()->note, QString());

        QCOMPARE(store->setNote(999, u"x"_s).error().code, u"not_found"_s);
        QCOMPARE(store->setUserTags(999, {u"x"_s}).error().code, u"not_found"_s);

        auto sommet = store->createCollection(u"  Sommet   UE "_s);
        VERIFY_OK(sommet);
        QCOMPARE(sommet.value().name, u"Sommet UE"_s);
        QCOMPARE(store->createCollection(u"sommet ue"_s).error().code, u"collection_exists"_s);
        QCOMPARE(store->createCollection(u"   "_s).error().code, u"invalid_name"_s);
        auto crues = store->createCollection(u"Crues"_s);
        VERIFY_OK(crues);
        VERIFY_OK(store->addToCollection(sommet.value().id, {idA, idB, 999}));
        VERIFY_OK(store->addToCollection(sommet.value().id, {idA}));
        VERIFY_OK(store->addToCollection(crues.value().id, {idB}));
        QCOMPARE(store->addToCollection(999, {idA}).error().code, u"not_found"_s);
        QCOMPARE(store->collectionsOf(idB).value(), (QList<qint64> {sommet.value().id, crues.value().id}));

        Query inSommet;
        inSommet.collectionId = sommet.value().id;
        QCOMPARE(ids(store->page(inSommet, 0, 10).value()), (QList<qint64> {idB, idA}));
        VERIFY_OK(store->removeFromCollection(sommet.value().id, {idB}));
        QCOMPARE(ids(store->page(inSommet, 0, 10).value()), QList<qint64> {idA});
        inSommet.text = u"sommet"_s;
        QCOMPARE(countOf(*store, inSommet), 1);

        QCOMPARE(store->renameCollection(crues.value().id, u"Sommet UE"_s).error().code,
                 u"collection_exists"_s);
        VERIFY_OK(store->renameCollection(crues.value().id, u"Crues 2025"_s));
        const auto all = store->collections();
        VERIFY_OK(all);
        QCOMPARE(all.value().size(), 2);
        QCOMPARE(all.value().at(0).name, u"Crues 2025"_s);
        QCOMPARE(all.value().at(0).clipCount, 1);
        QCOMPARE(all.value().at(1).name, u"Sommet UE"_s);
        QCOMPARE(all.value().at(1).clipCount, 1);
        QVERIFY(all.value().at(1).createdAt.isValid());

        VERIFY_OK(store->deleteCollection(crues.value().id));
        QCOMPARE(store->collections().value().size(), 1);
        QCOMPARE(countOf(*store, {}), 2); // its clips stay
        QVERIFY(store->checkIntegrity().value().isEmpty());
    }

    void filtersAndSort()
    {
        auto store = openStore();
        QVERIFY(store);
        struct Row
        {
            const char16_t *name;
            const char16_t *title;
            int day;
            const char16_t *container;
            qint64 size;
            qint64 duration;
            Status status;
        };
        const Row rows[] = {
            {u"a.mxf", u"Élection présidentielle", 1, u"mxf", 5000, 60'000, Status::Ok},
            {u"b.mp4", u"budget", 2, u"mp4", 100, 5'000, Status::Missing},
            {u"c.mov", u"Zone industrielle", 3, u"mov", 900, 90'000, Status::Ok},
            {u"d.mp4", u"avalanche", 4, u"mp4", 100, 30'000, Status::Corrupt},
            {u"e.mxf", u"Election locale", 5, u"mxf", 7000, 1'000, Status::Unverified},
        };
        QHash<QString, qint64> id;
        for (const Row &r : rows) {
            Clip c = clip(file(QString::fromUtf16(r.name)), QString::fromUtf16(r.title), at(r.day));
            c.publishedAt = at(10 - r.day); // published in the reverse order
            c.container = QString::fromUtf16(r.container).toUpper();
            c.sizeBytes = r.size;
            c.durationMs = r.duration;
            c.status = r.status;
            id.insert(QString::fromUtf16(r.name).left(1), store->addClip(c).value().id);
        }
        const auto order = [&](const Query &query) {
            QString letters;
            const auto page = store->page(query, 0, 100);
            if (!page)
                return errorText(page.error());
            for (const ClipRow &row : page.value())
                letters += id.key(row.id);
            if (countOf(*store, query) != letters.size())
                return u"count differs"_s;
            return letters;
        };

        Query q;
        QCOMPARE(order(q), u"edcba"_s); // newest download first
        q.order = Qt::AscendingOrder;
        QCOMPARE(order(q), u"abcde"_s);
        q.sort = SortColumn::PublishedAt;
        QCOMPARE(order(q), u"edcba"_s);
        q.sort = SortColumn::Title; // accents and case fold: É sorts with e
        QCOMPARE(order(q), u"dbeac"_s);
        q.order = Qt::DescendingOrder;
        QCOMPARE(order(q), u"caebd"_s);
        q.sort = SortColumn::Size; // ties broken by id, in the same direction
        QCOMPARE(order(q), u"eacdb"_s);
        q.sort = SortColumn::Duration;
        q.order = Qt::AscendingOrder;
        QCOMPARE(order(q), u"ebdac"_s);
        q.sort = SortColumn::Format;
        QCOMPARE(order(q), u"cbdae"_s);
        q.sort = SortColumn::Status;
        QCOMPARE(order(q), u"dbace"_s);
        q.sort = SortColumn::Relevance; // without text: download date
        q.order = Qt::DescendingOrder;
        QCOMPARE(order(q), u"edcba"_s);

        Query filtered;
        filtered.container = u"MP4"_s;
        QCOMPARE(order(filtered), u"db"_s);
        filtered = {};
        filtered.status = Status::Ok;
        QCOMPARE(order(filtered), u"ca"_s);
        filtered = {};
        filtered.from = at(2);
        filtered.to = at(4);
        QCOMPARE(order(filtered), u"cb"_s); // from inclusive, to exclusive
        filtered.dateField = Query::DateField::PublishedAt;
        filtered.from = at(5);
        filtered.to = at(7);
        QCOMPARE(order(filtered), u"ed"_s); // published on days 5 and 6
        filtered = {};
        filtered.from = at(2, 12).addMSecs(1);
        QCOMPARE(order(filtered), u"edc"_s);

        Query combined;
        combined.text = u"election"_s;
        QCOMPARE(order(combined), u"ea"_s);
        combined.container = u"mxf"_s;
        combined.status = Status::Unverified;
        QCOMPARE(order(combined), u"e"_s);
        combined = {};
        combined.text = u"elec"_s;
        combined.from = at(1);
        combined.to = at(2);
        QCOMPARE(order(combined), u"a"_s);
        combined.to = {};
        combined.sort = SortColumn::Size;
        combined.order = Qt::AscendingOrder;
        QCOMPARE(order(combined), u"ae"_s);

        const ClipRow first = store->page({}, 0, 1).value().first();
        QCOMPARE(first.title, u"Election locale"_s);
        QCOMPARE(first.downloadedAt, at(5));
        QCOMPARE(first.container, u"mxf"_s);
        QCOMPARE(first.sizeBytes, 7000);
        QCOMPARE(first.durationMs, 1000);
        QCOMPARE(first.status, Status::Unverified);
        QCOMPARE(first.thumbnailKey, u"vid-e"_s);
    }

    void setFiltersDriveOrProbeAlike()
    {
        auto store = openStore();
        QVERIFY(store);
        QList<Clip> clips;
        for (int i = 0; i < 60; ++i) {
            Clip c = clip(file(u"s%1.mp4"_s.arg(i)), u"Sujet %1"_s.arg(i), at(1).addSecs(i * 60));
            c.tags = {i % 3 ? u"Europe"_s : u"Afrique"_s};
            c.status = i % 4 ? Status::Ok : Status::Missing;
            c.sizeBytes = 1000 + i % 7;
            clips << c;
        }
        VERIFY_OK(store->addClips(clips));
        const qint64 collection = store->createCollection(u"Choix"_s).value().id;
        QList<qint64> chosen;
        for (qint64 id = 1; id <= 60; id += 2)
            chosen << id;
        VERIFY_OK(store->addToCollection(collection, chosen));

        auto db = Storage::Database::open(path());
        QVERIFY(db.ok());
        const auto run = [&](const Query &query, QuerySql::SetFilter sets) {
            const QuerySql built =
                QuerySql::page(query, SearchText::matchExpression(query.text), nullptr, 0, 1000, sets);
            auto select = db.value()->prepare(built.sql);
            QList<qint64> result;
            if (!select)
                return QList<qint64> {-1};
            int index = 0;
            for (const QVariant &value : built.bindings) {
                ++index;
                if (value.typeId() == QMetaType::QString)
                    select.value().bind(index, value.toString());
                else
                    select.value().bind(index, value.toLongLong());
            }
            while (select.value().step().valueOr(false))
                result << select.value().columnInt64(0);
            return result;
        };

        Query q;
        q.tag = u"europe"_s;
        const auto check = [&](int expected) {
            const QList<qint64> driven = run(q, QuerySql::SetFilter::Drive);
            QCOMPARE(driven.size(), expected);
            QCOMPARE(run(q, QuerySql::SetFilter::Probe), driven);
            QCOMPARE(ids(store->page(q, 0, 1000).value()), driven);
            QCOMPARE(countOf(*store, q), expected);
            QCOMPARE(store->countUpTo(q, 5).value(), std::min(5, expected));
        };
        check(40);
        q.status = Status::Missing;
        check(10);
        q.sort = SortColumn::Size;
        check(10);
        q = {};
        q.collectionId = collection;
        check(30);
        q.tag = u"Afrique"_s;
        check(10);
        q.order = Qt::AscendingOrder;
        q.sort = SortColumn::Title;
        check(10);

        // The store itself picks by set size; both sizes here are small.
        const auto size = QuerySql::setSize(q, 15);
        QVERIFY(size.has_value());
        QVERIFY(!QuerySql::setSize(Query {}, 15).has_value());
    }

    void relevanceRanksBetterMatchesFirst()
    {
        auto store = openStore();
        QVERIFY(store);
        Clip weak = clip(file(u"weak.mp4"_s), u"Conférence de presse"_s, at(2));
        weak.description = u"Questions sur le budget, la santé, l'école et les inondations récentes."_s;
        const qint64 weakId = store->addClip(weak).value().id;
        const qint64 strongId =
            store->addClip(clip(file(u"strong.mp4"_s), u"Inondations : inondations à Valence"_s, at(1)))
                .value()
                .id;
        Query q;
        q.text = u"inondations"_s;
        q.sort = SortColumn::Relevance;
        QCOMPARE(ids(store->page(q, 0, 10).value()), (QList<qint64> {strongId, weakId}));
        q.sort = SortColumn::DownloadedAt;
        QCOMPARE(ids(store->page(q, 0, 10).value()), (QList<qint64> {weakId, strongId}));
    }

    void countMatchesPages_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QString>("text");
        QTest::newRow("date") << int(SortColumn::DownloadedAt) << QString();
        QTest::newRow("date, search") << int(SortColumn::DownloadedAt) << u"sujet"_s;
        QTest::newRow("title") << int(SortColumn::Title) << QString();
        QTest::newRow("size, search") << int(SortColumn::Size) << u"pair"_s;
        QTest::newRow("relevance") << int(SortColumn::Relevance) << u"sujet"_s;
        QTest::newRow("published") << int(SortColumn::PublishedAt) << QString();
    }

    void countMatchesPages()
    {
        QFETCH(int, sort);
        QFETCH(QString, text);
        auto store = openStore();
        QVERIFY(store);
        QList<Clip> clips;
        for (int i = 0; i < 250; ++i) {
            // Several clips per download millisecond, size and title: ties everywhere.
            Clip c =
                clip(file(u"c%1.mp4"_s.arg(i)),
                     u"Sujet %1 %2"_s.arg(i % 7).arg(i % 2 ? u"impair"_s : u"pair"_s), at(1).addSecs(i / 3));
            c.sizeBytes = 1000 + i % 5;
            clips << c;
        }
        VERIFY_OK(store->addClips(clips));
        // Idempotent in bulk as well.
        VERIFY_OK(store->addClips(clips.mid(0, 50)));

        Query q;
        q.text = text;
        q.sort = SortColumn(sort);
        for (const Qt::SortOrder direction : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            q.order = direction;
            const qint64 total = countOf(*store, q);
            QCOMPARE(total, text == u"pair"_s ? 125 : 250);
            QCOMPARE(store->countUpTo(q, 7).value(), 7);
            QCOMPARE(store->countUpTo(q, total).value(), total);
            QCOMPARE(store->countUpTo(q, 100'000).value(), total);
            QCOMPARE(store->countUpTo(q, 0).value(), 0);
            const QList<qint64> all = ids(store->page(q, 0, 1000).value());
            QCOMPARE(all.size(), total);
            QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), total);

            QList<qint64> byOffset;
            for (qint64 offset = 0; offset < total; offset += 40)
                byOffset += ids(store->page(q, offset, 40).value());
            QCOMPARE(byOffset, all);

            QList<qint64> byKeyset;
            PageCursor cursor;
            int pages = 0;
            while (!cursor.atEnd && pages++ < 100) {
                auto page = store->pageAfter(q, cursor, 17);
                VERIFY_OK(page);
                byKeyset += ids(page.value().rows);
                cursor = page.value().next;
            }
            QCOMPARE(byKeyset, all);
        }
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
