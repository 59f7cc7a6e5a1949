// The pictures in docs/screenshots, taken as a newcomer meets the program
// after the README's demo command: the reference portal serving its demo
// content, an account signed in, downloads at work. Every section in
// English and French, in a light and a dark theme; each picture is checked
// for controls cut off and for the theme it was meant to show. Then every
// section again under a pseudo-translation 30 % longer than English, which
// must cut nothing off either.
//
// `cmake --build --preset dev --target screenshots` writes the pictures
// into docs/screenshots; as a test they go to a temporary folder.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/downloads/downloadmanager.h"
#include "core/library/downloadintake.h"
#include "core/library/librarystore.h"
#include "core/news/newscache.h"
#include "core/news/newssync.h"
#include "core/portal/portalclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/screencheck.h"
#include "tests/portal/demo/makedemo.h"
#include "tests/support/accountsignup.h"
#include "tests/support/portalprocess.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/downloads/downloadspage.h"
#include "ui/library/librarymodel.h"
#include "ui/library/librarypage.h"
#include "ui/library/thumbnailprovider.h"
#include "ui/mainwindow.h"
#include "ui/news/newsmodel.h"
#include "ui/news/newspage.h"
#include "ui/news/newsreader.h"
#include "ui/section.h"
#include "ui/translations.h"
#include "ui/videos/videodetailpane.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"
#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QListView>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPalette>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

// Every text of the program made 30 % longer and given accents, as a
// language with longer words would: whatever does not fit shows.
// Placeholders (%1, %n, %L1), markup and entities stay as they are.
class PseudoTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return lengthened(QString::fromUtf8(sourceText));
    }

    static QString lengthened(const QString &source)
    {
        static const QHash<QChar, QChar> accented {
            {u'a', u'á'}, {u'e', u'é'}, {u'i', u'î'}, {u'o', u'ö'}, {u'u', u'ü'},
            {u'A', u'Å'}, {u'E', u'É'}, {u'I', u'Î'}, {u'O', u'Ö'}, {u'U', u'Ü'},
        };
        QString out;
        qsizetype visible = 0;
        for (qsizetype i = 0; i < source.size(); ++i) {
            const QChar c = source.at(i);
            if (c == u'<') { // markup, as it is
                const qsizetype end = source.indexOf(u'>', i);
                if (end > i) {
                    out += source.mid(i, end - i + 1);
                    i = end;
                    continue;
                }
            }
            if (c == u'&' && i + 1 < source.size() && source.at(i + 1).isLetter()) {
                const qsizetype end = source.indexOf(u';', i);
                if (end > i && end - i < 10) { // an entity
                    out += source.mid(i, end - i + 1);
                    i = end;
                    continue;
                }
            }
            if (c == u'%' && i + 1 < source.size()) { // %1, %n, %L1
                qsizetype end = i + 1;
                if (source.at(end) == u'L')
                    ++end;
                while (end < source.size() && (source.at(end).isDigit() || source.at(end) == u'n'))
                    ++end;
                if (end > i + 1) {
                    out += source.mid(i, end - i);
                    i = end - 1;
                    continue;
                }
            }
            out += accented.value(c, c);
            if (c.isLetterOrNumber())
                ++visible;
        }
        if (visible == 0)
            return source;
        return out + QString((visible * 3 + 9) / 10, u'~');
    }
};

// Breeze Dark's colours: a dark theme as KDE ships one.
QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x31, 0x36, 0x3b);
    const QColor base(0x23, 0x26, 0x29);
    const QColor text(0xef, 0xf0, 0xf1);
    const QColor dimmed(0x6e, 0x71, 0x75);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, window);
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, window);
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, text);
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::Link, QColor(0x29, 0x80, 0xb9));
    dark.setColor(QPalette::PlaceholderText, dimmed);
    dark.setColor(QPalette::Light, QColor(0x47, 0x4d, 0x54));
    dark.setColor(QPalette::Midlight, QColor(0x3c, 0x42, 0x48));
    dark.setColor(QPalette::Mid, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::Dark, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, dimmed);
    return dark;
}

// How light a picture is on the whole, 0 (black) to 1 (white).
double lightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            sum += QColor(image.pixel(x, y)).lightnessF();
            ++count;
        }
    }
    return count > 0 ? sum / count : 0;
}

} // namespace

class TestScreenshots final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_state;
    QTemporaryDir m_dest;
    QTemporaryDir m_scratch;
    QString m_folder;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    std::unique_ptr<Settings::AppSettings> m_settings;
    std::unique_ptr<Downloads::DownloadManager> m_manager;
    std::unique_ptr<Library::LibraryStore> m_library;
    std::unique_ptr<Library::DownloadIntake> m_intake;
    std::unique_ptr<News::NewsCache> m_news;
    std::unique_ptr<News::NewsSync> m_newsSync;
    std::unique_ptr<Catalogue::ThumbnailCache> m_newsImages;
    std::unique_ptr<Catalogue::CatalogueCache> m_catalogue;
    std::unique_ptr<Catalogue::ThumbnailCache> m_thumbnails;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::NewsPage *m_newsPage = nullptr;
    Ui::VideosPage *m_videosPage = nullptr;
    Ui::LibraryPage *m_libraryPage = nullptr;
    QPalette m_lightPalette;
    qint64 m_activeId = 0;

    static const QList<Ui::Section> &sections()
    {
        static const QList<Ui::Section> all {Ui::Section::News, Ui::Section::Videos, Ui::Section::Downloads,
                                             Ui::Section::Library, Ui::Section::Account};
        return all;
    }

    Ui::DownloadsPage *downloadsPage() const
    {
        return qobject_cast<Ui::DownloadsPage *>(m_window->page(Ui::Section::Downloads));
    }

    QListWidget *navigation() const { return m_window->findChild<QListWidget *>(u"navigation"_s); }

    std::optional<Downloads::DownloadRecord> download(qint64 id) const
    {
        for (const Downloads::DownloadRecord &record : m_manager->downloads()) {
            if (record.id == id)
                return record;
        }
        return std::nullopt;
    }

    // Queues a rendition the way the Videos section does, and returns its id.
    qint64 queue(const QString &videoId, const QString &renditionId)
    {
        Ui::VideosModel *model = m_videosPage->model();
        const int row = model->rowOf(videoId);
        if (row < 0)
            return 0;
        m_window->showSection(Ui::Section::Videos);
        QListView *grid = m_videosPage->gridView();
        grid->setCurrentIndex(model->index(row, 0));
        if (!QTest::qWaitFor(
                [&] {
                    return m_videosPage->detailPane()->video()
                        && m_videosPage->detailPane()->video()->id == videoId;
                },
                20000))
            return 0;
        const Catalogue::Video video = *m_videosPage->detailPane()->video();
        const auto rendition =
            std::find_if(video.renditions.cbegin(), video.renditions.cend(),
                         [&](const Catalogue::Rendition &r) { return r.id == renditionId; });
        if (rendition == video.renditions.cend())
            return 0;
        QSet<qint64> before;
        for (const Downloads::DownloadRecord &record : m_manager->downloads())
            before.insert(record.id);
        m_videosPage->requestDownload(video, *rendition);
        qint64 added = 0;
        (void)QTest::qWaitFor(
            [&] {
                for (const Downloads::DownloadRecord &record : m_manager->downloads()) {
                    if (!before.contains(record.id))
                        added = record.id;
                }
                return added != 0;
            },
            20000);
        return added;
    }

    // Shows a section as it looks once its content is in.
    void settle(Ui::Section section)
    {
        m_window->showSection(section);
        switch (section) {
        case Ui::Section::News: {
            auto *list = m_newsPage->findChild<QTreeView *>(u"newsList"_s);
            QVERIFY(list);
            list->setCurrentIndex(m_newsPage->model()->index(0, 0));
            QTRY_VERIFY_WITH_TIMEOUT(m_newsPage->reader()->item().has_value(), 20000);
            break;
        }
        case Ui::Section::Videos: {
            QListView *grid = m_videosPage->gridView();
            grid->setCurrentIndex(m_videosPage->model()->index(1, 0));
            QTRY_VERIFY_WITH_TIMEOUT(m_videosPage->detailPane()->video().has_value(), 20000);
            break;
        }
        case Ui::Section::Downloads: {
            Ui::DownloadsPage *page = downloadsPage();
            QVERIFY(page);
            QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 3, 20000);
            break;
        }
        case Ui::Section::Library: {
            QTRY_COMPARE_WITH_TIMEOUT(m_libraryPage->model()->rowCount(), 1, 20000);
            m_libraryPage->view()->selectRow(0);
            // The clip's picture in its row, not the placeholder.
            const QImage placeholder =
                Ui::ThumbnailProvider::placeholder(Ui::LibraryModel::ThumbnailSize).toImage();
            QTRY_VERIFY_WITH_TIMEOUT(m_libraryPage->model()
                                             ->index(0, Ui::LibraryModel::TitleColumn)
                                             .data(Qt::DecorationRole)
                                             .value<QIcon>()
                                             .pixmap(Ui::LibraryModel::ThumbnailSize)
                                             .toImage()
                                         != placeholder,
                                     10000);
            break;
        }
        case Ui::Section::Account:
            break;
        }
        // Pictures, layouts and posted language changes come in.
        QTest::qWait(0);
        QApplication::processEvents();
    }

    // Nothing went wrong on the way: no message bar says so.
    void noErrorShown(const QString &screen) const
    {
        for (const Ui::MessageBar *bar : m_window->findChildren<Ui::MessageBar *>()) {
            QVERIFY2(!bar->isVisible() || bar->kind() != Ui::MessageBar::Kind::Error,
                     qPrintable(screen + u": "_s + bar->text()));
        }
    }

    QString pictureOf(Ui::Section section, const QString &language, const QString &theme) const
    {
        return QDir(m_folder).filePath(Ui::sectionKey(section) + u'-' + language + u'-' + theme + u".png"_s);
    }

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        m_lightPalette = QApplication::style()->standardPalette();
        QApplication::setPalette(m_lightPalette);
        Ui::Translations::install(*qApp, u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_folder = qEnvironmentVariable("MMDESK_SCREENSHOT_DIR", m_scratch.path());
        QVERIFY(QDir().mkpath(m_folder));

        // The demo content, smaller than the README's (same generator).
        QCOMPARE(Demo::makeDemo({m_content.path(), u"--force"_s, u"--videos"_s, u"4"_s, u"--news"_s, u"6"_s,
                                 u"--big"_s, u"3M"_s}),
                 0);
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(u"mmdesk-screenshots-test"_s);
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, u"demo@example.org"_s));

        const Settings::Paths paths = Settings::Paths::resolve(m_state.filePath(u"profile"_s));
        QCOMPARE(paths.ensureCreated(), QString());
        m_settings = std::make_unique<Settings::AppSettings>(paths.settingsFile());
        QVERIFY(m_settings->migrate().ok());
        m_settings->setDownloadFolder(m_dest.path());
        m_manager = std::make_unique<Downloads::DownloadManager>(*m_client, m_state.filePath(u"q.sqlite"_s));
        auto library = Library::LibraryStore::open(m_state.filePath(u"library.sqlite"_s));
        QVERIFY(library);
        m_library = std::move(library).value();
        m_intake = std::make_unique<Library::DownloadIntake>(*m_library);
        connect(m_manager.get(), &Downloads::DownloadManager::completed, m_intake.get(),
                &Library::DownloadIntake::take);
        m_news = std::make_unique<News::NewsCache>(m_state.filePath(u"news.sqlite"_s));
        m_newsSync = std::make_unique<News::NewsSync>(*m_client, *m_news);
        m_newsImages =
            std::make_unique<Catalogue::ThumbnailCache>(m_network, m_state.filePath(u"news-images"_s));
        m_catalogue = std::make_unique<Catalogue::CatalogueCache>(m_state.filePath(u"catalogue.sqlite"_s));
        m_thumbnails = std::make_unique<Catalogue::ThumbnailCache>(m_network, m_state.filePath(u"thumbs"_s));

        m_window = std::make_unique<Ui::MainWindow>(*m_settings, paths, m_portal.baseUrl(), m_accounts.get());
        m_newsPage = m_window->setNews(*m_news, m_newsSync.get(), nullptr, m_newsImages.get(), 15);
        m_window->setDownloadManager(m_manager.get());
        m_videosPage = m_window->setCatalogue(*m_client, *m_catalogue, *m_thumbnails, m_manager.get());
        m_libraryPage = m_window->setLibrary(m_library.get(), m_state.filePath(u"library.sqlite"_s),
                                             m_thumbnails.get(), m_client.get());
        QVERIFY(m_libraryPage);
        m_window->setDownloadIntake(m_intake.get());
        m_manager->start(true);
        m_window->resize(1280, 800);
        m_window->showSection(Ui::Section::News);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        // The news and the catalogue come in from the portal.
        QTRY_VERIFY_WITH_TIMEOUT(m_newsPage->model()->rowCount() >= 6, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_newsSync->isRunning(), 20000);
        m_window->showSection(Ui::Section::Videos);
        QTRY_COMPARE_WITH_TIMEOUT(m_videosPage->model()->rowCount(), 5, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_thumbnails->networkFetches() >= 5, 20000);

        // Work in progress: one download done and verified (in the library),
        // one paused a part of the way, one on its way with a deadline.
        QSignalSpy added(m_intake.get(), &Library::DownloadIntake::clipAdded);
        const qint64 done = queue(u"v-2026-0211-sg-press-conference-feb"_s, u"r-hd-mp4"_s);
        QVERIFY(done != 0);
        const auto stateOf = [this](qint64 id) {
            const auto record = download(id);
            return record ? Downloads::stateKey(record->state) + u' ' + record->errorMessage : u"missing"_s;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(download(done) && download(done)->state == Downloads::State::Completed,
                                  qPrintable(stateOf(done)), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 30000);
        QVERIFY(m_portal.setFaults({{u"rate_bytes_per_second"_s, 160 * 1024}}));
        const qint64 paused = queue(u"v-2026-0212-ministers-arrive"_s, u"r-xdcam-hd422"_s);
        QVERIFY(paused != 0);
        QTRY_VERIFY_WITH_TIMEOUT(download(paused) && download(paused)->sizeBytes > 0
                                     && download(paused)->bytesDone * 5 > download(paused)->sizeBytes,
                                 60000);
        m_manager->pause(paused);
        QTRY_COMPARE_WITH_TIMEOUT(download(paused)->state, Downloads::State::Paused, 20000);
        m_activeId = queue(u"v-2026-1008-innovation-drones"_s, u"r-prores422"_s);
        QVERIFY(m_activeId != 0);
        // Slow enough to stay on its way through every picture (18 minutes).
        m_manager->setSpeedLimit(m_activeId, 32 * 1024);
        m_manager->setNeededBy(m_activeId, QDateTime::currentDateTime().addSecs(45 * 60));
        QTRY_VERIFY_WITH_TIMEOUT(download(m_activeId)->state == Downloads::State::Active
                                     && download(m_activeId)->bytesDone > 0,
                                 30000);
    }

    void cleanupTestCase()
    {
        Ui::Translations::install(*qApp, u"en"_s);
        m_window.reset();
        m_intake.reset();
        m_manager.reset();
        m_library.reset();
        m_newsSync.reset();
        m_news.reset();
        m_newsImages.reset();
        m_thumbnails.reset();
        m_catalogue.reset();
    }

    void everySection_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<QString>("news"); // the navigation's first tile
        QTest::newRow("en light") << u"en"_s << false << u"News"_s;
        QTest::newRow("en dark") << u"en"_s << true << u"News"_s;
        QTest::newRow("fr light") << u"fr"_s << false << u"Actualités"_s;
        QTest::newRow("fr dark") << u"fr"_s << true << u"Actualités"_s;
    }

    void everySection()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QFETCH(QString, news);
        QCOMPARE(Ui::Translations::install(*qApp, language), language);
        QLocale::setDefault(language == u"fr" ? QLocale(QLocale::French, QLocale::France)
                                              : QLocale(QLocale::English, QLocale::UnitedKingdom));
        QApplication::setPalette(dark ? darkPalette() : m_lightPalette);
        QTRY_COMPARE(navigation()->item(0)->text(), news);
        const QString theme = dark ? u"dark"_s : u"light"_s;
        for (const Ui::Section section : sections()) {
            settle(section);
            if (QTest::currentTestFailed())
                return;
            const QString name = Ui::sectionKey(section) + u' ' + language + u' ' + theme;
            ScreenCheck::nothingClipped(m_window.get(), name);
            ScreenCheck::titlesWhole(m_window.get(), name);
            noErrorShown(name);
            if (QTest::currentTestFailed())
                return;
            const QString file = pictureOf(section, language, theme);
            QVERIFY2(m_window->grab().save(file), qPrintable(file));
            // The picture is the window, in the theme it was meant to show.
            const QImage picture(file);
            QCOMPARE(picture.size(), m_window->size() * m_window->devicePixelRatio());
            const double light = lightness(picture);
            QVERIFY2(dark ? light < 0.4 : light > 0.6,
                     qPrintable(name + u": lightness "_s + QString::number(light)));
        }
        // The Downloads section showed work in progress: one still running.
        QCOMPARE(download(m_activeId)->state, Downloads::State::Active);
    }

    void pseudoTranslationCutsNothingOff()
    {
        Ui::Translations::install(*qApp, u"en"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QApplication::setPalette(m_lightPalette);
        PseudoTranslator pseudo;
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        const auto removed = qScopeGuard([&pseudo] { QCoreApplication::removeTranslator(&pseudo); });
        const QString longer = PseudoTranslator::lengthened(u"News"_s);
        QCOMPARE(longer, u"Néws~~"_s);
        QTRY_COMPARE(navigation()->item(0)->text(), longer);
        for (const Ui::Section section : sections()) {
            settle(section);
            if (QTest::currentTestFailed())
                return;
            ScreenCheck::nothingClipped(m_window.get(), Ui::sectionKey(section) + u" pseudo"_s);
            ScreenCheck::titlesWhole(m_window.get(), Ui::sectionKey(section) + u" pseudo"_s);
        }
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
