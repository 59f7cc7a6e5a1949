// From the catalogue to the picture, through the application window as it is
// put together in mmdesk: the Videos section loads the catalogue from the
// reference portal, a click opens a video, Preview streams its 1080p25 proxy
// (made here with ffmpeg, served by the portal over loopback) into the player
// window, frames arrive in the video sink, and a click on a shot line lands
// within one frame of its tc_in. Then a signed-out Download takes the person
// to the Account section and, once they are signed in, back to the video
// with the download queued.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/downloads/downloadmanager.h"
#include "core/portal/portalclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/support/accountsignup.h"
#include "tests/support/portalprocess.h"
#include "ui/mainwindow.h"
#include "ui/player/previewplayer.h"
#include "ui/player/shotlistmodel.h"
#include "ui/translations.h"
#include "ui/videos/videodetailpane.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

namespace {

const QString VideoId = QStringLiteral("v-press-conference");

QJsonObject shot(const char *in, const char *out, const char *description, const char *speaker = nullptr)
{
    QJsonObject entry {
        {QStringLiteral("tc_in"), QString::fromUtf8(in)},
        {QStringLiteral("tc_out"), QString::fromUtf8(out)},
        {QStringLiteral("kind"), speaker ? QStringLiteral("soundbite") : QStringLiteral("shot")},
        {QStringLiteral("description"), QString::fromUtf8(description)}};
    if (speaker)
        entry.insert(QStringLiteral("speaker"), QString::fromUtf8(speaker));
    return entry;
}

} // namespace

class TestVideoPreview final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_profile;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Settings::Paths> m_paths;
    std::unique_ptr<Settings::AppSettings> m_settings;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    std::unique_ptr<Downloads::DownloadManager> m_manager;
    std::unique_ptr<Catalogue::CatalogueCache> m_cache;
    std::unique_ptr<Catalogue::ThumbnailCache> m_thumbnails;
    std::unique_ptr<Ui::MainWindow> m_window;

    // A 4 s 1080p25 H.264 proxy of ffmpeg's testsrc2 pattern, and a small
    // master standing in for the broadcast rendition.
    bool writeContent()
    {
        const QString media = m_content.filePath(QStringLiteral("media/videos/") + VideoId);
        if (!QDir().mkpath(media) || !QDir().mkpath(m_content.filePath(QStringLiteral("videos")))
            || !QDir().mkpath(m_content.filePath(QStringLiteral("news"))))
            return false;
        QProcess ffmpeg;
        ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                      QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                      QStringLiteral("testsrc2=size=1920x1080:rate=25:duration=4"), QStringLiteral("-c:v"),
                      QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                      QStringLiteral("-g"), QStringLiteral("25"), QStringLiteral("-pix_fmt"),
                      QStringLiteral("yuv420p"), QStringLiteral("-movflags"), QStringLiteral("+faststart"),
                      media + QStringLiteral("/proxy.mp4"),
                      // A frame of it as the thumbnail.
                      QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-s"),
                      QStringLiteral("640x360"), media + QStringLiteral("/thumb.jpg")});
        if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0) {
            qWarning() << "ffmpeg (Debian package ffmpeg):" << ffmpeg.readAll();
            return false;
        }
        QFile master(media + QStringLiteral("/master.mxf"));
        if (!master.open(QIODevice::WriteOnly) || master.write(QByteArray(256 * 1024, 'm')) != 256 * 1024)
            return false;
        master.close();
        const QString base = QStringLiteral("media/videos/") + VideoId + u'/';
        const QJsonObject video {
            {QStringLiteral("id"), VideoId},
            {QStringLiteral("title"), QStringLiteral("Press conference by the Secretary General")},
            {QStringLiteral("description"), QStringLiteral("Opening remarks and questions from the press.")},
            {QStringLiteral("published_at"), QStringLiteral("2026-11-20T10:00:00Z")},
            {QStringLiteral("duration_ms"), 4000},
            {QStringLiteral("tags"), QJsonArray {QStringLiteral("press-conference")}},
            {QStringLiteral("credit"), QStringLiteral("Alliance Multimedia Library")},
            {QStringLiteral("usage_terms"), QStringLiteral("Free of charge for editorial use.")},
            {QStringLiteral("thumbnail"), QString(base + QStringLiteral("thumb.jpg"))},
            {QStringLiteral("preview"), QString(base + QStringLiteral("proxy.mp4"))},
            {QStringLiteral("shotlist"),
             QJsonArray {shot("00:00:00:00", "00:00:01:05", "Wide shot of the press room."),
                         shot("00:00:01:05", "00:00:02:10", "“Production lines are running double shifts.”",
                              "Annelie Vørsund, Secretary General"),
                         shot("00:00:02:10", "00:00:04:00", "Cutaway: journalists taking notes.")}},
            {QStringLiteral("renditions"),
             QJsonArray {QJsonObject {
                 {QStringLiteral("id"), QStringLiteral("r-xdcam")},
                 {QStringLiteral("label"), QStringLiteral("Broadcast HD 1080i50, XDCAM HD422 50 Mb/s")},
                 {QStringLiteral("container"), QStringLiteral("mxf")},
                 {QStringLiteral("video_codec"), QStringLiteral("mpeg2video")},
                 {QStringLiteral("audio_codec"), QStringLiteral("pcm_s24le")},
                 {QStringLiteral("width"), 1920},
                 {QStringLiteral("height"), 1080},
                 {QStringLiteral("frame_rate"), QStringLiteral("25")},
                 {QStringLiteral("interlaced"), true},
                 {QStringLiteral("bitrate_kbps"), 50000},
                 {QStringLiteral("file"), QString(base + QStringLiteral("master.mxf"))},
                 {QStringLiteral("filename"), QStringLiteral("master.mxf")},
             }}},
        };
        QFile json(m_content.filePath(QStringLiteral("videos/") + VideoId + QStringLiteral(".json")));
        const QByteArray bytes = QJsonDocument(video).toJson();
        return json.open(QIODevice::WriteOnly) && json.write(bytes) == bytes.size();
    }

    Ui::VideosPage *videos() const
    {
        return qobject_cast<Ui::VideosPage *>(m_window->page(Ui::Section::Videos));
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        QVERIFY(writeContent());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_paths = std::make_unique<Settings::Paths>(Settings::Paths::resolve(m_profile.path()));
        QVERIFY(m_paths->ensureCreated().isEmpty());
        m_settings = std::make_unique<Settings::AppSettings>(m_paths->settingsFile());
        m_settings->setDownloadFolder(m_profile.filePath(QStringLiteral("Downloads")));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-videopreview-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        const QDir cache(m_paths->cacheDir());
        m_cache =
            std::make_unique<Catalogue::CatalogueCache>(cache.filePath(QStringLiteral("catalogue.sqlite")));
        m_thumbnails = std::make_unique<Catalogue::ThumbnailCache>(
            m_network, cache.filePath(QStringLiteral("video-thumbnails")));
        m_window =
            std::make_unique<Ui::MainWindow>(*m_settings, *m_paths, m_portal.baseUrl(), m_accounts.get());
        m_manager = std::make_unique<Downloads::DownloadManager>(
            *m_client, m_paths->dataDir() + QStringLiteral("/downloads.sqlite"));
        m_manager->start();
        // Signed out: browsing and preview need no account.
        m_window->setCatalogue(*m_client, *m_cache, *m_thumbnails, m_manager.get());
        m_window->showSection(Ui::Section::Videos);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_manager.reset();
        m_thumbnails.reset();
        m_cache.reset();
    }

    void previewFromTheCatalogue()
    {
        Ui::VideosPage *page = videos();
        QVERIFY(page);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 10000);
        QCOMPARE(page->model()->source(), Ui::VideosModel::Source::Portal);

        // A person clicks the video in the grid, then Preview in its details.
        QListView *grid = page->gridView();
        const QModelIndex index = page->model()->index(page->model()->rowOf(VideoId), 0);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
        QTRY_VERIFY(page->detailPane()->video() && page->detailPane()->video()->id == VideoId);
        QPushButton *preview = page->detailPane()->previewButton();
        QVERIFY(preview && preview->isEnabled());
        Ui::PreviewPlayer *player = m_window->player();
        auto *video = player->findChild<QVideoWidget *>(QStringLiteral("videoWidget"));
        QVERIFY(video);
        QSignalSpy frames(video->videoSink(), &QVideoSink::videoFrameChanged);
        QTest::mouseClick(preview, Qt::LeftButton);
        QVERIFY(player->isVisible());
        QCOMPARE(player->windowTitle(),
                 QStringLiteral("Press conference by the Secretary General — Preview"));

        // Decoded frames of the streamed proxy, at its size.
        QTRY_VERIFY2_WITH_TIMEOUT(frames.size() >= 10, qPrintable(player->problem()), 20000);
        QCOMPARE(frames.last().first().value<QVideoFrame>().size(), QSize(1920, 1080));
        QVERIFY2(player->problem().isEmpty(), qPrintable(player->problem()));
        // The programme's frame rate from the rendition, the proxy's own scanning.
        QCOMPARE(player->findChild<QLabel *>(QStringLiteral("formatLabel"))->text(),
                 QStringLiteral("1920×1080 · 25 fps"));
        player->pause();

        // The shot list came with the video; a click on the third line seeks
        // to its tc_in, 00:00:02:10 = frame 60 = 2400 ms.
        auto *shots = player->findChild<QTableView *>(QStringLiteral("shotList"));
        auto *model = player->findChild<Ui::ShotlistModel *>();
        QVERIFY(shots && model);
        QCOMPARE(model->rowCount(), 3);
        const QRect line = shots->visualRect(model->index(2, 2));
        QVERIFY(line.isValid());
        QTest::mouseClick(shots->viewport(), Qt::LeftButton, {}, line.center());
        QTRY_VERIFY_WITH_TIMEOUT(!player->isSeeking(), 10000);
        QTRY_COMPARE(player->shownFrame(), qint64(60));
        const qint64 oneFrameMs = 40;
        QVERIFY2(std::abs(player->position() - 2400) < oneFrameMs,
                 qPrintable(QString::number(player->position())));
        QCOMPARE(player->findChild<QLabel *>(QStringLiteral("timecodeLabel"))->text().section(u' ', 0, 0),
                 QStringLiteral("00:00:02:10"));
    }

    void signedOutDownloadGoesOnAfterSignIn()
    {
        Ui::VideosPage *page = videos();
        QCOMPARE(m_accounts->state(), Auth::AccountService::State::SignedOut);
        QTest::mouseClick(page->detailPane()->downloadBestButton(), Qt::LeftButton);
        // The person is taken to the Account section to sign in...
        QCOMPARE(m_window->currentSection(), Ui::Section::Account);
        QVERIFY(m_window->page(Ui::Section::Account)->isVisible());
        QVERIFY(m_manager->downloads().isEmpty());
        // ...and, once signed in, back to the video, whose download is queued
        // into the folder chosen in the settings.
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("preview@example.org")));
        QTRY_COMPARE(m_window->currentSection(), Ui::Section::Videos);
        QTRY_COMPARE(m_manager->downloads().size(), 1);
        const Downloads::DownloadRecord record = m_manager->downloads().first();
        QCOMPARE(record.videoId, VideoId);
        QCOMPARE(record.renditionId, QStringLiteral("r-xdcam"));
        QCOMPARE(record.destDir, m_settings->downloadFolder());
    }
};

QTEST_MAIN(TestVideoPreview)
#include "tst_videopreview.moc"
