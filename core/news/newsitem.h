#pragma once

#include "core/portal/listpage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace News {

// Where an item came from: the portal (source 0 in lists: "portal") or one
// of the RSS/Atom feeds a person added (its row in the store).
constexpr qint64 PortalSource = 0;

// One article: the contract's NewsItem, or an entry of a feed mapped onto it.
// bodyHtml is the sanitised fragment (HtmlSanitiser), never what the server
// sent; bodyText is its text, for search. An item read from the portal holds
// the server's HTML in portalBodyHtml until sanitiseBody() runs (on the news
// cache's thread, not the GUI's).
struct NewsItem
{
    qint64 key = 0; // the store's row: stable across syncs, the CLI's ID
    qint64 source = PortalSource;
    QString id; // the portal's id, or the feed entry's guid
    QString kind = QStringLiteral("news"); // news, press_release, speech, statement, transcript
    QString title;
    QString summary;
    QString bodyHtml;
    QString bodyText;
    QString portalBodyHtml; // as the portal sent it, until sanitiseBody()
    QUrl link; // web_url, or the entry's link
    QString author;
    QDateTime publishedAt;
    QDateTime updatedAt;
    // A feed entry without a readable date: both dates are the time of the
    // fetch, and the store keeps the first it saw.
    bool dateGuessed = false;
    QString location;
    QString language;
    QStringList tags;
    QUrl imageUrl;
    QStringList videoIds;
    // The pictures of the body (not kept: the body holds them), for the
    // image cache to fetch as the item arrives.
    QList<QUrl> bodyImages;
    // Kept on this computer only.
    bool read = false;
    bool starred = false;

    // The contract's NewsItem; nullopt without an id or a publication date.
    // The body is kept as sent, in portalBodyHtml.
    static std::optional<NewsItem> fromPortalJson(const QJsonObject &object);
    // portalBodyHtml sanitised against the item's own address into bodyHtml,
    // bodyText and bodyImages.
    void sanitiseBody();
};

// One page of GET /news.
struct NewsPage
{
    QList<NewsItem> items;
    using Deletion = Portal::Deletion;
    QList<Deletion> deletions;
    QString nextCursor; // empty on the last page
};

} // namespace News
