// The Videos section and the portal's conditions of use, against the
// reference portal and a real keyring: the first download shows them and
// waits for Accept; Decline queues nothing; once accepted, downloads go
// straight on until the portal publishes a new version, which is shown
// again (in the interface's language).

#include "core/auth/accountservice.h"
#include "core/auth/tokenstore.h"
#include "core/catalogue/cataloguecache.h"
#include "core/catalogue/thumbnailcache.h"
#include "core/downloads/downloadmanager.h"
#include "core/portal/conditions.h"
#include "core/portal/portalclient.h"
#include "tests/support/accountsignup.h"
#include "tests/support/portalprocess.h"
#include "tests/support/singlevideo.h"
#include "ui/conditionsdialog.h"
#include "ui/translations.h"
#include "ui/videos/videodetailpane.h"
#include "ui/videos/videosmodel.h"
#include "ui/videos/videospage.h"
#include "ui/widgets/messagebar.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString &TextEn = TestSupport::TestConditions::TextEn;
const QString &TextFr = TestSupport::TestConditions::TextFr;
const QString &Credit = TestSupport::TestConditions::Credit;

} // namespace

class TestConditionsGate final : public QObject
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
    std::unique_ptr<Catalogue::CatalogueCache> m_cache;
    std::unique_ptr<Catalogue::ThumbnailCache> m_thumbnails;
    std::unique_ptr<Portal::ConditionsGate> m_gate;
    std::unique_ptr<Ui::VideosPage> m_page;

    QString recordPath() const { return m_state.filePath(QStringLiteral("conditions.json")); }

    bool publishConditions(const QString &version)
    {
        return TestSupport::writeConditions(m_content.path(), version);
    }

    int queued(const QString &videoId) const
    {
        int count = 0;
        for (const auto &record : m_manager->downloads())
            count += record.videoId == videoId ? 1 : 0;
        return count;
    }

    // The dialog on screen, if any.
    static Ui::ConditionsDialog *dialog()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<Ui::ConditionsDialog *>(widget); found && found->isVisible())
                return found;
        }
        return nullptr;
    }

    // Opens the video in the grid and clicks its one rendition's Download.
    void download(const QString &videoId)
    {
        const int row = m_page->model()->rowOf(videoId);
        QVERIFY2(row >= 0, qPrintable(videoId));
        QListView *grid = m_page->gridView();
        const QModelIndex index = m_page->model()->index(row, 0);
        grid->scrollTo(index);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
        QTRY_VERIFY(m_page->detailPane()->video() && m_page->detailPane()->video()->id == videoId);
        QPushButton *button = m_page->detailPane()->downloadButton(QStringLiteral("r-master"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    static QPushButton *button(Ui::ConditionsDialog *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QLatin1String(name));
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        for (const char *id : {"v-first", "v-second", "v-third"}) {
            TestSupport::SingleVideo video;
            video.videoId = QLatin1String(id);
            video.title = QStringLiteral("Video ") + QLatin1String(id);
            video.sizeBytes = 32 * 1024;
            QVERIFY(!TestSupport::writeSingleVideo(m_content.path(), video).isEmpty());
        }
        QVERIFY(publishConditions(QStringLiteral("2026-01")));
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
        m_client = std::make_unique<Portal::PortalClient>(m_network, m_portal.baseUrl());
        m_tokens = std::make_unique<Auth::TokenStore>(QStringLiteral("mmdesk-conditions-test"));
        m_accounts = std::make_unique<Auth::AccountService>(*m_client, *m_tokens);
        QVERIFY(TestSupport::signUp(*m_accounts, m_portal, QStringLiteral("terms@example.org")));
        m_manager = std::make_unique<Downloads::DownloadManager>(
            *m_client, m_state.filePath(QStringLiteral("q.sqlite")));
        m_manager->start();
        m_cache =
            std::make_unique<Catalogue::CatalogueCache>(m_state.filePath(QStringLiteral("catalogue.sqlite")));
        m_thumbnails = std::make_unique<Catalogue::ThumbnailCache>(
            m_network, m_state.filePath(QStringLiteral("thumbnails")));
        m_gate = std::make_unique<Portal::ConditionsGate>(*m_client, recordPath());
        m_page = std::make_unique<Ui::VideosPage>(*m_client, *m_cache, *m_thumbnails, m_manager.get(),
                                                  m_accounts.get(), m_dest.path());
        m_page->setConditions(m_gate.get());
        m_page->resize(1100, 720);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_COMPARE(m_page->model()->rowCount(), 3);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_gate.reset();
        m_manager.reset();
        m_thumbnails.reset();
        m_cache.reset();
        QVERIFY(m_portal.stop());
    }

    void declineQueuesNothing()
    {
        download(QStringLiteral("v-first"));
        QTRY_VERIFY(dialog());
        Ui::ConditionsDialog *shown = dialog();
        QCOMPARE(shown->findChild<QPlainTextEdit *>(QStringLiteral("conditionsText"))->toPlainText(), TextEn);
        QVERIFY(shown->findChild<QLabel *>(QStringLiteral("conditionsCredit"))->text().contains(Credit));
        // Enter declines: terms are never accepted by a stray key.
        QVERIFY(button(shown, "declineConditions")->isDefault());
        QTest::mouseClick(button(shown, "declineConditions"), Qt::LeftButton);
        QTRY_VERIFY(!dialog());
        QVERIFY2(m_page->downloadNotice()->text().contains(QStringLiteral("was not queued")),
                 qPrintable(m_page->downloadNotice()->text()));
        QCOMPARE(queued(QStringLiteral("v-first")), 0);
        QVERIFY(m_gate->record().acceptedVersion().isEmpty());
    }

    void acceptQueuesAndIsKept()
    {
        // The notice offers to read them again.
        m_page->downloadNotice()->actionButton()->click();
        QTRY_VERIFY(dialog());
        QTest::mouseClick(button(dialog(), "acceptConditions"), Qt::LeftButton);
        QTRY_COMPARE(queued(QStringLiteral("v-first")), 1);
        QCOMPARE(m_gate->record().acceptedVersion(), QStringLiteral("2026-01"));
        // The credit line goes with the download, for the library's exports.
        for (const auto &record : m_manager->downloads())
            QCOMPARE(QJsonDocument::fromJson(record.metadataJson)
                         .object()
                         .value(QStringLiteral("credit_line"))
                         .toString(),
                     Credit);
        // Kept on disk for the next start.
        QCOMPARE(Portal::ConditionsRecord(recordPath()).acceptedVersion(), QStringLiteral("2026-01"));

        // Accepted: the next download goes straight to the queue.
        download(QStringLiteral("v-second"));
        QTRY_COMPARE(queued(QStringLiteral("v-second")), 1);
        QVERIFY(!dialog());
    }

    void aNewVersionIsShownAgainInTheInterfaceLanguage()
    {
        QVERIFY(publishConditions(QStringLiteral("2026-02")));
        QVERIFY(m_portal.reloadContent());
        Ui::Translations::install(*qApp, QStringLiteral("fr"));
        download(QStringLiteral("v-third"));
        QTRY_VERIFY(dialog());
        Ui::ConditionsDialog *shown = dialog();
        QCOMPARE(shown->findChild<QPlainTextEdit *>(QStringLiteral("conditionsText"))->toPlainText(), TextFr);
        // It says what changed: the version accepted before.
        QVERIFY2(shown->findChild<QLabel *>(QStringLiteral("conditionsIntro"))
                     ->text()
                     .contains(QStringLiteral("2026-01")),
                 qPrintable(shown->findChild<QLabel *>(QStringLiteral("conditionsIntro"))->text()));
        QCOMPARE(queued(QStringLiteral("v-third")), 0);
        QTest::mouseClick(button(shown, "acceptConditions"), Qt::LeftButton);
        QTRY_COMPARE(queued(QStringLiteral("v-third")), 1);
        QCOMPARE(m_gate->record().acceptedVersion(), QStringLiteral("2026-02"));
        Ui::Translations::install(*qApp, QStringLiteral("en"));
    }
};

QTEST_MAIN(TestConditionsGate)
#include "tst_conditionsgate.moc"
