#pragma once

#include "core/library/librarytasks.h"
#include "core/portal/apierror.h"

#include <functional>

class QObject;

namespace Portal {
class PortalClient;
}

namespace Library {

// Walks the portal's whole video list (GET /videos, page after page) and
// indexes every rendition by its SHA-256, for importing a folder. Calls
// `done` once, in `context`'s thread, with the index or the first error.
void buildCatalogueIndex(Portal::PortalClient &client, QObject *context,
                         std::function<void(Portal::ApiResult<CatalogueIndex>)> done);

} // namespace Library
