// mmdesk: the desktop application. Wires core and ui together; no logic here.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/downloads/bandwidthschedule.h"
#include "core/downloads/downloadmanager.h"
#include "core/library/downloadintake.h"
#include "core/library/librarystore.h"
#include "core/network/offlinemode.h"
#include "core/network/proxysetting.h"
#include "core/news/feedfetcher.h"
#include "core/news/newscache.h"
#include "core/news/newsimages.h"
#include "core/news/newssync.h"
#include "core/portal/conditions.h"
#include "core/portal/portalclient.h"
#include "core/portal/portalurl.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "core/util/filelog.h"
#include "core/util/logging.h"
#include "core/util/processguard.h"
#include "core/watch/watchstore.h"
#include "ui/downloads/downloadspage.h"
#include "ui/mainwindow.h"
#include "ui/notify/desktopnotifier.h"
#include "ui/notify/downloadnotifications.h"
#include "ui/notify/watchalerts.h"
#include "ui/translations.h"
#include "ui/videos/videospage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

int fail(const QString &title, const QString &message, int exitCode)
{
    std::fprintf(stderr, "mmdesk: %s\n", qUtf8Printable(message));
    QMessageBox::critical(nullptr, title, message);
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any password or token is in memory: no core file holds them.
    Util::forbidCoreDumps();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mmdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Multimedia Desk"));
    QApplication::setApplicationVersion(QStringLiteral(MMDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mmdesk.MultimediaDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Multimedia Desk: news, video and "
                                                             "verified downloads from a media portal."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portalOption(
        QStringLiteral("portal"),
        QApplication::translate("main", "The portal's API address, e.g. https://portal.example.org/api/v1."),
        QStringLiteral("URL"));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep data, settings, cache and logs in this one folder."),
        QStringLiteral("DIR"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Interface language: en or fr (default: the system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption sectionOption(
        QStringLiteral("section"),
        QApplication::translate("main", "Open on this section: news, videos, downloads, library or account."),
        QStringLiteral("NAME"));
    const QCommandLineOption insecureOption(
        QStringLiteral("allow-insecure-portal"),
        QApplication::translate("main",
                                "Accept a portal address with plain http:// to another computer "
                                "(passwords cross the network unencrypted; not recommended)."));
    parser.addOptions({portalOption, dataDirOption, languageOption, sectionOption, insecureOption});
    parser.process(app);

    const Settings::Paths paths = Settings::Paths::resolve(parser.value(dataDirOption));
    if (const QString problem = paths.ensureCreated(); !problem.isEmpty())
        return fail(QApplication::translate("main", "Cannot start Multimedia Desk"), problem, 6);
    Util::FileLog::install(paths.logFile(QStringLiteral("mmdesk")));
    qCInfo(lcApp) << "Multimedia Desk" << MMDESK_VERSION << "starting; data in" << paths.dataDir();

    Settings::AppSettings settings(paths.settingsFile());
    const QString language =
        parser.isSet(languageOption) ? parser.value(languageOption) : settings.uiLanguage();
    Ui::Translations::install(app, language);

    if (const auto migrated = settings.migrate(); !migrated)
        return fail(QApplication::translate("main", "Cannot read the settings"), migrated.error().message, 1);

    const auto portal =
        Portal::PortalUrl::resolve(parser.value(portalOption), settings,
                                   parser.isSet(insecureOption) ? Portal::PortalUrl::Insecure::Allow
                                                                : Portal::PortalUrl::Insecure::Refuse);
    if (!portal)
        return fail(QApplication::translate("main", "Invalid portal address"), portal.error().message, 2);

    // Newsrooms often sit behind a proxy: the system's, unless the settings
    // name one or none (a setting written by hand and unreadable: the system's).
    const Network::ProxySetting proxy =
        Network::ProxySetting::parse(settings.proxy()).valueOr(Network::ProxySetting {});
    proxy.applyToQt();
    // Working offline is kept from one start to the next.
    Network::OfflineMode::setOn(settings.workOffline());
    QNetworkAccessManager network;
    Auth::TokenStore tokens;
    // Without a portal there is nobody to sign in with; the Account section says so.
    std::unique_ptr<Portal::PortalClient> client;
    std::unique_ptr<Auth::AccountService> account;
    if (!portal.value().isEmpty()) {
        client = std::make_unique<Portal::PortalClient>(network, portal.value());
        client->setMaxResponseBytes(settings.portalMaxResponseBytes());
        account = std::make_unique<Auth::AccountService>(*client, tokens);
    }

    // The queue resumes where it stopped, in its own thread.
    std::unique_ptr<Downloads::DownloadManager> downloads;
    if (client) {
        Downloads::Engine::Config config;
        config.setConnectionsPerFile(settings.connectionsPerFile());
        config.maxConcurrent = settings.concurrentDownloads();
        config.proxy = proxy.curlProxy();
        downloads = std::make_unique<Downloads::DownloadManager>(
            *client, QDir(paths.dataDir()).filePath(QStringLiteral("downloads.sqlite")), config);
    }

    // The clip library works without a portal; without the library the
    // other sections still do, and the person is told why it is missing.
    const QString libraryPath = QDir(paths.dataDir()).filePath(QStringLiteral("library.sqlite"));
    auto library = Library::LibraryStore::open(libraryPath);
    if (!library)
        qCWarning(lcApp) << "could not open the clip library" << libraryPath << library.error().message;

    // The catalogue is kept for offline browsing; both caches can be deleted
    // at any time and fill again from the portal. They outlive the window.
    std::unique_ptr<Catalogue::CatalogueCache> catalogue;
    // Thumbnails for the Videos and Library sections: one bounded cache, which
    // also serves the library's clips offline and without a portal. The
    // Library's own unbounded folder of earlier versions goes.
    QDir(QDir(paths.cacheDir()).filePath(QStringLiteral("thumbnails"))).removeRecursively();
    const auto videoThumbnails = std::make_unique<Catalogue::ThumbnailCache>(
        network, QDir(paths.cacheDir()).filePath(QStringLiteral("video-thumbnails")));
    if (client) {
        catalogue = std::make_unique<Catalogue::CatalogueCache>(
            QDir(paths.cacheDir()).filePath(Catalogue::CatalogueCache::fileNameFor(portal.value())));
    }

    // The news is kept per portal in the data folder (read and starred are
    // the person's), its pictures in a bounded cache.
    std::unique_ptr<News::NewsCache> news;
    std::unique_ptr<News::NewsSync> newsSync;
    std::unique_ptr<News::FeedFetcher> feeds;
    std::unique_ptr<Catalogue::ThumbnailCache> newsImages;
    if (client) {
        news = std::make_unique<News::NewsCache>(
            QDir(paths.dataDir()).filePath(News::NewsCache::fileNameFor(portal.value())));
        newsSync = std::make_unique<News::NewsSync>(*client, *news);
        feeds = std::make_unique<News::FeedFetcher>(network, *news);
        newsImages = std::make_unique<Catalogue::ThumbnailCache>(network, News::imageCacheFolder(paths),
                                                                 News::imageCacheOptions());
    }

    // The portal's conditions of use: accepted before downloads, their credit
    // line in every export.
    std::unique_ptr<Portal::ConditionsGate> conditions;
    if (client)
        conditions = std::make_unique<Portal::ConditionsGate>(
            *client, QDir(paths.dataDir()).filePath(Portal::ConditionsRecord::fileNameFor(portal.value())));

    // Saved searches: told on the desktop after each sync, with auto-downloads.
    std::unique_ptr<Watch::WatchStore> watches;
    if (auto opened =
            Watch::WatchStore::open(QDir(paths.dataDir()).filePath(QStringLiteral("watches.sqlite"))))
        watches = std::move(opened).value();
    else
        qCWarning(lcApp) << "saved searches are not available:" << opened.error().message;

    Ui::MainWindow window(settings, paths, portal.value(), account.get());
    // A portal set on the first-run page: the program starts again on it, in
    // the section the person chose, with the same data folder and language.
    QObject::connect(
        &window, &Ui::MainWindow::restartRequested, &app, [&app, &window](const QString &section) {
            QStringList arguments;
            const QStringList given = QCoreApplication::arguments().mid(1);
            for (qsizetype i = 0; i < given.size(); ++i) {
                if (given.at(i) == u"--section") {
                    ++i;
                    continue;
                }
                if (!given.at(i).startsWith(u"--section="))
                    arguments << given.at(i);
            }
            arguments << QStringLiteral("--section") << section;
            if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments)) {
                app.quit();
                return;
            }
            QMessageBox::warning(
                &window, QApplication::translate("main", "Cannot start again"),
                QApplication::translate("main",
                                        "The portal is saved, but Multimedia Desk could not start "
                                        "again by itself. Close it and open it once more."));
        });
    window.setConditions(conditions.get());
    window.setWatchStore(watches.get());
    if (news)
        window.setNews(*news, newsSync.get(), feeds.get(), newsImages.get(), settings.newsRefreshMinutes());
    // Every verified download enters the library by itself.
    std::unique_ptr<Library::DownloadIntake> intake;
    if (downloads && library) {
        intake = std::make_unique<Library::DownloadIntake>(*library.value());
        intake->setWriteSidecars(settings.writeSidecars());
        intake->setKeepHashHistory(settings.keepHashHistory());
        QObject::connect(downloads.get(), &Downloads::DownloadManager::completed, intake.get(),
                         &Library::DownloadIntake::take);
        window.setDownloadIntake(intake.get());
        QObject::connect(&window, &Ui::MainWindow::downloadOptionsChanged, intake.get(),
                         [sink = intake.get()](bool sidecars, bool history) {
                             sink->setWriteSidecars(sidecars);
                             sink->setKeepHashHistory(history);
                         });
        QObject::connect(intake.get(), &Library::DownloadIntake::problem, &window,
                         [&window](const QString &message) {
                             qCWarning(lcApp) << message;
                             window.statusBar()->showMessage(message, 15000);
                         });
        // Verified files go on to the watch folder, if one is set; what a
        // quit cut short goes on now.
        intake->setDeliveryFolder(settings.deliveryFolder());
        QObject::connect(&window, &Ui::MainWindow::settingsApplied, intake.get(),
                         [&settings, sink = intake.get()](const QStringList &names) {
                             if (names.contains(QStringLiteral("downloads.deliver-to")))
                                 sink->setDeliveryFolder(settings.deliveryFolder());
                         });
        QObject::connect(intake.get(), &Library::DownloadIntake::delivered, &window,
                         [&window](qint64, const QString &path) {
                             window.statusBar()->showMessage(
                                 QApplication::translate("main", "Delivered to the watch folder: %1")
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
                         });
        intake->resumeDeliveries();
    }
    Ui::DownloadsPage *downloadsPage = window.setDownloadManager(downloads.get());
    // The bandwidth limit follows its hours (Settings: downloads.bandwidth).
    std::unique_ptr<Downloads::BandwidthScheduler> bandwidth;
    if (downloads) {
        bandwidth = std::make_unique<Downloads::BandwidthScheduler>(
            [manager = downloads.get()](qint64 rate) { manager->setGlobalSpeedLimit(rate); });
        const auto applySchedule = [&settings, scheduler = bandwidth.get()] {
            scheduler->setSchedule(Downloads::BandwidthSchedule::parse(settings.bandwidthSchedule())
                                       .valueOr(Downloads::BandwidthSchedule {}));
        };
        applySchedule();
        QObject::connect(&window, &Ui::MainWindow::settingsApplied, bandwidth.get(),
                         [applySchedule](const QStringList &names) {
                             if (names.contains(QStringLiteral("downloads.bandwidth")))
                                 applySchedule();
                         });
        QObject::connect(&window, &Ui::MainWindow::settingsApplied, downloads.get(),
                         [&settings, manager = downloads.get()](const QStringList &names) {
                             if (names.contains(QStringLiteral("downloads.concurrent")))
                                 manager->setMaxConcurrent(settings.concurrentDownloads());
                         });
    }
    // Done, failed or paused for disk, said on the desktop without watching.
    Ui::DesktopNotifier notifier;
    std::unique_ptr<Ui::DownloadNotifications> downloadNotifications;
    if (downloads)
        downloadNotifications = std::make_unique<Ui::DownloadNotifications>(*downloads, notifier);
    Ui::VideosPage *videosPage = nullptr;
    if (client)
        videosPage = window.setCatalogue(*client, *catalogue, *videoThumbnails, downloads.get());
    std::unique_ptr<Ui::WatchAlerts> alerts;
    if (watches && client) {
        alerts = std::make_unique<Ui::WatchAlerts>(*watches, news.get(), catalogue.get(), notifier);
        const QString queuePath = QDir(paths.dataDir()).filePath(QStringLiteral("downloads.sqlite"));
        if (downloads)
            alerts->setDownloads(queuePath, settings.downloadFolder());
        alerts->setConditions(conditions.get());
        // Auto-downloads that waited go once they may: the bandwidth limit
        // lifted, the conditions accepted, or now, for those a quit left.
        const auto followSchedule = [&settings, sink = alerts.get()] {
            sink->setBandwidthSchedule(Downloads::BandwidthSchedule::parse(settings.bandwidthSchedule())
                                           .valueOr(Downloads::BandwidthSchedule {}));
        };
        followSchedule();
        if (bandwidth)
            QObject::connect(bandwidth.get(), &Downloads::BandwidthScheduler::limitChanged, alerts.get(),
                             [sink = alerts.get()](qint64 rate) {
                                 if (rate == 0)
                                     sink->queuePending();
                             });
        if (conditions)
            QObject::connect(conditions.get(), &Portal::ConditionsGate::accepted, alerts.get(),
                             &Ui::WatchAlerts::queuePending);
        // What waits for its hours is said in the Downloads section, with
        // Download Now.
        if (downloadsPage)
            QObject::connect(alerts.get(), &Ui::WatchAlerts::waiting, downloadsPage,
                             [downloadsPage, sink = alerts.get()](int count, const QDateTime &until) {
                                 downloadsPage->showWaitingAutoDownloads(count, until,
                                                                         [sink] { sink->queuePendingNow(); });
                             });
        QTimer::singleShot(0, alerts.get(), &Ui::WatchAlerts::queuePending);
        QObject::connect(newsSync.get(), &News::NewsSync::finished, alerts.get(), &Ui::WatchAlerts::check);
        QObject::connect(videosPage, &Ui::VideosPage::catalogueSynced, alerts.get(), &Ui::WatchAlerts::check);
        // Auto-downloads go where new downloads go, also after a change.
        QObject::connect(&window, &Ui::MainWindow::settingsApplied, alerts.get(),
                         [&settings, sink = alerts.get(), queuePath,
                          hasQueue = bool(downloads)](const QStringList &names) {
                             if (hasQueue && names.contains(QStringLiteral("downloads.folder")))
                                 sink->setDownloads(queuePath, settings.downloadFolder());
                         });
        QObject::connect(&window, &Ui::MainWindow::settingsApplied, alerts.get(),
                         [followSchedule, sink = alerts.get()](const QStringList &names) {
                             if (names.contains(QStringLiteral("downloads.bandwidth"))) {
                                 followSchedule();
                                 sink->queuePending();
                             }
                         });
    }
    window.setLibrary(library ? library.value().get() : nullptr, libraryPath, videoThumbnails.get(),
                      client.get());
    if (downloads) {
        // Downloads that waited for a sign-in go on as soon as there is one.
        QObject::connect(account.get(), &Auth::AccountService::stateChanged, downloads.get(),
                         [manager = downloads.get()](Auth::AccountService::State state) {
                             if (state == Auth::AccountService::State::SignedIn)
                                 manager->resumeAfterSignIn();
                         });
        downloads->start();
    }
    if (parser.isSet(sectionOption)) {
        const QString wanted = parser.value(sectionOption);
        bool found = false;
        for (Ui::Section section : Ui::AllSections) {
            if (Ui::sectionKey(section) == wanted) {
                window.showSection(section);
                found = true;
            }
        }
        if (!found)
            return fail(QApplication::translate("main", "Unknown section"),
                        QApplication::translate("main",
                                                "“%1” is not a section. Use news, videos, downloads, library "
                                                "or account.")
                            .arg(wanted),
                        2);
    }
    window.show();
    if (!library) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, QApplication::translate("main", "Cannot open the clip library"),
            QApplication::translate("main",
                                    "The clip library “%1” could not be opened: %2 The other sections work; "
                                    "the Library section stays empty until the file can be read.")
                .arg(QDir::toNativeSeparators(libraryPath), library.error().message),
            QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    if (account) {
        // Asynchronous: the window is usable while the keychain and the portal answer.
        account->restore(&window, [](Portal::ApiResult<bool> restored) {
            if (!restored.ok())
                qCWarning(lcApp) << "could not renew the saved sign-in:" << restored.error().message;
            else
                qCInfo(lcApp) << (restored.value() ? "signed in from the saved session" : "not signed in");
        });
    }
    return app.exec();
}
