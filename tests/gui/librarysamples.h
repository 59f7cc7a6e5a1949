#pragma once

#include "core/library/clip.h"
#include "core/library/libraryvalues.h"
#include "tests/support/loopbackhttpserver.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <optional>

// The clips tst_libraryview fills its library with: a file of known bytes
// for each, its Clip and the portal Video JSON it came with, and the
// thumbnail server's answers.
namespace LibrarySamples {

struct Sample
{
    QString key;
    QString title;
    QString container;
    QString location;
    QStringList tags;
    QDateTime downloadedAt;
    QDateTime publishedAt;
    Library::Status status;
    QString folder; // below the clips folder; empty: directly in it
};

// 10:00 UTC on that day.
QDateTime at(int year, int month, int day);

// One JPEG for every /thumbs/... path: the portal's thumbnails.
TestSupport::LoopbackHttpServer::Answer
thumbnailAnswer(const TestSupport::LoopbackHttpServer::Request &request);

// Writes the sample's file (bytes that differ with `index`) under
// `clipsDir` and returns its clip, thumbnail at `thumbnail`; nullopt when the
// file could not be written.
std::optional<Library::Clip> sampleClip(const Sample &sample, int index, const QString &clipsDir,
                                        const QUrl &thumbnail);

} // namespace LibrarySamples
