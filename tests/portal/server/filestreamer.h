#pragma once

#include <QtGlobal>

#include <atomic>
#include <chrono>
#include <optional>
#include <vector>

namespace httplib {
class DataSink;
}

namespace RefPortal {

// Streams a byte range of an open file into cpp-httplib's DataSink with pread,
// never holding more than one chunk, and applies the per-response faults:
// drop after N bytes, one stall, a byte-rate cap.
class FileStreamer final
{
public:
    struct Faults
    {
        std::optional<qint64> dropAfterBytes;
        double stallSeconds = 0;
        qint64 stallAfterBytes = 0;
        qint64 rateBytesPerSecond = 0;
    };

    // Takes ownership of fd.
    FileStreamer(int fd, qint64 firstByte, Faults faults, const std::atomic<bool> &stopping);
    ~FileStreamer();
    FileStreamer(const FileStreamer &) = delete;
    FileStreamer &operator=(const FileStreamer &) = delete;

    // The ContentProvider: offset is relative to the range's first byte.
    // Returning false makes cpp-httplib close the connection.
    bool provide(size_t offset, size_t length, httplib::DataSink &sink);

private:
    void sleepFor(std::chrono::duration<double> duration) const;

    int m_fd;
    qint64 m_firstByte;
    Faults m_faults;
    const std::atomic<bool> &m_stopping;
    qint64 m_sent = 0;
    bool m_stalled = false;
    std::chrono::steady_clock::time_point m_start;
    std::vector<char> m_buffer;
};

} // namespace RefPortal
