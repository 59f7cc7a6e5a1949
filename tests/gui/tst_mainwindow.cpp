// The main window as a person meets it, on the offscreen platform: five
// sections reachable by mouse and keyboard, each saying what will appear
// there, the About dialog, remembered state, and the French translation.

#include "core/library/librarystore.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/librarysamples.h"
#include "ui/aboutdialog.h"
#include "ui/emptystatepage.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"
#include "ui/uiresources.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {

// A profile never opened before, without a portal, with a library of its own.
struct FreshProfile
{
    QTemporaryDir dir;
    Settings::Paths paths = Settings::Paths::resolve(dir.path());
    Settings::AppSettings settings {paths.settingsFile()};
    std::unique_ptr<Library::LibraryStore> store;

    FreshProfile()
    {
        if (paths.ensureCreated().isEmpty() && settings.migrate().ok()) {
            if (auto opened = Library::LibraryStore::open(libraryPath()))
                store = std::move(opened).value();
        }
    }
    bool ready() const { return store != nullptr; }
    QString libraryPath() const { return dir.filePath(QStringLiteral("library.sqlite")); }
    std::unique_ptr<Ui::MainWindow> window()
    {
        auto made = std::make_unique<Ui::MainWindow>(settings, paths, QUrl(), nullptr);
        made->setLibrary(store.get(), libraryPath(), nullptr, nullptr);
        return made;
    }
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    std::unique_ptr<Settings::Paths> m_paths;
    std::unique_ptr<Settings::AppSettings> m_settings;

    static QListWidget *navigation(Ui::MainWindow &window)
    {
        return window.findChild<QListWidget *>(QStringLiteral("navigation"));
    }

    static QWidget *visiblePage(Ui::MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("sectionPages"))->currentWidget();
    }

private slots:
    void init()
    {
        m_paths = std::make_unique<Settings::Paths>(Settings::Paths::resolve(m_profile.path()));
        QCOMPARE(m_paths->ensureCreated(), QString());
        m_settings = std::make_unique<Settings::AppSettings>(m_paths->settingsFile());
        QVERIFY(m_settings->migrate().ok());
        Ui::Translations::install(*qApp, QStringLiteral("en"));
    }

    void fiveSectionsByMouse()
    {
        Ui::MainWindow window(*m_settings, *m_paths, QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")),
                              nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QListWidget *list = navigation(window);
        QVERIFY(list);
        QCOMPARE(list->count(), 5);
        const QStringList titles {QStringLiteral("News"), QStringLiteral("Videos"),
                                  QStringLiteral("Downloads"), QStringLiteral("Library"),
                                  QStringLiteral("Account")};
        const QStringList headings {QStringLiteral("No news yet"), QStringLiteral("No videos yet"),
                                    QStringLiteral("No downloads"), QStringLiteral("Your library is empty"),
                                    // No account service: nobody to sign in with.
                                    QStringLiteral("No portal set")};
        for (int row = list->count() - 1; row >= 0; --row) {
            QListWidgetItem *item = list->item(row);
            QCOMPARE(item->text(), titles.at(row));
            QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
            QCOMPARE(static_cast<int>(window.currentSection()), row);
            auto *page = qobject_cast<Ui::EmptyStatePage *>(visiblePage(window));
            QVERIFY(page);
            QVERIFY(page->isVisible());
            QCOMPARE(page->heading(), headings.at(row));
            QVERIFY(page->explanation().size() > 60); // says what will appear there
        }
        const auto *portal = window.findChild<QLabel *>(QStringLiteral("portalLabel"));
        QCOMPARE(portal->text(), QStringLiteral("Portal: http://127.0.0.1:9/api/v1"));
    }

    void sectionsByKeyboard()
    {
        Ui::MainWindow window(*m_settings, *m_paths, QUrl(), nullptr);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), Ui::Section::Library);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentSection(), Ui::Section::Videos);
        // Arrow keys move through the navigation list itself.
        navigation(window)->setFocus();
        QTest::keyClick(navigation(window), Qt::Key_Down);
        QCOMPARE(window.currentSection(), Ui::Section::Downloads);
        const auto *portal = window.findChild<QLabel *>(QStringLiteral("portalLabel"));
        QVERIFY(portal->text().contains(QStringLiteral("--portal")));
    }

    void plainHttpToAnotherComputerIsFlagged_data()
    {
        QTest::addColumn<QString>("portal");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("http to a host") << QStringLiteral("http://portal.example.org/api/v1") << true;
        QTest::newRow("https") << QStringLiteral("https://portal.example.org/api/v1") << false;
        QTest::newRow("http to this computer") << QStringLiteral("http://127.0.0.1:8080/api/v1") << false;
    }

    void plainHttpToAnotherComputerIsFlagged()
    {
        QFETCH(QString, portal);
        QFETCH(bool, flagged);
        Ui::MainWindow window(*m_settings, *m_paths, QUrl(portal), nullptr);
        const auto *label = window.findChild<QLabel *>(QStringLiteral("portalLabel"));
        QCOMPARE(label->text().contains(QStringLiteral("Not encrypted")), flagged);
        QVERIFY(label->text().contains(QUrl(portal).host()));
        QCOMPARE(label->toolTip().contains(QStringLiteral("unencrypted")), flagged);
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void aboutShowsVersionAndFolders()
    {
        Ui::MainWindow window(*m_settings, *m_paths, QUrl(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
        auto *dialog = window.findChild<Ui::AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QStringList texts;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            texts << label->text();
        const QString all = texts.join(u'\n');
        QVERIFY(all.contains(QStringLiteral(MMDESK_VERSION)));
        QVERIFY(all.contains(m_paths->dataDir()));
        QVERIFY(all.contains(m_paths->logDir()));
        dialog->reject();
        QTRY_VERIFY(!window.findChild<Ui::AboutDialog *>());
    }

    void downloadOptionsAreSavedAndAnnounced()
    {
        QVERIFY(!m_settings->writeSidecars());
        QVERIFY(!m_settings->keepHashHistory());
        {
            Ui::MainWindow window(*m_settings, *m_paths, QUrl(), nullptr);
            auto *sidecars = window.findChild<QAction *>(QStringLiteral("sidecarsAction"));
            auto *history = window.findChild<QAction *>(QStringLiteral("hashHistoryAction"));
            QVERIFY(sidecars && history);
            QVERIFY(!sidecars->isChecked() && !history->isChecked());
            QSignalSpy changed(&window, &Ui::MainWindow::downloadOptionsChanged);
            sidecars->trigger();
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.last().at(0).toBool(), true);
            QCOMPARE(changed.last().at(1).toBool(), false);
            history->trigger();
            QCOMPARE(changed.last().at(1).toBool(), true);
        }
        QVERIFY(m_settings->writeSidecars());
        QVERIFY(m_settings->keepHashHistory());
        // A new window shows what was chosen.
        Ui::MainWindow again(*m_settings, *m_paths, QUrl(), nullptr);
        QVERIFY(again.findChild<QAction *>(QStringLiteral("sidecarsAction"))->isChecked());
        QVERIFY(again.findChild<QAction *>(QStringLiteral("hashHistoryAction"))->isChecked());
    }

    void remembersTheSection()
    {
        {
            Ui::MainWindow window(*m_settings, *m_paths, QUrl(), nullptr);
            window.show();
            window.showSection(Ui::Section::Account);
            window.close();
        }
        Ui::MainWindow reopened(*m_settings, *m_paths, QUrl(), nullptr);
        QCOMPARE(reopened.currentSection(), Ui::Section::Account);
    }

    void opensOnTheFirstSectionWithContent()
    {
        // Never opened before, no portal: News, Videos and Downloads have
        // nothing; the Library has a clip, so the window opens there.
        FreshProfile fresh;
        QVERIFY(fresh.ready());
        const LibrarySamples::Sample sample {QStringLiteral("arrivals"),
                                             QStringLiteral("Summit arrivals"),
                                             QStringLiteral("mxf"),
                                             QStringLiteral("Brussels"),
                                             {},
                                             LibrarySamples::at(2026, 11, 3),
                                             LibrarySamples::at(2026, 11, 2),
                                             Library::Status::Ok,
                                             QString()};
        const auto clip =
            LibrarySamples::sampleClip(sample, 0, fresh.dir.filePath(QStringLiteral("clips")), QUrl());
        QVERIFY(clip);
        QVERIFY(fresh.store->addClip(*clip).ok());
        {
            auto window = fresh.window();
            window->show();
            QCOMPARE(window->currentSection(), Ui::Section::News);
            QTRY_COMPARE(window->currentSection(), Ui::Section::Library);
            // The person goes elsewhere; that is saved and wins next time.
            window->showSection(Ui::Section::Account);
            window->close();
        }
        auto again = fresh.window();
        again->show();
        QCOMPARE(again->currentSection(), Ui::Section::Account);
        // Given time to answer, the Library does not take over.
        QSignalSpy answered(again->page(Ui::Section::Library), SIGNAL(contentChanged()));
        QVERIFY(answered.wait(5000) || answered.count() > 0);
        QCOMPARE(again->currentSection(), Ui::Section::Account);
    }

    void anEmptyLibraryLeavesTheFirstSection()
    {
        FreshProfile fresh;
        QVERIFY(fresh.ready());
        auto window = fresh.window();
        QSignalSpy answered(window->page(Ui::Section::Library), SIGNAL(contentChanged()));
        window->show();
        QVERIFY(answered.wait(5000) || answered.count() > 0);
        QCOMPARE(window->currentSection(), Ui::Section::News);
    }

    void navigationIconsFollowTheTheme()
    {
        // A theme with an icon for downloads only: that one comes from the
        // theme, the others are the bundled drawings.
        QTemporaryDir themes;
        const QString folder = themes.filePath(QStringLiteral("probe/scalable/places"));
        QVERIFY(QDir().mkpath(folder));
        QFile index(themes.filePath(QStringLiteral("probe/index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=Probe\nDirectories=scalable/places\n\n[scalable/places]\n"
                    "Size=48\nMinSize=8\nMaxSize=512\nType=Scalable\n");
        index.close();
        QVERIFY(QFile::copy(QStringLiteral(":/icons/downloads.svg"),
                            folder + QStringLiteral("/folder-download.svg")));
        const QStringList searchPaths = QIcon::themeSearchPaths();
        const QString theme = QIcon::themeName();
        const auto restore = qScopeGuard([&] {
            QIcon::setThemeSearchPaths(searchPaths);
            QIcon::setThemeName(theme);
        });
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("probe"));
        QCOMPARE(Ui::icon(QStringLiteral("downloads")).name(), QStringLiteral("folder-download"));
        QCOMPARE(Ui::icon(QStringLiteral("library")).name(), QString());
        QVERIFY(!Ui::icon(QStringLiteral("library")).pixmap(32, 32).isNull());
        Ui::MainWindow window(*m_settings, *m_paths, QUrl(), nullptr);
        QCOMPARE(navigation(window)->item(2)->icon().name(), QStringLiteral("folder-download"));
        QVERIFY(!navigation(window)->item(3)->icon().pixmap(32, 32).isNull());
    }

    void speaksFrench()
    {
        QCOMPARE(Ui::Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        Ui::MainWindow window(*m_settings, *m_paths, QUrl(), nullptr);
        QListWidget *list = navigation(window);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Actualités"));
        QCOMPARE(list->item(3)->text(), QStringLiteral("Médiathèque"));
        QCOMPARE(list->item(4)->text(), QStringLiteral("Compte"));
        window.showSection(Ui::Section::Account);
        auto *page = qobject_cast<Ui::EmptyStatePage *>(visiblePage(window));
        QCOMPARE(page->heading(), QStringLiteral("Aucun portail défini"));
        Ui::Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
