#pragma once

#include "core/news/feedparser.h"
#include "core/news/newsstore.h"

#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace News {

class NewsCache;

// What one fetch of a feed came to.
struct FeedOutcome
{
    qint64 feedId = 0; // 0 when an added feed was refused
    QString name; // the feed's title, or the name it was given
    int entries = 0; // entries the answer held
    int changed = 0; // items stored or updated
    bool notModified = false; // 304: nothing new since the last fetch
    bool notAFeed = false; // the answer was a web page or other non-feed
    bool offline = false; // the host could not be reached
    QString error; // empty when it worked
    QStringList warnings; // what the parser repaired or skipped
    QList<QUrl> images; // pictures of the entries, for the image cache
};

// Fetches RSS and Atom feeds for the News section: a conditional GET
// (If-None-Match, If-Modified-Since) with the validators of the last good
// answer, at most maxBytes of body, redirects only to addresses as safe;
// the entries parsed (FeedParser) and their bodies sanitised (HtmlSanitiser)
// on a thread of the fetcher's own, then stored in the news cache as items
// of the feed. Lives on the thread of the network manager; the cache does
// the disk work on its own.
class FeedFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeedFetcher)

public:
    static constexpr qint64 DefaultMaxBytes = 16 * 1024 * 1024;

    FeedFetcher(QNetworkAccessManager &network, NewsCache &cache, QObject *parent = nullptr);
    // Waits for a feed being read.
    ~FeedFetcher() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }

    // Fetches `url` once and, when it is a feed, follows it (named `name`,
    // else by its title) with its entries stored. A page that is not a feed
    // is refused and nothing is kept.
    void add(const QUrl &url, const QString &name, std::function<void(FeedOutcome)> done);
    // Fetches one followed feed again.
    void refresh(const FeedSource &feed, std::function<void(FeedOutcome)> done);
    // Every followed feed, one after the other; done with each outcome.
    void refreshAll(std::function<void(QList<FeedOutcome>)> done);

    // A feed's entries as news items of `source`, bodies sanitised.
    static QList<NewsItem> itemsOf(const ParsedFeed &feed, qint64 source);

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray etag;
        QByteArray lastModified;
        QString error;
        bool offline = false;
    };

    // One refreshAll(): the feeds left, and the outcomes so far.
    struct Round
    {
        QList<FeedSource> queue;
        QList<FeedOutcome> outcomes;
        std::function<void(QList<FeedOutcome>)> done;
    };
    void refreshNext(const std::shared_ptr<Round> &round);

    // A feed as read: its entries already items (of no source yet).
    struct Reading
    {
        ParsedFeed parsed; // without its entries
        QList<NewsItem> items;
    };
    // Parses and sanitises away from this thread; `done` runs on it.
    void read(const Answer &answer, const QUrl &url, std::function<void(Reading)> done);

    void get(const QUrl &url, const QByteArray &etag, const QByteArray &lastModified,
             std::function<void(Answer)> done);
    void store(qint64 feedId, const QString &name, const QUrl &url, const Answer &answer, Reading reading,
               std::function<void(FeedOutcome)> done);

    QNetworkAccessManager &m_network;
    NewsCache &m_cache;
    qint64 m_maxBytes = DefaultMaxBytes;
    QThreadPool m_readers; // one thread: feeds are read one at a time
};

} // namespace News
