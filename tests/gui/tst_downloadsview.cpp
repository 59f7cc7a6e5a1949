// The Downloads section as a person meets it, against the reference portal
// and a real keyring: the empty state, rows with progress and speed, the
// total bar, pause and resume by keyboard, cancel after a question, reorder
// by drag and drop, and a verified finish.

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/downloads/deadline.h"
#include "core/downloads/downloadmanager.h"
#include "core/network/offlinemode.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "ui/downloads/deadlinedialog.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/downloads/downloadspage.h"
#include "ui/emptystatepage.h"
#include "ui/translations.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractButton>
#include <QColor>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using Downloads::State;

class TestDownloadsView final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_state;
    QTemporaryDir m_dest;
    QByteArray m_sha256;
    TestSupport::PortalProcess m_portal;
    QNetworkAccessManager m_network;
    std::unique_ptr<Portal::PortalClient> m_client;
    std::unique_ptr<Auth::TokenStore> m_tokens;
    std::unique_ptr<Auth::AccountService> m_accounts;
    std::unique_ptr<Downloads::DownloadManager> m_manager;
    std::unique_ptr<Ui::DownloadsPage> m_page;

    Downloads::DownloadRecord request() const
    {
        Downloads::DownloadRecord record;
        record.videoId = QStringLiteral("v-view");
        record.renditionId = QStringLiteral("r-master");
        record.title = QStringLiteral("Conférence de presse");
        record.label = QStringLiteral("Master");
        record.fileName = QStringLiteral("conference.mxf");
        record.destDir = m_dest.path();
        return record;
    }

    QString cell(int row, int column) const { return m_page->model()->index(row, column).data().toString(); }
    bool showsEmptyState() const
    {
        auto *stack = m_page->findChild<QStackedWidget *>();
        return qobject_cast<Ui::EmptyStatePage *>(stack->currentWidget()) != nullptr;
    }

private slots:
    void initTestCase()
    {
        // As the app does at start; "C" falls back to English and its plurals.
        Ui::Translations::install(*qApp, {});
        TestSupport::SingleVideo video;
        video.videoId = QStringLiteral("v-view");
        video.sizeBytes = 8 * 1024 * 1024;
        video.seed = 7;
        m_sha256 = TestSupport::writeSingleVideo(m_content.path(), video);
        QVERIFY(!m_sha256.isEmpty());
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-view-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("view@example.org")));

        m_manager = std::make_unique<Downloads::DownloadManager>(
            *m_client, m_state.filePath(QStringLiteral("q.sqlite")));
        m_page = std::make_unique<Ui::DownloadsPage>(*m_manager);
        m_page->resize(1000, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_manager->start();
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_manager.reset();
    }

    void emptyFirst()
    {
        QVERIFY(showsEmptyState());
        // Its one action: to the catalogue.
        auto *empty = m_page->findChild<Ui::EmptyStatePage *>();
        QCOMPARE(empty->actionButton()->text(), QStringLiteral("&Browse Videos"));
        QSignalSpy browse(m_page.get(), &Ui::DownloadsPage::browseVideosRequested);
        empty->actionButton()->click();
        QCOMPARE(browse.size(), 1);
    }

    void rowsProgressAndKeyboard()
    {
        QVERIFY(m_portal.setFaults({{QStringLiteral("rate_bytes_per_second"), 1024 * 1024}}));
        m_manager->add(request());
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QVERIFY(!showsEmptyState());
        QCOMPARE(cell(0, Ui::DownloadsModel::NameColumn), QStringLiteral("Conférence de presse — Master"));
        QTRY_VERIFY_WITH_TIMEOUT(cell(0, Ui::DownloadsModel::SpeedColumn).endsWith(QStringLiteral("/s")),
                                 15000);
        QVERIFY(cell(0, Ui::DownloadsModel::ProgressColumn).contains(QStringLiteral(" of ")));
        QVERIFY(!cell(0, Ui::DownloadsModel::TimeLeftColumn).isEmpty());
        const auto *total = m_page->findChild<QLabel *>(QStringLiteral("totalLabel"));
        QVERIFY2(total->text().startsWith(QStringLiteral("1 download left")), qPrintable(total->text()));

        QTreeView *view = m_page->view();
        view->setFocus();
        view->setCurrentIndex(m_page->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_COMPARE(cell(0, Ui::DownloadsModel::StatusColumn), QStringLiteral("Paused"));
        QTest::keyClick(view, Qt::Key_Space);
        QTRY_COMPARE(cell(0, Ui::DownloadsModel::StatusColumn), QStringLiteral("Downloading"));

        // Delete asks first; "No" keeps the download.
        const QString part = m_page->model()->record(0).partPath();
        QTest::keyClick(view, Qt::Key_Delete);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = m_page->findChild<QMessageBox *>(QStringLiteral("cancelQuestion")))
                    != nullptr);
        QVERIFY(question->text().contains(QStringLiteral("Conférence de presse")));
        question->button(QMessageBox::No)->click();
        QTRY_VERIFY(!m_page->findChild<QMessageBox *>(QStringLiteral("cancelQuestion")));
        QCOMPARE(m_page->model()->rowCount(), 1);
        // Back where the person was: the page's window active again, the list focused.
        m_page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_VERIFY((question = m_page->findChild<QMessageBox *>(QStringLiteral("cancelQuestion")))
                    != nullptr);
        question->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(m_page->model()->rowCount(), 0);
        QVERIFY(showsEmptyState());
        QTRY_VERIFY(!QFile::exists(part));
    }

    void dragToReorder()
    {
        // Paused at once so that nothing finishes while the order changes.
        m_manager->setMaxConcurrent(1);
        QVERIFY(m_portal.setFaults({{QStringLiteral("rate_bytes_per_second"), 256 * 1024}}));
        for (int i = 0; i < 3; ++i)
            m_manager->add(request());
        QTRY_COMPARE(m_page->model()->rowCount(), 3);
        const qint64 first = m_page->model()->record(0).id;
        const qint64 last = m_page->model()->record(2).id;
        std::unique_ptr<QMimeData> dragged(m_page->model()->mimeData({m_page->model()->index(2, 0)}));
        m_page->model()->dropMimeData(dragged.get(), Qt::MoveAction, 0, 0, {});
        QTRY_COMPARE(m_page->model()->record(0).id, last);
        QCOMPARE(m_page->model()->record(1).id, first);
        for (int row = 0; row < 3; ++row)
            m_manager->cancel(m_page->model()->record(row).id);
        QTRY_COMPARE(m_page->model()->rowCount(), 0);
        m_manager->setMaxConcurrent(3);
    }

    void finishesVerified()
    {
        QVERIFY(m_portal.setFaults({}));
        m_manager->add(request());
        QTRY_COMPARE(m_page->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(cell(0, Ui::DownloadsModel::StatusColumn),
                                  QStringLiteral("Completed and verified"), 20000);
        QVERIFY(cell(0, Ui::DownloadsModel::ProgressColumn).contains(QStringLiteral("(100%)")));
        const auto *total = m_page->findChild<QLabel *>(QStringLiteral("totalLabel"));
        QCOMPARE(total->text(), QStringLiteral("All downloads are finished."));
        QCOMPARE(m_page->findChild<QProgressBar *>(QStringLiteral("totalBar"))->value(), 1000);
        QCOMPARE(TestSupport::sha256OfFile(m_page->model()->record(0).targetPath()), m_sha256);
    }

    void deadlinesOrderTheQueueAndSayWhenLate()
    {
        // The queue holds (working offline), so that the order is the
        // deadlines' alone; the clock is the test's.
        Network::OfflineMode::setOn(true);
        const QDateTime now(QDate(2026, 12, 5), QTime(16, 0));
        m_page->model()->setClock([now] { return now; });
        const int before = m_page->model()->rowCount();
        for (const char *name : {"a.mxf", "b.mxf", "c.mxf"}) {
            Downloads::DownloadRecord record = request();
            record.fileName = QString::fromLatin1(name);
            m_manager->add(record);
        }
        QTRY_COMPARE(m_page->model()->rowCount(), before + 3);
        const auto idOf = [this](const QString &file) {
            for (int row = 0; row < m_page->model()->rowCount(); ++row) {
                if (m_page->model()->record(row).fileName == file)
                    return m_page->model()->record(row).id;
            }
            return qint64(0);
        };
        const auto fileAt = [this](int row) {
            return m_page->model()->record(row).fileName;
        };
        const qint64 a = idOf(QStringLiteral("a.mxf"));
        const qint64 b = idOf(QStringLiteral("b.mxf"));
        const qint64 c = idOf(QStringLiteral("c.mxf"));
        QVERIFY(a && b && c);
        const auto setDeadline = [this](qint64 id, const QDateTime &when) {
            Ui::DeadlineDialog *dialog = m_page->chooseDeadline(id);
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->isVisible());
            dialog->editor()->setDateTime(when);
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("okButton")), Qt::LeftButton);
        };

        // c is needed in two hours: it goes first; then b, in one hour, before it.
        setDeadline(c, now.addSecs(2 * 3600));
        QTRY_COMPARE(fileAt(0), QStringLiteral("c.mxf"));
        QCOMPARE(cell(0, Ui::DownloadsModel::NeededByColumn), QStringLiteral("18:00"));
        setDeadline(b, now.addSecs(3600));
        QTRY_COMPARE(fileAt(0), QStringLiteral("b.mxf"));
        QCOMPARE(fileAt(1), QStringLiteral("c.mxf"));
        QCOMPARE(m_page->model()->record(0).neededBy, now.addSecs(3600));
        // Without a deadline, a keeps its place after them.
        QVERIFY(m_page->model()->rowOf(a) > 1);
        // Waiting, nobody knows yet whether it makes it.
        QCOMPARE(m_page->model()->index(0, 0).data(Ui::DownloadsModel::TimelinessRole).toInt(),
                 int(Downloads::Timeliness::Unknown));

        // Running at 100 kB/s, 1 GB takes nearly three hours: late, in red.
        Downloads::DownloadRecord running = m_page->model()->record(0);
        running.state = State::Active;
        running.sizeBytes = 1'000'000'000;
        running.bytesDone = 0;
        emit m_manager->changed(running);
        emit m_manager->progress(running.id, 0, running.sizeBytes, 100'000);
        const int row = m_page->model()->rowOf(running.id);
        QCOMPARE(m_page->model()->index(row, 0).data(Ui::DownloadsModel::TimelinessRole).toInt(),
                 int(Downloads::Timeliness::Late));
        QCOMPARE(cell(row, Ui::DownloadsModel::NeededByColumn), QStringLiteral("17:00 ⚠ late"));
        QCOMPARE(m_page->model()
                     ->index(row, Ui::DownloadsModel::NeededByColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 QColor(200, 40, 40));
        QVERIFY(m_page->model()
                    ->index(row, Ui::DownloadsModel::NeededByColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("18:46")));
        // At 1 MB/s it ends at 16:17: in time, in green.
        emit m_manager->progress(running.id, 0, running.sizeBytes, 1'000'000);
        QCOMPARE(cell(row, Ui::DownloadsModel::NeededByColumn), QStringLiteral("17:00 ✓"));
        QCOMPARE(m_page->model()
                     ->index(row, Ui::DownloadsModel::NeededByColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 QColor(30, 130, 60));
        // Past the hour, whatever the speed: missed.
        m_page->model()->setClock([now] { return now.addSecs(3601); });
        QCOMPARE(m_page->model()->index(row, 0).data(Ui::DownloadsModel::TimelinessRole).toInt(),
                 int(Downloads::Timeliness::Missed));

        // Clear Deadline: back to no deadline.
        Ui::DeadlineDialog *dialog = m_page->chooseDeadline(b);
        QTRY_VERIFY(dialog && dialog->isVisible());
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("clearDeadlineButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_page->model()->record(m_page->model()->rowOf(b)).neededBy.isValid());
        QTRY_COMPARE(fileAt(0), QStringLiteral("c.mxf"));

        for (const qint64 id : {a, b, c})
            m_manager->cancel(id);
        QTRY_COMPARE(m_page->model()->rowCount(), before);
        m_page->model()->setClock([] { return QDateTime::currentDateTime(); });
        Network::OfflineMode::setOn(false);
    }

    void anotherProgramWorksTheQueue()
    {
        // A second program on the same queue (mmdesk-cli beside the app):
        // it shows the queue, says who works it, and takes over once free.
        Downloads::DownloadManager second(*m_client, m_state.filePath(QStringLiteral("q.sqlite")));
        Ui::DownloadsPage page(second);
        page.resize(1000, 500);
        page.show();
        second.start();
        auto *note = page.findChild<Ui::MessageBar *>(QStringLiteral("queueNote"));
        QVERIFY(note);
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("is working this download queue")),
                 qPrintable(note->text()));
        QCOMPARE(note->kind(), Ui::MessageBar::Kind::Information);
        QTRY_COMPARE(page.model()->rowCount(), m_page->model()->rowCount());
        m_page.reset();
        m_manager.reset(); // the first program closes
        QTRY_VERIFY_WITH_TIMEOUT(!note->isVisible(), 5000);
    }
};

QTEST_MAIN(TestDownloadsView)
#include "tst_downloadsview.moc"
