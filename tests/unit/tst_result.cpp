#include "core/util/result.h"

#include <QTest>

#include <memory>

class TestResult final : public QObject
{
    Q_OBJECT

private slots:
    void valueIsOk()
    {
        const Util::Result<int> result(42);
        QVERIFY(result.ok());
        QVERIFY(static_cast<bool>(result));
        QCOMPARE(result.value(), 42);
        QCOMPARE(result.valueOr(7), 42);
    }

    void errorCarriesCodeAndMessage()
    {
        const Util::Result<int> result(Util::makeError(QStringLiteral("not_found"), QStringLiteral("gone")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("not_found"));
        QCOMPARE(result.error().message, QStringLiteral("gone"));
        QCOMPARE(result.valueOr(7), 7);
    }

    void moveOnlyValue()
    {
        Util::Result<std::unique_ptr<int>> result(std::make_unique<int>(5));
        std::unique_ptr<int> taken = std::move(result).value();
        QCOMPARE(*taken, 5);
    }

    void voidResult()
    {
        const Util::Result<void> fine;
        QVERIFY(fine.ok());
        const Util::Result<void> bad(Util::makeError(QStringLiteral("disk_full"), QStringLiteral("full")));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("disk_full"));
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
