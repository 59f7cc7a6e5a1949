// The proxy setting (network.proxy) for both network stacks: Qt Network (the
// portal, news, pictures) and libcurl (downloads). A loopback server plays the
// proxy: a request that reaches it in absolute form ("GET http://host/path")
// came through it. The hosts behind it are in the reserved .test domain and
// are never looked up: only the proxy on 127.0.0.1 is ever connected to.

#include "core/downloads/transfer.h"
#include "core/network/proxysetting.h"
#include "core/settings/appsettings.h"
#include "core/settings/settingsoptions.h"
#include "tests/support/loopbackhttpserver.h"
#include "tests/support/transferrun.h"

#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <future>
#include <unistd.h>

using Network::ProxySetting;

namespace {

const QByteArray Body = "through the proxy\n";

} // namespace

class TestProxySetting final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_work;
    std::unique_ptr<TestSupport::LoopbackHttpServer> m_proxy;
    std::unique_ptr<TestSupport::LoopbackHttpServer> m_direct;
    QStringList m_proxied; // request targets the proxy saw
    QStringList m_directly; // request targets the host saw

    QString proxyAddress() const { return m_proxy->url(QString()).toString(QUrl::RemovePath); }

    // One libcurl transfer with this proxy setting; the loopback servers
    // answer from this thread's event loop meanwhile.
    QByteArray curlFetch(const QUrl &url, const ProxySetting &setting)
    {
        const QString path = m_work.filePath(QStringLiteral("fetched.bin"));
        QFile::remove(path);
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            return "<cannot open the file>";
        Downloads::Transfer::Spec spec;
        spec.url = url;
        spec.fd = fd;
        spec.expectedSize = Body.size();
        spec.proxy = setting.curlProxy();
        spec.stallSeconds = 10;
        Downloads::Transfer transfer(spec);
        auto outcome =
            std::async(std::launch::async, [&transfer] { return TestSupport::runTransfer(transfer); });
        const bool done = QTest::qWaitFor(
            [&outcome] { return outcome.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
            20000);
        ::close(fd);
        if (!done)
            return "<no end>";
        const auto result = outcome.get();
        if (!result.complete)
            return "<incomplete, HTTP " + QByteArray::number(result.httpStatus) + '>';
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
    }

    QByteArray qtFetch(const QUrl &url)
    {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 20000))
            return "<no end>";
        reply->deleteLater();
        return reply->error() == QNetworkReply::NoError ? reply->readAll()
                                                        : "<" + reply->errorString().toUtf8() + '>';
    }

private slots:
    void initTestCase()
    {
        const auto answer = [](QStringList &seen) {
            return [&seen](const TestSupport::LoopbackHttpServer::Request &request) {
                seen << QString::fromLatin1(request.method) + u' ' + request.target;
                TestSupport::LoopbackHttpServer::Answer a;
                a.body = Body;
                return a;
            };
        };
        m_proxy = std::make_unique<TestSupport::LoopbackHttpServer>(answer(m_proxied));
        m_direct = std::make_unique<TestSupport::LoopbackHttpServer>(answer(m_directly));
        QVERIFY(m_proxy->listen());
        QVERIFY(m_direct->listen());
    }

    void init()
    {
        m_proxied.clear();
        m_directly.clear();
        qunsetenv("http_proxy");
        qunsetenv("HTTP_PROXY");
        qunsetenv("no_proxy");
        qunsetenv("NO_PROXY");
    }

    void parsesWhatPeopleWrite_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString() << true << QStringLiteral("system");
        QTest::newRow("system") << QStringLiteral(" System ") << true << QStringLiteral("system");
        QTest::newRow("none") << QStringLiteral("NONE") << true << QStringLiteral("none");
        QTest::newRow("http") << QStringLiteral("http://proxy.example.org:3128") << true
                              << QStringLiteral("http://proxy.example.org:3128");
        QTest::newRow("trailing slash") << QStringLiteral("HTTP://proxy.example.org:3128/") << true
                                        << QStringLiteral("http://proxy.example.org:3128");
        QTest::newRow("socks5 with user") << QStringLiteral("socks5://ana:s%40fe@127.0.0.1:1080") << true
                                          << QStringLiteral("socks5://ana:s%40fe@127.0.0.1:1080");
        QTest::newRow("no scheme") << QStringLiteral("proxy.example.org:3128") << false << QString();
        QTest::newRow("no port") << QStringLiteral("http://proxy.example.org") << false << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://proxy.example.org:21") << false << QString();
        QTest::newRow("a path") << QStringLiteral("http://proxy.example.org:3128/pac") << false << QString();
        QTest::newRow("words") << QStringLiteral("the office one") << false << QString();
    }

    void parsesWhatPeopleWrite()
    {
        QFETCH(QString, written);
        QFETCH(bool, accepted);
        QFETCH(QString, stored);
        const auto parsed = ProxySetting::parse(written);
        QCOMPARE(parsed.ok(), accepted);
        if (accepted)
            QCOMPARE(parsed.value().toString(), stored);
        else
            QVERIFY2(parsed.error().message.contains(QStringLiteral("http://proxy.example.org:3128")),
                     qPrintable(parsed.error().message));
    }

    void theSettingIsCheckedAndKept()
    {
        Settings::AppSettings settings(m_work.filePath(QStringLiteral("mmdesk.conf")));
        const Settings::Option *option = Settings::Options::find(QStringLiteral("network.proxy"));
        QVERIFY(option);
        QCOMPARE(option->get(settings), QStringLiteral("system"));
        QVERIFY(!option->set(settings, QStringLiteral("proxy:3128")).ok());
        QCOMPARE(option->get(settings), QStringLiteral("system"));
        QVERIFY(option->set(settings, QStringLiteral("http://proxy.example.org:3128/")).ok());
        QCOMPARE(settings.proxy(), QStringLiteral("http://proxy.example.org:3128"));
        QVERIFY(Settings::Options::reset(settings, *option).ok());
        QCOMPARE(settings.proxy(), QStringLiteral("system"));
    }

    void aManualProxyCarriesBothStacks()
    {
        const auto setting = ProxySetting::parse(proxyAddress());
        QVERIFY(setting.ok());
        QCOMPARE(setting.value().mode, ProxySetting::Mode::Manual);
        setting.value().applyToQt();
        QCOMPARE(qtFetch(QUrl(QStringLiteral("http://portal.test/api/v1/videos"))), Body);
        QCOMPARE(curlFetch(QUrl(QStringLiteral("http://media.test/master.mxf")), setting.value()), Body);
        QCOMPARE(m_proxied,
                 (QStringList {QStringLiteral("GET http://portal.test/api/v1/videos"),
                               QStringLiteral("GET http://media.test/master.mxf")}));
        QVERIFY(m_directly.isEmpty());
    }

    void noneGoesDirectWhateverTheEnvironmentSays()
    {
        qputenv("http_proxy", proxyAddress().toUtf8());
        const auto setting = ProxySetting::parse(QStringLiteral("none"));
        QVERIFY(setting.ok());
        setting.value().applyToQt();
        QCOMPARE(qtFetch(m_direct->url(QStringLiteral("/api/v1/videos"))), Body);
        QCOMPARE(curlFetch(m_direct->url(QStringLiteral("/master.mxf")), setting.value()), Body);
        QVERIFY2(m_proxied.isEmpty(), qPrintable(m_proxied.join(u", ")));
        QCOMPARE(m_directly,
                 (QStringList {QStringLiteral("GET /api/v1/videos"), QStringLiteral("GET /master.mxf")}));
    }

    void systemFollowsTheEnvironment()
    {
        qputenv("http_proxy", proxyAddress().toUtf8());
        const auto setting = ProxySetting::parse(QStringLiteral("system"));
        QVERIFY(setting.ok());
        setting.value().applyToQt();
        QCOMPARE(qtFetch(QUrl(QStringLiteral("http://portal.test/api/v1/news"))), Body);
        QCOMPARE(curlFetch(QUrl(QStringLiteral("http://media.test/proxy.mp4")), setting.value()), Body);
        QCOMPARE(m_proxied,
                 (QStringList {QStringLiteral("GET http://portal.test/api/v1/news"),
                               QStringLiteral("GET http://media.test/proxy.mp4")}));

        // The environment's exceptions hold too.
        m_proxied.clear();
        qputenv("no_proxy", "127.0.0.1");
        QCOMPARE(qtFetch(m_direct->url(QStringLiteral("/api/v1/news"))), Body);
        QCOMPARE(curlFetch(m_direct->url(QStringLiteral("/proxy.mp4")), setting.value()), Body);
        QVERIFY2(m_proxied.isEmpty(), qPrintable(m_proxied.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestProxySetting)
#include "tst_proxysetting.moc"
