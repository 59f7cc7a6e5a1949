// Desktop notifications as the session bus carries them: a stand-in
// freedesktop Notifications service on its own bus connection records every
// Notify call, while real downloads from the reference portal complete and
// fail; a full disk is played by the queue's own record of it.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/downloadmanager.h"
#include "core/portal/portalclient.h"
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

namespace {

struct Shown
{
    QString appName;
    QString summary;
    QString body;
    QVariantMap hints;
};

// What a desktop's notification daemon offers, reduced to recording.
class NotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<Shown> shown;

public slots:
    uint Notify(const QString &appName, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &, const QVariantMap &hints, int)
    {
        shown.append(Shown {appName, summary, body, hints});
        return uint(shown.size());
    }
};

} // namespace

class TestNotifications final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_state;
    QTemporaryDir m_dest;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    NotificationServer m_server;
    std::unique_ptr<QDBusConnection> m_daemonBus;

    int count(const QString &summary) const
    {
        int n = 0;
        for (const Shown &s : m_server.shown)
            n += s.summary == summary ? 1 : 0;
        return n;
    }

    const Shown *last(const QString &summary) const
    {
        for (qsizetype i = m_server.shown.size() - 1; i >= 0; --i) {
            if (m_server.shown.at(i).summary == summary)
                return &m_server.shown.at(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        // The stand-in daemon on a connection of its own: calls cross the real bus.
        m_daemonBus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(
            QDBusConnection::SessionBus, QStringLiteral("notification-daemon")));
        QVERIFY(m_daemonBus->isConnected());
        QVERIFY(m_daemonBus->registerObject(QStringLiteral("/org/freedesktop/Notifications"), &m_server,
                                            QDBusConnection::ExportAllSlots));
        QVERIFY(m_daemonBus->registerService(QStringLiteral("org.freedesktop.Notifications")));

        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-note");
        video.title = QStringLiteral("Summit <b>arrivals</b> & doorstep");
        video.sizeBytes = 256 * 1024;
        QVERIFY(!TestSupport::writeSingleVideo(m_content.path(), video).isEmpty());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void cleanupTestCase()
    {
        QDBusConnection::disconnectFromBus(QStringLiteral("notification-daemon"));
        QVERIFY(m_portal.stop());
    }

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
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("Download complete")), 1, 30000);
        const Shown *done = last(QStringLiteral("Download complete"));
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
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("Download failed")), 1, 30000);
        QCOMPARE(
            last(QStringLiteral("Download failed"))->hints.value(QStringLiteral("urgency")).value<uchar>(),
            uchar(2));
        QCOMPARE(count(QStringLiteral("Download complete")), 1);
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
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
