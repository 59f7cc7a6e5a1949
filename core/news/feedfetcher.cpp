#include "core/news/feedfetcher.h"

#include "core/network/offlinemode.h"

#include "core/news/htmlsanitiser.h"
#include "core/news/newscache.h"
#include "core/news/webaddress.h"
#include "core/util/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace News {

namespace {

constexpr int SummaryLength = 400;

bool isOffline(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return true;
    default:
        return false;
    }
}

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= SummaryLength)
        return simple;
    const qsizetype cut = simple.lastIndexOf(u' ', SummaryLength);
    return simple.left(cut > SummaryLength / 2 ? cut : SummaryLength) + QStringLiteral("…");
}

} // namespace

FeedFetcher::FeedFetcher(QNetworkAccessManager &network, NewsCache &cache, QObject *parent)
    : QObject(parent), m_network(network), m_cache(cache)
{
    m_readers.setMaxThreadCount(1);
    m_readers.setObjectName(QStringLiteral("mmdesk-feeds"));
}

FeedFetcher::~FeedFetcher()
{
    // Answers posted to this object after it is gone are dropped by Qt.
    m_readers.clear();
    m_readers.waitForDone();
}

void FeedFetcher::read(const Answer &answer, const QUrl &url, std::function<void(Reading)> done)
{
    m_readers.start(
        [this, body = answer.body, contentType = answer.contentType, url, done = std::move(done)] {
            Reading reading;
            reading.parsed = FeedParser::parse(body, url, contentType, QDateTime::currentDateTimeUtc());
            if (!reading.parsed.notAFeed())
                reading.items = itemsOf(reading.parsed, 0);
            reading.parsed.entries.clear();
            QMetaObject::invokeMethod(
                this, [done, reading = std::move(reading)]() mutable { done(std::move(reading)); },
                Qt::QueuedConnection);
        });
}

QList<NewsItem> FeedFetcher::itemsOf(const ParsedFeed &feed, qint64 source)
{
    QList<NewsItem> items;
    items.reserve(feed.entries.size());
    for (const FeedEntry &entry : feed.entries) {
        NewsItem item;
        item.source = source;
        item.id = entry.guid;
        item.title = entry.title.simplified();
        item.link = isWebUrl(entry.link) ? entry.link : QUrl();
        item.author = entry.author;
        item.publishedAt = entry.published;
        item.updatedAt = entry.updated.isValid() ? entry.updated : entry.published;
        item.dateGuessed = entry.dateGuessed;
        item.tags = entry.categories;
        item.imageUrl = isWebUrl(entry.imageUrl) ? entry.imageUrl : QUrl();
        item.language = feed.language;
        const QUrl base = isWebUrl(entry.baseUrl) ? entry.baseUrl : item.link;
        const SanitisedHtml body = HtmlSanitiser::sanitise(
            entry.contentHtml.isEmpty() ? entry.summaryHtml : entry.contentHtml, base);
        item.bodyHtml = body.html;
        item.bodyText = body.text;
        item.bodyImages = body.images;
        const QString summary =
            entry.contentHtml.isEmpty() ? body.text : HtmlSanitiser::sanitise(entry.summaryHtml, base).text;
        item.summary = shortened(summary);
        if (item.id.isEmpty() || !item.publishedAt.isValid())
            continue;
        items << std::move(item);
    }
    return items;
}

void FeedFetcher::get(const QUrl &url, const QByteArray &etag, const QByteArray &lastModified,
                      std::function<void(Answer)> done)
{
    if (Network::OfflineMode::isOn()) {
        Answer answer;
        answer.offline = true;
        answer.error = tr("Multimedia Desk is working offline; the feed was not fetched.");
        QTimer::singleShot(0, this, [answer, done = std::move(done)] { done(answer); });
        return;
    }
    QNetworkRequest request(url);
    // A redirect may lead elsewhere, never from https to http.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Multimedia Desk/" MMDESK_VERSION));
    request.setRawHeader("Accept",
                         "application/atom+xml, application/rss+xml, application/rdf+xml;q=0.9, "
                         "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.5");
    if (!etag.isEmpty())
        request.setRawHeader("If-None-Match", etag);
    if (!lastModified.isEmpty())
        request.setRawHeader("If-Modified-Since", lastModified);
    QNetworkReply *reply = m_network.get(request);
    auto body = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, body, tooLarge] {
        *body += reply->readAll();
        if (body->size() > m_maxBytes && !*tooLarge) {
            *tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, body, tooLarge, done = std::move(done)] {
        reply->deleteLater();
        Answer answer;
        if (!*tooLarge)
            *body += reply->readAll();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentType = reply->rawHeader("Content-Type");
        answer.etag = reply->rawHeader("ETag");
        answer.lastModified = reply->rawHeader("Last-Modified");
        if (*tooLarge) {
            answer.error =
                tr("The answer is larger than %1 MB, too large for a feed.").arg(m_maxBytes / 1000000);
        } else if (reply->error() != QNetworkReply::NoError && answer.status != 304) {
            answer.offline = isOffline(reply->error());
            answer.error = answer.status > 0 ? tr("The server answered HTTP %1.").arg(answer.status)
                                             : reply->errorString();
        } else {
            answer.body = std::move(*body);
        }
        done(std::move(answer));
    });
}

void FeedFetcher::add(const QUrl &url, const QString &name, std::function<void(FeedOutcome)> done)
{
    if (!isWebUrl(url)) {
        FeedOutcome outcome;
        outcome.error = tr("“%1” is not a web address: a feed's address starts with http:// or https://.")
                            .arg(url.toString());
        done(outcome);
        return;
    }
    get(url, {}, {}, [this, url, name, done = std::move(done)](Answer answer) {
        if (!answer.error.isEmpty()) {
            FeedOutcome outcome;
            outcome.error = tr("%1 could not be fetched: %2").arg(url.toString(), answer.error);
            outcome.offline = answer.offline;
            done(outcome);
            return;
        }
        read(answer, url, [this, url, name, answer, done](Reading reading) {
            if (reading.parsed.notAFeed()) {
                FeedOutcome outcome;
                outcome.notAFeed = true;
                outcome.error =
                    tr("%1 is not an RSS or Atom feed: %2").arg(url.toString(), reading.parsed.error);
                done(outcome);
                return;
            }
            const QString title =
                name.trimmed().isEmpty() ? reading.parsed.title.simplified() : name.trimmed();
            m_cache.addFeed(url, title, this,
                            [this, url, title, answer, reading, done](Util::Result<qint64> added) mutable {
                                if (!added) {
                                    FeedOutcome outcome;
                                    outcome.error = added.error().message;
                                    done(outcome);
                                    return;
                                }
                                store(added.value(), title, url, answer, std::move(reading), done);
                            });
        });
    });
}

void FeedFetcher::refresh(const FeedSource &feed, std::function<void(FeedOutcome)> done)
{
    get(feed.url, feed.etag, feed.lastModified, [this, feed, done = std::move(done)](Answer answer) {
        if (!answer.error.isEmpty() || answer.status == 304) {
            FeedOutcome outcome;
            outcome.feedId = feed.id;
            outcome.name = feed.name;
            outcome.notModified = answer.status == 304;
            outcome.offline = answer.offline;
            outcome.error = answer.error;
            // A 304 confirms the validators sent; a failure keeps them.
            m_cache.noteFeedFetch(feed.id, feed.etag, feed.lastModified, QString(), answer.error, this,
                                  [outcome, done](Util::Result<void>) { done(outcome); });
            return;
        }
        read(answer, feed.url, [this, feed, answer, done](Reading reading) {
            store(feed.id, feed.name, feed.url, answer, std::move(reading), done);
        });
    });
}

void FeedFetcher::store(qint64 feedId, const QString &name, const QUrl &url, const Answer &answer,
                        Reading reading, std::function<void(FeedOutcome)> done)
{
    const ParsedFeed &parsed = reading.parsed;
    FeedOutcome outcome;
    outcome.feedId = feedId;
    outcome.name = name.isEmpty() ? parsed.title.simplified() : name;
    outcome.warnings = parsed.warnings;
    if (parsed.notAFeed()) {
        outcome.notAFeed = true;
        outcome.error = tr("%1 is not an RSS or Atom feed any more: %2").arg(url.toString(), parsed.error);
        m_cache.noteFeedFetch(feedId, {}, {}, QString(), outcome.error, this,
                              [outcome, done](Util::Result<void>) { done(outcome); });
        return;
    }
    for (const QString &warning : parsed.warnings)
        qCInfo(lcNews) << "feed" << url.toString() << "-" << warning;
    QList<NewsItem> items = std::move(reading.items);
    for (NewsItem &item : items)
        item.source = feedId;
    outcome.entries = int(items.size());
    for (const NewsItem &item : std::as_const(items)) {
        if (item.imageUrl.isValid())
            outcome.images << item.imageUrl;
        outcome.images << item.bodyImages;
    }
    m_cache.storeFeedItems(
        feedId, items, this,
        [this, outcome, answer, title = parsed.title, done](Util::Result<int> stored) mutable {
            if (!stored)
                outcome.error = stored.error().message;
            else
                outcome.changed = stored.value();
            m_cache.noteFeedFetch(outcome.feedId, answer.etag, answer.lastModified, title.simplified(),
                                  outcome.error, this,
                                  [outcome, done](Util::Result<void>) { done(outcome); });
        });
}

void FeedFetcher::refreshAll(std::function<void(QList<FeedOutcome>)> done)
{
    m_cache.feeds(this, [this, done = std::move(done)](Util::Result<QList<FeedSource>> feeds) {
        auto round = std::make_shared<Round>();
        round->queue = feeds ? feeds.value() : QList<FeedSource>();
        round->done = done;
        refreshNext(round);
    });
}

void FeedFetcher::refreshNext(const std::shared_ptr<Round> &round)
{
    if (round->queue.isEmpty()) {
        round->done(round->outcomes);
        return;
    }
    const FeedSource feed = round->queue.takeFirst();
    refresh(feed, [this, round](FeedOutcome outcome) {
        round->outcomes.append(std::move(outcome));
        refreshNext(round);
    });
}

} // namespace News
