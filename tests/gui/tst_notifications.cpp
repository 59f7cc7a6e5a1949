// Desktop notifications as the session bus carries them: a stand-in
// freedesktop Notifications service on its own bus connection records every
// Notify call, while real downloads from the reference portal complete and
// fail; a full disk is played by the queue's own record of it.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/downloadmanager.h"
#include "core/portal/portalclient.h"
#include "tests/gui/notificationserver.h"
#include "tests/support/accountsignup.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "ui/notify/desktopnotifier.h"
#include "ui/notify/downloadnotifications.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

class TestNotifications final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_state;
    QTemporaryDir m_dest;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    TestSupport::NotificationServer m_server;

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.registerOnBus());

        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-note");
        video.title = QStringLiteral("Summit <b>arrivals</b> & doorstep");
        video.sizeBytes = 256 * 1024;
        QVERIFY(!TestSupport::writeSingleVideo(m_content.path(), video).isEmpty());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void cleanupTestCase() { QVERIFY(m_portal.stop()); }

    void completedAndFailedDownloadsAreShown()
    {
        Portal::PortalClient client(m_network, m_portal.baseUrl());
        Auth::TokenStore tokens(QStringLiteral("mmdesk-notifications-test"));
        Auth::AccountService accounts(client, tokens);
        QVERIFY(TestSupport::signUp(accounts, m_portal, QStringLiteral("notes@example.org")));
        Downloads::DownloadManager manager(client, m_state.filePath(QStringLiteral("q.sqlite")));
        Ui::DesktopNotifier notifier;
        Ui::DownloadNotifications notifications(manager, notifier);
        manager.start();

        Downloads::DownloadRecord good;
        good.videoId = QStringLiteral("v-note");
        good.renditionId = QStringLiteral("r-master");
        good.title = QStringLiteral("Summit <b>arrivals</b> & doorstep");
        good.label = QStringLiteral("Master");
        good.fileName = QStringLiteral("master.mxf");
        good.destDir = m_dest.path();
        manager.add(good);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.count(QStringLiteral("Download complete")), 1, 30000);
        const auto *done = m_server.last(QStringLiteral("Download complete"));
        QCOMPARE(done->appName, QStringLiteral("Multimedia Desk"));
        // Portal text is escaped: a daemon that reads markup shows it as typed.
        QVERIFY2(done->body.startsWith(
                     QStringLiteral("Summit &lt;b&gt;arrivals&lt;/b&gt; &amp; doorstep — Master")),
                 qPrintable(done->body));
        QCOMPARE(done->hints.value(QStringLiteral("category")).toString(),
                 QStringLiteral("transfer.complete"));

        // A rendition the portal does not have: the download fails, and says so.
        Downloads::DownloadRecord missing = good;
        missing.renditionId = QStringLiteral("r-gone");
        missing.fileName = QStringLiteral("gone.mxf");
        manager.add(missing);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.count(QStringLiteral("Download failed")), 1, 30000);
        QCOMPARE(m_server.last(QStringLiteral("Download failed"))
                     ->hints.value(QStringLiteral("urgency"))
                     .value<uchar>(),
                 uchar(2));
        QCOMPARE(m_server.count(QStringLiteral("Download complete")), 1);
    }

    void aFullDiskIsShownOnceAndThePastNever()
    {
        Portal::PortalClient client(m_network, m_portal.baseUrl());
        Downloads::DownloadManager manager(client, m_state.filePath(QStringLiteral("disk.sqlite")));
        Ui::DesktopNotifier notifier;
        Ui::DownloadNotifications notifications(manager, notifier);
        const int before = int(m_server.shown.size());

        Downloads::DownloadRecord record;
        record.id = 41;
        record.title = QStringLiteral("Ministers meet");
        record.destDir = m_dest.path();
        // Finished before this run: nothing to say.
        record.state = Downloads::State::Completed;
        emit manager.changed(record);
        record.id = 42;
        record.state = Downloads::State::Active;
        emit manager.changed(record);
        record.state = Downloads::State::Paused;
        record.errorCode = QStringLiteral("disk_full");
        emit manager.changed(record);
        emit manager.changed(record); // the same state again: no second notification
        QTRY_COMPARE(int(m_server.shown.size()), before + 1);
        QCOMPARE(m_server.shown.last().summary, QStringLiteral("Download paused: the disk is full"));
        // Paused by the person: their own doing, nothing to tell. Calls
        // arrive in order, so once the failure after it is shown, the pause
        // would have been too.
        record.errorCode.clear();
        emit manager.changed(record);
        record.state = Downloads::State::Failed;
        record.errorMessage = QStringLiteral("The portal no longer has this rendition.");
        emit manager.changed(record);
        QTRY_COMPARE(int(m_server.shown.size()), before + 2);
        QCOMPARE(m_server.shown.last().summary, QStringLiteral("Download failed"));
    }

    void aDownloadThatWillBeLateIsToldOnce()
    {
        Portal::PortalClient client(m_network, m_portal.baseUrl());
        Downloads::DownloadManager manager(client, m_state.filePath(QStringLiteral("late.sqlite")));
        Ui::DesktopNotifier notifier;
        Ui::DownloadNotifications notifications(manager, notifier);
        const QDateTime now(QDate(2026, 12, 5), QTime(16, 0));
        notifications.setClock([now] { return now; });
        const int before = int(m_server.shown.size());

        Downloads::DownloadRecord record;
        record.id = 51;
        record.title = QStringLiteral("Summit arrivals");
        record.destDir = m_dest.path();
        record.state = Downloads::State::Active;
        record.sizeBytes = 1'000'000'000;
        record.neededBy = now.addSecs(3600);
        emit manager.changed(record);
        // In time at 1 MB/s; at 100 kB/s it ends about 18:46, after 17:00.
        emit manager.progress(51, 0, record.sizeBytes, 1'000'000);
        emit manager.progress(51, 1'000'000, record.sizeBytes, 100'000);
        emit manager.progress(51, 2'000'000, record.sizeBytes, 90'000); // still late: said once
        // A failure after it is shown after it: the late warning came first, alone.
        record.state = Downloads::State::Failed;
        record.errorMessage = QStringLiteral("stop");
        emit manager.changed(record);
        QTRY_COMPARE(int(m_server.shown.size()), before + 2);
        QCOMPARE(m_server.shown.at(before).summary, QStringLiteral("Download will be late"));
        QVERIFY2(m_server.shown.at(before).body.contains(QStringLiteral("needed by 17:00")),
                 qPrintable(m_server.shown.at(before).body));
        QCOMPARE(m_server.shown.last().summary, QStringLiteral("Download failed"));
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
