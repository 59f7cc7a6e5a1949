#pragma once

#include "core/downloads/downloadrecord.h"
#include "core/downloads/engine.h"
#include "core/downloads/hashfollower.h"
#include "core/downloads/transfer.h"

#include <QElapsedTimer>
#include <QTimer>

#include <map>
#include <memory>
#include <vector>

namespace Downloads {

// What the engine keeps about a download while it works on it; shared by
// engine.cpp (the queue and the transfers' outcomes) and enginesegments.cpp
// (how one file is split over several connections).
struct Engine::Job
{
    DownloadRecord record;
    Phase phase = Phase::WaitingForLink;
    // Running transfers by the first byte of their segment (one stream: one
    // transfer). record.segments is empty for one stream.
    std::map<qint64, std::unique_ptr<Transfer>> transfers;
    // Transfers given up inside a libcurl callback, removed from the multi
    // handle once libcurl has returned.
    std::vector<std::unique_ptr<Transfer>> retired;
    int fd = -1;
    int failures = 0; // failed tries in a row (reset by progress)
    QString syncError; // fdatasync() or close() of the partial file failed: why
    int linkRefreshes = 0; // links asked for in a row without progress
    // The ETag the portal gave with the current link (quoted; empty when it
    // gave none): the version the link's size and SHA-256 describe.
    QByteArray linkEtag;
    // New links asked for because the media host served another version;
    // bounded, so that a host whose ETag changes on every answer still ends
    // (the SHA-256 then decides).
    int versionRenewals = 0;
    // Set inside libcurl's header callback: the answer is of another
    // version, and a new link is wanted once libcurl has returned.
    bool renewForVersion = false;
    QByteArray versionSeen;
    qint64 bytesAtSave = 0; // liveBytes() when progress was last made durable
    // Connections this download may use now; grows while it pays (see
    // Engine::Config::adaptiveConnections).
    int connections = 0;
    bool growing = false;
    QElapsedTimer growthClock; // the current measuring window
    qint64 growthBytes = 0; // liveBytes() when it began
    double growthRate = 0; // bytes/s of the window before the last step
    qint64 startBytes = 0;
    // The first connection of a fresh segmented download asks for the file
    // from byte 0 and learns its version (ETag) before the others start.
    bool probing = false;
    // The server does not serve ranges of one steady version: one stream.
    bool singleStream = false;
    // The destination holds files with holes (not FAT or exFAT), so pieces
    // can be written out of order.
    bool sparseFiles = true;
    QElapsedTimer sinceSave;
    QElapsedTimer speedClock;
    qint64 speedBytes = 0;
    double speed = 0;
    // SHA-256 on its own thread, following the written prefix of the file.
    std::unique_ptr<HashFollower> hasher;
    bool rereadWhole = false; // the finished file was hashed again from scratch
    quint64 hasherSerial = 0;
    QTimer *wait = nullptr;

    Segment *segmentAt(qint64 start)
    {
        for (Segment &segment : record.segments) {
            if (segment.start == start)
                return &segment;
        }
        return nullptr;
    }
};

} // namespace Downloads
