#include "tests/support/singlevideo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

namespace TestSupport {

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

namespace {
QByteArray pseudoRandomBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    for (qsizetype i = bytes.size() / 4 * 4; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(generator.bounded(256));
    return bytes;
}

QString renditionPath(const QString &contentDir, const SingleVideo &video)
{
    return QDir(contentDir)
        .filePath(QStringLiteral("media/") + video.videoId + QStringLiteral("/rendition.bin"));
}
} // namespace

QByteArray replaceRendition(const QString &contentDir, const SingleVideo &video, int laterBySeconds)
{
    const QString path = renditionPath(contentDir, video);
    const QDateTime before = QFileInfo(path).lastModified();
    const QByteArray bytes = pseudoRandomBytes(video.sizeBytes, video.seed);
    const QString next = path + QStringLiteral(".new");
    if (!writeFile(next, bytes))
        return {};
    QFile file(next);
    if (!file.open(QIODevice::ReadWrite)
        || !file.setFileTime(before.addSecs(laterBySeconds), QFileDevice::FileModificationTime))
        return {};
    file.close();
    if (std::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) != 0)
        return {};
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray writeSingleVideo(const QString &contentDir, const SingleVideo &video)
{
    QDir content(contentDir);
    const QString mediaDir = QStringLiteral("media/") + video.videoId;
    if (!content.mkpath(QStringLiteral("news")) || !content.mkpath(QStringLiteral("videos"))
        || !content.mkpath(mediaDir))
        return {};
    const QByteArray bytes = pseudoRandomBytes(video.sizeBytes, video.seed);
    const QString file = mediaDir + QStringLiteral("/rendition.bin");
    if (!writeFile(content.filePath(file), bytes)
        || !writeFile(content.filePath(mediaDir + QStringLiteral("/thumb.jpg")), "placeholder thumbnail")
        || !writeFile(content.filePath(mediaDir + QStringLiteral("/proxy.mp4")), "placeholder preview"))
        return {};
    const QJsonObject manifest {
        {QStringLiteral("id"), video.videoId},
        {QStringLiteral("title"), video.title},
        {QStringLiteral("published_at"), QStringLiteral("2026-11-01T10:00:00Z")},
        {QStringLiteral("updated_at"), QStringLiteral("2026-11-01T10:00:00Z")},
        {QStringLiteral("duration_ms"), 4000},
        {QStringLiteral("thumbnail"), QString(mediaDir + QStringLiteral("/thumb.jpg"))},
        {QStringLiteral("preview"), QString(mediaDir + QStringLiteral("/proxy.mp4"))},
        {QStringLiteral("renditions"),
         QJsonArray {QJsonObject {{QStringLiteral("id"), video.renditionId},
                                  {QStringLiteral("label"), QStringLiteral("Master")},
                                  {QStringLiteral("container"), QStringLiteral("mxf")},
                                  {QStringLiteral("width"), video.width},
                                  {QStringLiteral("height"), video.height},
                                  {QStringLiteral("file"), file},
                                  {QStringLiteral("filename"), video.fileName}}}},
    };
    if (!writeFile(content.filePath(QStringLiteral("videos/") + video.videoId + QStringLiteral(".json")),
                   QJsonDocument(manifest).toJson()))
        return {};
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool writeConditions(const QString &contentDir, const QString &version)
{
    QFile file(QDir(contentDir).filePath(QStringLiteral("conditions.json")));
    const QJsonObject json {{QStringLiteral("version"), version},
                            {QStringLiteral("updated_at"), QStringLiteral("2026-01-15T09:00:00Z")},
                            {QStringLiteral("text_en"), TestConditions::TextEn},
                            {QStringLiteral("text_fr"), TestConditions::TextFr},
                            {QStringLiteral("credit_line"), TestConditions::Credit}};
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(QJsonDocument(json).toJson()) > 0;
}

} // namespace TestSupport
