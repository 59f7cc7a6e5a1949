#pragma once

// What the clip library's store tests share: a library file in a temporary
// folder, clips and portal descriptions made up for the tests, and ways to
// look at the file from a second connection.

#include "core/downloads/downloadrecord.h"
#include "core/library/clip.h"
#include "core/library/libraryschema.h"
#include "core/library/librarystore.h"
#include "core/library/querysql.h"
#include "core/library/searchtext.h"
#include "core/storage/database.h"
#include "core/storage/migrator.h"
#include "core/storage/statement.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Library;
using namespace Qt::StringLiterals;

inline QDateTime at(int day, int hour = 12)
{
    return QDateTime(QDate(2025, 3, day), QTime(hour, 0), QTimeZone::utc());
}

inline QByteArray hexOf(int n)
{
    return QByteArray::number(n, 16).rightJustified(64, '0');
}

inline QByteArray videoJson(const QString &title, const QJsonArray &shotlist, const QStringList &tags)
{
    const QJsonObject video {
        {u"id"_s, u"vid-1"_s},
        {u"title"_s, title},
        {u"description"_s, u"Les ministres de la Défense se réunissent à Bruxelles."_s},
        {u"published_at"_s, u"2025-03-02T09:30:00Z"_s},
        {u"location"_s, u"Bruxelles, Belgique"_s},
        {u"duration_ms"_s, 95'000},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"credit"_s, u"EU Council"_s},
        {u"usage_terms"_s, u"Free for news use"_s},
        {u"shotlist"_s, shotlist},
        {u"renditions"_s,
         QJsonArray {
             QJsonObject {{u"id"_s, u"r-mp4"_s},
                          {u"label"_s, u"Web 720p"_s},
                          {u"container"_s, u"mp4"_s},
                          {u"video_codec"_s, u"h264"_s},
                          {u"width"_s, 1280},
                          {u"height"_s, 720},
                          {u"frame_rate"_s, u"25"_s},
                          {u"size_bytes"_s, 1000},
                          {u"sha256"_s, QString::fromLatin1(hexOf(1))}},
             QJsonObject {{u"id"_s, u"r-xdcam"_s},
                          {u"label"_s, u"Broadcast HD 1080i50, XDCAM HD422 50 Mb/s"_s},
                          {u"container"_s, u"mxf"_s},
                          {u"video_codec"_s, u"mpeg2video"_s},
                          {u"width"_s, 1920},
                          {u"height"_s, 1080},
                          {u"frame_rate"_s, u"25"_s},
                          {u"interlaced"_s, true},
                          {u"size_bytes"_s, 4'000'000},
                          {u"sha256"_s, QString::fromLatin1(hexOf(2))}},
         }},
    };
    return QJsonDocument(video).toJson(QJsonDocument::Compact);
}

inline QJsonArray defaultShotlist()
{
    return QJsonArray {
        QJsonObject {{u"tc_in"_s, u"00:00:00:00"_s},
                     {u"tc_out"_s, u"00:00:05:00"_s},
                     {u"kind"_s, u"shot"_s},
                     {u"description"_s, u"Plan large de la salle du Conseil"_s}},
        QJsonObject {{u"tc_in"_s, u"00:00:05:00"_s},
                     {u"tc_out"_s, u"00:00:20:00"_s},
                     {u"kind"_s, u"soundbite"_s},
                     {u"description"_s, u"La sécurité européenne avant tout"_s},
                     {u"speaker"_s, u"Kaja Kallas"_s}},
    };
}

inline Downloads::DownloadRecord completedDownload(const QString &destDir)
{
    Downloads::DownloadRecord r;
    r.videoId = u"vid-1"_s;
    r.renditionId = u"r-xdcam"_s;
    r.title = u"Réunion des ministres"_s;
    r.label = u"Broadcast HD 1080i50, XDCAM HD422 50 Mb/s"_s;
    r.fileName = u"reunion.mxf"_s;
    r.destDir = destDir;
    r.sizeBytes = 4'000'000;
    r.sha256 = hexOf(2);
    r.state = Downloads::State::Completed;
    r.finishedAt = at(3, 10);
    r.metadataJson = videoJson(u"Réunion des ministres de la Défense"_s, defaultShotlist(),
                               {u"Défense"_s, u"Union européenne"_s});
    return r;
}

// A clip as the tests need it; the file path is what makes it distinct.
inline Clip clip(const QString &path, const QString &title, const QDateTime &downloadedAt = at(1))
{
    Clip c;
    c.videoId = u"vid-"_s + QFileInfo(path).baseName();
    c.renditionId = u"r-mp4"_s;
    c.title = title;
    c.filePath = path;
    c.downloadedAt = downloadedAt;
    c.publishedAt = downloadedAt.addDays(-1);
    c.sizeBytes = 1000;
    c.sha256 = hexOf(qHash(path) % 100000);
    c.container = u"mp4"_s;
    c.status = Status::Ok;
    c.lastVerifiedAt = downloadedAt;
    return c;
}

inline QList<qint64> ids(const QList<ClipRow> &rows)
{
    QList<qint64> result;
    for (const ClipRow &row : rows)
        result << row.id;
    return result;
}

inline QString errorText(const Util::Error &error)
{
    return error.code + u": "_s + error.message;
}

#define VERIFY_OK(result)                                                                                    \
    QVERIFY2((result).ok(), qPrintable((result).ok() ? QString() : errorText((result).error())))

// The fixture: each test class derives from it and calls removeFiles() in
// its init() slot, so that every test starts without a library file.
class LibraryStoreTest : public QObject
{
protected:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(u"library.sqlite"_s); }
    QString file(const QString &name) const { return m_dir.filePath(u"media/"_s + name); }

    std::unique_ptr<LibraryStore> openStore()
    {
        auto store = LibraryStore::open(path());
        if (!store)
            qWarning() << errorText(store.error());
        return store ? std::move(store).value() : nullptr;
    }

    static qint64 countOf(LibraryStore &store, const Query &query)
    {
        auto counted = store.count(query);
        if (!counted)
            qWarning() << errorText(counted.error());
        return counted.valueOr(-1);
    }

    static QList<qint64> search(LibraryStore &store, const QString &text)
    {
        Query query;
        query.text = text;
        auto rows = store.page(query, 0, 1000);
        if (!rows)
            qWarning() << errorText(rows.error());
        return rows ? ids(rows.value()) : QList<qint64> {-1};
    }

    // Runs SQL on a second connection, as an earlier program would have.
    void execOnFile(const QString &sql, const QList<QVariant> &values = {})
    {
        auto db = Storage::Database::open(path());
        QVERIFY(db.ok());
        auto statement = db.value()->prepare(sql);
        VERIFY_OK(statement);
        int index = 0;
        for (const QVariant &value : values) {
            ++index;
            if (value.typeId() == QMetaType::QByteArray)
                statement.value().bind(index, value.toByteArray());
            else if (value.typeId() == QMetaType::QString)
                statement.value().bind(index, value.toString());
            else
                statement.value().bind(index, value.toLongLong());
        }
        VERIFY_OK(statement.value().exec());
    }

    qint64 scalar(const QString &sql)
    {
        auto db = Storage::Database::open(path());
        if (!db)
            return -1;
        auto statement = db.value()->prepare(sql);
        if (!statement || !statement.value().step().valueOr(false))
            return -1;
        return statement.value().columnInt64(0);
    }

    void removeFiles()
    {
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files))
            QFile::remove(m_dir.filePath(name));
    }
};
