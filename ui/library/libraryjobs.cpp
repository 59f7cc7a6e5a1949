#include "ui/library/libraryjobs.h"

#include "core/library/catalogueindex.h"
#include "core/library/librarystore.h"
#include "core/portal/portalclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace Ui {

using Kind = MessageBar::Kind;

namespace {

// A report of a whole library can name thousands of files; the details
// list this many and count the rest.
constexpr int MaxListed = 200;

QString number(qint64 value)
{
    return QLocale().toString(value);
}

QString andMore(qint64 more)
{
    return more > 0 ? LibraryJobs::tr("… and %Ln more", nullptr, static_cast<int>(more)) + u'\n' : QString();
}

} // namespace

LibraryJobs::LibraryJobs(Library::LibraryStore &store, QString libraryPath, QObject *parent)
    : QObject(parent), m_store(store), m_libraryPath(std::move(libraryPath))
{ }

LibraryJobs::~LibraryJobs()
{
    if (m_mhlThread) {
        m_mhlCancel->store(true);
        m_mhlThread->wait();
        delete m_mhlThread;
    }
}

Library::LibraryWorker &LibraryJobs::worker()
{
    if (!m_worker) {
        m_worker = std::make_unique<Library::LibraryWorker>(m_libraryPath);
        using Library::LibraryWorker;
        connect(m_worker.get(), &LibraryWorker::progress, this, &LibraryJobs::workerProgress);
        connect(m_worker.get(), &LibraryWorker::verified, this, &LibraryJobs::verified);
        connect(m_worker.get(), &LibraryWorker::relinked, this, &LibraryJobs::relinked);
        connect(m_worker.get(), &LibraryWorker::imported, this, &LibraryJobs::imported);
        connect(m_worker.get(), &LibraryWorker::failed, this, &LibraryJobs::workerFailed);
        connect(m_worker.get(), &LibraryWorker::clipsChanged, this, &LibraryJobs::clipsChanged);
    }
    return *m_worker;
}

bool LibraryJobs::isBusy() const
{
    return m_indexing || m_mhlThread || (m_worker && m_worker->isBusy());
}

bool LibraryJobs::refuseWhenBusy(QString *why, bool busy) const
{
    if (!busy && !isBusy())
        return false;
    if (why)
        *why =
            tr("Another library task is running. Wait until it has finished, or cancel it, then try again.");
    return true;
}

bool LibraryJobs::verify(const QList<qint64> &ids, QString *why)
{
    if (refuseWhenBusy(why))
        return false;
    if (!worker().verify(ids)) {
        refuseWhenBusy(why, true);
        return false;
    }
    emit started(ids.isEmpty() ? tr("Verifying every clip in the library")
                               : tr("Verifying %Ln clip(s)", nullptr, static_cast<int>(ids.size())));
    return true;
}

bool LibraryJobs::relink(const QString &folder, QString *why)
{
    if (refuseWhenBusy(why))
        return false;
    if (!worker().relink(folder, {})) {
        refuseWhenBusy(why, true);
        return false;
    }
    emit started(tr("Looking for missing files in “%1”").arg(QDir::toNativeSeparators(folder)));
    return true;
}

bool LibraryJobs::importFolder(const QString &folder, QString *why)
{
    if (refuseWhenBusy(why))
        return false;
    if (!m_portal) {
        emit finished({Kind::Warning,
                       tr("Importing needs the portal: it recognises each file by the SHA-256 checksum the "
                          "portal publishes. Start Multimedia Desk with --portal followed by the portal's "
                          "address, or set MMDESK_PORTAL, then try again."),
                       {},
                       0});
        return true;
    }
    m_indexing = true;
    const int generation = ++m_indexGeneration;
    emit started(tr("Importing “%1”").arg(QDir::toNativeSeparators(folder)));
    emit progress(0, 0, tr("Asking the portal for its video catalogue…"));
    Library::buildCatalogueIndex(
        *m_portal, this, [this, folder, generation](Portal::ApiResult<Library::CatalogueIndex> index) {
            if (generation != m_indexGeneration)
                return; // cancelled meanwhile
            m_indexing = false;
            if (!index) {
                const Portal::ApiError &error = index.error();
                QString text;
                if (error.isNetwork())
                    text = tr("Importing needs the portal, and it could not be reached: %1 Check the network "
                              "connection and try again.")
                               .arg(error.message);
                else if (error.isAuthentication())
                    text =
                        tr("Importing needs the portal's catalogue, which asks you to sign in first. Sign in "
                           "under Account, then try again.");
                else
                    text = tr("The portal's catalogue could not be read, so nothing was imported: %1")
                               .arg(error.message);
                emit finished({Kind::Error, text, {}, 0});
                return;
            }
            if (!worker().importFolder(folder, index.value()))
                emit finished({Kind::Error,
                               tr("Another library task started meanwhile; try the import again "
                                  "when it has finished."),
                               {},
                               0});
        });
    return true;
}

bool LibraryJobs::addMhlGenerations(const QStringList &folders, QString *why)
{
    if (refuseWhenBusy(why) || folders.isEmpty())
        return false;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_mhlCancel = cancel;
    emit started(
        tr("Recording an ASC MHL generation for %Ln folder(s)", nullptr, static_cast<int>(folders.size())));
    // The whole folder is read: never on the GUI thread.
    m_mhlThread = QThread::create([this, folders, cancel] {
        std::vector<Util::Result<Library::MhlReport>> results;
        QElapsedTimer clock;
        clock.start();
        qint64 lastReport = -1000;
        for (int i = 0; i < folders.size(); ++i) {
            const QString folder = folders.at(i);
            Library::MhlOptions options;
            options.cancel = cancel.get();
            options.progress = [&, i](qint64 done, qint64 total) {
                if (clock.elapsed() - lastReport < 100 && done < total)
                    return;
                lastReport = clock.elapsed();
                const QString detail = tr("Folder %1 of %2: %3")
                                           .arg(i + 1)
                                           .arg(folders.size())
                                           .arg(QDir::toNativeSeparators(folder));
                QMetaObject::invokeMethod(
                    this, [this, done, total, detail] { emit progress(done, total, detail); },
                    Qt::QueuedConnection);
            };
            results.push_back(Library::AscMhl::addGeneration(folder, options));
            if (cancel->load())
                break;
        }
        QMetaObject::invokeMethod(
            this, [this, folders, results] { mhlDone(folders, results); }, Qt::QueuedConnection);
    });
    m_mhlThread->start();
    return true;
}

void LibraryJobs::cancel()
{
    if (m_indexing) {
        ++m_indexGeneration;
        m_indexing = false;
        emit finished({Kind::Information, tr("Import cancelled. Nothing was added."), {}, 0});
        return;
    }
    if (m_mhlThread)
        m_mhlCancel->store(true);
    if (m_worker)
        m_worker->cancel();
}

void LibraryJobs::workerProgress(Library::LibraryWorker::Task, const Library::TaskProgress &p)
{
    QString detail;
    if (p.itemsTotal > 0)
        detail = tr("%1 of %2: %3")
                     .arg(number(std::min(p.itemsDone + 1, p.itemsTotal)), number(p.itemsTotal), p.current);
    else if (p.itemsDone > 0)
        detail = tr("%1 files so far: %2").arg(number(p.itemsDone), p.current);
    else
        detail = p.current;
    if (p.bytesTotal > 0)
        emit progress(p.bytesDone, p.bytesTotal, detail);
    else
        emit progress(p.itemsDone, p.itemsTotal, detail);
}

QString LibraryJobs::describe(qint64 id) const
{
    const auto found = m_store.find(id);
    if (!found || !found.value())
        return tr("clip %1").arg(id);
    const Library::Clip &clip = *found.value();
    return tr("%1 — %2").arg(clip.title, QDir::toNativeSeparators(clip.filePath));
}

void LibraryJobs::verified(const Library::VerifyReport &report)
{
    Outcome outcome;
    outcome.missing = report.missing;
    outcome.kind = report.missing + report.corrupt == 0 ? Kind::Success : Kind::Warning;
    outcome.summary = tr("Verification finished: %1 verified, %2 missing, %3 damaged.")
                          .arg(number(report.ok), number(report.missing), number(report.corrupt));
    if (report.corrupt > 0)
        outcome.summary += u' '
            + tr("A damaged file no longer matches its checksum: download it again, or restore it from a "
                 "backup.");
    if (report.missing > 0)
        outcome.summary += u' ' + tr("If missing files were moved, relink them to their new folder.");
    const auto list = [this](const QString &heading, const QList<qint64> &ids) -> QString {
        if (ids.isEmpty())
            return QString();
        QString text = heading + u'\n';
        for (int i = 0; i < std::min<qsizetype>(ids.size(), MaxListed); ++i)
            text += describe(ids.at(i)) + u'\n';
        return text + andMore(ids.size() - MaxListed) + u'\n';
    };
    const QString details = list(tr("Damaged:"), report.corruptIds) + list(tr("Missing:"), report.missingIds);
    outcome.details = details.trimmed();
    emit finished(outcome);
}

void LibraryJobs::relinked(const Library::RelinkReport &report)
{
    Outcome outcome;
    outcome.missing = static_cast<int>(report.notFound.size());
    outcome.kind = report.notFound.isEmpty() ? Kind::Success : Kind::Warning;
    outcome.summary =
        tr("Relinked %Ln clip(s) to their new place.", nullptr, static_cast<int>(report.relinked.size()));
    if (!report.notFound.isEmpty())
        outcome.summary += u' '
            + tr("%Ln clip(s) are still missing: look in another folder, or delete them from the library.",
                 nullptr, static_cast<int>(report.notFound.size()));
    QString details;
    for (int i = 0; i < std::min<qsizetype>(report.relinked.size(), MaxListed); ++i) {
        const auto &moved = report.relinked.at(i);
        details += tr("%1 → %2").arg(QDir::toNativeSeparators(moved.from), QDir::toNativeSeparators(moved.to))
            + u'\n';
    }
    details += andMore(report.relinked.size() - MaxListed);
    if (!report.notFound.isEmpty()) {
        details += u'\n' + tr("Still missing:") + u'\n';
        for (int i = 0; i < std::min<qsizetype>(report.notFound.size(), MaxListed); ++i)
            details += describe(report.notFound.at(i)) + u'\n';
        details += andMore(report.notFound.size() - MaxListed);
    }
    outcome.details = details.trimmed();
    emit finished(outcome);
}

void LibraryJobs::imported(const Library::ImportReport &report)
{
    Outcome outcome;
    outcome.kind = report.unmatched.isEmpty() ? Kind::Success : Kind::Warning;
    outcome.summary = tr("Import finished: %Ln clip(s) added", nullptr, report.added) + u", "
        + tr("%Ln already in the library", nullptr, report.known) + u'.';
    if (!report.unmatched.isEmpty())
        outcome.summary += u' '
            + tr("%Ln file(s) are not from the portal (their checksum is not in its catalogue) and were left "
                 "out.",
                 nullptr, static_cast<int>(report.unmatched.size()));
    QString details;
    for (int i = 0; i < std::min<qsizetype>(report.unmatched.size(), MaxListed); ++i)
        details += QDir::toNativeSeparators(report.unmatched.at(i)) + u'\n';
    details += andMore(report.unmatched.size() - MaxListed);
    if (!details.isEmpty())
        outcome.details = tr("Not from the portal:") + u'\n' + details.trimmed();
    emit finished(outcome);
}

void LibraryJobs::workerFailed(Library::LibraryWorker::Task task, const QString &code, const QString &message)
{
    const bool cancelled = code == u"cancelled";
    QString text;
    switch (task) {
    case Library::LibraryWorker::Task::Verify:
        text = cancelled ? tr("Verification cancelled. The clips checked so far show what was found.")
                         : tr("Verification stopped: %1").arg(message);
        break;
    case Library::LibraryWorker::Task::Relink:
        text = cancelled ? tr("Relinking cancelled. The clips found so far point to their new place.")
                         : tr("Relinking stopped: %1").arg(message);
        break;
    case Library::LibraryWorker::Task::Import:
        text = cancelled ? tr("Import cancelled. The clips added so far stay in the library.")
                         : tr("Import stopped: %1").arg(message);
        break;
    }
    emit finished({cancelled ? Kind::Information : Kind::Error, text, {}, 0});
}

void LibraryJobs::mhlDone(const QStringList &folders,
                          const std::vector<Util::Result<Library::MhlReport>> &results)
{
    if (m_mhlThread) {
        m_mhlThread->wait();
        delete m_mhlThread;
        m_mhlThread = nullptr;
    }
    using Library::MhlFileState;
    Outcome outcome;
    outcome.kind = Kind::Success;
    QStringList lines;
    QString details;
    bool cancelled = false;
    for (std::size_t i = 0; i < results.size(); ++i) {
        const QString folder = QDir::toNativeSeparators(folders.at(static_cast<int>(i)));
        const auto &result = results.at(i);
        if (!result) {
            cancelled = cancelled || result.error().code == u"cancelled";
            if (!cancelled)
                outcome.kind = Kind::Error;
            lines << tr("“%1”: %2")
                         .arg(folder, cancelled ? tr("stopped, nothing written") : result.error().message);
            continue;
        }
        const Library::MhlReport &report = result.value();
        if (!report.clean() && outcome.kind == Kind::Success)
            outcome.kind = Kind::Warning;
        lines << tr("“%1”, generation %2: %3 verified, %4 new, %5 changed or damaged, %6 missing, %7 "
                    "unreadable")
                     .arg(folder)
                     .arg(report.sequence)
                     .arg(report.count(MhlFileState::Ok))
                     .arg(report.count(MhlFileState::New))
                     .arg(report.count(MhlFileState::Failed))
                     .arg(report.count(MhlFileState::Missing))
                     .arg(report.count(MhlFileState::Unreadable));
        details +=
            folder + u'\n' + tr("Manifest: %1").arg(QDir::toNativeSeparators(report.manifestPath)) + u'\n';
        int listed = 0;
        for (const Library::MhlFileResult &file : report.files) {
            QString state;
            switch (file.state) {
            case MhlFileState::Ok:
            case MhlFileState::New:
                continue;
            case MhlFileState::Failed:
                state = tr("changed or damaged");
                break;
            case MhlFileState::Missing:
                state = tr("missing");
                break;
            case MhlFileState::Unreadable:
                state = tr("unreadable: %1").arg(file.error);
                break;
            }
            if (++listed <= MaxListed)
                details += tr("  %1: %2").arg(file.path, state) + u'\n';
        }
        details += andMore(listed - MaxListed);
        for (const QString &skipped : report.skipped)
            details += tr("  %1: left out, its name cannot be recorded").arg(skipped) + u'\n';
        details += u'\n';
    }
    if (cancelled && outcome.kind == Kind::Success)
        outcome.kind = Kind::Information;
    const QString head = outcome.kind == Kind::Error ? tr("ASC MHL: some folders could not be recorded.")
        : outcome.kind == Kind::Warning
        ? tr("ASC MHL generation recorded; some files changed, went missing or could not be read.")
        : cancelled ? tr("ASC MHL cancelled.")
                    : tr("ASC MHL generation recorded: every file is as recorded before, or new.");
    outcome.summary = head + u'\n' + lines.join(u'\n');
    outcome.details = details.trimmed();
    emit finished(outcome);
}

} // namespace Ui
