// A saved search at work in the Videos section, against the reference
// portal: saved with Save Search…, quiet at its first run, and once the
// portal gains a matching video, a desktop notification observed on the
// session bus (a stand-in daemon records it).

#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/cataloguesync.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/downloads/downloadmanager.h"
#include "core/portal/portalclient.h"
#include "core/watch/watchstore.h"
#include "tests/gui/notificationserver.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "ui/downloads/downloadspage.h"
#include "ui/notify/desktopnotifier.h"
#include "ui/notify/watchalerts.h"
#include "ui/savesearchdialog.h"
#include "ui/translations.h"
#include "ui/videos/videofilterbar.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"
#include "ui/widgets/datetimetext.h"
#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

class TestWatchAlerts final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_state;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    TestSupport::NotificationServer m_daemon;

    bool addVideo(const char *id, const char *title)
    {
        TestSupport::SingleVideo video;
        video.videoId = QLatin1String(id);
        video.title = QLatin1String(title);
        video.sizeBytes = 32 * 1024;
        return !TestSupport::writeSingleVideo(m_content.path(), video).isEmpty();
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        QVERIFY(m_daemon.registerOnBus());
        QVERIFY(addVideo("v-summit-1", "Summit opens in The Hague"));
        QVERIFY(addVideo("v-navy", "Naval exercise in the Baltic"));
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void cleanupTestCase() { QVERIFY(m_portal.stop()); }

    // The limits of an auto-download: only with a rule, saved as chosen.
    void theDialogSavesTheLimits()
    {
        QTemporaryDir dir;
        auto store = Watch::WatchStore::open(dir.filePath(QStringLiteral("watches.sqlite")));
        QVERIFY(store.ok());
        Watch::SavedSearch search;
        search.text = QStringLiteral("summit");
        Ui::SaveSearchDialog dialog(*store.value(), search);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.maxHeightBox()->isEnabled());
        QVERIFY(!dialog.maxSizeBox()->isEnabled());
        QVERIFY(!dialog.offHoursBox()->isEnabled());
        QCOMPARE(dialog.maxSizeBox()->text(), QStringLiteral("Any size"));
        QComboBox *download = dialog.downloadBox();
        download->setCurrentIndex(download->findData(QStringLiteral("mxf")));
        QVERIFY(dialog.maxHeightBox()->isEnabled());
        QVERIFY(dialog.maxSizeBox()->isEnabled());
        dialog.maxHeightBox()->setCurrentIndex(dialog.maxHeightBox()->findData(1080));
        QCOMPARE(dialog.maxHeightBox()->currentText(), QStringLiteral("1080 lines"));
        // Typed, as a person does.
        dialog.maxSizeBox()->setFocus();
        dialog.maxSizeBox()->selectAll();
        QTest::keyClicks(dialog.maxSizeBox(), QStringLiteral("4.5"));
        QCOMPARE(dialog.maxSizeBox()->text(), QStringLiteral("4.5 GB"));
        QVERIFY(dialog.offHoursBox()->isEnabled());
        QTest::mouseClick(dialog.offHoursBox(), Qt::LeftButton);
        QSignalSpy saved(&dialog, &Ui::SaveSearchDialog::saved);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        const auto all = store.value()->all();
        QVERIFY(all.ok() && all.value().size() == 1);
        QCOMPARE(all.value().first().autoDownload, QStringLiteral("mxf"));
        QCOMPARE(all.value().first().autoMaxHeight, 1080);
        QCOMPARE(all.value().first().autoMaxBytes, qint64(4'500'000'000));
        QVERIFY(all.value().first().autoOffHours);
    }

    void aSavedSearchTellsWhatIsNew()
    {
        Portal::PortalClient client(m_network, m_portal.baseUrl());
        Catalogue::CatalogueCache cache(m_state.filePath(QStringLiteral("catalogue.sqlite")));
        Catalogue::ThumbnailCache thumbnails(m_network, m_state.filePath(QStringLiteral("thumbnails")));
        auto store = Watch::WatchStore::open(m_state.filePath(QStringLiteral("watches.sqlite")));
        QVERIFY(store.ok());
        Ui::VideosPage page(client, cache, thumbnails, nullptr, nullptr,
                            m_state.filePath(QStringLiteral("dl")));
        page.setWatchStore(store.value().get());
        Ui::DesktopNotifier notifier;
        Ui::WatchAlerts alerts(*store.value(), nullptr, &cache, notifier);
        connect(&page, &Ui::VideosPage::catalogueSynced, &alerts, &Ui::WatchAlerts::check);
        QSignalSpy checked(&alerts, &Ui::WatchAlerts::checked);
        page.resize(1100, 720);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.model()->rowCount(), 2);

        // Search, then keep the search.
        QTest::keyClicks(page.filterBar()->searchField(), QStringLiteral("summit"));
        QTRY_COMPARE(page.model()->rowCount(), 1);
        QToolButton *save = page.filterBar()->saveSearchButton();
        QVERIFY(save->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
        Ui::SaveSearchDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<Ui::SaveSearchDialog *>()) && dialog->isVisible());
        QCOMPARE(dialog->nameField()->text(), QStringLiteral("summit"));
        dialog->nameField()->setText(QStringLiteral("Summit coverage"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QCOMPARE(store.value()->all().value().size(), 1);
        QCOMPARE(store.value()->all().value().first().text, QStringLiteral("summit"));

        // Its first run notes what matches already: nothing to tell.
        const int before = int(checked.size());
        page.refresh();
        QTRY_VERIFY(checked.size() > before);
        QCOMPARE(checked.last().first().toInt(), 0);

        // The portal gains a match (and a video that is none).
        QVERIFY(addVideo("v-summit-2", "Summit: leaders' doorstep"));
        QVERIFY(addVideo("v-ministers", "Ministers meet on air defence"));
        QVERIFY(m_portal.reloadContent());
        page.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon.count(QStringLiteral("New for “Summit coverage”")), 1, 15000);
        const auto *shown = m_daemon.last(QStringLiteral("New for “Summit coverage”"));
        QCOMPARE(shown->body, QStringLiteral("Summit: leaders' doorstep"));
        QCOMPARE(shown->appName, QStringLiteral("Multimedia Desk"));
        // Told once.
        const int told = int(m_daemon.shown.size());
        const int runs = int(checked.size());
        page.refresh();
        QTRY_VERIFY(checked.size() > runs);
        QCOMPARE(int(m_daemon.shown.size()), told);
    }

    // In the app: a download of an off-hours search waits while the limit
    // is on (at the clock given), the notification says until when, and it
    // is queued once the limit lifts.
    void offHoursDownloadsWaitForTheLimitToLift()
    {
        QTemporaryDir dir;
        Portal::PortalClient client(m_network, m_portal.baseUrl());
        Catalogue::CatalogueCache cache(dir.filePath(QStringLiteral("catalogue.sqlite")));
        auto store = Watch::WatchStore::open(dir.filePath(QStringLiteral("watches.sqlite")));
        QVERIFY(store.ok());
        Watch::SavedSearch night;
        night.name = QStringLiteral("Night");
        night.text = QStringLiteral("night");
        night.autoDownload = QStringLiteral("best");
        night.autoOffHours = true;
        QVERIFY(store.value()->add(night).ok());
        Downloads::DownloadManager manager(client, dir.filePath(QStringLiteral("downloads.sqlite")));
        manager.start();
        Ui::DesktopNotifier notifier;
        Ui::WatchAlerts alerts(*store.value(), nullptr, &cache, notifier);
        alerts.setDownloads(dir.filePath(QStringLiteral("downloads.sqlite")),
                            dir.filePath(QStringLiteral("dl")));
        const auto office = Downloads::BandwidthSchedule::parse(QStringLiteral("1M 07:00-19:00"));
        QVERIFY(office.ok());
        alerts.setBandwidthSchedule(office.value());
        const QDate today = QDate::currentDate();
        QDateTime clock(today, QTime(12, 0));
        alerts.setClock([&clock] { return clock; });
        // The Downloads section says what waits, as the app wires it.
        Ui::DownloadsPage page(manager);
        connect(&alerts, &Ui::WatchAlerts::waiting, &page,
                [&page, &alerts](int count, const QDateTime &until) {
                    page.showWaitingAutoDownloads(count, until, [&alerts] { alerts.queuePendingNow(); });
                });
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy checked(&alerts, &Ui::WatchAlerts::checked);
        const auto syncAndCheck = [&] {
            Catalogue::CatalogueSync sync(client, cache);
            QSignalSpy finished(&sync, &Catalogue::CatalogueSync::finished);
            sync.start();
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
            const qsizetype before = checked.size();
            alerts.check();
            QTRY_VERIFY(checked.size() > before);
        };
        syncAndCheck(); // the baseline
        if (QTest::currentTestFailed())
            return;

        QVERIFY(addVideo("v-night-1", "Night patrol"));
        QVERIFY(m_portal.reloadContent());
        syncAndCheck();
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(m_daemon.count(QStringLiteral("New for “Night”")), 1, 15000);
        const QString until = Ui::DateTimeText::clock(QDateTime(today, QTime(19, 0)), today);
        QCOMPARE(
            m_daemon.last(QStringLiteral("New for “Night”"))->body,
            QStringLiteral("Night patrol\nDownloads from %1, when the bandwidth limit ends.").arg(until));
        QVERIFY(manager.downloads().isEmpty());
        QCOMPARE(store.value()->pending().value().size(), 1);
        QVERIFY(page.waitingNote()->isVisible());
        QCOMPARE(
            page.waitingNote()->text(),
            QStringLiteral("1 download from saved searches waits until %1, when the bandwidth limit ends.")
                .arg(until));

        // Still limited: nothing goes.
        alerts.queuePending();
        QCOMPARE(store.value()->pending().value().size(), 1);
        QVERIFY(page.waitingNote()->isVisible());
        QVERIFY(manager.downloads().isEmpty());
        // The limit lifts at 19:00.
        clock = QDateTime(today, QTime(19, 30));
        alerts.queuePending();
        QTRY_COMPARE(manager.downloads().size(), 1);
        QCOMPARE(manager.downloads().first().videoId, QStringLiteral("v-night-1"));
        QCOMPARE(store.value()->pending().value().size(), 0);
        QVERIFY(!page.waitingNote()->isVisible());

        // Back in office hours, a second one waits; Download Now takes it.
        clock = QDateTime(today, QTime(12, 0));
        QVERIFY(addVideo("v-night-2", "Night landing"));
        QVERIFY(m_portal.reloadContent());
        syncAndCheck();
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(page.waitingNote()->isVisible());
        QTest::mouseClick(page.waitingNote()->actionButton(), Qt::LeftButton);
        QTRY_COMPARE(manager.downloads().size(), 2);
        QCOMPARE(store.value()->pending().value().size(), 0);
        QVERIFY(!page.waitingNote()->isVisible());
    }
};

QTEST_MAIN(TestWatchAlerts)
#include "tst_watchalerts.moc"
