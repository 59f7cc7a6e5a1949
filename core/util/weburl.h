#pragma once

#include <QUrl>

namespace Util {

// An absolute http or https URL with a host: what may be fetched or handed to
// a media backend when a server names it (never file:, data:, qrc: or
// anything a backend would read from this computer).
bool isWebUrl(const QUrl &url);

} // namespace Util
