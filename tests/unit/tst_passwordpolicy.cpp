#include "core/auth/passwordpolicy.h"

#include <QTest>

using Auth::PasswordPolicy;

class TestPasswordPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void violations_data();
    void violations();
    void codesMatchContract();
    void codeRoundTrip();
    void lengthCountsCharactersNotUnits();
};

void TestPasswordPolicy::violations_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("acceptable") << QStringLiteral("Correct-Horse9") << QStringList();
    QTest::newRow("exactly 12") << QStringLiteral("Abcdefghij1!") << QStringList();
    QTest::newRow("11 characters") << QStringLiteral("Abcdefghi1!")
                                   << QStringList {QStringLiteral("too_short")};
    QTest::newRow("empty") << QString()
                           << QStringList {QStringLiteral("too_short"), QStringLiteral("no_upper"),
                                           QStringLiteral("no_lower"), QStringLiteral("no_digit"),
                                           QStringLiteral("no_symbol")};
    QTest::newRow("space") << QStringLiteral("Correct Horse9!")
                           << QStringList {QStringLiteral("has_whitespace")};
    QTest::newRow("tab") << QStringLiteral("Correct\tHorse9!")
                         << QStringList {QStringLiteral("has_whitespace")};
    QTest::newRow("no-break space") << QStringLiteral("Correct\u00a0Horse9!")
                                    << QStringList {QStringLiteral("has_whitespace")};
    QTest::newRow("space is no symbol")
        << QStringLiteral("Correct Horse9")
        << QStringList {QStringLiteral("has_whitespace"), QStringLiteral("no_symbol")};
    QTest::newRow("no upper") << QStringLiteral("correct-horse9") << QStringList {QStringLiteral("no_upper")};
    QTest::newRow("no lower") << QStringLiteral("CORRECT-HORSE9") << QStringList {QStringLiteral("no_lower")};
    QTest::newRow("no digit") << QStringLiteral("Correct-Horse!") << QStringList {QStringLiteral("no_digit")};
    QTest::newRow("no symbol") << QStringLiteral("CorrectHorse99")
                               << QStringList {QStringLiteral("no_symbol")};
    QTest::newRow("accented letters") << QStringLiteral("Éléphant-rosé1") << QStringList();
    QTest::newRow("uncased letters are not symbols")
        << QStringLiteral("中文中文中文中文中文Aa1") << QStringList {QStringLiteral("no_symbol")};
    QTest::newRow("emoji is a symbol") << QStringLiteral("Correcthorse9\U0001F40E") << QStringList();
    QTest::newRow("only digits") << QStringLiteral("123456789012")
                                 << QStringList {QStringLiteral("no_upper"), QStringLiteral("no_lower"),
                                                 QStringLiteral("no_symbol")};
    QTest::newRow("everything wrong")
        << QStringLiteral(" ") << QStringList {QStringLiteral("too_short"), QStringLiteral("has_whitespace"),
                                               QStringLiteral("no_upper"),  QStringLiteral("no_lower"),
                                               QStringLiteral("no_digit"),  QStringLiteral("no_symbol")};
}

void TestPasswordPolicy::violations()
{
    QFETCH(QString, password);
    QFETCH(QStringList, expected);
    QCOMPARE(PasswordPolicy::violations(password), expected);
    QCOMPARE(PasswordPolicy::isAcceptable(password), expected.isEmpty());
    QCOMPARE(PasswordPolicy::check(password).size(), expected.size());
}

void TestPasswordPolicy::codesMatchContract()
{
    QStringList codes;
    for (const auto rule : PasswordPolicy::rules())
        codes.append(PasswordPolicy::code(rule));
    QCOMPARE(codes,
             (QStringList {QStringLiteral("too_short"), QStringLiteral("has_whitespace"),
                           QStringLiteral("no_upper"), QStringLiteral("no_lower"), QStringLiteral("no_digit"),
                           QStringLiteral("no_symbol")}));
}

void TestPasswordPolicy::codeRoundTrip()
{
    for (const auto rule : PasswordPolicy::rules()) {
        PasswordPolicy::Rule parsed = PasswordPolicy::Rule::TooShort;
        QVERIFY(PasswordPolicy::ruleFromCode(PasswordPolicy::code(rule), &parsed));
        QCOMPARE(parsed, rule);
    }
    QVERIFY(!PasswordPolicy::ruleFromCode(QStringLiteral("too_long"), nullptr));
}

void TestPasswordPolicy::lengthCountsCharactersNotUnits()
{
    // 11 characters, 12 UTF-16 units (the horse is a surrogate pair).
    const QString password = QStringLiteral("Abcdefgh1!\U0001F40E");
    QCOMPARE(password.size(), 12);
    QCOMPARE(PasswordPolicy::violations(password), QStringList {QStringLiteral("too_short")});
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
