// What a producer sees at a glance, against the reference portal, a real
// download and a real library file: the Download split button names the
// rendition it takes and follows the house format; the card, the list row,
// the rendition table, the Downloads badge and the status bar follow that
// download from queued to verified; restricted terms stand out.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/downloads/downloadmanager.h"
#include "core/library/downloadintake.h"
#include "core/library/librarystore.h"
#include "core/portal/portalclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/gui/screencheck.h"
#include "tests/support/accountsignup.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "ui/mainwindow.h"
#include "ui/navigationdelegate.h"
#include "ui/player/playercontrols.h"
#include "ui/player/previewplayer.h"
#include "ui/settingsdialog.h"
#include "ui/status/statusindicators.h"
#include "ui/translations.h"
#include "ui/videos/videodetailpane.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"
#include "ui/videos/videostates.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

namespace {

struct Encoding
{
    const char *id;
    const char *container;
    const char *videoCodec;
    const char *frameRate;
    bool interlaced;
    int bitrateKbps;
    int bytes;
};

const QList<Encoding> Glance {
    {"r-xdcam", "mxf", "mpeg2video", "25", true, 50000, 3'000'000},
    {"r-h264", "mp4", "h264", "25", false, 10000, 1'000'000},
    {"r-prores", "mov", "prores", "25", false, 147000, 4'000'000},
};

} // namespace

class TestStateAtGlance final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_state;
    QTemporaryDir m_dest;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    std::unique_ptr<Downloads::DownloadManager> m_manager;
    std::unique_ptr<Library::LibraryStore> m_library;
    std::unique_ptr<Library::DownloadIntake> m_intake;
    std::unique_ptr<Catalogue::CatalogueCache> m_cache;
    std::unique_ptr<Catalogue::ThumbnailCache> m_thumbnails;
    std::unique_ptr<Settings::AppSettings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
    Ui::VideosPage *m_page = nullptr;
    QHash<QString, QByteArray> m_sha256; // by rendition id

    bool writeFile(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_content.filePath(relative);
        QFile file(path);
        return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
            && file.write(bytes) == bytes.size();
    }

    bool writeVideo(const QString &id, const QString &title, const QString &published, const QString &terms,
                    const QList<Encoding> &encodings)
    {
        const QString media = QStringLiteral("media/") + id;
        QJsonArray renditions;
        quint32 seed = static_cast<quint32>(qHash(id));
        for (const Encoding &e : encodings) {
            const QString renditionId = QString::fromLatin1(e.id);
            const QString fileName = id + u'-' + renditionId + u'.' + QString::fromLatin1(e.container);
            QByteArray bytes(e.bytes, Qt::Uninitialized);
            QRandomGenerator(seed++).fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            if (!writeFile(media + u'/' + fileName, bytes))
                return false;
            m_sha256.insert(renditionId,
                            TestSupport::sha256OfFile(m_content.filePath(media + u'/' + fileName)));
            renditions.append(QJsonObject {
                {QStringLiteral("id"), renditionId},
                {QStringLiteral("label"), QString(renditionId + QStringLiteral(" label"))},
                {QStringLiteral("container"), QString::fromLatin1(e.container)},
                {QStringLiteral("video_codec"), QString::fromLatin1(e.videoCodec)},
                {QStringLiteral("audio_codec"), QStringLiteral("pcm_s24le")},
                {QStringLiteral("width"), 1920},
                {QStringLiteral("height"), 1080},
                {QStringLiteral("frame_rate"), QString::fromLatin1(e.frameRate)},
                {QStringLiteral("interlaced"), e.interlaced},
                {QStringLiteral("bitrate_kbps"), e.bitrateKbps},
                {QStringLiteral("file"), QString(media + u'/' + fileName)},
                {QStringLiteral("filename"), fileName},
            });
        }
        const QJsonObject video {
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), QStringLiteral("Footage for the state tests.")},
            {QStringLiteral("published_at"), published},
            {QStringLiteral("location"), QStringLiteral("Brussels")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("duration_ms"), 30000},
            {QStringLiteral("tags"), QJsonArray::fromStringList({QStringLiteral("test")})},
            {QStringLiteral("credit"), QStringLiteral("Test Library")},
            {QStringLiteral("usage_terms"), terms},
            {QStringLiteral("thumbnail"), QString(media + QStringLiteral("/thumb.jpg"))},
            {QStringLiteral("preview"), QString(media + QStringLiteral("/proxy.mp4"))},
            {QStringLiteral("shotlist"), QJsonArray()},
            {QStringLiteral("renditions"), renditions},
        };
        return writeFile(media + QStringLiteral("/thumb.jpg"), "not a picture")
            && writeFile(media + QStringLiteral("/proxy.mp4"), "preview proxy")
            && writeFile(QStringLiteral("videos/") + id + QStringLiteral(".json"),
                         QJsonDocument(video).toJson());
    }

    Ui::VideosModel *model() const { return m_page->model(); }
    QModelIndex indexOf(const QString &id, int column = 0) const
    {
        return model()->index(model()->rowOf(id), column);
    }

    void open(const QString &id)
    {
        const QModelIndex index = indexOf(id);
        QVERIFY2(index.isValid(), qPrintable(id));
        QListView *grid = m_page->gridView();
        grid->scrollTo(index);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
        QTRY_VERIFY(m_page->detailPane()->video() && m_page->detailPane()->video()->id == id);
    }

    QListWidgetItem *downloadsTile() const
    {
        return m_window->findChild<QListWidget *>(QStringLiteral("navigation"))->item(2);
    }

    void chooseHouseFormat(const QString &format)
    {
        m_window->findChild<QAction *>(QStringLiteral("configureAction"))->trigger();
        Ui::SettingsDialog *dialog = m_window->findChild<Ui::SettingsDialog *>();
        QTRY_VERIFY(dialog && dialog->isVisible());
        QWidget *control = dialog->control(QStringLiteral("downloads.house-format"));
        auto *combo = qobject_cast<QComboBox *>(control);
        if (!combo && control)
            combo = control->findChild<QComboBox *>();
        QVERIFY(combo);
        const int at = combo->findData(format) >= 0 ? combo->findData(format) : combo->findText(format);
        QVERIFY2(at >= 0, qPrintable(format));
        combo->setCurrentIndex(at);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        QTRY_COMPARE(m_settings->houseFormat(), format);
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(QDir(m_content.path()).mkpath(QStringLiteral("news")));
        QVERIFY(writeVideo(QStringLiteral("v-glance"), QStringLiteral("Press point at the summit"),
                           QStringLiteral("2026-11-12T09:40:00Z"),
                           QStringLiteral("Free for editorial use. Credit the Test Library."), Glance));
        QVERIFY(writeVideo(QStringLiteral("v-restricted"), QStringLiteral("Exercise footage"),
                           QStringLiteral("2026-11-10T08:00:00Z"),
                           QStringLiteral("RESTRICTED: no access Canada. Embargoed until 12:00 CET."),
                           {Glance.at(1)}));
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-glance-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("glance@example.org")));

        const Settings::Paths paths = Settings::Paths::resolve(m_state.filePath(QStringLiteral("profile")));
        m_settings = std::make_unique<Settings::AppSettings>(paths.settingsFile());
        m_settings->setDownloadFolder(m_dest.path());
        m_manager = std::make_unique<Downloads::DownloadManager>(
            *m_client, m_state.filePath(QStringLiteral("q.sqlite")));
        auto library = Library::LibraryStore::open(m_state.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library);
        m_library = std::move(library).value();
        m_intake = std::make_unique<Library::DownloadIntake>(*m_library);
        connect(m_manager.get(), &Downloads::DownloadManager::completed, m_intake.get(),
                &Library::DownloadIntake::take);
        m_cache =
            std::make_unique<Catalogue::CatalogueCache>(m_state.filePath(QStringLiteral("catalogue.sqlite")));
        m_thumbnails = std::make_unique<Catalogue::ThumbnailCache>(
            m_network, m_state.filePath(QStringLiteral("thumbs")));

        m_window = std::make_unique<Ui::MainWindow>(*m_settings, paths, m_portal.baseUrl(), m_accounts.get());
        m_window->setDownloadManager(m_manager.get());
        m_page = m_window->setCatalogue(*m_client, *m_cache, *m_thumbnails, m_manager.get());
        m_window->setLibrary(m_library.get(), m_state.filePath(QStringLiteral("library.sqlite")),
                             m_thumbnails.get(), m_client.get());
        m_window->setDownloadIntake(m_intake.get());
        m_manager->start(true);
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->showSection(Ui::Section::Videos);
        QTRY_COMPARE(model()->rowCount(), 2);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_intake.reset();
        m_manager.reset();
        m_library.reset();
        m_thumbnails.reset();
        m_cache.reset();
    }

    void cardsSayFormatsSizeAndRestrictions()
    {
        QCOMPARE(indexOf(QStringLiteral("v-glance")).data(Ui::VideosModel::FormatsRole).toStringList(),
                 (QStringList {QStringLiteral("MOV"), QStringLiteral("MXF"), QStringLiteral("MP4")}));
        QCOMPARE(indexOf(QStringLiteral("v-glance")).data(Ui::VideosModel::SizeRole).toLongLong(), 4'000'000);
        QCOMPARE(indexOf(QStringLiteral("v-glance"), Ui::VideosModel::FormatsColumn).data().toString(),
                 QStringLiteral("MOV · MXF · MP4"));
        QCOMPARE(indexOf(QStringLiteral("v-glance"), Ui::VideosModel::SizeColumn).data().toString(),
                 QStringLiteral("4.0 MB"));
        QVERIFY(!indexOf(QStringLiteral("v-glance")).data(Ui::VideosModel::RestrictedRole).toBool());
        QVERIFY(indexOf(QStringLiteral("v-restricted")).data(Ui::VideosModel::RestrictedRole).toBool());
        QCOMPARE(indexOf(QStringLiteral("v-glance")).data(Ui::VideosModel::StateTextRole).toString(),
                 QString());

        // Restricted terms stand out beside the buttons.
        open(QStringLiteral("v-restricted"));
        auto *callout = m_page->detailPane()->findChild<QFrame *>(QStringLiteral("usageCallout"));
        QVERIFY(callout && callout->isVisible());
        QVERIFY(callout->property("restricts").toBool());
        QCOMPARE(callout->findChild<QLabel *>(QStringLiteral("usageHeading"))->text(),
                 QStringLiteral("⚠ Restricted use"));
        open(QStringLiteral("v-glance"));
        callout = m_page->detailPane()->findChild<QFrame *>(QStringLiteral("usageCallout"));
        QVERIFY(callout && !callout->property("restricts").toBool());
        QCOMPARE(callout->findChild<QLabel *>(QStringLiteral("usageHeading"))->text(),
                 QStringLiteral("Usage terms"));
    }

    void theSplitButtonNamesWhatItTakesAndFollowsTheHouseFormat()
    {
        open(QStringLiteral("v-glance"));
        QToolButton *split = m_page->detailPane()->downloadBestButton();
        // The largest picture, then the highest bitrate: the ProRes master.
        QCOMPARE(split->text(), QStringLiteral("&Download MOV 1080p25 · 4.0 MB"));
        QCOMPARE(split->popupMode(), QToolButton::MenuButtonPopup);
        const QList<QAction *> others = split->menu()->actions();
        QCOMPARE(others.size(), 3);
        QCOMPARE(others.at(0)->text(), QStringLiteral("MXF 1080i50 · 3.0 MB — r-xdcam label"));

        chooseHouseFormat(QStringLiteral("mxf"));
        split = m_page->detailPane()->downloadBestButton();
        QCOMPARE(split->text(), QStringLiteral("&Download MXF 1080i50 · 3.0 MB"));
        QCOMPARE(m_page->detailPane()->houseFormat(), QStringLiteral("mxf"));
    }

    void overlaysFollowARealDownloadToVerified()
    {
        // Slow enough to be seen on its way.
        QVERIFY(m_portal.setFaults({{QStringLiteral("rate_bytes_per_second"), 600 * 1024}}));
        QStringList seen; // the card's state each time it changed
        int mostRunning = 0;
        QString statusWhileRunning;
        auto *transfers = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("transferState"));
        // Listens while this test runs: the lambda reads its locals.
        QMetaObject::Connection watching;
        const auto stopWatching = qScopeGuard([&watching] { QObject::disconnect(watching); });
        watching = connect(m_window->videoStates(), &Ui::VideoStates::changed, this, [&](const QString &id) {
            if (id != u"v-glance")
                return;
            const QString state = indexOf(id).data(Ui::VideosModel::StateTextRole).toString();
            if (seen.isEmpty() || seen.last() != state)
                seen << state;
            if (state.startsWith(u'↓') && statusWhileRunning.isEmpty())
                ScreenCheck::capture(m_window.get(), QStringLiteral("downloading"),
                                     QStringLiteral("videos-downloading.png"));
            if (state.startsWith(u'↓')) {
                mostRunning = std::max(mostRunning,
                                       downloadsTile()->data(Ui::NavigationDelegate::BadgeCountRole).toInt());
                statusWhileRunning = transfers->text();
                QCOMPARE(indexOf(id, Ui::VideosModel::StateColumn).data().toString(), state);
                QCOMPARE(m_page->detailPane()->renditionState(QStringLiteral("r-xdcam")), state);
            }
        });

        open(QStringLiteral("v-glance"));
        QTest::mouseClick(m_page->detailPane()->downloadBestButton(), Qt::LeftButton);
        // The rendition the button named went to the queue.
        QTRY_VERIFY_WITH_TIMEOUT(!m_manager->downloads().isEmpty(), 10000);
        QCOMPARE(m_manager->downloads().first().renditionId, QStringLiteral("r-xdcam"));
        QTRY_COMPARE_WITH_TIMEOUT(
            indexOf(QStringLiteral("v-glance")).data(Ui::VideosModel::StateTextRole).toString(),
            QStringLiteral("✓ Verified"), 60000);
        QVERIFY(m_portal.setFaults({}));

        QVERIFY2(!seen.isEmpty() && seen.first() == u"Queued", qPrintable(seen.join(u" | ")));
        static const QRegularExpression percent(QStringLiteral("^↓ (\\d+)\u202f%$"));
        const auto midway = std::find_if(seen.cbegin(), seen.cend(), [](const QString &state) {
            const auto match = percent.match(state);
            return match.hasMatch() && match.captured(1).toInt() > 0 && match.captured(1).toInt() < 100;
        });
        QVERIFY2(midway != seen.cend(), qPrintable(seen.join(u" | ")));
        QCOMPARE(seen.last(), QStringLiteral("✓ Verified"));
        ScreenCheck::capture(m_window.get(), QStringLiteral("verified"),
                             QStringLiteral("videos-verified.png"));
        QCOMPARE(mostRunning, 1);
        QVERIFY2(statusWhileRunning.startsWith(QStringLiteral("1 downloading · ")),
                 qPrintable(statusWhileRunning));

        // Every place says it: the row, the rendition table (that rendition
        // only), the Downloads tile (nothing running), the file itself.
        QCOMPARE(indexOf(QStringLiteral("v-glance"), Ui::VideosModel::StateColumn).data().toString(),
                 QStringLiteral("✓ Verified"));
        QCOMPARE(m_page->detailPane()->renditionState(QStringLiteral("r-xdcam")),
                 QStringLiteral("✓ Verified"));
        QCOMPARE(m_page->detailPane()->renditionState(QStringLiteral("r-prores")), QString());
        QCOMPARE(downloadsTile()->data(Ui::NavigationDelegate::BadgeCountRole).toInt(), 0);
        QCOMPARE(indexOf(QStringLiteral("v-restricted")).data(Ui::VideosModel::StateTextRole).toString(),
                 QString());
        auto holdings = m_library->holdings();
        QVERIFY(holdings);
        QCOMPARE(holdings.value().size(), 1);
        const auto clip = m_library->find(holdings.value().first().clipId);
        QVERIFY(clip && clip.value());
        QCOMPARE(TestSupport::sha256OfFile(clip.value()->filePath),
                 m_sha256.value(QStringLiteral("r-xdcam")));
    }

    // View → Grid/List and zoom, as in Dolphin: for the Videos section,
    // kept across starts; elsewhere the actions say where they apply.
    void theViewMenuSwitchesAndZoomsTheVideos()
    {
        m_window->showSection(Ui::Section::Videos);
        const auto action = [this](const char *name) {
            return m_window->findChild<QAction *>(QString::fromLatin1(name));
        };
        m_page->setViewMode(Ui::VideosPage::ViewMode::Grid);
        QVERIFY(action("gridViewAction")->isChecked());
        QCOMPARE(m_page->zoom(), 100);
        QVERIFY(!action("resetZoomAction")->isEnabled());
        const QSize before = m_page->gridView()->gridSize();
        action("zoomInAction")->trigger();
        QCOMPARE(m_page->zoom(), 125);
        QVERIFY(m_page->gridView()->gridSize().width() > before.width());
        QCOMPARE(m_settings->videosZoom(), 125);
        QVERIFY(action("resetZoomAction")->isEnabled());
        for (int i = 0; i < 10; ++i)
            action("zoomInAction")->trigger();
        QCOMPARE(m_page->zoom(), Ui::VideosPage::ZoomLevels.back());
        QVERIFY(!action("zoomInAction")->isEnabled());
        action("resetZoomAction")->trigger();
        QCOMPARE(m_page->zoom(), 100);
        QCOMPARE(m_page->gridView()->gridSize(), before);

        action("listViewAction")->trigger();
        QCOMPARE(m_page->viewMode(), Ui::VideosPage::ViewMode::List);
        QVERIFY(!action("zoomOutAction")->isEnabled());
        QVERIFY2(action("zoomOutAction")->toolTip().contains(QStringLiteral("View → Grid")),
                 qPrintable(action("zoomOutAction")->toolTip()));
        action("gridViewAction")->trigger();
        QCOMPARE(m_page->viewMode(), Ui::VideosPage::ViewMode::Grid);

        m_window->showSection(Ui::Section::Library);
        QVERIFY(!action("gridViewAction")->isEnabled());
        QVERIFY2(action("gridViewAction")->toolTip().contains(QStringLiteral("Videos section")),
                 qPrintable(action("gridViewAction")->toolTip()));
        m_window->showSection(Ui::Section::Videos);
        QVERIFY(action("gridViewAction")->isEnabled());
    }

    // The preview player's Download… lists the video's renditions, largest
    // first, and queues the one chosen, as the Videos section would.
    void thePlayersDownloadQueuesTheRenditionItNames()
    {
        open(QStringLiteral("v-glance"));
        m_window->previewVideo(*m_page->detailPane()->video());
        QToolButton *button = m_window->player()->controls()->downloadButton();
        QVERIFY(button->isVisible());
        const QList<QAction *> choices = button->menu()->actions();
        QCOMPARE(choices.size(), 3);
        QCOMPARE(choices.first()->data().toString(), QStringLiteral("r-prores"));
        QVERIFY2(choices.first()->text().startsWith(QStringLiteral("MOV ")),
                 qPrintable(choices.first()->text()));
        QAction *smallest = choices.last();
        smallest->trigger();
        const QString chosen = smallest->data().toString();
        const auto queued = [this, chosen] {
            const QList<Downloads::DownloadRecord> all = m_manager->downloads();
            return std::any_of(all.cbegin(), all.cend(),
                               [&](const Downloads::DownloadRecord &r) { return r.renditionId == chosen; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(queued(), 10000);
        m_window->player()->close();
        m_window->player()->hide();
    }
};

QTEST_MAIN(TestStateAtGlance)
#include "tst_stateatglance.moc"
