#pragma once

#include "core/util/result.h"

#include <QCoreApplication>
#include <QUrl>

namespace Settings {
class AppSettings;
}

namespace Portal {

// The portal's API base URL, e.g. https://portal.example.org/api/v1.
// Every API path is relative to it.
class PortalUrl final
{
    Q_DECLARE_TR_FUNCTIONS(Portal::PortalUrl)

public:
    // Accepts http and https URLs with a host, no query, no fragment, no user
    // info. A trailing slash is dropped so that paths can be appended.
    static Util::Result<QUrl> parse(const QString &text);

    // The portal to use: the command line's --portal if given, else the one
    // saved in settings, else MMDESK_PORTAL. An empty URL means none is set.
    static Util::Result<QUrl> resolve(const QString &commandLineValue, const Settings::AppSettings &settings);

    // base + "/" + path, keeping the base's own path (…/api/v1/news).
    static QUrl endpoint(const QUrl &base, const QString &path);
};

} // namespace Portal
