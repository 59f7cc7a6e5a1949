#include "core/util/filelog.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestLog, "mmdesk.test", QtInfoMsg)

class TestFileLog final : public QObject
{
    Q_OBJECT

private slots:
    void writesCategoryAndMessage()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("logs/test.log"));
        QVERIFY(Util::FileLog::install(file));
        QCOMPARE(Util::FileLog::currentFile(), file);
        qCInfo(lcTestLog) << "hello from the test";
        qCDebug(lcTestLog) << "debug is off by default";
        Util::FileLog::uninstall();

        QFile log(file);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY(text.contains("info mmdesk.test: hello from the test"));
        QVERIFY(!text.contains("debug is off"));
    }

    void rotatesAtTheSizeLimit()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("rotate.log"));
        // Keep the 25 MB of test lines out of the test's own output.
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
        QVERIFY(Util::FileLog::install(file));
        const QString line(1000, u'x');
        const qint64 lines = (Util::FileLog::MaxFileSize / 1000) * (Util::FileLog::KeptFiles + 2);
        for (qint64 i = 0; i < lines; ++i)
            qCInfo(lcTestLog).noquote() << line;
        Util::FileLog::uninstall();
        qInstallMessageHandler(previous);

        QVERIFY(QFile::exists(file));
        for (int i = 1; i <= Util::FileLog::KeptFiles; ++i) {
            const QString kept = file + u'.' + QString::number(i);
            QVERIFY2(QFile::exists(kept), qPrintable(kept));
            QVERIFY(QFileInfo(kept).size() <= Util::FileLog::MaxFileSize + 2000);
        }
        QVERIFY(!QFile::exists(file + u'.' + QString::number(Util::FileLog::KeptFiles + 1)));
    }

    void refusesAnUnusablePath()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QVERIFY(!Util::FileLog::install(dir.filePath(QStringLiteral("file/sub/x.log"))));
    }
};

QTEST_GUILESS_MAIN(TestFileLog)
#include "tst_filelog.moc"
