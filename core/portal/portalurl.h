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
    // Whether plain http:// to another computer is accepted: passwords and
    // tokens would cross the network unencrypted.
    enum class Insecure { Refuse, Allow };

    // Accepts https URLs, and http URLs of this computer (localhost,
    // 127.0.0.0/8, ::1) or, with Insecure::Allow, of any host; with a host,
    // no query, no fragment, no user info. A trailing slash is dropped so
    // that paths can be appended.
    static Util::Result<QUrl> parse(const QString &text, Insecure insecure = Insecure::Refuse);

    // The portal to use: the command line's --portal if given, else the one
    // saved in settings, else MMDESK_PORTAL. An empty URL means none is set.
    static Util::Result<QUrl> resolve(const QString &commandLineValue, const Settings::AppSettings &settings,
                                      Insecure insecure = Insecure::Refuse);

    // Plain http to another computer: what the interface warns about.
    static bool isInsecure(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    // base + "/" + path, keeping the base's own path (…/api/v1/news).
    static QUrl endpoint(const QUrl &base, const QString &path);

    // 16 hex digits that name what is kept per portal (news-<key>.sqlite,
    // catalogue-<key>.sqlite, conditions-<key>.json): the same for the same
    // address written with or without a trailing slash.
    static QString fileKey(const QUrl &portal);
};

} // namespace Portal
