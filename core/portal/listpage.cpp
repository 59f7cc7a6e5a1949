#include "core/portal/listpage.h"

#include <QJsonArray>

namespace Portal {

std::optional<ListPage> parseListPage(const QJsonObject &answer)
{
    const QJsonValue items = answer.value(QStringLiteral("items"));
    if (!items.isArray())
        return std::nullopt;
    ListPage page;
    for (const QJsonValue value : items.toArray()) {
        const QJsonObject entry = value.toObject();
        if (!entry.value(QStringLiteral("deleted")).toBool()) {
            page.items.append(entry);
            continue;
        }
        const QString id = entry.value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            page.deletions.append({id,
                                   QDateTime::fromString(entry.value(QStringLiteral("updated_at")).toString(),
                                                         Qt::ISODateWithMs)});
    }
    page.nextCursor = answer.value(QStringLiteral("next_cursor")).toString();
    return page;
}

} // namespace Portal
