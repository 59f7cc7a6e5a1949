#include "core/downloads/hashfollower.h"

#include "core/downloads/streamhasher.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <unistd.h>

namespace Downloads {

namespace {

constexpr qint64 BlockBytes = 4 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("Downloads::HashFollower", text);
}

} // namespace

HashFollower::HashFollower(QString path, Done done)
    : m_path(std::move(path)), m_done(std::move(done)), m_thread([this] { run(); })
{ }

HashFollower::~HashFollower()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void HashFollower::advance(qint64 available)
{
    {
        const std::lock_guard lock(m_mutex);
        if (available <= m_available)
            return;
        m_available = available;
    }
    m_wake.notify_all();
}

void HashFollower::restart()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
        m_available = 0;
        m_finalSize = -1;
    }
    m_wake.notify_all();
}

void HashFollower::finish(qint64 size)
{
    {
        const std::lock_guard lock(m_mutex);
        m_available = size;
        m_finalSize = size;
    }
    m_wake.notify_all();
}

void HashFollower::run()
{
    const auto buffer = std::make_unique<char[]>(static_cast<size_t>(BlockBytes));
    StreamHasher digest;
    int fd = -1;
    quint64 generation = 0;
    qint64 hashed = 0;

    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (generation != m_generation) {
            // Another file now: read it afresh, from a new descriptor.
            generation = m_generation;
            hashed = 0;
            m_hashed = 0;
            digest.reset();
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
        if (m_finalSize >= 0 && hashed >= m_finalSize) {
            const qint64 size = m_finalSize;
            m_finalSize = -1;
            lock.unlock();
            if (hashed == size && digest.isComplete(size))
                m_done(digest.result());
            else
                m_done(Util::makeError(QStringLiteral("hash_error"),
                                       tr("The downloaded file is longer than the portal said.")));
            lock.lock();
            // The digest is finalised: anything after this is a new file.
            ++m_generation;
            continue;
        }
        if (hashed >= m_available) {
            m_wake.wait(lock);
            continue;
        }
        const qint64 position = hashed;
        const qint64 wanted = std::min(BlockBytes, m_available - hashed);
        const quint64 reading = generation;
        lock.unlock();

        QString failure;
        ssize_t got = -1;
        if (fd < 0)
            fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            failure = tr("Cannot read %1 to check it: %2")
                          .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        } else {
            do {
                got = ::pread(fd, buffer.get(), static_cast<size_t>(wanted), static_cast<off_t>(position));
            } while (got < 0 && errno == EINTR);
            if (got < 0)
                failure = tr("Cannot read %1 to check it: %2")
                              .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
            else if (got == 0)
                failure = tr("%1 is shorter than the bytes written to it.").arg(m_path);
            else
                digest.feed(position, buffer.get(), got);
        }

        lock.lock();
        if (reading != m_generation)
            continue; // restarted meanwhile: the next turn starts over
        if (!failure.isEmpty()) {
            if (m_finalSize >= 0) {
                m_finalSize = -1;
                ++m_generation;
                lock.unlock();
                m_done(Util::makeError(QStringLiteral("hash_error"), failure));
                lock.lock();
            } else {
                // Not asked for a result yet: try again when told of more bytes.
                m_available = hashed;
            }
            continue;
        }
        hashed += got;
        m_hashed = hashed;
    }
    if (fd >= 0)
        ::close(fd);
}

} // namespace Downloads
