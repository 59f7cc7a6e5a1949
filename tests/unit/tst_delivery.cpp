// Watch-folder delivery: the copy appears whole under its name or not at
// all, a clash never replaces another file, a library file that changed is
// refused, and what the library asked for survives a quit.

#include "librarystorekit.h"

#include "core/library/delivery.h"
#include "core/library/downloadintake.h"
#include "core/library/ebucore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileSystemWatcher>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QThread>

#include <atomic>

class TestDelivery final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &relative) const { return m_dir.filePath(relative); }

    static QByteArray randomBytes(qsizetype size, quint32 seed)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        QRandomGenerator generator(seed);
        generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
        return bytes;
    }

    static QByteArray sha256Of(const QByteArray &bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

    static QByteArray readFile(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // A library clip whose file holds `bytes`, in a folder of its own.
    Clip libraryClip(const QString &name, const QByteArray &bytes)
    {
        const QString folder = path(u"library/"_s + name);
        QDir().mkpath(folder);
        const QString file = folder + u'/' + name;
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
        out.close();
        Clip c = clip(file, u"Réunion des ministres"_s);
        c.renditionId = u"r-xdcam"_s;
        c.sizeBytes = bytes.size();
        c.sha256 = sha256Of(bytes);
        c.metadataJson = videoJson(u"Réunion des ministres"_s, defaultShotlist(), {});
        return c;
    }

    QString watchFolder(const QString &name)
    {
        const QString folder = path(u"watch/"_s + name);
        QDir().mkpath(folder);
        return folder;
    }

    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // 9 MiB, three blocks: an ingest watcher that lists the folder at every
    // change never sees the file under its name before it is whole.
    void appearsWholeUnderItsName()
    {
        const QByteArray bytes = randomBytes(9 * 1024 * 1024, 1);
        const Clip c = libraryClip(u"summit.mxf"_s, bytes);
        QVERIFY(!c.filePath.isEmpty());
        const QString watch = watchFolder(u"whole"_s);

        QFileSystemWatcher watcher({watch});
        QStringList seen;
        QStringList partial;
        connect(&watcher, &QFileSystemWatcher::directoryChanged, this, [&] {
            for (const QFileInfo &info : QDir(watch).entryInfoList(QDir::Files)) { // hidden ones left out
                seen << info.fileName();
                if (info.fileName() == u"summit.mxf" && info.size() != bytes.size())
                    partial << QString::number(info.size());
            }
        });
        std::atomic_bool hidden {false};
        qint64 copiedBytes = 0;
        Util::Result<Delivery::Outcome> outcome = Util::makeError(u"not_run"_s, QString());
        QThread *worker = QThread::create([&] {
            outcome = Delivery::deliver(c, watch, true, nullptr, [&](qint64 block) {
                copiedBytes += block;
                // Mid-copy: only the hidden name is there.
                if (QFileInfo::exists(QDir(watch).filePath(Delivery::partName(u"summit.mxf"_s)))
                    && !QFileInfo::exists(QDir(watch).filePath(u"summit.mxf"_s)))
                    hidden = true;
            });
        });
        QSignalSpy finished(worker, &QThread::finished);
        worker->start();
        QVERIFY(finished.wait(30000));
        delete worker;
        VERIFY_OK(outcome);
        QTRY_VERIFY(seen.contains(u"summit.mxf"_s));
        QVERIFY2(partial.isEmpty(), qPrintable(partial.join(u", ")));
        QVERIFY(hidden.load());
        QCOMPARE(copiedBytes, bytes.size());

        QCOMPARE(outcome.value().mediaPath, QDir(watch).filePath(u"summit.mxf"_s));
        QVERIFY(!outcome.value().alreadyThere);
        QCOMPARE(sha256Of(readFile(outcome.value().mediaPath)), c.sha256);
        QCOMPARE(outcome.value().sidecarPath, EbuCore::sidecarPath(outcome.value().mediaPath));
        const QByteArray sidecar = readFile(outcome.value().sidecarPath);
        QVERIFY(sidecar.contains("summit.mxf"));
        QVERIFY(sidecar.contains(c.sha256));
        QCOMPARE(entries(watch), (QStringList {u"summit.mxf"_s, u"summit.mxf.ebucore.xml"_s}));
    }

    void neverReplacesAnotherFile()
    {
        const QByteArray bytes = randomBytes(64 * 1024, 2);
        const Clip c = libraryClip(u"press.mp4"_s, bytes);
        const QString watch = watchFolder(u"clash"_s);

        // The same file already there: delivered, nothing copied.
        QFile::copy(c.filePath, QDir(watch).filePath(u"press.mp4"_s));
        auto same = Delivery::deliver(c, watch, false);
        VERIFY_OK(same);
        QVERIFY(same.value().alreadyThere);
        QCOMPARE(entries(watch), QStringList {u"press.mp4"_s});

        // Another file of that name (and one under the next name's sidecar):
        // the copy takes the first name free for both.
        QFile other(QDir(watch).filePath(u"press.mp4"_s));
        QVERIFY(other.open(QIODevice::WriteOnly | QIODevice::Truncate));
        other.write("another clip");
        other.close();
        QFile stray(QDir(watch).filePath(u"press (2).mp4.ebucore.xml"_s));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        auto numbered = Delivery::deliver(c, watch, true);
        VERIFY_OK(numbered);
        QCOMPARE(QFileInfo(numbered.value().mediaPath).fileName(), u"press (3).mp4"_s);
        QCOMPARE(readFile(QDir(watch).filePath(u"press.mp4"_s)), QByteArray("another clip"));
        QCOMPARE(sha256Of(readFile(numbered.value().mediaPath)), c.sha256);
        QVERIFY(QFileInfo::exists(numbered.value().sidecarPath));
        QCOMPARE(readFile(stray.fileName()), QByteArray());
    }

    void refusesAndLeavesNothing()
    {
        const QByteArray bytes = randomBytes(9 * 1024 * 1024, 3);
        Clip c = libraryClip(u"briefing.mxf"_s, bytes);
        const QString watch = watchFolder(u"refused"_s);

        auto missing = Delivery::deliver(c, path(u"watch/not-there"_s), true);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, u"folder_missing"_s);
        QVERIFY(missing.error().message.contains(u"not-there"_s));

        // The library's file changed since it was verified: not delivered.
        Clip changed = c;
        changed.sha256 = hexOf(5);
        auto refused = Delivery::deliver(changed, watch, true);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"source_changed"_s);
        QVERIFY(entries(watch).isEmpty());

        // Stopped half-way (a quit): the hidden copy goes too.
        std::atomic_bool cancel {false};
        auto stopped = Delivery::deliver(c, watch, true, &cancel, [&](qint64) { cancel = true; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, u"cancelled"_s);
        QVERIFY(entries(watch).isEmpty());

        QFile::remove(c.filePath);
        auto gone = Delivery::deliver(c, watch, true);
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, u"source_missing"_s);
        QVERIFY(entries(watch).isEmpty());
    }

    // Through the intake, as a finished download goes: a missing folder is
    // reported and kept pending; the next start delivers it.
    void intakeKeepsWhatItCouldNotDeliver()
    {
        const QByteArray bytes = randomBytes(256 * 1024, 4);
        const QString downloads = path(u"downloads"_s);
        QDir().mkpath(downloads);
        Downloads::DownloadRecord record = completedDownload(downloads);
        record.id = 7;
        record.sizeBytes = bytes.size();
        record.sha256 = sha256Of(bytes);
        {
            QFile out(record.targetPath());
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const QString watch = path(u"watch/ingest"_s); // not made yet
        const QString libraryFile = path(u"intake.sqlite"_s);
        qint64 clipId = 0;
        {
            auto store = LibraryStore::open(libraryFile);
            QVERIFY(store);
            DownloadIntake intake(*store.value());
            intake.setWriteSidecars(true);
            intake.setDeliveryFolder(watch);
            QSignalSpy problems(&intake, &DownloadIntake::problem);
            QSignalSpy added(&intake, &DownloadIntake::clipAdded);
            intake.take(record);
            QCOMPARE(added.size(), 1);
            clipId = added.first().first().toLongLong();
            QVERIFY(problems.wait(10000));
            const QString message = problems.first().first().toString();
            QVERIFY2(message.contains(QDir::toNativeSeparators(watch)) && message.contains(u"next start"_s),
                     qPrintable(message));
            QTRY_VERIFY(intake.isIdle());
            const auto state = store.value()->delivery(clipId).value();
            QVERIFY(state && !state->isDelivered());
            QVERIFY(!state->problem.isEmpty());
        }

        QVERIFY(QDir().mkpath(watch));
        auto store = LibraryStore::open(libraryFile);
        QVERIFY(store);
        DownloadIntake intake(*store.value());
        intake.setWriteSidecars(true);
        QSignalSpy delivered(&intake, &DownloadIntake::delivered);
        intake.resumeDeliveries();
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.first().at(0).toLongLong(), clipId);
        const QString copy = QDir(watch).filePath(record.fileName);
        QCOMPARE(delivered.first().at(1).toString(), copy);
        QCOMPARE(sha256Of(readFile(copy)), record.sha256);
        QVERIFY(QFileInfo::exists(EbuCore::sidecarPath(copy)));
        QVERIFY(store.value()->delivery(clipId).value()->isDelivered());
        QVERIFY(store.value()->pendingDeliveries().value().isEmpty());

        // Delivering again by hand needs a watch folder, then finds the same file there.
        QVERIFY(!intake.deliver({clipId}));
        intake.setDeliveryFolder(watch);
        QVERIFY(intake.deliver({clipId}));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.last().at(1).toString(), copy);
        QCOMPARE(entries(watch).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDelivery)
#include "tst_delivery.moc"
