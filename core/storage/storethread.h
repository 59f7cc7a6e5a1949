#pragma once

#include "core/util/logging.h"
#include "core/util/result.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <memory>

namespace Storage {

// A store kept on this computer (a copy of what a server holds, such as the
// video catalogue or the news) owned by a thread of its own, so that the GUI
// thread never waits on the disk. Work runs on that thread in the order it
// was asked for and answers on the thread that made the StoreThread (not at
// all once the given context is gone). The file opens on that thread with
// the first task; a file that cannot be opened is set aside (".unreadable")
// and made afresh, since the server still has everything in it; if even that
// fails, every task fails with the reason.
template<class S>
class StoreThread final
{
public:
    using Opener = std::function<Util::Result<std::unique_ptr<S>>(const QString &path)>;
    template<class T>
    using Done = std::function<void(Util::Result<T>)>;

    StoreThread(const QString &path, const QString &threadName, Opener open)
        : m_worker(new Worker(path, open))
    {
        m_thread.setObjectName(threadName);
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { (void)worker->store(); }, Qt::QueuedConnection);
    }

    // Finishes every task asked for so far, then closes the file.
    ~StoreThread()
    {
        QMetaObject::invokeMethod(
            m_worker, [thread = &m_thread] { thread->quit(); }, Qt::QueuedConnection);
        m_thread.wait();
    }

    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    // Runs work(store) on the store's thread; done(result) follows on this
    // one, unless `context` was given and is gone by then.
    template<class T>
    void run(QObject *context, Done<T> done, std::function<Util::Result<T>(S &)> work)
    {
        const QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            m_worker,
            [home = &m_home, worker = m_worker, guard, hasContext, done = std::move(done),
             work = std::move(work)] {
                auto store = worker->store();
                Util::Result<T> result = store ? work(*store.value()) : Util::Result<T>(store.error());
                QMetaObject::invokeMethod(
                    home,
                    [guard, hasContext, done, result] {
                        if (done && (!hasContext || guard))
                            done(result);
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    class Worker final : public QObject
    {
    public:
        Worker(QString path, Opener open) : m_path(std::move(path)), m_open(std::move(open)) { }

        Util::Result<S *> store()
        {
            if (!m_opened) {
                m_opened = true;
                QDir().mkpath(QFileInfo(m_path).absolutePath());
                auto opened = m_open(m_path);
                if (!opened && QFileInfo(m_path).isFile() && setAside()) {
                    qCWarning(lcStorage) << m_path << "could not be opened (" << opened.error().message
                                         << "); it was renamed to" << m_path + QStringLiteral(".unreadable")
                                         << "and is made afresh";
                    opened = m_open(m_path);
                }
                if (opened)
                    m_store = std::move(opened).value();
                else
                    m_error = opened.error();
            }
            if (!m_store)
                return m_error;
            return m_store.get();
        }

    private:
        bool setAside()
        {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                const QString from = m_path + suffix;
                const QString to = m_path + QStringLiteral(".unreadable") + suffix;
                QFile::remove(to);
                if (QFile::exists(from) && !QFile::rename(from, to))
                    return false;
            }
            return true;
        }

        QString m_path;
        Opener m_open;
        bool m_opened = false;
        std::unique_ptr<S> m_store;
        Util::Error m_error;
    };

    QObject m_home; // lives on the thread that made this: answers land here
    QThread m_thread;
    Worker *m_worker;
};

} // namespace Storage
