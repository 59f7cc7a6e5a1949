#pragma once

#include "core/library/mhlhasher.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Library {

// One generation of an ASC MHL v2.0 history (a "<hashlist>" .mhl file), with
// what this application reads and writes of it. Directory hashes, references
// to nested histories and metadata are skipped when reading.
struct MhlManifest
{
    enum class Action { Original, Verified, Failed };

    struct HashEntry
    {
        MhlHashFormat format = MhlHashFormat::Xxh128;
        QByteArray value;
        Action action = Action::Original;
        QDateTime hashDate;
    };

    struct FileEntry
    {
        QString path; // relative to the managed folder, with "/"
        qint64 size = -1;
        QDateTime lastModified;
        QList<HashEntry> hashes;
    };

    QDateTime creationDate;
    QString hostname;
    QString tool;
    QString toolVersion;
    QString process = QStringLiteral("in-place");
    QStringList ignorePatterns;
    QList<FileEntry> files;

    QByteArray toXml() const;
    static Util::Result<MhlManifest> fromXml(const QByteArray &xml);
};

// ascmhl/ascmhl_chain.xml: every generation's file name and the C4 ID of its
// bytes, which is what makes a later edit of a manifest visible.
struct MhlChain
{
    struct Entry
    {
        int sequence = 0;
        QString path;
        QString c4;
    };

    QList<Entry> entries;

    QByteArray toXml() const;
    static Util::Result<MhlChain> fromXml(const QByteArray &xml);
};

// Date-times as ASC MHL files carry them ("2026-11-24T23:13:13+00:00").
QString mhlDateTime(const QDateTime &when, bool withMilliseconds = false);

} // namespace Library
