// The window with the keyboard alone, each section filled from the reference
// portal (news, a video, a download, a library clip, the account): Ctrl+1 to
// Ctrl+5 reach the sections, Tab then reaches every control a person can
// use in each of them (or the control says which key does its work), and
// Help → Keyboard Shortcuts lists every key of the window and the player,
// each with what it does.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/downloads/downloadmanager.h"
#include "core/library/librarystore.h"
#include "core/news/newscache.h"
#include "core/news/newssync.h"
#include "core/portal/portalclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/librarysamples.h"
#include "tests/support/newscontent.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "ui/mainwindow.h"
#include "ui/news/newsmodel.h"
#include "ui/news/newspage.h"
#include "ui/player/previewplayer.h"
#include "ui/shortcutsdialog.h"
#include "ui/translations.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSet>
#include <QShortcut>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

namespace {

// A control a person works: it must take the focus with Tab, or do the
// work of a key that the shortcuts list names.
bool isControl(const QWidget *widget)
{
    // A scroll bar is worked by the keys of what it scrolls.
    if (qobject_cast<const QScrollBar *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget)
        || qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractSlider *>(widget);
}

QString describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    if (text.isEmpty())
        text = widget->accessibleName();
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(widget->metaObject()->className()), text, widget->objectName());
}

// Part of a composite control that takes the focus itself (a combo box's
// line edit, a spin box's, a scroll bar of a view).
bool isInnerPart(const QWidget *widget)
{
    for (const QWidget *up = widget->parentWidget(); up; up = up->parentWidget()) {
        if (qobject_cast<const QComboBox *>(up) || qobject_cast<const QAbstractSpinBox *>(up)
            || qobject_cast<const QAbstractItemView *>(up))
            return true;
    }
    return false;
}

} // namespace

class TestKeyboardOnly final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_profile;
    TestSupport::PortalProcess m_portal;
    TestSupport::LoopbackHttpServer m_thumbnailHost {LibrarySamples::thumbnailAnswer};
    QNetworkAccessManager m_network;
    std::unique_ptr<Settings::Paths> m_paths;
    std::unique_ptr<Settings::AppSettings> m_settings;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    std::unique_ptr<Downloads::DownloadManager> m_downloads;
    std::unique_ptr<Catalogue::CatalogueCache> m_catalogue;
    std::unique_ptr<Catalogue::ThumbnailCache> m_thumbnails;
    std::unique_ptr<News::NewsCache> m_news;
    std::unique_ptr<News::NewsSync> m_sync;
    std::unique_ptr<Library::LibraryStore> m_library;
    std::unique_ptr<Ui::MainWindow> m_window;

    QWidget *currentPage() const
    {
        return m_window->findChild<QStackedWidget *>(QStringLiteral("sectionPages"))->currentWidget();
    }

    // Tab from the section list until the focus comes back to it; every
    // widget that held the focus on the way.
    QSet<QWidget *> tabAround()
    {
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        navigation->setFocus(Qt::TabFocusReason);
        QSet<QWidget *> reached;
        for (int presses = 0; presses < 400; ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            if (!focus || focus == navigation)
                break;
            if (qEnvironmentVariableIsSet("MMDESK_TRACE_TAB"))
                qInfo() << "tab" << presses << focus->metaObject()->className() << focus->objectName();
            reached.insert(focus);
        }
        return reached;
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-keys");
        video.title = QStringLiteral("Press conference by the Secretary General");
        video.sizeBytes = 512 * 1024;
        QVERIFY(!TestSupport::writeSingleVideo(m_content.path(), video).isEmpty());
        const QDateTime base(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        for (int n = 1; n <= 3; ++n) {
            QVERIFY(
                TestSupport::writeNewsArticle(m_content.path(),
                                              TestSupport::newsArticle(n, QStringLiteral("Release %1").arg(n),
                                                                       base.addDays(n), base.addDays(n))));
        }
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));

        m_paths = std::make_unique<Settings::Paths>(Settings::Paths::resolve(m_profile.path()));
        QCOMPARE(m_paths->ensureCreated(), QString());
        m_settings = std::make_unique<Settings::AppSettings>(m_paths->settingsFile());
        m_settings->setDownloadFolder(m_profile.filePath(QStringLiteral("Downloads")));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-keyboard-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        m_downloads = std::make_unique<Downloads::DownloadManager>(
            *m_client, QDir(m_paths->dataDir()).filePath(QStringLiteral("downloads.sqlite")));
        m_catalogue = std::make_unique<Catalogue::CatalogueCache>(
            QDir(m_paths->cacheDir()).filePath(QStringLiteral("catalogue.sqlite")));
        m_thumbnails = std::make_unique<Catalogue::ThumbnailCache>(
            m_network, QDir(m_paths->cacheDir()).filePath(QStringLiteral("thumbnails")));
        m_news = std::make_unique<News::NewsCache>(
            QDir(m_paths->dataDir()).filePath(QStringLiteral("news.sqlite")));
        m_sync = std::make_unique<News::NewsSync>(*m_client, *m_news);
        auto library =
            Library::LibraryStore::open(QDir(m_paths->dataDir()).filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library.ok());
        m_library = std::move(library).value();
        QVERIFY(m_thumbnailHost.listen());
        const LibrarySamples::Sample sample {QStringLiteral("summit"),
                                             QStringLiteral("Summit arrivals"),
                                             QStringLiteral("mxf"),
                                             QStringLiteral("Brussels"),
                                             {QStringLiteral("Summit")},
                                             LibrarySamples::at(2026, 11, 3),
                                             LibrarySamples::at(2026, 11, 2),
                                             Library::Status::Ok,
                                             QString()};
        const auto clip =
            LibrarySamples::sampleClip(sample, 0, m_profile.filePath(QStringLiteral("clips")),
                                       m_thumbnailHost.url(QStringLiteral("/thumbs/summit.jpg")));
        QVERIFY(clip);
        QVERIFY(m_library->addClip(*clip).ok());

        m_window =
            std::make_unique<Ui::MainWindow>(*m_settings, *m_paths, m_portal.baseUrl(), m_accounts.get());
        m_window->setNews(*m_news, m_sync.get(), nullptr, m_thumbnails.get(), 0);
        m_window->setDownloadManager(m_downloads.get());
        m_window->setCatalogue(*m_client, *m_catalogue, *m_thumbnails, m_downloads.get());
        m_window->setLibrary(m_library.get(),
                             QDir(m_paths->dataDir()).filePath(QStringLiteral("library.sqlite")),
                             m_thumbnails.get(), m_client.get());
        m_downloads->start();
        // A download in the queue (it waits for a sign-in), so that the
        // Downloads section shows its list and buttons.
        Downloads::DownloadRecord queued;
        queued.videoId = video.videoId;
        queued.renditionId = video.renditionId;
        queued.title = video.title;
        queued.label = QStringLiteral("Master");
        queued.fileName = video.fileName;
        queued.destDir = m_settings->downloadFolder();
        m_downloads->add(queued);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(m_window->isActiveWindow());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_downloads.reset();
        QVERIFY(m_portal.stop());
    }

    void everySectionByKeys_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<int>("section");
        QTest::newRow("News") << 1 << int(Ui::Section::News);
        QTest::newRow("Videos") << 2 << int(Ui::Section::Videos);
        QTest::newRow("Downloads") << 3 << int(Ui::Section::Downloads);
        QTest::newRow("Library") << 4 << int(Ui::Section::Library);
        QTest::newRow("Account") << 5 << int(Ui::Section::Account);
    }

    void everySectionByKeys()
    {
        QFETCH(int, number);
        QFETCH(int, section);
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + number), Qt::ControlModifier);
        QCOMPARE(int(m_window->currentSection()), section);
        if (section == int(Ui::Section::News)) {
            auto *news = qobject_cast<Ui::NewsPage *>(currentPage());
            QVERIFY(news);
            QTRY_COMPARE_WITH_TIMEOUT(news->model()->rowCount(), 3, 20000);
        } else if (section == int(Ui::Section::Downloads)) {
            QTRY_VERIFY_WITH_TIMEOUT(currentPage()->findChild<QAbstractItemView *>(), 10000);
        } else if (section == int(Ui::Section::Videos)) {
            auto *videos = qobject_cast<Ui::VideosPage *>(currentPage());
            QVERIFY(videos);
            QTRY_COMPARE_WITH_TIMEOUT(videos->model()->rowCount(), 1, 20000);
        }

        const QSet<QWidget *> reached = tabAround();
        QWidget *page = currentPage();
        QStringList unreachable;
        for (QWidget *widget : page->findChildren<QWidget *>()) {
            if (!isControl(widget) || !widget->isVisibleTo(m_window.get()) || !widget->isEnabled()
                || isInnerPart(widget))
                continue;
            QWidget *target = widget->focusProxy() ? widget->focusProxy() : widget;
            if (reached.contains(target))
                continue;
            // Of buttons that exclude each other (Grid | List), Tab reaches
            // the one that is on and the arrow keys the others.
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
                button && button->group() && button->group()->exclusive()) {
                const auto buttons = button->group()->buttons();
                if (std::any_of(buttons.cbegin(), buttons.cend(),
                                [&reached](QAbstractButton *b) { return reached.contains(b); }))
                    continue;
            }
            // A button that does the work of a key is reached by that key.
            const auto *tool = qobject_cast<const QToolButton *>(widget);
            if (tool && tool->defaultAction() && !tool->defaultAction()->shortcut().isEmpty())
                continue;
            unreachable << describe(widget);
        }
        QVERIFY2(unreachable.isEmpty(),
                 qPrintable(QStringLiteral("not reached with Tab: ") + unreachable.join(u"; ")));
        QVERIFY(std::any_of(reached.cbegin(), reached.cend(),
                            [page](QWidget *w) { return page->isAncestorOf(w); }));
    }

    void theShortcutListNamesEveryKey()
    {
        Ui::ShortcutsDialog *dialog = m_window->showShortcuts();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTreeWidget *list = dialog->list();

        // Every key that the window and the player hold, as the list shows it.
        QSet<QString> listed;
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            listed.insert(list->topLevelItem(row)->text(0) + u'\t' + list->topLevelItem(row)->text(1));
        QStringList missing;
        QStringList undescribed;
        const auto check = [&](const QString &description, const QList<QKeySequence> &keys,
                               const QObject *owner) {
            for (const QKeySequence &key : keys) {
                if (key.isEmpty())
                    continue;
                if (description.isEmpty())
                    undescribed << Ui::ShortcutsDialog::keysText(key) + u" (" + owner->objectName() + u')';
                else if (!listed.contains(description + u'\t' + Ui::ShortcutsDialog::keysText(key)))
                    missing << description + u' ' + Ui::ShortcutsDialog::keysText(key);
            }
        };
        const QList<QObject *> roots {m_window.get(), static_cast<QObject *>(m_window->player())};
        for (QObject *root : roots) {
            for (const QShortcut *shortcut : root->findChildren<QShortcut *>())
                check(Ui::ShortcutsDialog::description(shortcut), shortcut->keys(), shortcut);
            for (const QAction *action : root->findChildren<QAction *>()) {
                QString text = action->text();
                text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
                check(text, action->shortcuts(), action);
            }
        }
        QVERIFY2(undescribed.isEmpty(),
                 qPrintable(QStringLiteral("keys that do not say what they do: ") + undescribed.join(u", ")));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("keys the list leaves out: ") + missing.join(u", ")));
        // Known keys, as a person reads them.
        for (const QString &expected :
             {QStringLiteral("Keyboard Shortcuts\tCtrl+/"), QStringLiteral("Shuttle reverse\tJ"),
              QStringLiteral("Next article\tJ")})
            QVERIFY2(listed.contains(expected), qPrintable(expected));
        dialog->close();
    }
};

QTEST_MAIN(TestKeyboardOnly)
#include "tst_keyboardonly.moc"
