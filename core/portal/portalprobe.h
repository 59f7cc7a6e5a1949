#pragma once

#include "core/portal/apierror.h"

#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace Portal {

// Whether an address answers like a Portal API v1 server: GET news?limit=1
// must come back as a list page (items and next_cursor). Tried once, without
// retries, so that a person testing an address hears back at once. Calls
// done with nothing on success, or what went wrong.
void probePortal(QNetworkAccessManager &network, const QUrl &portal, QObject *context,
                 std::function<void(std::optional<ApiError>)> done);

} // namespace Portal
