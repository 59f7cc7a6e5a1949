#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

#include <optional>

namespace Network {

// How both network stacks of the program (Qt Network for the portal, news
// and pictures; libcurl for downloads) reach the outside, as a person writes
// it in the settings:
//   "system" (or "")   the system's proxy: http_proxy, https_proxy, no_proxy
//   "none"             no proxy, whatever the environment says
//   "http://proxy.example.org:3128", "socks5://127.0.0.1:1080"
//                      this proxy for everything (user:password@ allowed)
struct ProxySetting
{
    Q_DECLARE_TR_FUNCTIONS(Network::ProxySetting)

public:
    enum class Mode { System, None, Manual };

    Mode mode = Mode::System;
    QUrl url; // Manual only

    static Util::Result<ProxySetting> parse(const QString &text);
    QString toString() const;

    // For libcurl's CURLOPT_PROXY: nullopt leaves libcurl to the environment
    // (what "system" means for it), an empty string turns every proxy off.
    std::optional<QByteArray> curlProxy() const;
    // The proxy Qt Network should use for a Manual setting.
    QNetworkProxy qtProxy() const;
    // Makes every QNetworkAccessManager of this process follow the setting.
    void applyToQt() const;
};

} // namespace Network
