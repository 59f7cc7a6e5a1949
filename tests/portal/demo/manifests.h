#pragma once

#include "tests/portal/demo/democontent.h"
#include "tests/portal/demo/renditionformat.h"
#include "tests/portal/demo/sha256.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Demo {

struct RenditionResult
{
    RenditionFormat format;
    FileDigest digest;
    bool synthetic = false; // random bytes for transfer benchmarks, not a playable file
};

// The manifests the portal serves from: the contract's Video and NewsItem, with paths relative to
// the content folder in place of URLs (the portal turns them into URLs).
QJsonObject videoManifest(const VideoSpec &video, const QList<RenditionResult> &renditions);
QJsonObject newsManifest(const NewsSpec &item, const QString &siteUrl);
// A withdrawn item's file: the contract's deletion, {"id", "deleted": true, "updated_at"}.
QJsonObject newsTombstone(const NewsSpec &item);

QString videoMediaFolder(const QString &videoId); // "media/videos/<id>"
QString newsImagePath(const QString &newsId); // "media/news/<id>.jpg"

bool writeJsonFile(const QString &path, const QJsonObject &object, QString *error);

} // namespace Demo
