// The status bar and the tray icon: the connection as the portal client
// meets it (online, offline since …), the downloads' total speed, and the
// icon a desktop's tray host sees on the session bus. A stand-in
// StatusNotifierWatcher (the KDE/freedesktop tray protocol GNOME, KDE and
// others speak) runs on its own bus connection and thread, so that Qt's tray
// finds a host and registers its item across the real bus; closing the
// window while downloads run leaves the program in the tray, unless the
// setting says otherwise or nothing runs.

#include "core/catalogue/video.h"
#include "core/downloads/downloadmanager.h"
#include "core/network/offlinemode.h"
#include "core/portal/portalclient.h"
#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/support/loopbackhttpserver.h"
#include "ui/mainwindow.h"
#include "ui/navigationdelegate.h"
#include "ui/player/previewplayer.h"
#include "ui/status/statusindicators.h"
#include "ui/status/trayicon.h"
#include "ui/translations.h"
#include "ui/widgets/datetimetext.h"

#include <QAction>
#include <QApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const QString WatcherService = QStringLiteral("org.kde.StatusNotifierWatcher");

// The tray host's half of the protocol: items register with it. It lives in
// a thread of its own, because Qt asks it questions with blocking calls from
// the main thread.
class StatusNotifierWatcher final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.kde.StatusNotifierWatcher")
    Q_PROPERTY(bool IsStatusNotifierHostRegistered READ isHostRegistered)
    Q_PROPERTY(int ProtocolVersion READ protocolVersion)
    Q_PROPERTY(QStringList RegisteredStatusNotifierItems READ items)

public:
    bool isHostRegistered() const { return true; }
    int protocolVersion() const { return 0; }
    QStringList items() const
    {
        QMutexLocker lock(&m_mutex);
        return m_items;
    }

    QDBusConnection *bus = nullptr;

public slots:
    void RegisterStatusNotifierItem(const QString &service, const QDBusMessage &message)
    {
        // An item may give its object path or its bus name.
        const QString item = service.startsWith(u'/') ? message.service() + service : service;
        QMutexLocker lock(&m_mutex);
        m_items.append(item);
    }
    void RegisterStatusNotifierHost(const QString &) { }

private:
    mutable QMutex m_mutex;
    QStringList m_items;
};

// The ToolTip property of a StatusNotifierItem: (icon name, pixmaps, title, text).
QString toolTipText(const QDBusArgument &argument)
{
    QString iconName;
    QString title;
    QString text;
    argument.beginStructure();
    argument >> iconName;
    argument.beginArray();
    while (!argument.atEnd()) {
        int width = 0;
        int height = 0;
        QByteArray pixels;
        argument.beginStructure();
        argument >> width >> height >> pixels;
        argument.endStructure();
    }
    argument.endArray();
    argument >> title >> text;
    argument.endStructure();
    return title + u'\n' + text;
}

} // namespace

class TestTrayAndStatus final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_profile;
    QThread m_watcherThread;
    StatusNotifierWatcher *m_watcher = nullptr;
    std::unique_ptr<QDBusConnection> m_bus;

    // The item's tooltip as the tray host reads it over the bus, asked
    // without blocking: the item answers from this thread's event loop.
    QString busToolTip(const QString &item)
    {
        const qsizetype slash = item.indexOf(u'/');
        const QString service = slash < 0 ? item : item.left(slash);
        const QString path = slash < 0 ? QStringLiteral("/StatusNotifierItem") : item.mid(slash);
        QDBusMessage get = QDBusMessage::createMethodCall(
            service, path, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
        get << QStringLiteral("org.kde.StatusNotifierItem") << QStringLiteral("ToolTip");
        QDBusPendingCall pending = m_bus->asyncCall(get);
        if (!QTest::qWaitFor([&] { return pending.isFinished(); }, 10000))
            return QStringLiteral("<no answer>");
        QDBusPendingReply<QDBusVariant> reply = pending;
        if (reply.isError())
            return QStringLiteral("<error: %1>").arg(reply.error().message());
        return toolTipText(reply.value().variant().value<QDBusArgument>());
    }

    static Downloads::DownloadRecord record(qint64 id, Downloads::State state)
    {
        Downloads::DownloadRecord r;
        r.id = id;
        r.title = QStringLiteral("Press point %1").arg(id);
        r.state = state;
        return r;
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        // The host must be on the bus before Qt first asks whether there is a tray.
        m_bus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("tray-host")));
        QVERIFY(m_bus->isConnected());
        m_watcher = new StatusNotifierWatcher;
        m_watcher->moveToThread(&m_watcherThread);
        connect(&m_watcherThread, &QThread::finished, m_watcher, &QObject::deleteLater);
        m_watcherThread.start();
        QVERIFY(
            m_bus->registerObject(QStringLiteral("/StatusNotifierWatcher"), m_watcher,
                                  QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties));
        QVERIFY(m_bus->registerService(WatcherService));
        QVERIFY(Ui::TrayIcon::available());
    }

    void cleanupTestCase()
    {
        m_watcherThread.quit();
        m_watcherThread.wait();
        m_bus.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("tray-host"));
    }

    void statusBarTellsConnectionAndSpeed()
    {
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.filePath(QStringLiteral("status")));
        Settings::AppSettings settings(paths.settingsFile());
        auto server = std::make_unique<TestSupport::LoopbackHttpServer>([](const auto &) {
            TestSupport::LoopbackHttpServer::Answer answer;
            answer.contentType = "application/json";
            answer.body = R"({"items":[],"next_cursor":null})";
            return answer;
        });
        QVERIFY(server->listen());
        QNetworkAccessManager network;
        Portal::PortalClient client(network, server->url(QStringLiteral("/api/v1")));
        Downloads::DownloadManager manager(client, m_profile.filePath(QStringLiteral("status-q.sqlite")));

        Ui::MainWindow window(settings, paths, client.baseUrl(), nullptr);
        window.setDownloadManager(&manager);
        window.indicators()->setPortal(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connection = window.statusBar()->findChild<QLabel *>(QStringLiteral("connectionState"));
        auto *transfers = window.statusBar()->findChild<QLabel *>(QStringLiteral("transferState"));
        QVERIFY(connection && transfers);
        // Nothing asked yet: no claim either way.
        QVERIFY(connection->isHidden());
        QCOMPARE(transfers->text(), QStringLiteral("No downloads running"));

        const auto ask = [&client, this] {
            Portal::ApiRequest request;
            request.path = QStringLiteral("videos");
            client.send(request, this, [](auto) {});
        };
        ask();
        QTRY_COMPARE_WITH_TIMEOUT(connection->text(), QStringLiteral("● Online"), 10000);
        QVERIFY(connection->isVisible());

        // The portal goes away: offline, since the time of the first failure.
        const QTime before = QTime::currentTime();
        server.reset();
        ask();
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().startsWith(QStringLiteral("○ Offline since ")), 10000);
        const QString since = connection->text().mid(QStringLiteral("○ Offline since ").size());
        // The clock of the first failure, to the minute (which may turn meanwhile).
        const QDateTime failedFrom(QDate::currentDate(), before);
        QVERIFY2(since == Ui::DateTimeText::time(failedFrom)
                     || since == Ui::DateTimeText::time(failedFrom.addSecs(60)),
                 qPrintable(since));
        QCOMPARE(connection->accessibleName(), connection->text());

        // Two downloads transfer, one waits: what is left, and how long it
        // takes at their speeds together.
        emit manager.changed(record(1, Downloads::State::Active));
        emit manager.changed(record(2, Downloads::State::Active));
        emit manager.changed(record(3, Downloads::State::Queued));
        QCOMPARE(transfers->text(), QStringLiteral("2 downloading · 1 waiting"));
        emit manager.progress(1, 400'000'000, 1'000'000'000, 2'000'000);
        emit manager.progress(2, 100'000'000, 500'000'000, 500'000);
        QCOMPARE(transfers->text(), QStringLiteral("2 downloading · 1.0 GB · 7 min left · 1 waiting"));
        QCOMPARE(transfers->toolTip(), QStringLiteral("2 downloads at 2.5 MB/s. Click to open Downloads."));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QListWidgetItem *downloadsTile = navigation->item(2);
        QCOMPARE(downloadsTile->text(), QStringLiteral("Downloads"));
        QCOMPARE(downloadsTile->data(Ui::NavigationDelegate::BadgeCountRole).toInt(), 2);
        QVERIFY(!downloadsTile->data(Ui::NavigationDelegate::BadgeAlertRole).toBool());
        QCOMPARE(downloadsTile->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Downloads, 2 running"));
        // One ends; a late progress report of it changes nothing.
        emit manager.changed(record(2, Downloads::State::Completed));
        emit manager.progress(2, 500'000'000, 500'000'000, 900'000);
        QCOMPARE(transfers->text(), QStringLiteral("1 downloading · 600.0 MB · 5 min left · 1 waiting"));
        // One fails: the badge turns red and says so.
        emit manager.removed(3);
        emit manager.changed(record(4, Downloads::State::Failed));
        QCOMPARE(transfers->text(), QStringLiteral("1 downloading · 600.0 MB · 5 min left · 1 failed"));
        QVERIFY(downloadsTile->data(Ui::NavigationDelegate::BadgeAlertRole).toBool());
        QCOMPARE(downloadsTile->data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Downloads, 1 running, 1 failed"));
        // A click on the line opens Downloads.
        window.showSection(Ui::Section::News);
        QTest::mouseClick(transfers, Qt::LeftButton);
        QCOMPARE(window.currentSection(), Ui::Section::Downloads);
        emit manager.changed(record(1, Downloads::State::Paused));
        emit manager.removed(4);
        QCOMPARE(transfers->text(), QStringLiteral("No downloads running"));
    }

    void workingOfflineIsChosenKeptAndSaid()
    {
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.filePath(QStringLiteral("offline")));
        Settings::AppSettings settings(paths.settingsFile());
        TestSupport::LoopbackHttpServer server([](const auto &) {
            TestSupport::LoopbackHttpServer::Answer answer;
            answer.contentType = "application/json";
            answer.body = R"({"items":[],"next_cursor":null})";
            return answer;
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        Portal::PortalClient client(network, server.url(QStringLiteral("/api/v1")));
        Ui::MainWindow window(settings, paths, client.baseUrl(), nullptr);
        window.indicators()->setPortal(&client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *connection = window.statusBar()->findChild<QLabel *>(QStringLiteral("connectionState"));
        auto *workOffline = window.findChild<QAction *>(QStringLiteral("workOfflineAction"));
        QVERIFY(connection && workOffline);
        QVERIFY(workOffline->isCheckable() && !workOffline->isChecked());
        QVERIFY(!workOffline->text().isEmpty());

        std::optional<Portal::ApiError::Kind> failed;
        bool answered = false;
        const auto ask = [&] {
            answered = false;
            failed.reset();
            Portal::ApiRequest request;
            request.path = QStringLiteral("videos");
            client.send(request, this, [&](Portal::ApiResult<Portal::ApiResponse> result) {
                answered = true;
                if (!result.ok())
                    failed = result.error().kind;
            });
        };
        ask();
        QTRY_COMPARE_WITH_TIMEOUT(connection->text(), QStringLiteral("● Online"), 10000);

        // File → Work Offline: said in the status bar, kept in the settings,
        // and nothing more reaches the portal.
        workOffline->trigger();
        QVERIFY(Network::OfflineMode::isOn());
        QCOMPARE(connection->text(), QStringLiteral("⊘ Working offline"));
        QCOMPARE(connection->accessibleName(), connection->text());
        QVERIFY(settings.workOffline());
        const int asked = server.requests();
        ask();
        QTRY_VERIFY(answered);
        QCOMPARE(failed, Portal::ApiError::Kind::Offline);
        QCOMPARE(server.requests(), asked);
        // A preview streams from the media host: not played while offline.
        Catalogue::Video video;
        video.id = QStringLiteral("v-1");
        video.title = QStringLiteral("Press point");
        video.previewUrl = server.url(QStringLiteral("/media/v-1/preview.mp4"));
        window.previewVideo(video);
        QVERIFY(!window.findChild<Ui::PreviewPlayer *>());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("working offline")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(server.requests(), asked);
        // Kept for the next start (main() reads it before anything is fetched).
        QVERIFY(Settings::AppSettings(paths.settingsFile()).workOffline());

        // Turned off elsewhere (a notice's Work Online): the action and the
        // setting follow; the portal is asked again.
        Network::OfflineMode::setOn(false);
        QVERIFY(!workOffline->isChecked());
        QVERIFY(!settings.workOffline());
        QCOMPARE(connection->text(), QStringLiteral("● Online"));
        ask();
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(!failed);
        QCOMPARE(server.requests(), asked + 1);
    }

    void trayShowsTransfersAndKeepsTheProgramWhileTheyRun()
    {
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.filePath(QStringLiteral("tray")));
        Settings::AppSettings settings(paths.settingsFile());
        QNetworkAccessManager network;
        Portal::PortalClient client(network, QUrl(QStringLiteral("http://127.0.0.1:9/api/v1")));
        Downloads::DownloadManager manager(client, m_profile.filePath(QStringLiteral("tray-q.sqlite")));

        const int registeredBefore = int(m_watcher->items().size());
        Ui::MainWindow window(settings, paths, client.baseUrl(), nullptr);
        window.setDownloadManager(&manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.tray());
        // The tray host learns of the item over the bus.
        QTRY_COMPARE_WITH_TIMEOUT(int(m_watcher->items().size()), registeredBefore + 1, 10000);
        const QString item = m_watcher->items().last();
        QTRY_VERIFY_WITH_TIMEOUT(busToolTip(item).contains(QStringLiteral("No downloads running")), 10000);

        emit manager.changed(record(7, Downloads::State::Active));
        emit manager.progress(7, 100'000'000, 1'100'000'000, 12'500'000);
        QCOMPARE(
            window.tray()->toolTip(),
            QStringLiteral("Multimedia Desk — 1 downloading · 1.0 GB · 2 min left\n1 download at 12.5 MB/s"));
        QTRY_VERIFY_WITH_TIMEOUT(busToolTip(item).contains(QStringLiteral("1 download at 12.5 MB/s")), 10000);

        // Closing the window while a download runs: the program stays, in the tray.
        QVERIFY(window.keepsWorkingInTray());
        QVERIFY(!window.close());
        QVERIFY(window.isHidden());
        QVERIFY(!QApplication::quitOnLastWindowClosed());

        // Back from the tray's menu.
        QAction *showAction = window.tray()->menu()->findChild<QAction *>(QStringLiteral("trayShowAction"));
        QVERIFY(showAction);
        QCOMPARE(showAction->text(), QStringLiteral("&Show Multimedia Desk"));
        showAction->trigger();
        QTRY_VERIFY(window.isVisible());
        QVERIFY(QApplication::quitOnLastWindowClosed());
        QCOMPARE(showAction->text(), QStringLiteral("&Hide Multimedia Desk"));

        // With the setting off, closing closes.
        settings.setCloseToTray(false);
        QVERIFY(!window.keepsWorkingInTray());
        settings.setCloseToTray(true);
        // With nothing running, closing closes too.
        emit manager.changed(record(7, Downloads::State::Completed));
        QVERIFY(!window.keepsWorkingInTray());
        QVERIFY(window.close());
        QVERIFY(window.isHidden());
    }
};

QTEST_MAIN(TestTrayAndStatus)
#include "tst_trayandstatus.moc"
