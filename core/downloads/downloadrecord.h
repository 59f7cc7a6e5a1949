#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Downloads {

enum class State {
    Queued, // waiting for a free slot
    Active, // transferring (or verifying)
    Paused, // by the person, or by the disk filling up
    Failed, // gave up; errorMessage says why, retry() starts again
    Corrupt, // finished, but the SHA-256 did not match even after a clean retry
    Completed, // verified and moved into the destination folder
};

QString stateKey(State state);
bool stateFromKey(const QString &key, State *state);

// One byte range of a segmented transfer: [start, end] inclusive; `done`
// bytes from `start` on are written (and counted only once written).
struct Segment
{
    int index = 0;
    qint64 start = 0;
    qint64 end = 0;
    qint64 done = 0;

    qint64 length() const { return end - start + 1; }
    bool finished() const { return done >= length(); }
};

// The rendition id of a video's preview proxy (the contract's preview_url):
// a public link, fetched again from the video when needed, without a
// SHA-256 from the portal.
inline constexpr QLatin1StringView PreviewRenditionId {"preview"};

// A download as the queue keeps it.
struct DownloadRecord
{
    qint64 id = 0;
    QString videoId;
    QString renditionId;
    QString title; // the video's title, for people
    QString label; // the rendition's label
    QString fileName; // safe name in destDir
    QString destDir;
    qint64 sizeBytes = -1;
    QByteArray sha256; // lowercase hex, from the portal
    QByteArray etag; // validator the partial bytes came from
    QString url; // the current signed link
    QDateTime urlExpiresAt;
    State state = State::Queued;
    int position = 0; // order in the queue, smaller first
    qint64 bytesDone = 0;
    // The partial file at partPath() was made by this download (O_EXCL): a
    // file of that name it did not make is never written to.
    bool partCreated = false;
    int attempts = 0;
    int corruptRetries = 0;
    qint64 speedLimit = 0; // bytes/s, 0: none
    QDateTime neededBy; // the deadline a person set, if any
    QString errorCode;
    QString errorMessage;
    QByteArray metadataJson; // the video and rendition as the portal described them
    QDateTime createdAt;
    QDateTime finishedAt;
    QList<Segment> segments;

    bool isPreview() const { return renditionId == PreviewRenditionId; }
    QString partPath() const { return destDir + u'/' + fileName + QStringLiteral(".part"); }
    QString targetPath() const { return destDir + u'/' + fileName; }
    // The partial file this download made and still owns, if any: the one
    // to delete when it is cancelled.
    QString ownPartPath() const { return partCreated && state != State::Completed ? partPath() : QString(); }
};

} // namespace Downloads
