#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Library {

// EBUCore 1.10 sidecars: the portal's description of a clip, in the form
// broadcast archives and asset managers import, written beside the file as
// "<file>.ebucore.xml".
class EbuCore final
{
    Q_DECLARE_TR_FUNCTIONS(Library::EbuCore)

public:
    // What the library knows about the file on disk, as opposed to what the
    // portal says about the rendition.
    struct FileFacts
    {
        QString fileName;
        qint64 size = -1;
        QByteArray sha256; // lower-case hex
        QDateTime downloadedAt;
    };

    // The sidecar of one downloaded rendition of `video` (the portal's Video
    // JSON as stored in the library). The bytes depend only on the arguments,
    // so writing the sidecar again for the same clip and metadata gives the
    // same file, and a hash history of the folder stays "verified".
    static Util::Result<QByteArray> sidecar(const QJsonObject &video, const QString &renditionId,
                                            const FileFacts &file);
    static Util::Result<QByteArray> sidecar(const QByteArray &videoJson, const QString &renditionId,
                                            const FileFacts &file);

    static QString sidecarPath(const QString &mediaPath);
    // Writes `document` to sidecarPath(mediaPath), replacing an older one in
    // a single step. Returns the sidecar's path.
    static Util::Result<QString> writeSidecar(const QString &mediaPath, const QByteArray &document);
};

} // namespace Library
