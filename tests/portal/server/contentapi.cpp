#include "tests/portal/server/contentapi.h"

#include "tests/portal/server/apiresponse.h"
#include "tests/portal/server/contentstore.h"
#include "tests/portal/server/listquery.h"
#include "tests/portal/server/routes.h"
#include "tests/portal/server/timeutil.h"
#include "tests/portal/server/urlbuilder.h"

#include <QJsonArray>

#include <httplib.h>

#include <map>

namespace RefPortal {

namespace {
void sendNotFound(httplib::Response &res, const QString &what)
{
    Api::sendError(res, 404, QStringLiteral("not_found"), QStringLiteral("No %1 with this id.").arg(what));
}

QJsonObject deletionJson(const Deletion &deletion)
{
    return {{QStringLiteral("id"), deletion.id},
            {QStringLiteral("deleted"), true},
            {QStringLiteral("updated_at"), TimeUtil::rfc3339(deletion.updatedAt)}};
}

template<class Render>
void sendList(const httplib::Request &req, httplib::Response &res, ListQuery::Collection collection,
              const QList<ContentItem> &items, const QList<Deletion> &deletions, Render render)
{
    Api::FieldErrors errors;
    const auto query = ListQuery::parse(req, collection, &errors);
    if (!query)
        return Api::sendError(res, 400, QStringLiteral("invalid_parameter"),
                              QStringLiteral("Some parameters are not valid."), errors);
    const ListQuery::Page page = query->run(items, deletions);
    QJsonArray array;
    for (const ListQuery::Entry &entry : page.entries)
        array.append(entry.item ? render(*entry.item) : deletionJson(*entry.deletion));
    Api::sendJson(res, 200,
                  {{QStringLiteral("items"), array},
                   {QStringLiteral("next_cursor"),
                    page.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(page.nextCursor)}});
}
} // namespace

void ContentApi::registerRoutes(httplib::Server &server)
{
    server.Get(Routes::api("/news"), Routes::handler(this, &ContentApi::listNews));
    server.Get(Routes::api("/news/([^/]+)"), Routes::handler(this, &ContentApi::showNews));
    server.Get(Routes::api("/videos"), Routes::handler(this, &ContentApi::listVideos));
    server.Get(Routes::api("/videos/([^/]+)"), Routes::handler(this, &ContentApi::showVideo));
    server.Get(Routes::api("/tags"), Routes::handler(this, &ContentApi::tags));
    server.Get(Routes::api("/conditions"), Routes::handler(this, &ContentApi::conditions));
}

QJsonObject ContentApi::newsJson(const httplib::Request &req, const ContentItem &item) const
{
    QJsonObject json = item.json;
    if (!item.image.isEmpty())
        json.insert(QStringLiteral("image_url"), m_urls.absolute(req, mediaUrlPath(item.image)));
    return json;
}

QJsonObject ContentApi::videoJson(const httplib::Request &req, const ContentItem &item) const
{
    QJsonObject json = item.json;
    json.insert(QStringLiteral("thumbnail_url"), m_urls.absolute(req, mediaUrlPath(item.thumbnail)));
    json.insert(QStringLiteral("preview_url"), m_urls.absolute(req, mediaUrlPath(item.preview)));
    QJsonArray renditions;
    for (const Rendition &r : item.renditions)
        renditions.append(r.json);
    json.insert(QStringLiteral("renditions"), renditions);
    return json;
}

void ContentApi::listNews(const httplib::Request &req, httplib::Response &res)
{
    const auto snapshot = m_content.snapshot();
    sendList(req, res, ListQuery::Collection::News, snapshot->news, snapshot->deletedNews,
             [this, &req](const ContentItem &item) { return newsJson(req, item); });
}

void ContentApi::showNews(const httplib::Request &req, httplib::Response &res)
{
    const auto snapshot = m_content.snapshot();
    const ContentItem *item = snapshot->findNews(Api::pathArg(req, 1));
    if (!item)
        return sendNotFound(res, QStringLiteral("news item"));
    Api::sendJson(res, 200, newsJson(req, *item));
}

void ContentApi::listVideos(const httplib::Request &req, httplib::Response &res)
{
    const auto snapshot = m_content.snapshot();
    sendList(req, res, ListQuery::Collection::Videos, snapshot->videos, snapshot->deletedVideos,
             [this, &req](const ContentItem &item) { return videoJson(req, item); });
}

void ContentApi::showVideo(const httplib::Request &req, httplib::Response &res)
{
    const auto snapshot = m_content.snapshot();
    const ContentItem *item = snapshot->findVideo(Api::pathArg(req, 1));
    if (!item)
        return sendNotFound(res, QStringLiteral("video"));
    Api::sendJson(res, 200, videoJson(req, *item));
}

void ContentApi::tags(const httplib::Request &, httplib::Response &res)
{
    const auto snapshot = m_content.snapshot();
    struct Count
    {
        int news = 0;
        int videos = 0;
    };
    std::map<QString, Count> counts; // sorted by name
    for (const ContentItem &item : snapshot->news) {
        for (const QString &tag : item.tags)
            ++counts[tag].news;
    }
    for (const ContentItem &item : snapshot->videos) {
        for (const QString &tag : item.tags)
            ++counts[tag].videos;
    }
    QJsonArray items;
    for (const auto &[name, count] : counts) {
        items.append(QJsonObject {{QStringLiteral("name"), name},
                                  {QStringLiteral("count"), count.news + count.videos},
                                  {QStringLiteral("news_count"), count.news},
                                  {QStringLiteral("video_count"), count.videos}});
    }
    Api::sendJson(res, 200, {{QStringLiteral("items"), items}});
}

void ContentApi::conditions(const httplib::Request &, httplib::Response &res)
{
    const auto snapshot = m_content.snapshot();
    // The contract: a portal without conditions answers 404.
    if (snapshot->conditions.isEmpty())
        return Api::sendError(res, 404, QStringLiteral("not_found"),
                              QStringLiteral("This portal has no conditions of use."));
    Api::sendJson(res, 200, snapshot->conditions);
}

} // namespace RefPortal
