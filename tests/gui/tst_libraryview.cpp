// The Library section as a person meets it, with a real SQLite library and
// real files in a temporary folder: search as you type (accents aside),
// filters, sorting by header, the detail pane with its shot list, tags and
// note that persist, collections, delete after a question, verification
// that finds damaged and missing files, exports, sidecars and ASC MHL, and
// thumbnails fetched over HTTP. Paging through a large library is in
// tst_librarymodel. With MMDESK_SCREENSHOT_DIR set, the screens are saved there as
// library-<screen>-<language>.png (the pictures in docs/screenshots).

#include "core/catalogue/thumbnailcache.h"
#include "core/library/downloadintake.h"
#include "core/library/ebucore.h"
#include "core/library/librarystore.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/librarysamples.h"
#include "tests/gui/screencheck.h"
#include "tests/support/loopbackhttpserver.h"
#include "ui/emptystatepage.h"
#include "ui/library/clipdetailpane.h"
#include "ui/library/libraryfilterbar.h"
#include "ui/library/librarymodel.h"
#include "ui/library/librarypage.h"
#include "ui/library/taskpanel.h"
#include "ui/library/thumbnailprovider.h"
#include "ui/mainwindow.h"
#include "ui/player/shotlistpanel.h"
#include "ui/translations.h"
#include "ui/widgets/messagebar.h"
#include "ui/widgets/pathfield.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using Library::Status;
using LibrarySamples::at;
using LibrarySamples::Sample;
using Ui::LibraryModel;
using namespace Qt::StringLiterals;

class TestLibraryView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_libraryPath;
    QString m_clipsDir;
    std::unique_ptr<Library::LibraryStore> m_store;
    TestSupport::LoopbackHttpServer m_server {LibrarySamples::thumbnailAnswer};
    QNetworkAccessManager m_network;
    std::unique_ptr<Catalogue::ThumbnailCache> m_thumbnailCache; // the app's one thumbnail cache
    std::unique_ptr<Ui::ThumbnailProvider> m_thumbnails;
    std::unique_ptr<Ui::LibraryPage> m_page;
    QHash<QString, qint64> m_ids;
    QHash<QString, QString> m_paths;

    LibraryModel *model() const { return m_page->model(); }
    QTableView *view() const { return m_page->view(); }
    QWidget *shown() const { return m_page->findChild<QStackedWidget *>()->currentWidget(); }
    template<class T>
    T *child(const QString &name) const
    {
        T *found = m_page->findChild<T *>(name);
        if (!found)
            qWarning() << "no child" << name;
        return found;
    }
    QAction *action(const char *name) const { return child<QAction>(QString::fromLatin1(name)); }
    QString titleAt(int row) const
    {
        return model()->index(row, LibraryModel::TitleColumn).data().toString();
    }
    QStringList titles() const
    {
        QStringList all;
        for (int row = 0; row < model()->rowCount(); ++row)
            all << titleAt(row);
        return all;
    }
    int rowOf(const QString &key) const
    {
        for (int row = 0; row < model()->rowCount(); ++row) {
            if (model()->idAt(row) == m_ids.value(key))
                return row;
        }
        return -1;
    }
    bool select(const QString &key)
    {
        const int row = rowOf(key);
        if (row < 0)
            return false;
        view()->setCurrentIndex(model()->index(row, 0));
        return m_page->detailPane()->clipId() == m_ids.value(key);
    }
    static void choose(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
        emit box->activated(index);
    }
    // As typed on a keyboard, accented letters included (keyClicks takes ASCII only).
    static void type(QWidget *widget, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(widget, c.toLatin1());
            } else {
                QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
                QTest::sendKeyEvent(QTest::Release, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
        }
    }
    void search(const QString &text)
    {
        QLineEdit *field = m_page->filterBar()->searchField();
        field->clear();
        field->setFocus();
        type(field, text);
    }

    bool addSample(const Sample &s, int index)
    {
        const auto clip =
            LibrarySamples::sampleClip(s, index, m_clipsDir, m_server.url(u"/thumbs/%1.jpg"_s.arg(s.key)));
        if (!clip)
            return false;
        const QString path = clip->filePath;
        const auto added = m_store->addClip(*clip);
        if (!added)
            return false;
        m_ids.insert(s.key, added.value().id);
        m_paths.insert(s.key, path);
        return true;
    }

    static void capture(QWidget *window, const QString &screen, const QString &language)
    {
        ScreenCheck::capture(window, screen, u"library-%1-%2.png"_s.arg(screen, language));
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, u"en"_s);
        QVERIFY(m_server.listen());
        m_libraryPath = m_dir.filePath(u"library.sqlite"_s);
        m_clipsDir = m_dir.filePath(u"clips"_s);
        auto opened = Library::LibraryStore::open(m_libraryPath);
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
        m_store = std::move(opened).value();
        const QList<Sample> samples {
            {u"securite"_s,
             u"Sécurité européenne : réunion des ministres"_s,
             u"mxf"_s,
             u"Bruxelles"_s,
             {u"Défense"_s, u"Union européenne"_s},
             at(2025, 3, 3),
             at(2025, 3, 2),
             Status::Ok,
             {}},
            {u"conference"_s,
             u"Conférence de presse du Conseil"_s,
             u"mp4"_s,
             u"Luxembourg"_s,
             {u"Conseil"_s},
             at(2025, 3, 5),
             at(2025, 3, 4),
             Status::Ok,
             {}},
            {u"climat"_s,
             u"Sommet sur le climat"_s,
             u"mov"_s,
             u"Paris"_s,
             {u"Climat"_s},
             at(2025, 2, 20),
             at(2025, 2, 19),
             Status::Unverified,
             {}},
            {u"inondations"_s,
             u"Inondations en Slovénie"_s,
             u"mp4"_s,
             u"Ljubljana"_s,
             {u"Météo"_s},
             at(2025, 1, 10),
             at(2025, 1, 9),
             Status::Ok,
             {}},
            {u"agriculture"_s,
             u"Agriculture : vote au Parlement"_s,
             u"mxf"_s,
             u"Strasbourg"_s,
             {u"Agriculture"_s},
             at(2024, 12, 1),
             at(2024, 11, 30),
             Status::Ok,
             {}},
            {u"elargissement"_s,
             u"Élargissement : Ukraine et Moldavie"_s,
             u"mp4"_s,
             u"Kyiv"_s,
             {u"Élargissement"_s},
             at(2024, 11, 15),
             at(2024, 11, 14),
             Status::Ok,
             {}},
            {u"archives"_s,
             u"Archives verrouillées"_s,
             u"mp4"_s,
             u"Genève"_s,
             {u"Archives"_s},
             at(2024, 10, 1),
             at(2024, 9, 30),
             Status::Ok,
             u"locked"_s},
        };
        for (int i = 0; i < samples.size(); ++i)
            QVERIFY(addSample(samples.at(i), i));

        m_thumbnailCache = std::make_unique<Catalogue::ThumbnailCache>(
            m_network, m_dir.filePath(u"cache/video-thumbnails"_s));
        m_thumbnails = std::make_unique<Ui::ThumbnailProvider>(m_thumbnailCache.get());
        m_page = std::make_unique<Ui::LibraryPage>(*m_store, m_libraryPath, m_thumbnails.get());
        m_page->resize(1280, 800);
        m_page->show();
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    // Focus moves (and a note is saved on leaving it) only in the active window.
    void init()
    {
        if (m_page && !m_page->isActiveWindow()) {
            m_page->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        }
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_store.reset();
        Ui::Translations::install(*qApp, u"en"_s);
    }

    void opensWithEveryClipNewestFirst()
    {
        QCOMPARE(model()->rowCount(), 7);
        QCOMPARE(shown(), view()->parentWidget());
        QCOMPARE(child<QLabel>(u"resultCount"_s)->text(), u"7 clips"_s);
        QCOMPARE(titleAt(0), u"Conférence de presse du Conseil"_s);
        QCOMPARE(titleAt(6), u"Archives verrouillées"_s);
        QCOMPARE(model()->index(0, LibraryModel::FormatColumn).data().toString(), u"MP4"_s);
        QCOMPARE(model()->index(0, LibraryModel::StatusColumn).data().toString(), u"Verified"_s);
        QVERIFY(m_page->filterBar()->searchField()->placeholderText().contains(u"shot lists"_s));
    }

    void searchesAsYouType()
    {
        search(u"securite"_s);
        // Not on every key: after a short pause.
        QCOMPARE(model()->rowCount(), 7);
        QTRY_COMPARE(model()->rowCount(), 1);
        QCOMPARE(titleAt(0), u"Sécurité européenne : réunion des ministres"_s);
        QCOMPARE(child<QLabel>(u"resultCount"_s)->text(), u"1 clip"_s);

        // The shot list is searched too (the soundbite's speaker).
        search(u"kallas"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        search(u"parlement"_s);
        QTRY_COMPARE(titles(), QStringList {u"Agriculture : vote au Parlement"_s});

        QTest::keyClick(m_page->filterBar()->searchField(), Qt::Key_Escape);
        QVERIFY(m_page->filterBar()->searchField()->text().isEmpty());
        QCOMPARE(model()->rowCount(), 7);
    }

    void saysWhenASearchFindsNothing()
    {
        search(u"zzyzx"_s);
        QTRY_COMPARE(shown()->objectName(), u"noResults"_s);
        QVERIFY(child<QLabel>(u"noResultsText"_s)->text().contains(u"“zzyzx”"_s));
        QCOMPARE(child<QLabel>(u"resultCount"_s)->text(), u"0 clips"_s);
        QTest::mouseClick(child<QAbstractButton>(u"clearSearchButton"_s), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 7);
        QCOMPARE(shown(), view()->parentWidget());
    }

    void filtersNarrowTheList()
    {
        Ui::LibraryFilterBar *bar = m_page->filterBar();
        choose(child<QComboBox>(u"formatCombo"_s), u"mov"_s);
        QCOMPARE(titles(), QStringList {u"Sommet sur le climat"_s});
        choose(child<QComboBox>(u"formatCombo"_s), QString());
        QCOMPARE(model()->rowCount(), 7);

        choose(child<QComboBox>(u"statusCombo"_s), static_cast<int>(Status::Unverified));
        QCOMPARE(titles(), QStringList {u"Sommet sur le climat"_s});
        QVERIFY(child<QAbstractButton>(u"clearFiltersButton"_s)->isVisible());
        QTest::mouseClick(child<QAbstractButton>(u"clearFiltersButton"_s), Qt::LeftButton);
        QCOMPARE(model()->rowCount(), 7);

        auto *tag = child<QLineEdit>(u"tagFilter"_s);
        tag->setFocus();
        type(tag, u"défense"_s);
        QTRY_COMPARE(titles(), QStringList {u"Sécurité européenne : réunion des ministres"_s});
        tag->clear();
        QCOMPARE(model()->rowCount(), 7);

        // Published in February 2025.
        choose(child<QComboBox>(u"dateFieldCombo"_s),
               static_cast<int>(Library::Query::DateField::PublishedAt));
        auto *period = child<QComboBox>(u"periodCombo"_s);
        period->setCurrentIndex(period->count() - 1);
        QVERIFY(child<QDateEdit>(u"fromDate"_s)->isVisible());
        child<QDateEdit>(u"fromDate"_s)->setDate(QDate(2025, 2, 1));
        child<QDateEdit>(u"toDate"_s)->setDate(QDate(2025, 2, 28));
        QCOMPARE(titles(), QStringList {u"Sommet sur le climat"_s});
        // Downloaded from 1 December 2024 to 10 January 2025, both days included.
        choose(child<QComboBox>(u"dateFieldCombo"_s),
               static_cast<int>(Library::Query::DateField::DownloadedAt));
        child<QDateEdit>(u"fromDate"_s)->setDate(QDate(2024, 12, 1));
        child<QDateEdit>(u"toDate"_s)->setDate(QDate(2025, 1, 10));
        QCOMPARE(titles(),
                 (QStringList {u"Inondations en Slovénie"_s, u"Agriculture : vote au Parlement"_s}));
        bar->clearAll();
        QCOMPARE(model()->rowCount(), 7);
        QVERIFY(!child<QDateEdit>(u"fromDate"_s)->isVisible());
    }

    void sortsByHeader()
    {
        QHeaderView *header = view()->horizontalHeader();
        const auto click = [header](int column) {
            QTest::mouseClick(
                header->viewport(), Qt::LeftButton, {},
                QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                       header->height() / 2));
        };
        click(LibraryModel::TitleColumn);
        QCOMPARE(model()->sortColumn(), int(LibraryModel::TitleColumn));
        // Accents folded: "Élargissement" among the e's.
        const QStringList ascending {u"Agriculture : vote au Parlement"_s,
                                     u"Archives verrouillées"_s,
                                     u"Conférence de presse du Conseil"_s,
                                     u"Élargissement : Ukraine et Moldavie"_s,
                                     u"Inondations en Slovénie"_s,
                                     u"Sécurité européenne : réunion des ministres"_s,
                                     u"Sommet sur le climat"_s};
        // Names from A on the first click, then the other way.
        QCOMPARE(model()->sortOrder(), Qt::AscendingOrder);
        QCOMPARE(titles(), ascending);
        click(LibraryModel::TitleColumn);
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(titles(), descending);

        // Sizes largest first.
        click(LibraryModel::SizeColumn);
        QCOMPARE(model()->sortOrder(), Qt::DescendingOrder);
        QList<qint64> sizes;
        for (int row = 0; row < model()->rowCount(); ++row)
            sizes << model()->index(row, 0).data(LibraryModel::SizeRole).toLongLong();
        QVERIFY(std::is_sorted(sizes.rbegin(), sizes.rend()));
        QVERIFY(sizes.first() != sizes.last());

        // A new search ranks by relevance; clearing it goes back to newest first.
        search(u"conseil"_s);
        QTRY_COMPARE(header->sortIndicatorSection(), -1);
        m_page->filterBar()->searchField()->clear();
        QCOMPARE(header->sortIndicatorSection(), int(LibraryModel::DownloadedColumn));
        QCOMPARE(titleAt(0), u"Conférence de presse du Conseil"_s);
    }

    void detailPaneShowsTheCurrentClip()
    {
        QVERIFY(select(u"securite"_s));
        const auto text = [this](const char *name) {
            return child<QLabel>(QString::fromLatin1(name))->text();
        };
        QCOMPARE(text("detailTitle"), u"Sécurité européenne : réunion des ministres"_s);
        QCOMPARE(text("detailLocation"), u"Bruxelles"_s);
        QCOMPARE(text("detailCredit"), u"Conseil de l’UE"_s);
        QCOMPARE(text("detailUsage"), u"Libre pour l’information"_s);
        QVERIFY(text("detailFormat").startsWith(u"MXF · mpeg2video · 1920×1080 · 25 fps"_s));
        QVERIFY(text("detailPublished").contains(u"2025"_s));
        QVERIFY(text("detailStatus").startsWith(u"Verified"_s));
        // The path elides in the middle where it does not fit; Copy takes it whole.
        auto *path = child<Ui::PathField>(u"detailPath"_s);
        const QString wholePath = QDir::toNativeSeparators(m_paths.value(u"securite"_s));
        QCOMPARE(path->path(), wholePath);
        path->setFixedWidth(path->minimumSizeHint().width() + 120);
        QTRY_VERIFY(path->shownText().contains(u'…'));
        const QString shown = path->shownText();
        QCOMPARE(shown.at(0), wholePath.at(0));
        QVERIFY2(wholePath.endsWith(shown.mid(shown.indexOf(u'…') + 1)), qPrintable(shown));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(path->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), wholePath);
        path->setMinimumWidth(0);
        path->setMaximumWidth(QWIDGETSIZE_MAX);
        // The player's shot list: lines to select, copied for a script.
        auto *shots = child<Ui::ShotlistPanel>(u"detailShotlist"_s);
        QVERIFY(shots && shots->isVisible());
        QVERIFY(shots->view()->model()->rowCount() >= 2);
        shots->copyButton()->click();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(u"Sécurité européenne : réunion des ministres"_s), qPrintable(copied));
        QVERIFY2(copied.contains(u"00:00:05:00"_s), qPrintable(copied));
        QVERIFY(copied.contains(u"Kaja Kallas"_s));
        QVERIFY(copied.contains(u"La sécurité européenne avant tout"_s));
        QVERIFY(copied.contains(u"Conseil de l’UE"_s));
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasHtml());
        QVERIFY(text("detailPortalTags").contains(u"Défense"_s));

        // The thumbnail arrives over HTTP, through the thumbnail cache, and
        // replaces the placeholder.
        auto *thumbnail = child<QLabel>(u"detailThumbnail"_s);
        const auto isRed = [](const QColor &colour) {
            return std::abs(colour.red() - 0xd0) <= 8 && colour.green() < 0x50 && colour.blue() < 0x50;
        };
        QTRY_VERIFY(isRed(thumbnail->pixmap().toImage().pixelColor(160, 90)));
        QVERIFY(m_server.requests() >= 1);
        // The list shows it too, at its own size.
        const QPixmap listed =
            qvariant_cast<QIcon>(
                model()->index(rowOf(u"securite"_s), LibraryModel::TitleColumn).data(Qt::DecorationRole))
                .pixmap(LibraryModel::ThumbnailSize);
        QCOMPARE(listed.size(), LibraryModel::ThumbnailSize);
        QVERIFY(isRed(listed.toImage().pixelColor(32, 18)));
    }

    // Deliver to Watch Folder: disabled (saying why) without a folder; with
    // one, the selected clip is copied there whole and the pane says so.
    void deliversToTheWatchFolder()
    {
        Library::DownloadIntake intake(*m_store);
        m_page->setDownloadIntake(&intake);
        QVERIFY(select(u"securite"_s));
        QAction *deliver = action("deliverAction");
        QVERIFY(!deliver->isEnabled());
        QVERIFY2(deliver->toolTip().contains(u"No watch folder is set"_s), qPrintable(deliver->toolTip()));
        QVERIFY(!child<QLabel>(u"detailDelivery"_s)->isVisible());

        QTemporaryDir watch;
        intake.setDeliveryFolder(watch.path());
        QVERIFY(deliver->isEnabled());
        QVERIFY(deliver->toolTip().contains(QDir::toNativeSeparators(watch.path())));
        QSignalSpy delivered(&intake, &Library::DownloadIntake::delivered);
        deliver->trigger();
        QVERIFY(delivered.wait(15000));
        const QString copy = QDir(watch.path()).filePath(QFileInfo(m_paths.value(u"securite"_s)).fileName());
        QCOMPARE(delivered.first().at(1).toString(), copy);
        QFile copied(copy);
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QVERIFY(hash.addData(&copied));
        QCOMPARE(hash.result().toHex(), m_store->find(m_ids.value(u"securite"_s)).value()->sha256);
        QCOMPARE(m_page->messageBar()->kind(), Ui::MessageBar::Kind::Success);
        QVERIFY(m_page->messageBar()->text().contains(QDir::toNativeSeparators(copy)));
        auto *state = child<QLabel>(u"detailDelivery"_s);
        QTRY_VERIFY(state->isVisible());
        QVERIFY2(state->text().startsWith(u"Delivered as "_s), qPrintable(state->text()));

        // A folder that went away: said in the bar, kept pending in the pane.
        intake.setDeliveryFolder(watch.filePath(u"gone"_s));
        QSignalSpy failed(&intake, &Library::DownloadIntake::deliveryFailed);
        deliver->trigger();
        QVERIFY(failed.wait(15000));
        QCOMPARE(m_page->messageBar()->kind(), Ui::MessageBar::Kind::Warning);
        QVERIFY2(m_page->messageBar()->text().contains(u"does not exist"_s),
                 qPrintable(m_page->messageBar()->text()));
        QTRY_VERIFY(state->text().startsWith(u"Not delivered yet"_s));
        m_page->setDownloadIntake(nullptr);
    }

    void tagsAndNotePersist()
    {
        QVERIFY(select(u"securite"_s));
        auto *tags = child<QLineEdit>(u"userTagsEdit"_s);
        tags->setFocus();
        tags->selectAll();
        type(tags, u"archive, à revoir ,archive"_s);
        QTest::keyClick(tags, Qt::Key_Return);
        QCOMPARE(tags->text(), u"archive, à revoir"_s);
        auto *note = child<QPlainTextEdit>(u"noteEdit"_s);
        note->setFocus();
        type(note, u"Diffusé au journal de 20 h"_s);
        view()->setFocus(); // leaving the field saves the note

        auto reopened = Library::LibraryStore::open(m_libraryPath);
        QVERIFY(reopened.ok());
        const auto clip = reopened.value()->find(m_ids.value(u"securite"_s));
        QVERIFY(clip.ok() && clip.value());
        QStringList saved = clip.value()->userTags;
        saved.sort();
        QCOMPARE(saved, (QStringList {u"archive"_s, u"à revoir"_s}));
        QCOMPARE(clip.value()->note, u"Diffusé au journal de 20 h"_s);

        // And they are searched.
        search(u"diffuse journal"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        search(u"revoir"_s);
        QTRY_COMPARE(model()->rowCount(), 1);
        m_page->filterBar()->searchField()->clear();
        QCOMPARE(model()->rowCount(), 7);
    }

    void collectionsAddAndRemove()
    {
        QVERIFY(select(u"elargissement"_s));
        const qint64 id = m_ids.value(u"elargissement"_s);
        QTest::mouseClick(child<QAbstractButton>(u"newCollectionButton"_s), Qt::LeftButton);
        QInputDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = child<QInputDialog>(u"newCollectionDialog"_s)) != nullptr);
        dialog->setTextValue(u"Ukraine 2025"_s);
        dialog->accept();
        const auto in = m_store->collectionsOf(id);
        QVERIFY(in.ok());
        QCOMPARE(in.value().size(), 1);
        const qint64 collection = in.value().first();

        auto *list = child<QListWidget>(u"collectionList"_s);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"Ukraine 2025"_s);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);

        // The filter offers the new collection and shows what is in it.
        choose(child<QComboBox>(u"collectionCombo"_s), collection);
        QCOMPARE(titles(), QStringList {u"Élargissement : Ukraine et Moldavie"_s});
        QVERIFY(select(u"elargissement"_s));
        list->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(m_store->collectionsOf(id).value().isEmpty());
        QCOMPARE(model()->rowCount(), 0);
        QCOMPARE(shown()->objectName(), u"noResults"_s);
        m_page->filterBar()->clearAll();
        QVERIFY(select(u"elargissement"_s));
        QCOMPARE(child<QListWidget>(u"collectionList"_s)->item(0)->checkState(), Qt::Unchecked);
        list->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(m_store->collectionsOf(id).value(), QList<qint64> {collection});
    }

    void playNeedsAPlayer()
    {
        QVERIFY(select(u"conference"_s));
        QAction *play = action("playAction");
        QVERIFY(!play->isEnabled());
        QVERIFY(play->toolTip().contains(u"not available"_s));
        QString path;
        qint64 id = 0;
        const auto connection = connect(m_page.get(), &Ui::LibraryPage::playRequested, this,
                                        [&](const QString &file, qint64 clip) {
                                            path = file;
                                            id = clip;
                                        });
        QTRY_VERIFY(play->isEnabled());
        play->trigger();
        QCOMPARE(path, m_paths.value(u"conference"_s));
        QCOMPARE(id, m_ids.value(u"conference"_s));
        disconnect(connection);
        QTRY_VERIFY(!play->isEnabled());
    }

    void importNeedsThePortal()
    {
        m_page->importFolder(m_clipsDir);
        QVERIFY(m_page->messageBar()->isVisible());
        QVERIFY(m_page->messageBar()->text().contains(u"Importing needs the portal"_s));
        m_page->messageBar()->dismiss();
    }

    void exportsTheSelectionAsCsv()
    {
        view()->clearSelection();
        for (const char *key : {"climat", "agriculture"}) {
            const int row = rowOf(QString::fromLatin1(key));
            view()->selectionModel()->select(model()->index(row, 0),
                                             QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        const QString path = m_dir.filePath(u"export/clips.csv"_s);
        QDir().mkpath(QFileInfo(path).path());
        m_page->exportSelection(Ui::LibraryPage::ExportFormat::Csv, path);
        QCOMPARE(m_page->messageBar()->kind(), Ui::MessageBar::Kind::Success);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.first().startsWith(u"id,"_s));
        QVERIFY(lines.join(u'\n').contains(u"Sommet sur le climat"_s));
        QVERIFY(lines.join(u'\n').contains(u"Agriculture : vote au Parlement"_s));

        // Where nothing can be written, the person is told, and no half file is left.
        m_page->exportSelection(Ui::LibraryPage::ExportFormat::Json,
                                m_dir.filePath(u"no/such/folder/x.json"_s));
        QCOMPARE(m_page->messageBar()->kind(), Ui::MessageBar::Kind::Error);
        QVERIFY(m_page->messageBar()->text().contains(u"could not be written"_s));
    }

    void deletesFileAndRecordAfterAsking()
    {
        QVERIFY(select(u"inondations"_s));
        const QString path = m_paths.value(u"inondations"_s);
        view()->setFocus();
        action("deleteAction")->trigger();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = child<QMessageBox>(u"deleteQuestion"_s)) != nullptr);
        QVERIFY(question->text().contains(u"inondations.mp4"_s));
        QVERIFY(question->text().contains(LibraryModel::formatSize(QFileInfo(path).size())));
        // Cancel keeps everything.
        question->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!child<QMessageBox>(u"deleteQuestion"_s));
        QVERIFY(QFile::exists(path));
        QCOMPARE(model()->rowCount(), 7);

        // By keyboard this time: Delete in the list asks the same question.
        // Back where the person was: the window active again, the list focused.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTRY_VERIFY(view()->hasFocus());
        QTest::keyClick(view(), Qt::Key_Delete);
        QTRY_VERIFY((question = child<QMessageBox>(u"deleteQuestion"_s)) != nullptr);
        child<QAbstractButton>(u"deleteConfirm"_s)->click();
        QTRY_COMPARE(model()->rowCount(), 6);
        QVERIFY(!QFile::exists(path));
        const auto gone = m_store->find(m_ids.value(u"inondations"_s));
        QVERIFY(gone.ok() && !gone.value());
        QVERIFY(m_page->messageBar()->text().startsWith(u"Deleted 1 clip"_s));
        QCOMPARE(rowOf(u"inondations"_s), -1);
    }

    void keepsTheRecordWhenTheFileCannotBeDeleted()
    {
        // The clip's folder becomes a read-only file system (a FAT image
        // mounted through FUSE, holding the same file): nobody, root
        // included, can delete from it.
        const QString folder = QDir(m_clipsDir).filePath(u"locked"_s);
        const QString path = m_paths.value(u"archives"_s);
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        original.close();
        QTemporaryDir work;
        const QString image = work.filePath(u"locked.img"_s);
        const QString staging = work.filePath(u"staging"_s);
        QVERIFY(QDir().mkpath(staging));
        const QString mkfs = QStandardPaths::findExecutable(u"mkfs.vfat"_s, {u"/usr/sbin"_s, u"/sbin"_s});
        QVERIFY2(!mkfs.isEmpty(), "mkfs.vfat (dosfstools) is needed");
        QCOMPARE(QProcess::execute(mkfs, {u"-C"_s, image, u"8192"_s}), 0);
        const auto unmount = [](const QString &at) {
            if (QProcess::execute(u"fusermount3"_s, {u"-u"_s, at}) != 0)
                QProcess::execute(u"umount"_s, {at});
        };
        QCOMPARE(QProcess::execute(u"fusefat"_s, {u"-o"_s, u"rw+"_s, image, staging}), 0);
        {
            QFile copy(QDir(staging).filePath(QFileInfo(path).fileName()));
            const bool written = copy.open(QIODevice::WriteOnly) && copy.write(bytes) == bytes.size();
            copy.close();
            unmount(staging);
            QVERIFY(written);
        }
        // Read-only, over the folder (and so hiding the original file).
        QCOMPARE(QProcess::execute(u"fusefat"_s, {u"-o"_s, u"ro,nonempty"_s, image, folder}), 0);
        const auto unmountLocked = qScopeGuard([&] { unmount(folder); });
        QVERIFY(QFile::exists(path));

        QVERIFY(select(u"archives"_s));
        const int rows = model()->rowCount();
        action("deleteAction")->trigger();
        QTRY_VERIFY(child<QMessageBox>(u"deleteQuestion"_s) != nullptr);
        child<QAbstractButton>(u"deleteConfirm"_s)->click();
        QTRY_COMPARE(m_page->messageBar()->kind(), Ui::MessageBar::Kind::Error);
        QVERIFY(m_page->messageBar()->text().contains(u"could not be deleted"_s));
        QVERIFY(m_page->messageBar()->text().contains(u"archives.mp4"_s));
        QVERIFY(QFile::exists(path));
        const auto kept = m_store->find(m_ids.value(u"archives"_s));
        QVERIFY(kept.ok() && kept.value());
        QCOMPARE(model()->rowCount(), rows);
    }

    void verificationFindsDamagedAndMissingFiles()
    {
        // One byte changed in one file; another file gone.
        QFile damaged(m_paths.value(u"agriculture"_s));
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(1000);
        char byte = 0;
        QVERIFY(damaged.getChar(&byte));
        damaged.seek(1000);
        QVERIFY(damaged.putChar(static_cast<char>(byte ^ 0x5a)));
        damaged.close();
        QVERIFY(QFile::remove(m_paths.value(u"elargissement"_s)));

        action("verifyAllAction")->trigger();
        QVERIFY(m_page->taskPanel()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->taskPanel()->isVisible(), 30000);
        Ui::MessageBar *bar = m_page->messageBar();
        QVERIFY2(bar->text().contains(u"4 verified, 1 missing, 1 damaged"_s), qPrintable(bar->text()));
        QCOMPARE(bar->kind(), Ui::MessageBar::Kind::Warning);
        QVERIFY(bar->details().contains(m_paths.value(u"agriculture"_s)));
        QVERIFY(child<QAbstractButton>(u"messageAction"_s)->isVisible()); // Relink missing…

        const auto statusOf = [this](const char *key) {
            return static_cast<Status>(
                model()->index(rowOf(QString::fromLatin1(key)), 0).data(LibraryModel::StatusRole).toInt());
        };
        QTRY_COMPARE(statusOf("agriculture"), Status::Corrupt);
        QCOMPARE(statusOf("elargissement"), Status::Missing);
        QCOMPARE(statusOf("climat"), Status::Ok);
        QCOMPARE(model()->index(rowOf(u"agriculture"_s), LibraryModel::StatusColumn).data().toString(),
                 u"Damaged"_s);
        QCOMPARE(m_store->find(m_ids.value(u"elargissement"_s)).value()->status, Status::Missing);
        QVERIFY(select(u"agriculture"_s));
        QVERIFY(child<QLabel>(u"detailStatus"_s)->text().startsWith(u"Damaged"_s));
    }

    void writesSidecarsAndAscMhl()
    {
        QVERIFY(select(u"securite"_s));
        action("sidecarsAction")->trigger();
        QVERIFY2(QFile::exists(Library::EbuCore::sidecarPath(m_paths.value(u"securite"_s))),
                 qPrintable(m_page->messageBar()->text() + u'\n' + m_page->messageBar()->details()));
        QVERIFY(m_page->messageBar()->text().startsWith(u"Wrote 1 EBUCore sidecar"_s));

        action("mhlAction")->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->taskPanel()->isVisible(), 30000);
        const QString text = m_page->messageBar()->text();
        QVERIFY2(text.contains(u"generation 1"_s), qPrintable(text));
        QVERIFY(QDir(QDir(m_clipsDir).filePath(u"ascmhl"_s)).exists());
    }

    void screens_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void screens()
    {
        QFETCH(QString, language);
        QCOMPARE(Ui::Translations::install(*qApp, language), language);
        QTemporaryDir profile;
        const auto paths = Settings::Paths::resolve(profile.path());
        QCOMPARE(paths.ensureCreated(), QString());
        Settings::AppSettings settings(paths.settingsFile());
        QVERIFY(settings.migrate().ok());
        // Thumbnails as the earlier tests fetched them, from the cache.
        const int fetched = m_server.requests();
        {
            Ui::MainWindow window(settings, paths, QUrl(u"https://portal.example.org/api/v1"_s), nullptr);
            Ui::LibraryPage *page =
                window.setLibrary(m_store.get(), m_libraryPath, m_thumbnailCache.get(), nullptr);
            QVERIFY(page);
            window.resize(1280, 800);
            window.show();
            window.showSection(Ui::Section::Library);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            const int row = [&] {
                for (int r = 0; r < page->model()->rowCount(); ++r) {
                    if (page->model()->idAt(r) == m_ids.value(u"securite"_s))
                        return r;
                }
                return -1;
            }();
            page->view()->setCurrentIndex(page->model()->index(row, 0));
            page->view()->setFocus();
            // The picture comes from the thumbnail cache on disk: the server sees nothing.
            auto *picture = page->findChild<QLabel *>(u"detailThumbnail"_s);
            QVERIFY(picture);
            QTRY_VERIFY(picture->pixmap().toImage().pixelColor(160, 90).red() > 0xc0);
            QCOMPARE(m_server.requests(), fetched);
            capture(&window, u"list"_s, language);

            page->filterBar()->searchField()->setFocus();
            type(page->filterBar()->searchField(), u"Eurovision Malmö"_s);
            QTRY_COMPARE(page->findChild<QStackedWidget *>()->currentWidget()->objectName(), u"noResults"_s);
            capture(&window, u"noresults"_s, language);
            page->filterBar()->clearAll();

            // A verification's summary, as it stays above the list.
            QVERIFY(page->jobs()->verify({}));
            QTRY_VERIFY_WITH_TIMEOUT(!page->taskPanel()->isVisible(), 30000);
            QVERIFY(page->messageBar()->isVisible());
            page->view()->setCurrentIndex(page->model()->index(3, 0));
            capture(&window, u"verified"_s, language);
        }
        {
            auto empty = Library::LibraryStore::open(profile.filePath(u"empty.sqlite"_s));
            QVERIFY(empty.ok());
            Ui::MainWindow window(settings, paths, QUrl(u"https://portal.example.org/api/v1"_s), nullptr);
            Ui::LibraryPage *page =
                window.setLibrary(empty.value().get(), profile.filePath(u"empty.sqlite"_s), nullptr, nullptr);
            window.resize(1280, 800);
            window.show();
            window.showSection(Ui::Section::Library);
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QCOMPARE(page->findChild<QStackedWidget *>()->currentWidget()->objectName(), u"emptyLibrary"_s);
            capture(&window, u"empty"_s, language);
            // Its one action: Import Folder…, which asks for the folder.
            auto *emptyPage =
                qobject_cast<Ui::EmptyStatePage *>(page->findChild<QStackedWidget *>()->currentWidget());
            QVERIFY(emptyPage && emptyPage->actionButton()->isVisible());
            QCOMPARE(emptyPage->actionButton()->text(),
                     language == u"fr" ? u"&Importer un dossier…"_s : u"&Import Folder…"_s);
            emptyPage->actionButton()->click();
            QFileDialog *chooser = nullptr;
            QTRY_VERIFY((chooser = page->findChild<QFileDialog *>()) != nullptr);
            chooser->reject();
        }
    }
};

QTEST_MAIN(TestLibraryView)
#include "tst_libraryview.moc"
