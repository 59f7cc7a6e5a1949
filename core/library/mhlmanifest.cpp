#include "core/library/mhlmanifest.h"

#include "core/library/xmltext.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Library {

namespace {

const QString HashlistNamespace = QStringLiteral("urn:ASC:MHL:v2.0");
const QString DirectoryNamespace = QStringLiteral("urn:ASC:MHL:DIRECTORY:v2.0");

QString actionName(MhlManifest::Action action)
{
    switch (action) {
    case MhlManifest::Action::Original:
        return QStringLiteral("original");
    case MhlManifest::Action::Verified:
        return QStringLiteral("verified");
    case MhlManifest::Action::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QDateTime parseDateTime(QStringView text)
{
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

Util::Error unreadable(const QXmlStreamReader &reader, const QString &what)
{
    const QString detail = reader.hasError()
        ? reader.errorString() + QStringLiteral(" (line ") + QString::number(reader.lineNumber()) + u')'
        : what;
    return Util::makeError(QStringLiteral("history_damaged"),
                           QCoreApplication::translate("Library::MhlManifest",
                                                       "An ASC MHL file of this folder cannot be read: %1")
                               .arg(detail));
}

void readHash(QXmlStreamReader &reader, MhlManifest &manifest)
{
    MhlManifest::FileEntry entry;
    while (reader.readNextStartElement()) {
        if (reader.name() == u"path") {
            const QXmlStreamAttributes attributes = reader.attributes();
            bool ok = false;
            const qint64 size = attributes.value(QStringLiteral("size")).toLongLong(&ok);
            entry.size = ok && size >= 0 ? size : -1; // a negative size is none
            entry.lastModified = parseDateTime(attributes.value(QStringLiteral("lastmodificationdate")));
            entry.path = reader.readElementText();
        } else if (const auto format = mhlHashFormatFromName(reader.name())) {
            MhlManifest::HashEntry hash;
            hash.format = *format;
            const QXmlStreamAttributes attributes = reader.attributes();
            const QStringView action = attributes.value(QStringLiteral("action"));
            // Without an action the entry states a hash without a check, as
            // an original does.
            hash.action = action == u"verified" ? MhlManifest::Action::Verified
                : action == u"failed"           ? MhlManifest::Action::Failed
                                                : MhlManifest::Action::Original;
            hash.hashDate = parseDateTime(attributes.value(QStringLiteral("hashdate")));
            const QString value = reader.readElementText().trimmed();
            // Hex may come in either case from other tools; C4 IDs are
            // case-sensitive.
            hash.value = (*format == MhlHashFormat::C4 ? value : value.toLower()).toLatin1();
            entry.hashes.append(hash);
        } else {
            reader.skipCurrentElement();
        }
    }
    if (!entry.path.isEmpty())
        manifest.files.append(entry);
}

} // namespace

QString mhlDateTime(const QDateTime &when, bool withMilliseconds)
{
    return when.toUTC().toString(withMilliseconds ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                  : QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("+00:00");
}

QByteArray MhlManifest::toXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("hashlist"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeDefaultNamespace(HashlistNamespace);

    xml.writeStartElement(QStringLiteral("creatorinfo"));
    xml.writeTextElement(QStringLiteral("creationdate"), mhlDateTime(creationDate));
    xml.writeTextElement(QStringLiteral("hostname"), xmlSafeText(hostname));
    xml.writeStartElement(QStringLiteral("tool"));
    if (!toolVersion.isEmpty())
        xml.writeAttribute(QStringLiteral("version"), xmlSafeText(toolVersion));
    xml.writeCharacters(xmlSafeText(tool));
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("processinfo"));
    xml.writeTextElement(QStringLiteral("process"), process);
    if (!ignorePatterns.isEmpty()) {
        xml.writeStartElement(QStringLiteral("ignore"));
        for (const QString &pattern : ignorePatterns)
            xml.writeTextElement(QStringLiteral("pattern"), xmlSafeText(pattern));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    // The schema wants at least one <hash> inside <hashes>.
    if (!files.isEmpty()) {
        xml.writeStartElement(QStringLiteral("hashes"));
        for (const FileEntry &file : files) {
            xml.writeStartElement(QStringLiteral("hash"));
            xml.writeStartElement(QStringLiteral("path"));
            if (file.size >= 0)
                xml.writeAttribute(QStringLiteral("size"), QString::number(file.size));
            if (file.lastModified.isValid())
                xml.writeAttribute(QStringLiteral("lastmodificationdate"), mhlDateTime(file.lastModified));
            // Paths are only recorded when XML can carry them as they are.
            xml.writeCharacters(file.path);
            xml.writeEndElement();
            QList<HashEntry> hashes = file.hashes;
            std::stable_sort(hashes.begin(), hashes.end(),
                             [](const HashEntry &a, const HashEntry &b) { return a.format < b.format; });
            for (const HashEntry &hash : hashes) {
                xml.writeStartElement(mhlHashFormatName(hash.format));
                xml.writeAttribute(QStringLiteral("action"), actionName(hash.action));
                if (hash.hashDate.isValid())
                    xml.writeAttribute(QStringLiteral("hashdate"), mhlDateTime(hash.hashDate, true));
                xml.writeCharacters(QString::fromLatin1(hash.value));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

Util::Result<MhlManifest> MhlManifest::fromXml(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    if (!reader.readNextStartElement() || reader.name() != u"hashlist"
        || reader.namespaceUri() != HashlistNamespace)
        return unreadable(
            reader,
            QCoreApplication::translate("Library::MhlManifest", "it is not an ASC MHL v2.0 hash list"));
    MhlManifest manifest;
    manifest.process.clear();
    while (reader.readNextStartElement()) {
        if (reader.name() == u"creatorinfo") {
            while (reader.readNextStartElement()) {
                if (reader.name() == u"creationdate") {
                    manifest.creationDate = parseDateTime(reader.readElementText());
                } else if (reader.name() == u"hostname") {
                    manifest.hostname = reader.readElementText();
                } else if (reader.name() == u"tool") {
                    manifest.toolVersion = reader.attributes().value(QStringLiteral("version")).toString();
                    manifest.tool = reader.readElementText();
                } else {
                    reader.skipCurrentElement();
                }
            }
        } else if (reader.name() == u"processinfo") {
            while (reader.readNextStartElement()) {
                if (reader.name() == u"process") {
                    manifest.process = reader.readElementText();
                } else if (reader.name() == u"ignore") {
                    while (reader.readNextStartElement()) {
                        if (reader.name() == u"pattern")
                            manifest.ignorePatterns.append(reader.readElementText());
                        else
                            reader.skipCurrentElement();
                    }
                } else {
                    reader.skipCurrentElement();
                }
            }
        } else if (reader.name() == u"hashes") {
            while (reader.readNextStartElement()) {
                if (reader.name() == u"hash")
                    readHash(reader, manifest);
                else
                    reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError())
        return unreadable(reader, {});
    return manifest;
}

QByteArray MhlChain::toXml() const
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("ascmhldirectory"));
    xml.writeDefaultNamespace(DirectoryNamespace);
    for (const Entry &entry : entries) {
        xml.writeStartElement(QStringLiteral("hashlist"));
        xml.writeAttribute(QStringLiteral("sequencenr"), QString::number(entry.sequence));
        xml.writeTextElement(QStringLiteral("path"), entry.path);
        xml.writeTextElement(QStringLiteral("c4"), entry.c4);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

Util::Result<MhlChain> MhlChain::fromXml(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    if (!reader.readNextStartElement() || reader.name() != u"ascmhldirectory"
        || reader.namespaceUri() != DirectoryNamespace)
        return unreadable(reader,
                          QCoreApplication::translate("Library::MhlManifest",
                                                      "ascmhl_chain.xml is not an ASC MHL v2.0 chain"));
    MhlChain chain;
    while (reader.readNextStartElement()) {
        if (reader.name() != u"hashlist") {
            reader.skipCurrentElement();
            continue;
        }
        Entry entry;
        bool ok = false;
        entry.sequence = reader.attributes().value(QStringLiteral("sequencenr")).toInt(&ok);
        while (reader.readNextStartElement()) {
            if (reader.name() == u"path")
                entry.path = reader.readElementText().trimmed();
            else if (reader.name() == u"c4")
                entry.c4 = reader.readElementText().trimmed();
            else
                reader.skipCurrentElement();
        }
        if (!ok || entry.path.isEmpty())
            return unreadable(
                reader,
                QCoreApplication::translate("Library::MhlManifest",
                                            "a generation in ascmhl_chain.xml has no number or file"));
        chain.entries.append(entry);
    }
    if (reader.hasError())
        return unreadable(reader, {});
    return chain;
}

} // namespace Library
