#include "core/news/newsitem.h"

#include "core/news/htmlsanitiser.h"

#include <QJsonArray>

namespace News {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue entry : value.toArray()) {
        if (const QString text = entry.toString().trimmed(); !text.isEmpty())
            list << text;
    }
    return list;
}

QUrl webUrl(const QJsonValue &value)
{
    const QUrl url(value.toString(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty() ? url : QUrl();
}

} // namespace

std::optional<NewsItem> NewsItem::fromPortalJson(const QJsonObject &o)
{
    NewsItem item;
    item.id = o.value(QStringLiteral("id")).toString();
    item.publishedAt =
        QDateTime::fromString(o.value(QStringLiteral("published_at")).toString(), Qt::ISODateWithMs);
    if (item.id.isEmpty() || !item.publishedAt.isValid())
        return std::nullopt;
    item.updatedAt =
        QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    if (!item.updatedAt.isValid())
        item.updatedAt = item.publishedAt;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (!kind.isEmpty())
        item.kind = kind;
    item.title = o.value(QStringLiteral("title")).toString().simplified();
    item.summary = o.value(QStringLiteral("summary")).toString().simplified();
    item.link = webUrl(o.value(QStringLiteral("web_url")));
    item.location = o.value(QStringLiteral("location")).toString().simplified();
    item.language = o.value(QStringLiteral("language")).toString();
    item.tags = strings(o.value(QStringLiteral("tags")));
    item.videoIds = strings(o.value(QStringLiteral("video_ids")));
    item.imageUrl = webUrl(o.value(QStringLiteral("image_url")));
    item.portalBodyHtml = o.value(QStringLiteral("body_html")).toString();
    return item;
}

void NewsItem::sanitiseBody()
{
    const SanitisedHtml body = HtmlSanitiser::sanitise(portalBodyHtml, link);
    bodyHtml = body.html;
    bodyText = body.text;
    bodyImages = body.images;
    portalBodyHtml.clear();
}

} // namespace News
