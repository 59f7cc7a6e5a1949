#pragma once

#include "core/library/ascmhl.h"
#include "core/library/libraryworker.h"
#include "core/portal/portalclient.h"
#include "ui/widgets/messagebar.h"

#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace Library {
class LibraryStore;
}

namespace Ui {

// The library's long jobs as the page offers them: verification, relinking
// and importing on the LibraryWorker's thread, ASC MHL generations on a
// thread of their own. One job at a time; each ends with an Outcome that
// says, in words, what it found or why it stopped.
class LibraryJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryJobs)

public:
    struct Outcome
    {
        MessageBar::Kind kind = MessageBar::Kind::Information;
        QString summary;
        QString details;
        int missing = 0; // clips found missing, to offer relinking
    };

    LibraryJobs(Library::LibraryStore &store, QString libraryPath, QObject *parent = nullptr);
    ~LibraryJobs() override; // stops what runs and waits for it

    // Importing identifies files through the portal's catalogue; null: none.
    void setPortal(Portal::PortalClient *client) { m_portal = client; }

    bool isBusy() const;
    // Each returns false, with a reason in `why`, when another job runs.
    bool verify(const QList<qint64> &ids, QString *why = nullptr);
    bool relink(const QString &folder, QString *why = nullptr);
    bool importFolder(const QString &folder, QString *why = nullptr);
    bool addMhlGenerations(const QStringList &folders, QString *why = nullptr);
    void cancel();

signals:
    void started(const QString &title);
    void progress(qint64 done, qint64 total, const QString &detail);
    void finished(const Ui::LibraryJobs::Outcome &outcome);
    void clipsChanged();

private:
    Library::LibraryWorker &worker();
    // True (with the reason in `why`) when another job runs, or `busy` says so.
    bool refuseWhenBusy(QString *why, bool busy = false) const;
    void workerProgress(Library::LibraryWorker::Task task, const Library::TaskProgress &progress);
    void verified(const Library::VerifyReport &report);
    void relinked(const Library::RelinkReport &report);
    void imported(const Library::ImportReport &report);
    void workerFailed(Library::LibraryWorker::Task task, const QString &code, const QString &message);
    void mhlDone(const QStringList &folders, const std::vector<Util::Result<Library::MhlReport>> &results);
    QString describe(qint64 id) const;

    Library::LibraryStore &m_store;
    QString m_libraryPath;
    QPointer<Portal::PortalClient> m_portal;
    std::unique_ptr<Library::LibraryWorker> m_worker;
    // Asking the portal for its catalogue, before an import.
    bool m_indexing = false;
    int m_indexGeneration = 0;
    QThread *m_mhlThread = nullptr;
    std::shared_ptr<std::atomic_bool> m_mhlCancel;
};

} // namespace Ui
