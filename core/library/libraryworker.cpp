#include "core/library/libraryworker.h"

#include "core/library/librarystore.h"

#include <QMetaObject>

namespace Library {

LibraryWorker::LibraryWorker(QString libraryPath, QObject *parent)
    : QObject(parent), m_path(std::move(libraryPath)), m_context(new QObject)
{
    qRegisterMetaType<Library::TaskProgress>();
    qRegisterMetaType<Library::VerifyReport>();
    qRegisterMetaType<Library::RelinkReport>();
    qRegisterMetaType<Library::ImportReport>();
    m_thread.setObjectName(QStringLiteral("mmdesk-library"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

LibraryWorker::~LibraryWorker()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void LibraryWorker::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

template<class Run>
bool LibraryWorker::launch(Task task, Run run)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QMetaObject::invokeMethod(m_context, [task, run, path = m_path, cancel = m_cancel, this] {
        // The worker waits for this thread in its destructor, so `this` is
        // alive here; signals cross to the GUI thread queued.
        const auto progress = [this, task](const TaskProgress &state) {
            emit this->progress(task, state);
        };
        const auto finish = [this](auto deliver) {
            QMetaObject::invokeMethod(this, [this, deliver] {
                m_busy = false;
                deliver();
            });
        };
        auto store = LibraryStore::open(path);
        if (!store) {
            finish([this, task, error = store.error()] { emit failed(task, error.code, error.message); });
            return;
        }
        run(*store.value(), cancel.get(), progress, finish);
    });
    return true;
}

bool LibraryWorker::verify(const QList<qint64> &ids)
{
    return launch(Task::Verify,
                  [this, ids](LibraryStore &store, const std::atomic_bool *cancel, const ProgressFn &progress,
                              const auto &finish) {
                      const auto result = LibraryTasks::verify(store, ids, cancel, progress);
                      finish([this, result] {
                          emit clipsChanged();
                          if (result)
                              emit verified(result.value());
                          else
                              emit failed(Task::Verify, result.error().code, result.error().message);
                      });
                  });
}

bool LibraryWorker::relink(const QString &folder, const QList<qint64> &ids)
{
    return launch(Task::Relink,
                  [this, folder, ids](LibraryStore &store, const std::atomic_bool *cancel,
                                      const ProgressFn &progress, const auto &finish) {
                      const auto result = LibraryTasks::relink(store, folder, ids, cancel, progress);
                      finish([this, result] {
                          emit clipsChanged();
                          if (result)
                              emit relinked(result.value());
                          else
                              emit failed(Task::Relink, result.error().code, result.error().message);
                      });
                  });
}

bool LibraryWorker::importFolder(const QString &folder, const CatalogueIndex &index)
{
    return launch(Task::Import,
                  [this, folder, index](LibraryStore &store, const std::atomic_bool *cancel,
                                        const ProgressFn &progress, const auto &finish) {
                      const auto result = LibraryTasks::importFolder(store, folder, index, cancel, progress);
                      finish([this, result] {
                          emit clipsChanged();
                          if (result)
                              emit imported(result.value());
                          else
                              emit failed(Task::Import, result.error().code, result.error().message);
                      });
                  });
}

} // namespace Library
