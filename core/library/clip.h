#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace Downloads {
struct DownloadRecord;
}

namespace Library {

// What the library knows about a clip's file, from the last check.
enum class Status {
    Ok, // matched its SHA-256 at lastVerifiedAt
    Missing, // not found at filePath
    Corrupt, // found, but the SHA-256 no longer matches
    Unverified, // never checked, or relinked since
};

QString statusKey(Status status);
bool statusFromKey(const QString &key, Status *status);

// One file in the local clip archive, with the portal's description of it
// as it was when it was downloaded.
struct Clip
{
    qint64 id = 0;
    QString videoId;
    QString renditionId;
    QString title;
    QString description;
    QString location;
    QString credit;
    QString usageTerms;
    QDateTime publishedAt;
    QDateTime downloadedAt;
    QString filePath; // absolute
    qint64 sizeBytes = -1;
    QByteArray sha256; // lowercase hex
    QString container; // "mxf", "mp4", "mov"
    QString videoCodec;
    int width = 0;
    int height = 0;
    QString frameRate; // "25", "30000/1001"
    qint64 durationMs = 0;
    QStringList tags; // the portal's
    QStringList userTags;
    QString note;
    QByteArray metadataJson; // the portal's whole Video object, shot list included
    Status status = Status::Unverified;
    QDateTime lastVerifiedAt;

    // The credit line of the portal's conditions of use when the clip was
    // downloaded (kept in the metadata as "credit_line"); empty when the
    // portal had none, or for clips downloaded before it was kept.
    QString creditLine() const;

    // A finished download as a clip. The download was checked against the
    // portal's SHA-256 when it finished, so the clip starts out Ok. Fields
    // the metadata snapshot lacks (or a snapshot that does not parse) fall
    // back to what the download record itself says: a verified file is never
    // left out of the library because of its description.
    static Util::Result<Clip> fromDownload(const Downloads::DownloadRecord &record);
};

} // namespace Library
