// The token store against a real GNOME Keyring on a private D-Bus session
// (the test runs under tests/support/with-keyring.sh).

#include "core/auth/tokenstore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <optional>

class TestTokenStore final : public QObject
{
    Q_OBJECT

private:
    // Runs one asynchronous call and waits for its callback in the test's own
    // event loop (QTRY_VERIFY), as an application would receive it.
    template<class T, class Call>
    std::optional<Util::Result<T>> await(Call call)
    {
        std::optional<Util::Result<T>> outcome;
        call([&outcome](Util::Result<T> result) { outcome.emplace(std::move(result)); });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20000);
        }();
        return outcome;
    }

    QString m_service = QStringLiteral("mmdesk-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private slots:
    void roundTrip()
    {
        Auth::TokenStore store(m_service);
        const QByteArray secret = "refresh-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

        const auto written = await<Auth::TokenStore::Where>(
            [&](auto done) { store.write(QStringLiteral("user@example.org"), secret, this, done); });
        QVERIFY(written.has_value());
        QVERIFY2(written->ok(), qPrintable(written->ok() ? QString() : written->error().message));
        QCOMPARE(written->value(), Auth::TokenStore::Where::Keychain);
        QVERIFY(store.isPersistent());

        // A second store, as after a restart, reads it back from the keyring.
        Auth::TokenStore reopened(m_service);
        const auto read = await<QByteArray>(
            [&](auto done) { reopened.read(QStringLiteral("user@example.org"), this, done); });
        QVERIFY(read.has_value());
        QVERIFY2(read->ok(), qPrintable(read->ok() ? QString() : read->error().message));
        QCOMPARE(read->value(), secret);

        // The keyring keeps it encrypted: the secret is nowhere in plain text under HOME.
        QDirIterator files(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++scanned;
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
        QVERIFY(scanned > 0); // the keyring file itself at least

        const auto removed =
            await<void>([&](auto done) { reopened.remove(QStringLiteral("user@example.org"), this, done); });
        QVERIFY(removed.has_value() && removed->ok());

        const auto gone =
            await<QByteArray>([&](auto done) { store.read(QStringLiteral("user@example.org"), this, done); });
        QVERIFY(gone.has_value());
        QVERIFY(!gone->ok());
        QCOMPARE(gone->error().code, QStringLiteral("not_found"));
    }

    void removingAMissingEntrySucceeds()
    {
        Auth::TokenStore store(m_service);
        const auto removed =
            await<void>([&](auto done) { store.remove(QStringLiteral("nobody"), this, done); });
        QVERIFY(removed.has_value());
        QVERIFY(removed->ok());
    }

    void overwriteKeepsTheNewest()
    {
        Auth::TokenStore store(m_service);
        for (const QByteArray &value : {QByteArray("first"), QByteArray("second")}) {
            const auto written = await<Auth::TokenStore::Where>(
                [&](auto done) { store.write(QStringLiteral("k"), value, this, done); });
            QVERIFY(written.has_value() && written->ok());
        }
        const auto read = await<QByteArray>([&](auto done) { store.read(QStringLiteral("k"), this, done); });
        QVERIFY(read.has_value() && read->ok());
        QCOMPARE(read->value(), QByteArray("second"));
    }

    void callbackIsDroppedWithItsContext()
    {
        Auth::TokenStore store(m_service);
        bool called = false;
        {
            QObject context;
            store.read(QStringLiteral("k"), &context, [&called](Util::Result<QByteArray>) { called = true; });
        }
        // A read asked after it is answered after it: by then the first one
        // has been answered too, to nobody.
        const auto later = await<QByteArray>([&](auto done) { store.read(QStringLiteral("k"), this, done); });
        QVERIFY(later.has_value());
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
