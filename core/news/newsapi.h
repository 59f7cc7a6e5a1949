#pragma once

#include "core/news/newsitem.h"
#include "core/portal/apierror.h"

#include <QDateTime>

#include <functional>

class QObject;

namespace Portal {
class PortalClient;
}

namespace News {

// What GET /news is asked for; every member is optional.
struct NewsListQuery
{
    int limit = 50; // 1..200
    QString cursor;
    QDateTime updatedSince;
};

// The contract's public news calls.
class NewsApi final
{
public:
    explicit NewsApi(Portal::PortalClient &client) : m_client(client) { }

    // Items that cannot be read as news are left out (and logged), not fatal.
    void news(const NewsListQuery &query, QObject *context,
              std::function<void(Portal::ApiResult<NewsPage>)> done);

private:
    Portal::PortalClient &m_client;
};

} // namespace News
