#pragma once

#include "core/util/weburl.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace News {

using Util::isWebUrl;

// The address an href or src attribute names (its character references
// already decoded), as a browser would follow it, when that is a web
// address: nullopt for any other scheme, however it is written. Like a
// browser, it trims C0 controls and spaces at both ends, removes tabs and
// newlines anywhere ("jav\tascript:") and reads a backslash as a slash; any
// other control character (a NUL in "java\0script:") refuses the address.
// A relative address is resolved against `base` when that is a web address,
// and refused otherwise.
std::optional<QUrl> webAddress(const QString &value, const QUrl &base);

} // namespace News
