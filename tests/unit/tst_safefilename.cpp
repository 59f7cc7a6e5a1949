#include "core/downloads/safefilename.h"

#include <QSet>
#include <QTest>

using Downloads::SafeFileName;

class TestSafeFileName final : public QObject
{
    Q_OBJECT

private slots:
    void clean_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "summit_1080i50.mxf"
                               << "summit_1080i50.mxf";
        QTest::newRow("accents kept") << "Déclaration à Bruxelles.mov"
                                      << "Déclaration à Bruxelles.mov";
        QTest::newRow("separators") << "a/b\\c.mp4"
                                    << "a_b_c.mp4";
        QTest::newRow("climbing out") << "../../etc/passwd"
                                      << "_.._etc_passwd";
        QTest::newRow("dot-dot alone") << ".."
                                       << "download";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::newRow("trailing dots and spaces") << "clip.mp4. . "
                                                  << "clip.mp4";
        QTest::newRow("control characters") << QStringLiteral("clip\n\t\u0007.mp4") << "clip___.mp4";
        QTest::newRow("direction override") << QStringLiteral("clip\u202Egpj.exe") << "clip_gpj.exe";
        QTest::newRow("reserved device") << "CON.mp4"
                                         << "CON_.mp4";
        QTest::newRow("windows reserved chars") << "what? <live>: \"yes\"|no*.mp4"
                                                << "what_ _live__ _yes__no_.mp4";
        QTest::newRow("empty") << ""
                               << "download";
        QTest::newRow("only separators") << "///"
                                         << "download";
    }

    void clean()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SafeFileName::clean(input), expected);
    }

    void fallbackIsCleanedToo()
    {
        QCOMPARE(SafeFileName::clean(QStringLiteral("/"), QStringLiteral("v-12/rendition.mxf")),
                 QStringLiteral("v-12_rendition.mxf"));
    }

    void longNamesKeepTheirExtension()
    {
        const QString name = QString(300, u'é') + QStringLiteral(".mxf");
        const QString cleaned = SafeFileName::clean(name);
        QVERIFY(cleaned.endsWith(QStringLiteral(".mxf")));
        QVERIFY(cleaned.toUtf8().size() <= SafeFileName::MaxBytes);
        QVERIFY(cleaned.toUtf8().size() >= SafeFileName::MaxBytes - 1); // no half character
        // Emoji (surrogate pairs) are never cut in half.
        const QString emoji = QString::fromUtf8("\xF0\x9F\x8E\xAC").repeated(120) + QStringLiteral(".mp4");
        const QString cut = SafeFileName::clean(emoji);
        QVERIFY(!cut.toUtf8().contains("\xEF\xBF\xBD"));
        QVERIFY(cut.endsWith(QStringLiteral(".mp4")));
    }

    void collisionsAreNumbered()
    {
        QSet<QString> taken {QStringLiteral("clip.mxf"), QStringLiteral("clip (2).mxf")};
        const auto isTaken = [&taken](const QString &name) {
            return taken.contains(name);
        };
        QCOMPARE(SafeFileName::unique(QStringLiteral("clip.mxf"), isTaken), QStringLiteral("clip (3).mxf"));
        QCOMPARE(SafeFileName::unique(QStringLiteral("other.mxf"), isTaken), QStringLiteral("other.mxf"));
        taken.insert(QStringLiteral("README"));
        QCOMPARE(SafeFileName::unique(QStringLiteral("README"), isTaken), QStringLiteral("README (2)"));
    }

    void split()
    {
        QCOMPARE(SafeFileName::split(QStringLiteral("clip.tar.gz")),
                 std::make_pair(QStringLiteral("clip.tar"), QStringLiteral(".gz")));
        QCOMPARE(SafeFileName::split(QStringLiteral("README")),
                 std::make_pair(QStringLiteral("README"), QString()));
        QCOMPARE(SafeFileName::split(QStringLiteral(".profile")),
                 std::make_pair(QStringLiteral(".profile"), QString()));
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
