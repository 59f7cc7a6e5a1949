#include "tests/portal/server/filestreamer.h"

#include "tests/portal/server/requestlog.h"

#include <httplib.h>

#include <algorithm>
#include <thread>

#include <unistd.h>

namespace RefPortal {

namespace {
constexpr size_t ChunkSize = 256 * 1024;
}

FileStreamer::FileStreamer(int fd, qint64 firstByte, Faults faults, const std::atomic<bool> &stopping)
    : m_fd(fd),
      m_firstByte(firstByte),
      m_faults(faults),
      m_stopping(stopping),
      m_start(std::chrono::steady_clock::now())
{ }

FileStreamer::~FileStreamer()
{
    ::close(m_fd);
}

void FileStreamer::sleepFor(std::chrono::duration<double> duration) const
{
    // In slices, so that stopping the server does not wait for a long stall.
    const auto until =
        std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::nanoseconds>(duration);
    while (!m_stopping.load() && std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::min<std::chrono::nanoseconds>(
            until - std::chrono::steady_clock::now(), std::chrono::milliseconds(50)));
}

bool FileStreamer::provide(size_t offset, size_t length, httplib::DataSink &sink)
{
    if (m_stopping.load())
        return false;
    size_t chunk = std::min(length, ChunkSize);
    if (m_faults.rateBytesPerSecond > 0)
        chunk =
            std::min(chunk, static_cast<size_t>(std::max<qint64>(1024, m_faults.rateBytesPerSecond / 20)));
    if (m_faults.dropAfterBytes) {
        if (m_sent >= *m_faults.dropAfterBytes)
            return false;
        chunk = std::min(chunk, static_cast<size_t>(*m_faults.dropAfterBytes - m_sent));
    }
    if (m_faults.stallSeconds > 0 && !m_stalled) {
        if (m_sent >= m_faults.stallAfterBytes) {
            m_stalled = true;
            sleepFor(std::chrono::duration<double>(m_faults.stallSeconds));
        } else {
            chunk = std::min(chunk, static_cast<size_t>(m_faults.stallAfterBytes - m_sent));
        }
    }

    if (m_buffer.size() < chunk)
        m_buffer.resize(chunk);
    const ssize_t n =
        ::pread(m_fd, m_buffer.data(), chunk, static_cast<off_t>(m_firstByte + static_cast<qint64>(offset)));
    if (n <= 0)
        return false; // the file shrank under us: end the connection, never pad
    if (!sink.write(m_buffer.data(), static_cast<size_t>(n)))
        return false;
    m_sent += n;
    RequestLog::addStreamedBytes(n);

    if (m_faults.rateBytesPerSecond > 0) {
        const double due = static_cast<double>(m_sent) / static_cast<double>(m_faults.rateBytesPerSecond);
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - m_start;
        if (due > elapsed.count())
            sleepFor(std::chrono::duration<double>(due - elapsed.count()));
    }
    return true;
}

} // namespace RefPortal
