#include "core/downloads/streamhasher.h"

#include <QCryptographicHash>
#include <QTest>

using Downloads::StreamHasher;

class TestStreamHasher final : public QObject
{
    Q_OBJECT

private:
    const QByteArray m_data = QByteArray("broadcast-quality bytes ").repeated(5000);
    QByteArray expected() const
    {
        return QCryptographicHash::hash(m_data, QCryptographicHash::Sha256).toHex();
    }

private slots:
    void inOrderChunks()
    {
        StreamHasher hasher;
        for (qint64 offset = 0; offset < m_data.size(); offset += 4096)
            hasher.feed(offset, m_data.constData() + offset, std::min<qint64>(4096, m_data.size() - offset));
        QVERIFY(hasher.isComplete(m_data.size()));
        QCOMPARE(hasher.result(), expected());
    }

    void aGapBreaksTheChain()
    {
        StreamHasher hasher;
        hasher.feed(0, m_data.constData(), 1000);
        hasher.feed(2000, m_data.constData() + 2000, 1000); // resumed past what was seen
        QCOMPARE(hasher.hashedBytes(), -1);
        QVERIFY(!hasher.isComplete(m_data.size()));
        QVERIFY(hasher.result().isEmpty());
    }

    void overlapBreaksTheChainToo()
    {
        StreamHasher hasher;
        hasher.feed(0, m_data.constData(), 1000);
        hasher.feed(500, m_data.constData() + 500, 1000);
        QVERIFY(!hasher.isComplete(1500));
    }

    void resetStartsOver()
    {
        StreamHasher hasher;
        hasher.feed(0, "other version", 13);
        hasher.feed(99, "gap", 3);
        hasher.reset();
        hasher.feed(0, m_data.constData(), m_data.size());
        QVERIFY(hasher.isComplete(m_data.size()));
        QCOMPARE(hasher.result(), expected());
    }

    void incompleteIsNotComplete()
    {
        StreamHasher hasher;
        hasher.feed(0, m_data.constData(), 100);
        QCOMPARE(hasher.hashedBytes(), 100);
        QVERIFY(!hasher.isComplete(m_data.size()));
    }
};

QTEST_GUILESS_MAIN(TestStreamHasher)
#include "tst_streamhasher.moc"
