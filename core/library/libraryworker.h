#pragma once

#include "core/library/librarytasks.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace Library {

// The library's long jobs (LibraryTasks) on a thread of their own, one at a
// time, each with its own connection to the library file, so that the view
// keeps reading and scrolling meanwhile (WAL). Made and used in the GUI
// thread; every signal arrives there.
class LibraryWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryWorker)

public:
    enum class Task { Verify, Relink, Import };
    Q_ENUM(Task)

    explicit LibraryWorker(QString libraryPath, QObject *parent = nullptr);
    ~LibraryWorker() override; // cancels what runs and waits for it

    bool isBusy() const { return m_busy; }
    // Each returns false (and does nothing) while another task runs.
    bool verify(const QList<qint64> &ids);
    bool relink(const QString &folder, const QList<qint64> &ids);
    bool importFolder(const QString &folder, const CatalogueIndex &index);
    void cancel();

signals:
    void progress(Library::LibraryWorker::Task task, const Library::TaskProgress &progress);
    void verified(const Library::VerifyReport &report);
    void relinked(const Library::RelinkReport &report);
    void imported(const Library::ImportReport &report);
    // Why the task stopped ("cancelled" when asked to).
    void failed(Library::LibraryWorker::Task task, const QString &code, const QString &message);
    // Clips were added or changed: views re-read what they show.
    void clipsChanged();

private:
    template<class Run>
    bool launch(Task task, Run run);

    QString m_path;
    QThread m_thread;
    QObject *m_context = nullptr; // lives in m_thread
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_busy = false;
};

} // namespace Library

Q_DECLARE_METATYPE(Library::TaskProgress)
Q_DECLARE_METATYPE(Library::VerifyReport)
Q_DECLARE_METATYPE(Library::RelinkReport)
Q_DECLARE_METATYPE(Library::ImportReport)
