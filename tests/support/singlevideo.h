#pragma once

#include <QByteArray>
#include <QString>

namespace TestSupport {

// A content folder for the reference portal holding one video with one
// rendition of pseudo-random bytes (and placeholder thumbnail and preview,
// which the portal requires), for download tests that need a known file.
struct SingleVideo
{
    QString videoId = QStringLiteral("v-test");
    QString title = QStringLiteral("Test video");
    QString renditionId = QStringLiteral("r-master");
    QString fileName = QStringLiteral("master.mxf");
    qint64 sizeBytes = 4 * 1024 * 1024;
    quint32 seed = 1;
    int width = 1920;
    int height = 1080;
};

// Lowercase hex SHA-256 of a file as the tests compute it, independently of
// the client's own hashing; empty when the file cannot be read.
QByteArray sha256OfFile(const QString &path);

// Writes the folder into `contentDir`; returns the rendition's SHA-256 as
// lowercase hex, or an empty array when a file could not be written.
QByteArray writeSingleVideo(const QString &contentDir, const SingleVideo &video);

// Replaces the rendition's file as a portal does when it publishes a new
// version: new bytes (from video.seed and video.sizeBytes) renamed over the
// old file, dated `ageSeconds` later than it, so that its ETag changes. An
// answer already streaming goes on with the old file. Returns the new
// SHA-256, or empty on failure. The portal sees it after reloadContent().
QByteArray replaceRendition(const QString &contentDir, const SingleVideo &video, int laterBySeconds = 60);

// Conditions of use as the tests publish them (conditions.json in the
// content folder; the portal serves them after reloadContent()).
struct TestConditions
{
    static inline const QString TextEn = QStringLiteral("Editorial use only. Not for advertising.");
    static inline const QString TextFr = QStringLiteral("Usage éditorial uniquement. Pas de publicité.");
    static inline const QString Credit = QStringLiteral("© Example Library");
};
bool writeConditions(const QString &contentDir, const QString &version);

} // namespace TestSupport
