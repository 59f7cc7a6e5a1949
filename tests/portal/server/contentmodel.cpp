#include "tests/portal/server/contentmodel.h"

#include <algorithm>

namespace RefPortal {

namespace {
const ContentItem *findIn(const QList<ContentItem> &items, const QString &id)
{
    const auto it =
        std::find_if(items.cbegin(), items.cend(), [&id](const ContentItem &item) { return item.id == id; });
    return it == items.cend() ? nullptr : &*it;
}
} // namespace

const ContentItem *ContentSnapshot::findNews(const QString &id) const
{
    return findIn(news, id);
}

const ContentItem *ContentSnapshot::findVideo(const QString &id) const
{
    return findIn(videos, id);
}

QString mediaUrlPath(const QString &relativeFile)
{
    const QLatin1String prefix("media/");
    return QStringLiteral("/media/")
        + (relativeFile.startsWith(prefix) ? relativeFile.mid(prefix.size()) : relativeFile);
}

} // namespace RefPortal
