#pragma once

// What the parts of tst_feedparser share: the fixtures, the helpers that
// read them, and the test class (its tables are long enough to fill two files).

#include "core/news/feedparser.h"

#include <QDateTime>
#include <QObject>

Q_DECLARE_METATYPE(News::FeedFormat)
Q_DECLARE_METATYPE(News::ParsedFeed::Status)

namespace FeedParserTest {

using Status = News::ParsedFeed::Status;
extern const QDateTime FetchedAt;
QUrl feedUrlOf(const QString &file);
QByteArray fixture(const QString &file);
News::ParsedFeed parseFixture(const QString &file);
QString utc(const QDateTime &time);
QString sha1Guid(const QString &identity);
QString describe(const QList<News::Enclosure> &enclosures);
QByteArray feedWithTitle(const QByteArray &encoding, const QByteArray &title);
QByteArray utf16(const QString &text, bool littleEndian, bool bom);

} // namespace FeedParserTest

class TestFeedParser final : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void feeds_data();
    void feeds();
    void feedDetails_data();
    void feedDetails();
    void entries_data();
    void entries();
    void bodies_data();
    void bodies();
    void media_data();
    void media();
    void warnings_data();
    void warnings();
    void notAFeed_data();
    void notAFeed();
    void encodings_data();
    void encodings();
    void everyPrefix_data();
    void everyPrefix();
    void fiveThousandItems();
};
