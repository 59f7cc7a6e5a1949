// The News section as a journalist meets it, offscreen, against the
// reference portal: the first showing syncs; with the portal stopped an
// article still opens with its picture from the cache and no request goes
// out; a quote copies with its attribution; J/K/S/M work from the keyboard;
// a related video opens in the Videos section.

#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/news/feedfetcher.h"
#include "core/news/newscache.h"
#include "core/news/newssync.h"
#include "core/portal/portalclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/screencheck.h"
#include "tests/support/loopbackhttpserver.h"
#include "tests/support/newscontent.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "ui/mainwindow.h"
#include "ui/news/addfeeddialog.h"
#include "ui/news/newsmodel.h"
#include "ui/news/newspage.h"
#include "ui/news/newsreader.h"
#include "ui/videos/videodetailpane.h"
#include "ui/videos/videospage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimeZone>
#include <QTreeView>

namespace {

const QDateTime Base(QDate(2026, 5, 4), QTime(9, 30), QTimeZone::utc());

// Counts every request made through it, whoever makes it.
class CountingNetwork final : public QNetworkAccessManager
{
public:
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        ++requests;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

} // namespace

class TestNewsView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_profile;
    TestSupport::PortalProcess m_portal;
    CountingNetwork m_network;
    QImage m_picture;

private slots:
    void initTestCase()
    {
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-related");
        video.title = QStringLiteral("Ministers arrive");
        QVERIFY(!TestSupport::writeSingleVideo(m_content.path(), video).isEmpty());
        // A picture the reader must show from the cache once offline.
        m_picture = QImage(480, 270, QImage::Format_RGB32);
        for (int y = 0; y < m_picture.height(); ++y)
            for (int x = 0; x < m_picture.width(); ++x)
                m_picture.setPixelColor(x, y, QColor(20 + x / 4, 60 + y / 3, 140));
        QVERIFY(QDir(m_content.path()).mkpath(QStringLiteral("media/news")));
        QVERIFY(m_picture.save(m_content.filePath(QStringLiteral("media/news/ministers.png")), "PNG"));
        for (int n = 1; n <= 5; ++n) {
            QJsonObject article = TestSupport::newsArticle(n, QStringLiteral("Release %1").arg(n),
                                                           Base.addSecs(3600 * n), Base.addSecs(3600 * n));
            if (n == 5) {
                article.insert(QStringLiteral("image"), QStringLiteral("media/news/ministers.png"));
                article.insert(QStringLiteral("video_ids"), QJsonArray {QStringLiteral("v-related")});
                article.insert(QStringLiteral("title"),
                               QStringLiteral("Allies agree new air defence targets"));
                article.insert(
                    QStringLiteral("body_html"),
                    QStringLiteral("<p>Defence Ministers met in Brussels to review the readiness of "
                                   "forces. The Secretary General said allies would <q>deliver what "
                                   "they promised</q> before the summit.</p><h2>Air defence</h2><p>"
                                   "Ministers agreed a timetable for new capability targets by June."
                                   "</p><ul><li>Joint purchases of interceptors</li><li>Common test "
                                   "standards</li></ul>"));
            }
            QVERIFY(TestSupport::writeNewsArticle(m_content.path(), article));
        }
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void readOfflineQuoteAndOpenAVideo()
    {
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.path());
        QCOMPARE(paths.ensureCreated(), QString());
        Settings::AppSettings settings(paths.settingsFile());
        Portal::PortalClient client(m_network, m_portal.baseUrl());
        News::NewsCache news(m_profile.filePath(QStringLiteral("news.sqlite")));
        News::NewsSync sync(client, news);
        Catalogue::ThumbnailCache images(m_network, m_profile.filePath(QStringLiteral("news-images")));
        Catalogue::CatalogueCache catalogue(m_profile.filePath(QStringLiteral("catalogue.sqlite")));
        Catalogue::ThumbnailCache thumbnails(m_network, m_profile.filePath(QStringLiteral("thumbnails")));

        Ui::MainWindow window(settings, paths, m_portal.baseUrl(), nullptr);
        Ui::NewsPage *page = window.setNews(news, &sync, nullptr, &images, 15);
        Ui::VideosPage *videos = window.setCatalogue(client, catalogue, thumbnails, nullptr);
        window.showSection(Ui::Section::News);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Shown for the first time: the page syncs and lists newest first.
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 5, 20000);
        QCOMPARE(page->model()->itemAt(0)->title, QStringLiteral("Allies agree new air defence targets"));
        // The picture reaches the cache during the sync.
        QTRY_VERIFY_WITH_TIMEOUT(images.networkFetches() >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!sync.isRunning(), 10000);

        // A related video opens in the Videos section.
        auto *list = page->findChild<QTreeView *>(QStringLiteral("newsList"));
        QVERIFY(list);
        Ui::NewsReader *reader = page->reader();
        QTRY_VERIFY(reader->item()
                    && reader->item()->title == QStringLiteral("Allies agree new air defence targets"));
        QVERIFY(reader->toPlainText().contains(QStringLiteral("Open video v-related")));
        emit reader->anchorClicked(QUrl(QStringLiteral("mmdesk-video:v-related")));
        QCOMPARE(window.currentSection(), Ui::Section::Videos);
        QTRY_VERIFY_WITH_TIMEOUT(videos->detailPane()->video()
                                     && videos->detailPane()->video()->title
                                         == QStringLiteral("Ministers arrive"),
                                 20000);
        window.showSection(Ui::Section::News);

        // The portal goes away: the article still reads, picture included,
        // and nothing is asked of the network.
        QVERIFY(m_portal.stop());
        const int requests = m_network.requests;
        const int fetches = images.networkFetches();
        list->setCurrentIndex(page->model()->index(1, 0));
        list->setCurrentIndex(page->model()->index(0, 0));
        QTRY_VERIFY(reader->item()
                    && reader->item()->title == QStringLiteral("Allies agree new air defence targets"));
        QVERIFY(reader->toPlainText().contains(QStringLiteral("deliver what they promised")));
        const QUrl pictureUrl = reader->item()->imageUrl;
        QVERIFY(pictureUrl.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(reader->document()
                                         ->resource(QTextDocument::ImageResource, pictureUrl)
                                         .value<QImage>()
                                         .convertToFormat(QImage::Format_RGB32)
                                     == m_picture,
                                 10000);
        // On screen too: the picture's top-left colour, not the placeholder's grey.
        const auto pictureShown = [&] {
            const QImage shown = reader->viewport()->grab().toImage();
            for (int y = 0; y < shown.height(); ++y) {
                for (int x = 0; x < shown.width(); ++x) {
                    const QColor c = shown.pixelColor(x, y);
                    if (std::abs(c.red() - 21) < 4 && std::abs(c.green() - 61) < 4
                        && std::abs(c.blue() - 140) < 4)
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(pictureShown(), 10000);
        // And still after the window is resized (the text is laid out again).
        window.resize(1280, 800);
        QTRY_VERIFY_WITH_TIMEOUT(pictureShown(), 10000);
        QCOMPARE(images.networkFetches(), fetches);
        QCOMPARE(m_network.requests, requests);
        ScreenCheck::capture(&window, QStringLiteral("reader"), QStringLiteral("news-reader-en.png"));
        // Exported as Markdown and PDF, with its source.
        QTemporaryDir exports;
        const QString markdown = exports.filePath(QStringLiteral("article.md"));
        QCOMPARE(reader->exportTo(markdown), QString());
        QFile written(markdown);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(written.readAll());
        QVERIFY2(saved.contains(QStringLiteral("# Allies agree new air defence targets")), qPrintable(saved));
        QVERIFY(saved.contains(QStringLiteral("## Air defence")));
        QVERIFY(saved.contains(QStringLiteral("Source: Portal")));
        QVERIFY(saved.contains(QStringLiteral("https://portal.example.org/news/5")));
        const QString pdf = exports.filePath(QStringLiteral("article.pdf"));
        QCOMPARE(reader->exportTo(pdf), QString());
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        QVERIFY(printed.size() > 2000);

        // Opening it marked it read.
        QTRY_VERIFY(page->model()->data(page->model()->index(0, 0), Ui::NewsModel::ReadRole).toBool());

        // A quote, with its attribution, as text and as HTML.
        QTextCursor cursor = reader->document()->find(QStringLiteral("deliver what they promised"));
        QVERIFY(!cursor.isNull());
        reader->setTextCursor(cursor);
        page->copyQuote();
        const QMimeData *copied = QApplication::clipboard()->mimeData();
        QVERIFY(copied);
        const QString text = copied->text();
        QVERIFY2(text.startsWith(QStringLiteral("“deliver what they promised”")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Allies agree new air defence targets"))
                     && text.contains(QStringLiteral("Portal"))
                     && text.contains(QStringLiteral("https://portal.example.org/news/5")),
                 qPrintable(text));
        QVERIFY(copied->html().contains(QStringLiteral("<blockquote>")));

        // Keyboard reading: J to the next article, S stars it, M marks it unread.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_J);
        QTRY_VERIFY(reader->item() && reader->item()->title == QStringLiteral("Release 4"));
        QTest::keyClick(list, Qt::Key_S);
        QTRY_VERIFY(page->model()->data(page->model()->index(1, 0), Ui::NewsModel::StarredRole).toBool());
        QTest::keyClick(list, Qt::Key_K);
        QTRY_VERIFY(reader->item()
                    && reader->item()->title == QStringLiteral("Allies agree new air defence targets"));
    }

    void addAFeedFromTheDialog()
    {
        TestSupport::LoopbackHttpServer web([](const TestSupport::LoopbackHttpServer::Request &request) {
            TestSupport::LoopbackHttpServer::Answer answer;
            if (request.url().path() == u"/feed.atom") {
                answer.contentType = "application/atom+xml";
                answer.body =
                    "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Ministry</title><id>urn:m</id>"
                    "<entry><id>urn:1</id><title>Feed article</title>"
                    "<updated>2026-05-06T10:00:00Z</updated><summary>Text</summary></entry></feed>";
            } else {
                answer.contentType = "text/html";
                answer.body = "<!DOCTYPE html><html><body>A web page</body></html>";
            }
            return answer;
        });
        QVERIFY(web.listen());
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.path());
        Settings::AppSettings settings(paths.settingsFile());
        News::NewsCache news(m_profile.filePath(QStringLiteral("feeds.sqlite")));
        News::FeedFetcher feeds(m_network, news);
        Ui::MainWindow window(settings, paths, QUrl(), nullptr);
        Ui::NewsPage *page = window.setNews(news, nullptr, &feeds, nullptr, 0);
        window.showSection(Ui::Section::News);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *add = page->findChild<QPushButton *>(QStringLiteral("newsAddFeed"));
        QVERIFY(add);
        add->click();
        Ui::AddFeedDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<Ui::AddFeedDialog *>()) && dialog->isVisible());
        auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("addFeedButton"));
        QVERIFY(confirm);
        // A web page is refused; the dialog stays with what was typed.
        const QString pageUrl = web.url(QStringLiteral("/news.html")).toString();
        QTest::keyClicks(dialog->urlEdit(), pageUrl);
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->statusLabel()->text().contains(QStringLiteral("not an RSS or Atom feed")), 10000);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->urlEdit()->text(), pageUrl);
        // The feed itself is followed, and shown.
        dialog->urlEdit()->setText(web.url(QStringLiteral("/feed.atom")).toString());
        confirm->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->findChild<Ui::AddFeedDialog *>(), 10000);
        auto *source = page->findChild<QComboBox *>(QStringLiteral("newsSource"));
        QTRY_COMPARE(source->currentText(), QStringLiteral("Ministry"));
        QTRY_COMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->itemAt(0)->title, QStringLiteral("Feed article"));
        QCOMPARE(page->model()->data(page->model()->index(0, Ui::NewsModel::SourceColumn)).toString(),
                 QStringLiteral("Ministry"));
    }
};

QTEST_MAIN(TestNewsView)
#include "tst_newsview.moc"
