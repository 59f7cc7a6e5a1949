#include "core/portal/portalurl.h"
#include "core/settings/appsettings.h"

#include <QTemporaryDir>
#include <QTest>

class TestPortalUrl final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected"); // empty: refused

        QTest::newRow("https") << "https://portal.example.org/api/v1"
                               << "https://portal.example.org/api/v1";
        QTest::newRow("trailing slashes") << "https://portal.example.org/api/v1//"
                                          << "https://portal.example.org/api/v1";
        QTest::newRow("port") << "http://127.0.0.1:8080/api/v1"
                              << "http://127.0.0.1:8080/api/v1";
        QTest::newRow("upper-case scheme") << "HTTPS://portal.example.org/api/v1"
                                           << "https://portal.example.org/api/v1";
        QTest::newRow("spaces around") << "  https://portal.example.org/api/v1 "
                                       << "https://portal.example.org/api/v1";
        QTest::newRow("ipv6 loopback") << "http://[::1]:9000/api/v1"
                                       << "http://[::1]:9000/api/v1";
        QTest::newRow("no scheme") << "portal.example.org/api/v1"
                                   << "";
        QTest::newRow("ftp") << "ftp://portal.example.org/api/v1"
                             << "";
        QTest::newRow("query") << "https://portal.example.org/api/v1?x=1"
                               << "";
        QTest::newRow("fragment") << "https://portal.example.org/api/v1#top"
                                  << "";
        QTest::newRow("user info") << "https://me:secret@portal.example.org/api/v1"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("garbage") << "::::"
                                 << "";
    }

    void parse()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = Portal::PortalUrl::parse(input);
        if (expected.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, QStringLiteral("invalid_portal_url"));
            QVERIFY(!result.error().message.isEmpty());
        } else {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(result.value().toString(), expected);
        }
    }

    void plainHttpOnlyForThisComputer_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("accepted"); // without --allow-insecure-portal
        QTest::addColumn<bool>("insecure"); // what the interface warns about

        QTest::newRow("127.0.0.1") << "http://127.0.0.1:8080/api/v1" << true << false;
        QTest::newRow("127.1.2.3") << "http://127.1.2.3/api/v1" << true << false;
        QTest::newRow("localhost") << "http://localhost:8080/api/v1" << true << false;
        QTest::newRow("LOCALHOST") << "http://LOCALHOST/api/v1" << true << false;
        QTest::newRow("::1") << "http://[::1]:9000/api/v1" << true << false;
        QTest::newRow("a host name") << "http://portal.example.org/api/v1" << false << true;
        QTest::newRow("a LAN address") << "http://192.168.1.20/api/v1" << false << true;
        QTest::newRow("localhost as a subdomain") << "http://localhost.example.org/api/v1" << false << true;
        QTest::newRow("127 as a name prefix") << "http://127.0.0.1.example.org/api/v1" << false << true;
        QTest::newRow("any address") << "http://0.0.0.0/api/v1" << false << true;
        QTest::newRow("https to a host") << "https://portal.example.org/api/v1" << true << false;
    }

    void plainHttpOnlyForThisComputer()
    {
        QFETCH(QString, input);
        QFETCH(bool, accepted);
        QFETCH(bool, insecure);
        const auto result = Portal::PortalUrl::parse(input);
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QCOMPARE(result.error().code, QStringLiteral("insecure_portal_url"));
            QVERIFY(result.error().message.contains(QStringLiteral("--allow-insecure-portal")));
        }
        const auto allowed = Portal::PortalUrl::parse(input, Portal::PortalUrl::Insecure::Allow);
        QVERIFY(allowed.ok());
        QCOMPARE(Portal::PortalUrl::isInsecure(allowed.value()), insecure);
        QVERIFY(!Portal::PortalUrl::isInsecure(QUrl())); // no portal at all
    }

    void endpointKeepsTheBasePath()
    {
        const QUrl base(QStringLiteral("https://portal.example.org/api/v1"));
        QCOMPARE(Portal::PortalUrl::endpoint(base, QStringLiteral("/news")).toString(),
                 QStringLiteral("https://portal.example.org/api/v1/news"));
        QCOMPARE(Portal::PortalUrl::endpoint(base, QStringLiteral("auth/login")).toString(),
                 QStringLiteral("https://portal.example.org/api/v1/auth/login"));
    }

    void resolveOrder()
    {
        QTemporaryDir dir;
        Settings::AppSettings settings(dir.filePath(QStringLiteral("mmdesk.conf")));
        qputenv("MMDESK_PORTAL", "https://from-env.example.org/api/v1");

        // Environment when nothing else is set.
        QCOMPARE(Portal::PortalUrl::resolve({}, settings).value().host(),
                 QStringLiteral("from-env.example.org"));
        // The saved setting beats the environment.
        settings.setPortalUrl(QUrl(QStringLiteral("https://saved.example.org/api/v1")));
        QCOMPARE(Portal::PortalUrl::resolve({}, settings).value().host(),
                 QStringLiteral("saved.example.org"));
        // The command line beats both.
        QCOMPARE(Portal::PortalUrl::resolve(QStringLiteral("https://cli.example.org/api/v1"), settings)
                     .value()
                     .host(),
                 QStringLiteral("cli.example.org"));
        // A bad command-line value is an error, not a silent fallback.
        QVERIFY(!Portal::PortalUrl::resolve(QStringLiteral("nonsense"), settings).ok());

        qunsetenv("MMDESK_PORTAL");
        Settings::AppSettings empty(dir.filePath(QStringLiteral("other.conf")));
        const auto none = Portal::PortalUrl::resolve({}, empty);
        QVERIFY(none.ok());
        QVERIFY(none.value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPortalUrl)
#include "tst_portalurl.moc"
