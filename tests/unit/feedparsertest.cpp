#include "tests/unit/feedparsertest.h"

#include "tests/support/testpaths.h"

#include <QCryptographicHash>
#include <QFile>

using namespace News;

namespace FeedParserTest {

const QDateTime FetchedAt(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

QUrl feedUrlOf(const QString &file)
{
    return QUrl(QStringLiteral("https://feeds.example.com/feeds/") + file);
}

QByteArray fixture(const QString &file)
{
    QFile in(TestSupport::sourcePath(QStringLiteral("tests/data/feeds/") + file));
    if (!in.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file));
    return in.readAll();
}

ParsedFeed parseFixture(const QString &file)
{
    return FeedParser::parse(fixture(file), feedUrlOf(file), "application/rss+xml", FetchedAt);
}

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString sha1Guid(const QString &identity)
{
    return QStringLiteral("sha1:")
        + QString::fromLatin1(QCryptographicHash::hash(identity.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString describe(const QList<Enclosure> &enclosures)
{
    QStringList lines;
    for (const Enclosure &enclosure : enclosures)
        lines.append(enclosure.url.toString() + u' ' + enclosure.type + u' '
                     + QString::number(enclosure.length));
    return lines.join(u'\n');
}

// One RSS 2.0 item whose title is given as raw bytes, under an XML
// declaration naming `encoding` (none when empty).
QByteArray feedWithTitle(const QByteArray &encoding, const QByteArray &title)
{
    QByteArray declaration = "<?xml version=\"1.0\"";
    if (!encoding.isEmpty())
        declaration += " encoding=\"" + encoding + '"';
    declaration += "?>\n";
    return declaration
        + "<rss version=\"2.0\"><channel><title>Encodings</title><link>https://enc.example.com/</link>"
          "<description>bytes</description><item><title>"
        + title + "</title><guid>enc-1</guid></item></channel></rss>\n";
}

QByteArray utf16(const QString &text, bool littleEndian, bool bom)
{
    QByteArray bytes;
    if (bom)
        bytes += littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char low = char(c.unicode() & 0xFF);
        const char high = char(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

} // namespace FeedParserTest
