// The hasher that follows a file while it is written, on its own thread.

#include "core/downloads/hashfollower.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace Downloads;

namespace {

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Collects what the follower delivers on its thread.
struct Results
{
    std::mutex mutex;
    QList<Util::Result<QByteArray>> delivered;

    HashFollower::Done callback()
    {
        return [this](const Util::Result<QByteArray> &result) {
            const std::lock_guard lock(mutex);
            delivered.append(result);
        };
    }
    qsizetype count()
    {
        const std::lock_guard lock(mutex);
        return delivered.size();
    }
    Util::Result<QByteArray> at(qsizetype i)
    {
        const std::lock_guard lock(mutex);
        return delivered.at(i);
    }
};

} // namespace

class TestHashFollower final : public QObject
{
    Q_OBJECT

private slots:
    void followsAFileWrittenInPieces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.part"));
        const QByteArray content = randomBytes(9 * 1024 * 1024 + 12, 7);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        Results results;
        HashFollower follower(path, results.callback());
        qsizetype written = 0;
        while (written < content.size()) {
            const qsizetype piece = std::min<qsizetype>(700 * 1024, content.size() - written);
            QCOMPARE(file.write(content.constData() + written, piece), piece);
            QVERIFY(file.flush());
            written += piece;
            follower.advance(written);
        }
        // It kept up while the file was written: by now it is at or near the end.
        QTRY_VERIFY(follower.hashed() == written);
        follower.finish(written);
        QTRY_COMPARE(results.count(), 1);
        QVERIFY(results.at(0).ok());
        QCOMPARE(results.at(0).value(), sha256(content));
    }

    void startsOverWhenTheFileDoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.part"));
        const QByteArray first = randomBytes(3 * 1024 * 1024, 1);
        const QByteArray second = randomBytes(2 * 1024 * 1024 + 4, 2);
        Results results;
        HashFollower follower(path, results.callback());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(first);
        }
        follower.advance(first.size());
        QTRY_COMPARE(follower.hashed(), first.size());
        // Another version replaces the file: what was hashed is void.
        QVERIFY(QFile::remove(path));
        follower.restart();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(second);
        }
        follower.finish(second.size());
        QTRY_COMPARE(results.count(), 1);
        QCOMPARE(results.at(0).value(), sha256(second));
        QCOMPARE(follower.hashed(), second.size());
    }

    void aFileShorterThanReportedIsAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.part"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(randomBytes(1000, 3));
        file.close();
        Results results;
        HashFollower follower(path, results.callback());
        follower.finish(5000);
        QTRY_COMPARE(results.count(), 1);
        QVERIFY(!results.at(0).ok());
        QCOMPARE(results.at(0).error().code, QStringLiteral("hash_error"));
    }

    void aMissingFileIsAnError()
    {
        QTemporaryDir dir;
        Results results;
        HashFollower follower(dir.filePath(QStringLiteral("nothing.part")), results.callback());
        follower.finish(10);
        QTRY_COMPARE(results.count(), 1);
        QVERIFY(!results.at(0).ok());
        QVERIFY(results.at(0).error().message.contains(QStringLiteral("nothing.part")));
    }

    void anEmptyFileHasTheEmptyDigest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.part"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Results results;
        HashFollower follower(path, results.callback());
        follower.finish(0);
        QTRY_COMPARE(results.count(), 1);
        QCOMPARE(results.at(0).value(), sha256(QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestHashFollower)
#include "tst_hashfollower.moc"
