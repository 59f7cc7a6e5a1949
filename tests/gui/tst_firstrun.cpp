// The first run without a portal: the window asks for the portal's address,
// tries it, keeps only one that answers like a portal, then offers the way
// in; or leaves the portal unset for the library alone.

#include "core/settings/appsettings.h"
#include "core/settings/paths.h"
#include "tests/support/loopbackhttpserver.h"
#include "tests/support/portalprocess.h"
#include "ui/firstrunpage.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestFirstRun final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_content;
    QTemporaryDir m_profile;
    TestSupport::PortalProcess m_portal;

    static void tryAddress(Ui::FirstRunPage &page, const QString &address)
    {
        page.addressField()->clear();
        QTest::keyClicks(page.addressField(), address);
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        Ui::Translations::install(*qApp, QStringLiteral("en"));
        QVERIFY(QDir(m_content.path()).mkpath(QStringLiteral("news")));
        QVERIFY2(m_portal.start(m_content.path()), qPrintable(m_portal.log()));
    }

    void savesAPortalOnlyAfterItAnswers()
    {
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.filePath(QStringLiteral("save")));
        Settings::AppSettings settings(paths.settingsFile());
        Ui::MainWindow window(settings, paths, QUrl(), nullptr);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Ui::FirstRunPage *page = window.firstRun();
        QVERIFY(page && page->isVisible());
        QVERIFY(!window.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
        QVERIFY(!page->saveButton()->isEnabled());

        // A web server that is no portal: refused, nothing kept.
        TestSupport::LoopbackHttpServer website([](const auto &) {
            TestSupport::LoopbackHttpServer::Answer answer;
            answer.contentType = "text/html; charset=utf-8";
            answer.body = "<!DOCTYPE html><html><body>Welcome</body></html>";
            return answer;
        });
        QVERIFY(website.listen());
        tryAddress(*page, website.url(QStringLiteral("/api/v1")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(page->result().contains(QStringLiteral("does not answer like a portal")),
                                 10000);
        QVERIFY(website.requests() >= 1);
        QVERIFY(!page->saveButton()->isEnabled());
        QVERIFY(settings.portalUrl().isEmpty());

        // Not an address at all: said at once.
        tryAddress(*page, QStringLiteral("ftp://portal.example.org"));
        QVERIFY(!page->result().isEmpty());
        QVERIFY(!page->saveButton()->isEnabled());

        // The portal: tried, then kept.
        tryAddress(*page, m_portal.baseUrl().toString());
        QTRY_VERIFY_WITH_TIMEOUT(page->saveButton()->isEnabled(), 10000);
        QVERIFY2(page->result().contains(QStringLiteral("answers like a portal")),
                 qPrintable(page->result()));
        // Changed after the test: to be tried again before it is kept.
        QTest::keyClick(page->addressField(), Qt::Key_X);
        QVERIFY(!page->saveButton()->isEnabled());
        QTest::keyClick(page->addressField(), Qt::Key_Backspace);
        QTest::mouseClick(page->testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->saveButton()->isEnabled(), 10000);
        QSignalSpy restart(&window, &Ui::MainWindow::restartRequested);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QCOMPARE(settings.portalUrl(), m_portal.baseUrl());
        QCOMPARE(Settings::AppSettings(paths.settingsFile()).portalUrl(), m_portal.baseUrl());

        // Then the way in.
        auto *browse = page->findChild<QPushButton *>(QStringLiteral("firstRunBrowse"));
        auto *signIn = page->findChild<QPushButton *>(QStringLiteral("firstRunSignIn"));
        QTRY_VERIFY(browse->isVisible() && signIn->isVisible());
        QTest::mouseClick(browse, Qt::LeftButton);
        QCOMPARE(restart.size(), 1);
        QCOMPARE(restart.first().first().toString(), QStringLiteral("videos"));
        QTest::mouseClick(signIn, Qt::LeftButton);
        QCOMPARE(restart.last().first().toString(), QStringLiteral("account"));
    }

    void theLibraryWorksWithoutAPortal()
    {
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.filePath(QStringLiteral("skip")));
        Settings::AppSettings settings(paths.settingsFile());
        Ui::MainWindow window(settings, paths, QUrl(), nullptr);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(window.firstRun()->findChild<QPushButton *>(QStringLiteral("libraryOnlyButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QListWidget *>(QStringLiteral("navigation"))->isVisible());
        QCOMPARE(window.currentSection(), Ui::Section::Library);
        QVERIFY(settings.portalUrl().isEmpty());
    }

    void aSetPortalOpensTheSections()
    {
        const Settings::Paths paths = Settings::Paths::resolve(m_profile.filePath(QStringLiteral("set")));
        Settings::AppSettings settings(paths.settingsFile());
        Ui::MainWindow window(settings, paths, m_portal.baseUrl(), nullptr);
        QVERIFY(!window.firstRun());
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
