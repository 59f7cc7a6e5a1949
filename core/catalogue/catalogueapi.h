#pragma once

#include "core/catalogue/video.h"
#include "core/portal/apierror.h"

#include <functional>

class QObject;

namespace Portal {
class PortalClient;
}

namespace Catalogue {

// The contract's public video calls.
class CatalogueApi final
{
public:
    explicit CatalogueApi(Portal::PortalClient &client) : m_client(client) { }

    void video(const QString &id, QObject *context, std::function<void(Portal::ApiResult<Video>)> done);

private:
    Portal::PortalClient &m_client;
};

} // namespace Catalogue
